"""What a read figure becomes (extract.output): quote, confidence, one observation a level."""

from dataclasses import replace
from pathlib import Path

import pytest

from tracker.extract import calibration
from tracker.extract.catalog import default_catalog
from tracker.extract.engine import Extractor
from tracker.extract.model import MIN_CONFIDENCE
from tracker.extract.output import GUESS_CONFIDENCE, OCR_CONFIDENCE, dedupe
from tracker.ingest.documents import Document, parse_document

BODY = "Toàn tỉnh có 1.250 trạm BTS. 100% hồ sơ công việc cấp tỉnh, cấp huyện, cấp xã được xử lý trên môi trường mạng."


def _doc(body: str = BODY) -> Document:
    front = "---\nprovince: nghe-an\npublished: 2023-12-20\n---\n"
    return parse_document(Path("tin.txt"), (front + body).encode("utf-8"))


def test_a_figure_for_each_level_listed_after_it() -> None:
    obs = Extractor(default_catalog()).extract(_doc()).observations
    keys = {o.indicator for o in obs if o.value == 100}
    assert keys == {"work_records_province_share", "work_records_district_share", "work_records_commune_share"}


def test_the_quote_is_the_sentence_as_published_with_its_offsets() -> None:
    doc = _doc()
    obs = Extractor(default_catalog()).extract(doc).observations
    bts = next(o for o in obs if o.indicator == "bts_count")
    assert bts.quote == "Toàn tỉnh có 1.250 trạm BTS."
    assert doc.body.original[bts.start - doc.body_offset : bts.end - doc.body_offset] == bts.quote


def test_a_figure_read_by_ocr_waits_for_a_person() -> None:
    doc = replace(_doc(), ocr=True)
    obs = Extractor(default_catalog()).extract(doc).observations
    assert obs and all(o.confidence <= OCR_CONFIDENCE < MIN_CONFIDENCE for o in obs)
    plain = Extractor(default_catalog()).extract(_doc()).observations
    assert any(o.confidence >= MIN_CONFIDENCE for o in plain)




def test_a_concept_guess_waits_for_a_person_however_well_guesses_did_on_train(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calibration, "table", lambda: {calibration.CONCEPTS: 0.95})
    obs = Extractor(default_catalog()).extract(_doc("Về hồ sơ, 62% được tiếp nhận trực tuyến.")).observations
    assert [(o.indicator, o.value) for o in obs] == [("dossier_online_share", 62)]
    assert obs[0].confidence == GUESS_CONFIDENCE < MIN_CONFIDENCE
def test_dedupe_keeps_the_first_of_each_id_in_order() -> None:
    obs = Extractor(default_catalog()).extract(_doc()).observations
    doubled = [obs[1], obs[0], obs[1], obs[0]]
    assert dedupe(doubled) == [obs[1], obs[0]]

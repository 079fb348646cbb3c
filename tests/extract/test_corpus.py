"""The gold corpora are data the scores rest on: every row must point at its document."""

import json
from pathlib import Path

import pytest

from tracker.extract.catalog import default_catalog
from tracker.extract.scoring import OTHER, GoldRow, Pred, load_gold, read_split, score
from tracker.ingest.documents import document_paths, load_documents
from tracker.provinces import WHOLE_COUNTRY, lookup

GOLD = Path(__file__).resolve().parents[1] / "gold"
SETS = [(GOLD / "dev", GOLD / "dev.jsonl"), (GOLD / "corpus", GOLD / "corpus.jsonl")]


def _present():  # type: ignore[no-untyped-def]
    return [(f, g) for f, g in SETS if g.exists()]


@pytest.mark.parametrize(("folder", "gold_file"), _present(), ids=lambda p: Path(p).name)
def test_every_gold_row_quotes_its_document_and_names_a_known_indicator(folder: Path, gold_file: Path) -> None:
    docs, problems = load_documents(document_paths(folder))
    assert problems == []
    by_id = {d.id: d for d in docs}
    keys = set(default_catalog().by_key)
    bad = []
    for g in load_gold(gold_file):
        doc = by_id.get(g.doc)
        if doc is None:
            bad.append(f"{g.doc}: no such document")
        elif g.quote not in doc.body.original:
            bad.append(f"{g.doc}: quote not in the text: {g.quote!r}")
        if not g.indicator.startswith(OTHER) and g.indicator not in keys:
            bad.append(f"{g.doc}: unknown indicator {g.indicator}")
    assert bad == []
    meta = {r["doc"]: r for r in map(json.loads, gold_file.with_name(gold_file.stem + "-docs.jsonl")
                                      .read_text("utf-8").splitlines())}
    for d in docs:
        assert d.province == WHOLE_COUNTRY or lookup(d.province).slug == d.province, d.id
        m = meta[d.id]
        assert m["url"].startswith("http") or m.get("note"), f"{d.id}: the source URL is kept, or why not"


def test_the_held_out_part_is_a_third_of_the_documents_by_whole_provinces() -> None:
    docs = [d for folder, g in _present() for d in load_documents(document_paths(folder))[0]]
    held_out = read_split(GOLD / "held-out.txt")
    test = [d for d in docs if d.province in held_out]
    assert len(test) >= len(docs) / 3
    assert held_out <= {d.province for d in docs}, "every listed province has documents"


def test_rows_outside_the_vocabulary_are_not_counted_in_recall() -> None:
    gold = [GoldRow("d", "bts_count", 10, "2020", ""), GoldRow("d", "other:cameras", 300, "2020", "")]
    s = score([Pred("d", "bts_count", 10, "2020")], gold, {"bts_count"})
    assert (s.matched_gold, s.gold, s.recall) == (1, 1, 1.0)


def test_the_figures_read_before_any_rule_saw_them_are_of_train_documents_only() -> None:
    """`unseen.jsonl` feeds the calibration (bench.calibrate): a test document in it would let the
    test part shape the confidences it is checked against."""
    docs = {d.id: d for folder, g in _present() for d in load_documents(document_paths(folder))[0]}
    held_out = read_split(GOLD / "held-out.txt")
    keys = set(default_catalog().by_key)
    records = [json.loads(line) for line in (GOLD / "unseen.jsonl").read_text("utf-8").splitlines()]
    assert records
    for r in records:
        assert r["doc"] in docs and docs[r["doc"]].province not in held_out, r["doc"]
        assert r["indicator"] in keys and isinstance(r["right"], bool) and r["rule"], r

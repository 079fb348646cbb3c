"""The reviewers' verdicts on extraction: what each review says of a reading, and the tallies."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.conftest import BTS, DOSSIER, write_doc
from tracker.extract.catalog import Catalog
from tracker.extract.scoring import BAND_EDGES, band_label
from tracker.store.db import Store
from tracker.store.figures import Review, add_review, current
from tracker.store.sync import sync
from tracker.store.verdicts import DATE_WRONG, RIGHT, WRONG, share_text, verdict, verdicts

REVENUE = "Doanh thu viễn thông đạt 2.100 tỷ đồng."


def _band_of(confidence: float) -> str:
    return next(band_label(low, high) for low, high in zip(BAND_EDGES, BAND_EDGES[1:], strict=False)
                if low <= confidence < high)


def _review(action: str, value: float | None = None, as_of: str | None = None) -> Review:
    return Review(1, "x", action, value, as_of, None, "lan", "2026-12-02T08:00:00")


@pytest.mark.parametrize(("action", "value", "as_of", "expected"), [
    ("accept", None, None, RIGHT),
    ("reject", None, None, WRONG),
    ("correct", 65.0, None, WRONG),  # another value
    ("correct", 61.5, "2023", DATE_WRONG),  # the same value, another year
    ("correct", None, "2023-12-31", DATE_WRONG),
    ("correct", None, "2024-06-30", RIGHT),  # the same year, a day named: the reading was right
    ("correct", 61.52, None, RIGHT),  # within DESIGN §6's tolerance of the value read
])
def test_what_a_review_says_of_the_reading(store: Store, catalog: Catalog, tmp_path: Path, action: str,
                                           value: float | None, as_of: str | None, expected: str) -> None:
    write_doc(tmp_path / "docs", "a", DOSSIER)
    sync(store, tmp_path / "docs", catalog)
    figure = next(o for o in current(store) if o.indicator == "dossier_online_share")
    assert (figure.value, figure.as_of[:4]) == (61.5, "2024")
    assert verdict(figure, _review(action, value, as_of)) == expected


def test_tallies_by_band_by_rule_and_at_the_threshold(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    write_doc(tmp_path / "docs", "a", BTS, DOSSIER, REVENUE)
    write_doc(tmp_path / "docs", "b", BTS, province="an-giang")
    sync(store, tmp_path / "docs", catalog)
    figs = {(o.province, o.indicator): o for o in current(store)}
    bts, dossier = figs[("kien-giang", "bts_count")], figs[("kien-giang", "dossier_online_share")]
    add_review(store, bts.id, "accept")
    add_review(store, dossier.id, "reject", reason="số của một huyện")
    add_review(store, figs[("an-giang", "bts_count")].id, "correct", value=1300.0, reason="theo công văn")

    v = verdicts(store, "kien-giang")
    expected: dict[str, list[int]] = {}
    for fig, kind in ((bts, (1, 0, 0)), (dossier, (0, 0, 1))):
        label = _band_of(fig.confidence)
        expected[label] = [a + b for a, b in zip(expected.get(label, [0, 0, 0]), kind, strict=True)]
    reviewed = {t.label: [t.right, t.date_wrong, t.wrong] for t in v.bands if t.reviewed}
    assert reviewed == expected
    assert [t.label for t in v.bands] == [_band_of(low) for low in BAND_EDGES[:-1]]  # every band, low to high
    assert (v.admitted.reviewed, v.admitted.value_precision) == (2, 0.5)  # both read at >= 0.7
    assert {t.label: (t.right, t.wrong) for t in v.rules} == {bts.rule: (1, 0), dossier.rule: (0, 1)}
    assert v.rules[0].label == dossier.rule  # most wrong first
    others = len([o for o in current(store) if o.province == "kien-giang"]) - 2
    assert v.pending == others  # the revenue figure, not reviewed, is not counted
    assert (v.total.reviewed, v.total.right, v.total.wrong) == (2, 1, 1)
    assert (share_text(v.admitted.value_precision), share_text(None)) == ("50%", "–")
    everywhere = verdicts(store)
    assert (everywhere.admitted.reviewed, everywhere.admitted.right, everywhere.admitted.wrong) == (3, 1, 2)


def test_a_review_whose_figure_left_its_document_is_not_a_verdict(store: Store, catalog: Catalog,
                                                                    tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_doc(docs, "a", BTS, DOSSIER)
    sync(store, docs, catalog)
    bts = next(o for o in current(store) if o.indicator == "bts_count")
    add_review(store, bts.id, "reject", reason="sai")
    write_doc(docs, "a", BTS.replace("1.250", "1.300"), DOSSIER)
    sync(store, docs, catalog)
    v = verdicts(store)
    assert (v.orphaned, v.admitted.reviewed, sum(t.reviewed for t in v.bands)) == (1, 0, 0)

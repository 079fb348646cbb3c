"""Reviews and manual figures: what a report may use, and what survives re-extraction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.store.conftest import BTS, DOSSIER, write_doc
from tracker.errors import StoreError, UserError
from tracker.evaluate.status import Status, evaluate
from tracker.extract.catalog import Catalog
from tracker.store.db import Store
from tracker.store.figures import ManualFigure, add_manual, add_review, current, figures, review_items
from tracker.store.sync import sync
from tracker.targets.models import Target


def _synced(store: Store, catalog: Catalog, tmp_path: Path, *sentences: str) -> Path:
    docs = tmp_path / "docs"
    write_doc(docs, "a", *sentences)
    sync(store, docs, catalog)
    return docs


def _one(store: Store, indicator: str) -> str:
    return next(o.id for o in current(store) if o.indicator == indicator)


def test_reject_removes_the_figure_from_what_reports_use(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    _synced(store, catalog, tmp_path, BTS)
    fid = _one(store, "bts_count")
    add_review(store, fid[:6], "reject", reason="số của cả khu vực, không phải của tỉnh", by="lan")
    assert fid not in {o.id for o in figures(store)}
    assert [i.state for i in review_items(store, state="rejected")] == ["rejected"]


def test_correct_keeps_the_quote_and_records_the_original_value(store: Store, catalog: Catalog,
                                                                tmp_path: Path) -> None:
    _synced(store, catalog, tmp_path, DOSSIER)
    fid = _one(store, "dossier_online_share")
    add_review(store, fid, "correct", value=65.0, as_of="2024-06-30", reason="theo báo cáo chính thức")
    fig = next(o for o in figures(store) if o.id == fid)
    assert (fig.value, fig.as_of, fig.origin, fig.original_value) == (65.0, "2024-06-30", "corrected", 61.5)
    assert "61,5%" in fig.quote


def test_a_review_survives_reextraction_and_an_orphan_is_listed(store: Store, catalog: Catalog,
                                                               tmp_path: Path) -> None:
    docs = _synced(store, catalog, tmp_path, BTS, DOSSIER)
    bts, dossier = _one(store, "bts_count"), _one(store, "dossier_online_share")
    add_review(store, bts, "reject", reason="sai")
    add_review(store, dossier, "accept")
    write_doc(docs, "a", "Mở đầu bản tin.", BTS.replace("1.250", "1.300"), DOSSIER)
    sync(store, docs, catalog)
    states = {i.figure.id: i.state for i in review_items(store)}
    assert states[dossier] == "accepted"  # same sentence, same id: the review applies again
    assert states[bts] == "orphaned"  # its sentence changed: review kept, shown as orphaned
    with pytest.raises(StoreError, match="không còn trong văn bản"):
        add_review(store, bts, "accept")


def test_latest_review_wins_and_earlier_ones_stay_on_record(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    _synced(store, catalog, tmp_path, BTS)
    fid = _one(store, "bts_count")
    add_review(store, fid, "reject", reason="nhầm")
    add_review(store, fid, "accept", reason="đã kiểm tra lại")
    assert fid in {o.id for o in figures(store)}
    assert store.conn.execute("SELECT count(*) FROM reviews WHERE observation = ?", (fid,)).fetchone()[0] == 2


@pytest.mark.parametrize(("prefix", "message"), [
    ("ab", "không hợp lệ"), ("zzzz", "không hợp lệ"), ("ffffffff", "Không có số liệu"),
])
def test_bad_figure_ids_are_named(store: Store, prefix: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        add_review(store, prefix, "accept")


def test_reject_and_correct_need_a_reason_and_correct_needs_a_change(store: Store, catalog: Catalog,
                                                                      tmp_path: Path) -> None:
    _synced(store, catalog, tmp_path, DOSSIER)
    fid = _one(store, "dossier_online_share")
    with pytest.raises(UserError, match="lý do"):
        add_review(store, fid, "reject")
    with pytest.raises(UserError, match="--value"):
        add_review(store, fid, "correct", reason="x")
    with pytest.raises(UserError, match="từ 0 đến 100"):
        add_review(store, fid, "correct", value=130, reason="x")
    with pytest.raises(UserError, match="Ngày không tồn tại"):
        add_review(store, fid, "correct", as_of="2024-02-30", reason="x")
    assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_manual_figures_are_checked_and_stored_with_their_source(store: Store, catalog: Catalog) -> None:
    ids = add_manual(store, catalog, [ManualFigure("Kiên Giang", "stations_5g", 40, "2025-06", "Công văn 12/STTTT")],
                     by="lan")
    fig = next(o for o in figures(store) if o.id == ids[0])
    assert (fig.province, fig.origin, fig.source, fig.confidence) == ("kien-giang", "manual", "Công văn 12/STTTT", 1.0)
    bad = [
        (ManualFigure("kien-giang", "stations_5", 1, "2025", "x"), "có phải ý bạn là stations_5g"),
        (ManualFigure("kien-giang", "household_internet_share", 120, "2025", "x"), "từ 0 đến 100"),
        (ManualFigure("kien-giang", "stations_5g", 1, "2099", "x"), "tương lai"),
        (ManualFigure("kien-giang", "stations_5g", 1, "2025-13", "x"), "Ngày không hợp lệ"),
        (ManualFigure("kien-giang", "stations_5g", 1, "2025", "  "), "nguồn"),
        (ManualFigure("kien-giang", "stations_5g", 1, "2025", "x", qualifier="about"), "mức độ"),
        (ManualFigure("kien-giag", "stations_5g", 1, "2025", "x"), "kien-giang"),
    ]
    for fig_in, message in bad:
        with pytest.raises(UserError) as info:
            add_manual(store, catalog, [fig_in])
        assert message in str(info.value)
    assert store.conn.execute("SELECT count(*) FROM manual_figures").fetchone()[0] == 1


def test_a_manual_figure_wins_over_an_extracted_one_of_the_same_date(
        store: Store, catalog: Catalog, tmp_path: Path) -> None:
    _synced(store, catalog, tmp_path, DOSSIER)
    target = Target(id="t", indicator="dossier_online_share", target=">= 80%", deadline="2025")
    add_manual(store, catalog, [ManualFigure("kien-giang", "dossier_online_share", 82, "2024-07-05", "Công văn 3")])
    ev = evaluate(target, figures(store), date(2024, 12, 31))
    assert ev.actual is not None and ev.actual.origin == "manual" and ev.status is Status.achieved
    assert [c.value for c in ev.conflicts] == [61.5]  # the other figure of that date is shown, not averaged


def test_an_id_prefix_shared_by_two_figures_asks_for_more(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    _synced(store, catalog, tmp_path, BTS)
    row = store.conn.execute("SELECT * FROM observations LIMIT 1").fetchone()
    with store.write() as db:  # a second figure whose id shares the first 6 characters
        db.execute("INSERT INTO observations SELECT NULL, ? || 'ffffffffff', doc, province, indicator, value, unit, "
                   "qualifier, as_of, period, scope, numerator, denominator, quote, start, \"end\", rule, confidence, "
                   "derived, published, inputs, seen_at, superseded_at, page FROM observations WHERE row = ?",
                   (row["id"][:6], row["row"]))
    with pytest.raises(StoreError, match="khớp 2 số liệu"):
        add_review(store, row["id"][:6], "accept")
    add_review(store, row["id"][:8], "accept")  # a longer prefix is unique again


def test_review_items_filter_and_show_corrections_and_conflicts(store: Store, catalog: Catalog,
                                                               tmp_path: Path) -> None:
    from tracker.store.figures import conflicting_values

    docs = _synced(store, catalog, tmp_path, BTS, DOSSIER)
    write_doc(docs, "b", "Toàn tỉnh hiện có 1.300 trạm BTS.")
    sync(store, docs, catalog)
    items = review_items(store, "kien-giang")
    assert {i.figure.indicator for i in review_items(store, indicator="bts_count")} == {"bts_count"}
    confidences = sorted({i.figure.confidence for i in items})
    low = review_items(store, confidence=(0.0, confidences[0]))
    assert low and all(i.figure.confidence == confidences[0] for i in low)
    add_review(store, _one(store, "dossier_online_share"), "correct", value=62, reason="theo công văn")
    corrected = next(i for i in review_items(store) if i.figure.indicator == "dossier_online_share")
    assert corrected.value_text() == "61,5% → 62%"
    assert conflicting_values(review_items(store))[("kien-giang", "bts_count", "2024-07-05")] == {1250, 1300}

"""The library's operations: extraction does not depend on the number of workers; merged provinces."""

from datetime import date
from pathlib import Path

import pytest

from bench.corpus import build
from tracker.errors import UserError
from tracker.extract.catalog import default_catalog
from tracker.extract.scoring import GoldRow, Pred, score_by_indicator
from tracker.pipeline import extract_folder, report_data
from tracker.workspace import Workspace


def test_two_workers_give_the_same_observations_in_the_same_order(tmp_path: Path) -> None:
    build(tmp_path / "docs", 150, seed=5)
    (tmp_path / "docs" / "hong.txt").write_bytes(b"\x00binary")
    catalog = default_catalog()
    seen: list[tuple[int, int]] = []
    one = extract_folder(tmp_path / "docs", catalog)
    two = extract_folder(tmp_path / "docs", catalog, lambda d, t: seen.append((d, t)), workers=2)
    assert [o.id for o in one.observations] == [o.id for o in two.observations]
    assert len(one.observations) > 100
    assert [p.doc for p in two.problems] == [p.doc for p in one.problems] == ["hong.txt"]
    assert seen[-1] == (151, 151)


def test_score_by_indicator_counts_only_that_indicators_gold() -> None:
    gold = [GoldRow("d", "bts_count", 10, "2020", "", False), GoldRow("d", "stations_5g", 3, "2020", "", False)]
    preds = [Pred("d", "bts_count", 10, "2020", ""), Pred("d", "stations_5g", 4, "2020", "")]
    by = score_by_indicator(preds, gold, {"bts_count", "stations_5g"})
    assert (by["bts_count"].precision, by["bts_count"].gold) == (1.0, 1)
    assert (by["stations_5g"].precision, by["stations_5g"].recall) == (0.0, 0.0)


AN_GIANG_2024 = """---
province: an-giang
published: 2024-12-20
title: "An Giang: kết quả chuyển đổi số năm 2024"
---
Đến tháng 11/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng trên địa bàn tỉnh đạt 75,2%.
"""


def test_a_post_merger_report_lists_predecessors_figures_without_judging_on_them(workspace: Path) -> None:
    (workspace / "seeds" / "an-giang-2024.txt").write_text(AN_GIANG_2024, "utf-8")
    ws = Workspace.at(workspace)
    after, _, _ = report_data(ws, "an-giang", date(2026, 11, 23))
    level4 = next(r for r in after.rows if "mức độ 4" in r.title)
    # Kiên Giang's figure is shown under the target, cited in the appendix, and not judged against it
    assert level4.predecessors == ["Tỉnh Kiên Giang: 12,8% (26/8/2020) [1]"]
    assert level4.status_code == "no_data" and level4.actual == "—"
    cited = after.figures[0]
    assert cited.value == "12,8%" and cited.note.startswith("Số liệu trước sáp nhập (1/7/2025) của tỉnh Kiên Giang")
    assert any("Chỉ có số liệu của các đơn vị trước sáp nhập" in m for m in after.missing)
    # An Giang's own figure from before the merger still counts, and is marked
    home = next(r for r in after.rows if "cáp quang" in r.title)
    assert home.actual == "75,2%" and home.actual_date == "tháng 11/2024 (trước sáp nhập)"
    assert after.figures[1].note == "Số liệu trước sáp nhập (1/7/2025) của tỉnh An Giang"
    assert after.parent == "UBND TỈNH AN GIANG" and after.issuer == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    # before the merger: no predecessors, no marks, and the department of the time
    before, _, _ = report_data(ws, "an-giang", date(2025, 2, 1))
    assert all(not r.predecessors for r in before.rows) and all(not f.note for f in before.figures)
    assert next(r for r in before.rows if "cáp quang" in r.title).actual_date == "tháng 11/2024"
    assert before.code == "STTTT"


def test_a_pre_merger_province_keeps_its_scope_after_the_merger(workspace: Path) -> None:
    (workspace / "seeds" / "an-giang-2024.txt").write_text(AN_GIANG_2024, "utf-8")
    data, _, _ = report_data(Workspace.at(workspace), "kien-giang", date(2026, 11, 23))
    assert all(not r.predecessors for r in data.rows)
    assert "75,2%" not in {f.value for f in data.figures}
    assert data.province_name == "tỉnh Kiên Giang"


def test_the_signing_date_sets_the_date_line_and_department_not_the_figures(workspace: Path) -> None:
    ws = Workspace.at(workspace)
    data, _, _ = report_data(ws, "an-giang", date(2025, 2, 28), issued=date(2025, 3, 5))
    assert data.place_date == "An Giang, ngày 05 tháng 3 năm 2025" and data.issued == "2025-03-05"
    assert data.summary.endswith("đến 28/2/2025") and data.report_date == "2025-02-28"
    assert data.code == "SKHCN"  # signed after the departments merged on 1 March 2025
    same, _, _ = report_data(ws, "an-giang", date(2025, 2, 28))
    assert same.code == "STTTT" and same.issued == ""
    with pytest.raises(UserError) as e:
        report_data(ws, "an-giang", date(2025, 2, 28), issued=date(2025, 2, 27))
    assert "--date" in str(e.value.hint)


def test_a_batch_worker_reads_the_store_its_batch_synced_and_does_not_sync_again(workspace: Path) -> None:
    from tracker.store.db import Store
    from tracker.store.queries import documents

    ws = Workspace.at(workspace)
    report_data(ws, "kien-giang", date(2026, 11, 22))  # the batch's one sync
    (workspace / "seeds" / "moi.txt").write_text("---\nprovince: kien-giang\npublished: 2026-06-01\n---\n"
                                                 "Toàn tỉnh có 2.500 trạm BTS.\n", "utf-8")
    _, _, synced = report_data(ws, "kien-giang", date(2026, 11, 22), sync_first=False)
    assert synced.read == 0 and synced.fingerprint  # the run still records what rules it used
    with Store.open(ws.db) as st:
        assert "moi" not in documents(st)
    _, _, synced = report_data(ws, "kien-giang", date(2026, 11, 22))
    assert synced.read == 1


def test_targets_are_parsed_once_per_content_and_an_edit_is_seen_at_once(workspace: Path) -> None:
    from tracker import pipeline as pl

    ws = Workspace(workspace)
    first = pl.load(ws)[1]
    assert pl.load(ws)[1] is first  # same bytes: the parsed file is reused
    text = (workspace / "targets.yaml").read_text("utf-8")
    (workspace / "targets.yaml").write_text(text.replace("version: 1", "version: 1 "), "utf-8")
    assert pl.load(ws)[1] is not first  # edited, even within the same clock tick

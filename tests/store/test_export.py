"""Export: every figure with its state, and the documents, reviews and runs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import load_workbook

from tests.store.conftest import BTS, write_doc
from tracker.extract.catalog import Catalog
from tracker.store import export
from tracker.store.db import Store
from tracker.store.figures import ManualFigure, add_manual, add_review, current
from tracker.store.sync import sync


def _filled(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    write_doc(tmp_path / "docs", "a", BTS)
    sync(store, tmp_path / "docs", catalog)
    bts = next(o.id for o in current(store) if o.indicator == "bts_count")
    add_review(store, bts, "correct", value=1260, reason="số chính thức")
    add_manual(store, catalog, [ManualFigure("kien-giang", "stations_5g", 40, "2025-06", "CV 12")])


def test_csv_has_the_value_a_report_uses_and_the_extracted_one(store: Store, catalog: Catalog,
                                                               tmp_path: Path) -> None:
    _filled(store, catalog, tmp_path)
    rows = list(csv.DictReader(io.StringIO(export.to_csv(store))))
    by = {(r["indicator"], r["state"]): r for r in rows}
    bts = by[("bts_count", "corrected")]
    assert (float(bts["value"]), float(bts["extracted_value"])) == (1260, 1250)
    assert by[("stations_5g", "manual")]["source"] == "CV 12"
    assert ("stations_5g", "pending") in by


def test_jsonl_and_xlsx_hold_every_table(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    _filled(store, catalog, tmp_path)
    kinds = [json.loads(line)["table"] for line in export.to_jsonl(store).splitlines()]
    assert {"figures", "documents", "reviews"} <= set(kinds)
    (tmp_path / "x.xlsx").write_bytes(export.to_xlsx(store))
    wb = load_workbook(tmp_path / "x.xlsx", read_only=True)
    assert wb.sheetnames == ["figures", "documents", "reviews", "runs"]
    figures = list(wb["figures"].iter_rows(values_only=True))
    assert figures[0][:4] == ("id", "province", "indicator", "value") and len(figures) == 4


def test_text_a_spreadsheet_would_run_is_written_as_text(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    evil = '=HYPERLINK("http://x.example","bấm")'
    add_manual(store, catalog, [ManualFigure("kien-giang", "stations_5g", 40, "2025-06", evil)])
    rows = list(csv.DictReader(io.StringIO(export.to_csv(store))))
    assert [r["source"] for r in rows] == ["'" + evil]
    (tmp_path / "x.xlsx").write_bytes(export.to_xlsx(store))
    sheet = load_workbook(tmp_path / "x.xlsx")["figures"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == evil]
    assert cells and all(c.data_type == "s" for c in cells)  # text, not a formula

"""Cells a spreadsheet would evaluate (tracker/text/cells.py)."""

import csv
import io

import pytest
from openpyxl import Workbook, load_workbook

from tracker.report.sheets import _csv
from tracker.text.cells import csv_safe, is_formula_text


@pytest.mark.parametrize("text", ["=1+1", "+84 912", "-5%", "@SUM(A1)", "\tx", "\r=1"])
def test_formula_starts_get_an_apostrophe(text: str) -> None:
    assert csv_safe(text) == "'" + text


@pytest.mark.parametrize("value", ["Kiên Giang", "12,8%", 12.8, -5, None, ""])
def test_other_values_are_left_alone(value: object) -> None:
    assert csv_safe(value) == value


def test_the_report_csv_reads_back_as_text() -> None:
    data = _csv(["tên"], [['=HYPERLINK("http://x.example")'], [12.8]]).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(data))) == [["tên"], ["'=HYPERLINK(\"http://x.example\")"], ["12.8"]]


def test_openpyxl_would_write_a_formula_without_the_guard(tmp_path) -> None:  # type: ignore[no-untyped-def]
    wb = Workbook()
    wb.active.append(["=1+1"])
    wb.save(tmp_path / "a.xlsx")
    assert load_workbook(tmp_path / "a.xlsx").active["A1"].data_type == "f"
    assert is_formula_text("=1+1") and not is_formula_text("1+1")

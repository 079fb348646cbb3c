"""Tables of indicators whose first value column is the whole province.

A report or a thesis often gives the state of the sector as a table with one row per
indicator, a unit column and then a column for the province and one for each of its parts:

    Bảng 4.1. Một số chỉ tiêu chủ yếu về hiện trạng viễn thông Hòa Bình năm 2017
    STT Chỉ tiêu Đơn vị Cả tỉnh Vùng cao Vùng thấp Đô thị
    1 Số DN cung cấp dịch vụ internet DN 3 2 3 3
    7 Sốlượng thuê bao Internet TB 50.974 15.328 14.589 21.057

Its text reaches tracker flattened (a PDF's or a stored page's: rows run on, a long label
breaks across lines), so a row is found by its number: row n starts where "n" stands before
a word, after row n-1. Its values are the run of numbers (or "--") that ends it; all rows
have as many, and only the first, under the heading that names the whole ("Cả tỉnh", "Toàn
tỉnh", "Tổng số"), is read. The year is the table title's. Anything that does not fit (rows
out of order, a different number of values, no total heading) is left to the sentence reader.
"""

from __future__ import annotations

import re

from tracker.extract.tables import CELL, Cell, label_and_unit
from tracker.text.dates import iter_dates

_HEADER = re.compile(r"\bSTT\s+Chỉ\s+tiêu\s+(?:Đơn\s+vị(?:\s+tính)?|ĐVT)\s+(?:Cả\s+tỉnh|Toàn\s+tỉnh|Tổng\s+số|Toàn\s+"
                     r"thành\s+phố)\b[^\d]{0,80}?(?=\s1\s)", re.I)
_VALUE = r"(?:--|" + CELL + r")"  # a year table's cell, or "--" for an empty one
_VALUES_AT_END = re.compile(r"((?:\s+" + _VALUE + r")+)\s*$")
_EMPTY = ("--", "-", "–", "…", "...")
_END = re.compile(r"\n\s*Nguồn\s*:", re.I)
_TITLE_REACH = 200  # characters before the header where the table's title, and its year, stand
_MAX_ROWS = 40


def column_tables(text: str) -> list[Cell]:
    """The whole-province value of each row of such tables in `text` (offsets into `text`)."""
    cells: list[Cell] = []
    for header in _HEADER.finditer(text):
        end = _END.search(text, header.end())
        body_end = end.start() if end else min(len(text), header.end() + 6000)
        title = text[max(0, header.start() - _TITLE_REACH) : header.start()]
        years = [d.value for d in iter_dates(title) if d.kind == "year"]
        cells.extend(_rows(text, header.end(), body_end, years[-1] if years else ""))
    return cells


def _rows(text: str, start: int, end: int, year: str) -> list[Cell]:
    starts: list[int] = []
    pos = start
    for n in range(1, _MAX_ROWS + 1):
        m = re.compile(r"(?<![\d.,])" + str(n) + r"\s+(?=[^\W\d_])").search(text, pos, end)
        if m is None:
            break
        starts.append(m.start())
        pos = m.end()
    if len(starts) < 2:
        return []
    rows: list[tuple[int, int, str, str, list[str]]] = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else _last_row_end(text, s, end, rows)
        row = " ".join(text[s:e].split())
        values = _VALUES_AT_END.search(row)
        if values is None:
            return []
        # the row's number dropped, the unit column's entry ends the label, as in a PDF year table
        label, unit = label_and_unit(row[: values.start()].split(" ", 1)[-1], True)
        rows.append((s, e, label, unit, values.group(1).split()))
    if len({len(r[4]) for r in rows}) != 1 or len(rows[0][4]) < 2:
        return []  # every row has one value a column, or it is not this layout
    cells = []
    for s, e, label, unit, vals in rows:
        if vals[0] in _EMPTY or not label:
            continue
        while e > s and text[e - 1].isspace():
            e -= 1
        cells.append(Cell(label, year, vals[0], unit, s, e))
    return cells


def _last_row_end(text: str, start: int, end: int, rows: list[tuple[int, int, str, str, list[str]]]) -> int:
    """Where the last row ends: after as many values as the rows before it have (the text after
    a table goes on without a mark)."""
    if not rows:
        return end
    k = len(rows[-1][4])
    m = re.compile(r"[^\W\d_][^\n]*?((?:\s+" + _VALUE + r"){" + str(k) + r"})(?![\d.,])").search(text, start, end)
    return m.end() if m else end

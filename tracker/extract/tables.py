"""Year tables: a figure per year laid out as a table rather than told in a sentence.

Statistics pages and the appendices of reports give an indicator's series as a table, which
reaches tracker as lines (a DOCX or web table row is one line, its cells joined by " | "; a
PDF row is one line; a stored page keeps the row's cells separated by spaces, or puts each
cell on its own line). Three layouts are read:

- years across: a header of years, then a row per indicator, one value under each year
  ("  2016 2017 2018 2019 Sơ bộ 2020" / "Tỷ lệ người sử dụng Internet 77,63 83,49 79,43 79,46 83,71");
- years down: a table title, column headings, then a row per year ("Tỷ lệ hộ gia đình có kết
  nối Internet" / "TỔNG SỐ Phân theo thành thị, nông thôn" / "2015 72,28 72,64 55,60"); only
  the total's column is read, and only when a heading says it is the total (or the row has one
  value);
- a statistical yearbook's page flattened one cell per line (the provincial statistics
  offices' layout): a title, column headings (bilingual: "Di động - Mobi-phone"), a unit line
  ("Thuê bao - Subcribers"), then a year line followed by one line per column, year after
  year. Each column is read, its label composed from the title and its heading ("Số thuê
  bao điện thoại" + "Di động"); a section of growth indices ("Chỉ số phát triển (Năm trước =
  100)") is not a level and is not read.

This module only finds the cells: each with its label (the row's, or the table's title), its
year, the unit the table states ("ĐVT: %") and the row's line, which is the quote. Which
indicator a label names is the catalog's business (the engine asks its rules, as it does for
a sentence). Anything that does not fit one layout exactly is left to the sentence reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# A header cell naming a year; "Sơ bộ 2020" / "Prel. 2020" is the preliminary figure of 2020.
_YEAR_CELL = re.compile(r"(?:(?:Sơ\s+bộ|Ước(?:\s+tính)?|Ước\s+TH|Prel\.?)\s*-?\s*)?(?:Năm\s+)?(" + _YEAR + r")(?!\d)",
                        re.I)
# Words a header of years may hold besides the years.
_HEADER_WORDS = re.compile(r"\b(?:Chỉ\s+tiêu|STT|TT|ĐVT|Đơn\s+vị\s+tính|Năm|Sơ\s+bộ|Prel\.?|Nội\s+dung)\b", re.I)
# A cell of a row: a number ("1.778.489", "77,63") or an empty mark (also read by column_tables).
CELL = r"(?:\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|-|–|…|\.\.\.)"
_ROW_TAIL = re.compile(r"(?:(?:\s*\|)?\s+" + CELL + r")+\s*\|?\s*$")
# "2020 (Sơ bộ)": the preliminary mark may follow the year too
_PRELIMINARY_AFTER = r"(?:\s*\(?\s*(?:sơ\s+bộ|ước\s+tính|ước|prel\.?)\s*\)?)?"
_YEAR_ROW = re.compile(r"^\s*\|?\s*(?:(?:Sơ\s+bộ|Prel\.?)\s*-?\s*)?(?:Năm\s+)?(" + _YEAR + r")" + _PRELIMINARY_AFTER
                       + r"((?:(?:\s*\|)?\s+" + CELL + r")+)\s*\|?\s*$", re.I)
_UNIT = re.compile(r"(?:ĐVT|ĐTV|Đơn\s+vị\s+tính)\s*:\s*([^)\n|]+)", re.I)
_TOTAL_HEADING = re.compile(r"^\s*\|?\s*(?:Tổng\s+số|Tổng|Toàn\s+tỉnh|Toàn\s+thành\s+phố)\b", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_ORDINAL = re.compile(r"\d{1,2}\.?|[IVX]{1,4}\.?|[a-zđ]\)", re.I)
# A ĐVT cell: the units ICT tables count in ("%", "Thuê bao", "Tỷ đồng", "Trạm")
_UNIT_CELL = re.compile(r"%|thuê\s+bao|TB|trạm|tỷ\s+đồng|triệu\s+đồng|doanh\s+nghiệp|DN|điểm|bưu\s+cục|xã|"
                        r"hồ\s+sơ|thủ\s+tục|TTHC|dịch\s+vụ|máy|hộ|cơ\s+quan|đơn\s+vị|lượt|người|"
                        r"(?:nghìn|ngàn|triệu)(?:\s+\S+){0,2}", re.I)
_UNIT_AT_END = re.compile(r"\s(" + _UNIT_CELL.pattern + r")$", re.I)
_MAX_GAP = 2  # lines without a row (sub-headings, blank) a table may hold between rows
_TITLE_REACH = 5  # lines above the first year row where a years-down table's title may stand


@dataclass(frozen=True)
class Cell:
    """One value of a year table."""

    label: str  # the row's label (years across) or the table's title (years down)
    year: str
    value_text: str  # the cell as written ("77,63", "1.778.489")
    unit: str  # "%" or a counted noun ("thuê bao"), from the table's ĐVT or the label; "" if unknown
    start: int  # the row's line in the document text: the quote
    end: int


def year_tables(text: str) -> list[Cell]:
    """Every cell of the year tables in `text` (offsets into `text`)."""
    lines = _lines(text)
    cells: list[Cell] = []
    i = 0
    while i < len(lines):
        found, i_next = _across(lines, i)
        if not found:
            found, i_next = _down(lines, i)
        cells.extend(found)
        i = max(i_next, i + 1)
    return cells + _flattened([ln for ln in lines if ln[2].strip()])


# The one-cell-per-line layout (see the module's docstring).
_YEAR_LINE = re.compile(r"^\s*(?:(?:Sơ\s+bộ|Ước\s+tính|Prel\.?)\s*[-–]?\s*)*(?:Prel\.?\s*)?(?:Năm\s+)?"
                        r"(" + _YEAR + r")" + _PRELIMINARY_AFTER + r"\s*$", re.I)
_CELL_LINE = re.compile(r"^\s*(" + CELL + r")\s*$")
_INDEX_SECTION = re.compile(r"chỉ\s+số\s+phát\s+triển|năm\s+trước\s*=\s*100|\bindex\b|cơ\s+cấu|\bstructure\b", re.I)
_GROUPING = re.compile(r"^(?:chia\s+ra|trong\s+đó|phân\s+theo|of\s+which)\b", re.I)
_HEADINGS_REACH = 16  # lines above a flattened table where its title and headings stand (bilingual: two a column)


def _vietnamese(line: str) -> str:
    """The Vietnamese half of a bilingual heading ("Di động - Mobi-phone" → "Di động"); an
    English-only line ("Total") gives ""."""
    head = re.split(r"\s+[-–]\s+", line.strip(), maxsplit=1)[0].strip()
    return head if re.search(r"[à-ỹđ]", head.lower()) or head.lower() in ("internet", "bts") else ""


def _flattened(rows: list[tuple[int, int, str]]) -> list[Cell]:
    cells: list[Cell] = []
    i = 0
    while i < len(rows):
        groups, j = _groups(rows, i)
        if len(groups) < 2:
            i += 1
            continue
        cells.extend(_flattened_cells(rows, i, groups))
        i = j
    return cells


def _groups(rows: list[tuple[int, int, str]], i: int) -> tuple[list[tuple[str, list[str], int, int]], int]:
    """Year lines each followed by the same number of one-number lines, years increasing."""
    groups: list[tuple[str, list[str], int, int]] = []
    width = None
    while i < len(rows):
        year = _YEAR_LINE.match(rows[i][2])
        if year is None or groups and int(year.group(1)) <= int(groups[-1][0]):
            break
        values = []
        j = i + 1
        while j < len(rows) and (m := _CELL_LINE.match(rows[j][2])) and not _YEAR_LINE.match(rows[j][2]):
            values.append(m.group(1))
            j += 1
        if not values or width is not None and len(values) != width:
            break
        width = len(values)
        groups.append((year.group(1), values, rows[i][0], rows[j - 1][1]))
        i = j
    return groups, i


def _flattened_cells(rows: list[tuple[int, int, str]], i: int,
                     groups: list[tuple[str, list[str], int, int]]) -> list[Cell]:
    headings: list[str] = []
    for _, _, line in reversed(rows[max(0, i - _HEADINGS_REACH) : i]):
        if re.search(r"\d", re.sub(_YEAR, "", line)) and not re.search(r"=\s*100", line):
            break  # the table before, or prose with figures
        headings.insert(0, line.strip())
    if any(_INDEX_SECTION.search(h) for h in headings[-2:]):
        return []  # growth indices or a structure in %, not levels
    stated = next((m.group(1).strip() for h in headings if (m := _UNIT.search(h))), "")  # "Đơn vị tính: Thuê bao"
    texts = [t for t in (_vietnamese(h) for h in headings if not _UNIT.search(h)) if t]
    if len(texts) < 2:
        return []
    unit_line = texts[-1] if _UNIT_CELL.fullmatch(texts[-1]) or texts[-1] == "%" else ""
    title, columns = texts[0], [t for t in texts[1 : len(texts) - bool(unit_line)] if not _GROUPING.match(t)]
    unit = unit_line or stated
    width = len(groups[0][1])
    if len(columns) != width:
        columns = columns[:1] if width == 1 or columns and _TOTAL_HEADING.match(columns[0]) else []
    cells = []
    for k, heading in enumerate(columns):
        label = title if _TOTAL_HEADING.match(heading) else f"{title} {heading}"
        for year, values, start, end in groups:
            if values[k][0].isdigit():
                cells.append(Cell(label, year, values[k], _unit_of(unit, label), start, end))
    return cells


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _header_years(line: str) -> list[str] | None:
    years = [m.group(1) for m in _YEAR_CELL.finditer(line)]
    if len(years) < 2 or any(int(b) <= int(a) for a, b in zip(years, years[1:], strict=False)):
        return None
    rest = _HEADER_WORDS.sub(" ", _YEAR_CELL.sub(" ", line))
    return years if not _LETTER.search(rest) and not re.search(r"\d", rest) else None


def _unit_near(lines: list[tuple[int, int, str]], i: int, reach: int = 3) -> str:
    for _, _, line in reversed(lines[max(0, i - reach) : i + 1]):
        m = _UNIT.search(line)
        if m:
            return m.group(1).strip().rstrip(".").strip()
    return ""


def _unit_of(table_unit: str, label: str) -> str:
    if table_unit:
        return table_unit
    return "%" if re.search(r"\btỷ\s+lệ\b|\(%\)", label, re.I) else ""


def _cells_of(tail: str) -> list[str]:
    return re.findall(CELL, tail.replace("|", " "))


def _across(lines: list[tuple[int, int, str]], i: int) -> tuple[list[Cell], int]:
    years = _header_years(lines[i][2])
    if years is None:
        return [], i
    unit = _unit_near(lines, i)
    unit_column = re.search(r"\b(?:ĐVT|Đơn\s+vị\s+tính)\b", lines[i][2], re.I) is not None
    cells: list[Cell] = []
    gap, j = 0, i + 1
    while j < len(lines) and gap <= _MAX_GAP:
        start, end, line = lines[j]
        tail = _ROW_TAIL.search(line)
        label = line[: tail.start()].strip(" |\t") if tail else line.strip(" |\t")
        if tail is None or not _LETTER.search(label):
            if re.search(r"\d", line) or not line.strip() and gap == _MAX_GAP:
                break  # a line of numbers that is no row ends the table
            gap += 1
            j += 1
            continue
        values = _cells_of(tail.group())
        if len(values) != len(years):
            break
        gap = 0
        label, row_unit = label_and_unit(label, unit_column)
        for year, value in zip(years, values, strict=True):
            if value[0].isdigit():
                cells.append(Cell(label, year, value, _unit_of(row_unit or unit, label), start, end))
        j += 1
    return cells, j


def label_and_unit(label: str, unit_column: bool) -> tuple[str, str]:
    """A row's label without its STT cell, and the unit its ĐVT cell gives ("1 | Số thuê bao di
    động | Thuê bao" → "Số thuê bao di động", "Thuê bao"). A PDF row has no cell marks: when the
    header names a ĐVT column, a unit word that ends the label is that cell."""
    parts = [p.strip() for p in label.split("|") if p.strip()]
    if parts and _ORDINAL.fullmatch(parts[0]) and len(parts) > 1:
        parts = parts[1:]
    if len(parts) >= 2 and _UNIT_CELL.fullmatch(parts[-1]):
        return " ".join(parts[:-1]), parts[-1]
    if len(parts) == 1 and unit_column:
        m = _UNIT_AT_END.search(parts[0])
        if m and m.start() > 0:
            return parts[0][: m.start()].strip(), m.group(1)
    return " ".join(parts), ""


def _down(lines: list[tuple[int, int, str]], i: int) -> tuple[list[Cell], int]:
    rows: list[tuple[str, list[str], int, int]] = []
    j, gap = i, 0
    while j < len(lines) and gap <= 1:
        start, end, line = lines[j]
        m = _YEAR_ROW.match(line)
        if m is None:
            if line.strip() or not rows:
                break
            gap += 1
            j += 1
            continue
        if rows and int(m.group(1)) <= int(rows[-1][0]):
            break
        rows.append((m.group(1), _cells_of(m.group(2)), start, end))
        gap = 0
        j += 1
    if len(rows) < 2:
        return [], i
    headings = [line for _, _, line in lines[max(0, i - _TITLE_REACH) : i]]
    while headings and not headings[0].strip():
        headings.pop(0)
    numbered = [k for k, line in enumerate(headings) if re.search(r"\d", _UNIT.sub("", line))]
    headings = headings[numbered[-1] + 1 :] if numbered else headings  # up to the prose before the table
    texts = [h.strip() for h in headings if h.strip() and not _UNIT.fullmatch(h.strip(" ()"))]
    if not texts:
        return [], j
    title, columns = texts[0], texts[1:]
    one_value = all(len(values) == 1 for _, values, _, _ in rows)
    if not one_value and not (columns and _TOTAL_HEADING.match(columns[0])):
        return [], j  # which column is the province's total, no heading says
    unit = _unit_of(_unit_near(lines, i, _TITLE_REACH), title)
    cells = [Cell(title, year, values[0], unit, start, end)
             for year, values, start, end in rows if values and values[0][0].isdigit()]
    return cells, j

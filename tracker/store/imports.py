"""Importing manual figures from a CSV or XLSX sheet, checked row by row, all or nothing.

Columns may be named in English (as the CLI options) or in Vietnamese: province/tỉnh,
indicator/chỉ tiêu, value/giá trị, as_of/thời điểm, source/nguồn, and optionally
qualifier/mức and note/ghi chú. Numbers in text cells are read the Vietnamese way
("12,8", "1.936.755"). Every bad row is reported with its line, then nothing is added:
a half-imported sheet is worse than none.
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tracker.errors import ConfigError, Problem, UserError
from tracker.extract.catalog import Catalog
from tracker.i18n import msg
from tracker.provinces import fold
from tracker.store.db import Store
from tracker.store.figures import ManualFigure, add_manual, check_manual
from tracker.text.numbers import parse_numeral

_COLUMNS = {
    "province": "province", "tinh": "province", "tinh thanh pho": "province",
    "indicator": "indicator", "chi tieu": "indicator",
    "value": "value", "gia tri": "value",
    "as of": "as_of", "thoi diem": "as_of", "ngay": "as_of",
    "source": "source", "nguon": "source",
    "qualifier": "qualifier", "muc": "qualifier",
    "note": "note", "ghi chu": "note",
}
_REQUIRED = ("province", "indicator", "value", "as_of", "source")
_NUMERAL = re.compile(r"^\d+(?:[.,]\d+)*$")


def read_sheet(path: Path, shown_as: str | None = None) -> list[tuple[int, dict[str, Any]]]:
    """The rows of a CSV or XLSX file as (line number, {column: value}), header mapped.
    Messages name the file as `shown_as` when given (an upload's own name, not a temporary path)."""
    where = shown_as or str(path)
    if not path.is_file():
        raise UserError(msg("Không có tệp {path}.", path=where))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raw = _csv_rows(path, where)
    elif suffix in (".xlsx", ".xlsm"):
        raw = _xlsx_rows(path, where)
    else:
        raise UserError(msg("Không đọc được {name}: chỉ nhận .csv hoặc .xlsx.", name=path.name))
    if not raw:
        raise UserError(msg("{path}: tệp trống.", path=where),
                        msg("dòng đầu là tên cột: {columns}", columns=", ".join(_REQUIRED)))
    header_line, header = raw[0]
    names = [_COLUMNS.get(fold(str(h or "")).replace("_", " ")) for h in header]
    unknown = [str(h) for h, n in zip(header, names, strict=True) if n is None and str(h or "").strip()]
    missing = [c for c in _REQUIRED if c not in names]
    if unknown or missing:
        parts = ([msg("cột không rõ: {columns}", columns=", ".join(unknown))] if unknown else []) + \
                ([msg("thiếu cột: {columns}", columns=", ".join(missing))] if missing else [])
        raise ConfigError([Problem(where, header_line, None, "; ".join(parts))],
                          msg("các cột: {columns} (và tùy chọn qualifier, note)", columns=", ".join(_REQUIRED)))
    rows = []
    for line, cells in raw[1:]:
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        rows.append((line, {n: c for n, c in zip(names, cells, strict=False) if n is not None}))
    return rows


def _csv_rows(path: Path, where: str) -> list[tuple[int, list[Any]]]:
    try:
        text = path.read_text("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(msg("{path}: không phải UTF-8.", path=where),
                        msg("lưu lại bảng tính dưới dạng 'CSV UTF-8'")) from None
    try:
        dialect: Any = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(text.splitlines(keepends=True), dialect)
    out: list[tuple[int, list[Any]]] = []
    for cells in reader:
        out.append((reader.line_num, list(cells)))
    return out


def _xlsx_rows(path: Path, where: str) -> list[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a broken file
        raise UserError(msg("{path}: không mở được bảng tính ({detail}).", path=where, detail=exc)) from None
    try:
        sheet = wb.worksheets[0]
        return [(i, [_cell_value(c) for c in cells]) for i, cells in enumerate(sheet.iter_rows(), 1)]
    finally:
        wb.close()


def _cell_value(cell: Any) -> Any:
    """A cell's value as the sheet shows it: a cell formatted as a percentage shows 45% and
    stores 0.45, and a figure of 45% must not be imported as 0.45%."""
    value = getattr(cell, "value", None)
    fmt = str(getattr(cell, "number_format", "") or "")
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in fmt:
        return round(value * 100, 10)
    return value


def parse_value(cell: Any) -> float:
    """A figure as a person writes it, in a sheet or a form: 61,5 · 1.200 · 45% (ValueError if not)."""
    if isinstance(cell, bool):
        raise ValueError
    if isinstance(cell, int | float):
        return float(cell)
    text = str(cell or "").strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
    if not _NUMERAL.match(text):
        raise ValueError
    return parse_numeral(text)[0]


def _as_of(cell: Any) -> str:
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, int):
        return str(cell)
    return str(cell or "").strip()


def import_figures(store: Store, catalog: Catalog, path: Path, *, by: str | None = None,
                   shown_as: str | None = None) -> list[str]:
    """Check every row of the sheet; add them all (their ids) or raise with every bad row."""
    where = shown_as or str(path)
    problems: list[Problem] = []
    figures: list[ManualFigure] = []
    for line, row in read_sheet(path, shown_as):
        try:
            try:
                value = parse_value(row.get("value"))
            except ValueError:
                raise UserError(msg("giá trị không phải số: '{value}'", value=row.get("value"))) from None
            fig = ManualFigure(
                province=str(row.get("province") or "").strip(), indicator=str(row.get("indicator") or "").strip(),
                value=value, as_of=_as_of(row.get("as_of")), source=str(row.get("source") or ""),
                qualifier=str(row.get("qualifier") or "eq").strip() or "eq",
                note=(str(row["note"]).strip() or None) if row.get("note") is not None else None,
            )
            figures.append(check_manual(catalog, fig)[0])
        except UserError as exc:
            message = exc.message + (f" ({exc.hint})" if exc.hint else "")
            problems.append(Problem(where, line, None, message))
    if problems:
        raise ConfigError(problems, msg("sửa các dòng trên rồi nhập lại; chưa có dòng nào được thêm"))
    if not figures:
        raise UserError(msg("{path}: không có dòng số liệu nào.", path=where))
    return add_manual(store, catalog, figures, by=by)

"""The report's two tables (targets, figures) for people who work in Excel: XLSX and CSV.

Same content as the PDF, taken from ReportData, with numbers kept as numbers (the value,
the completion rate) next to the worded cells, so a sheet can be sorted and summed.
CSV is UTF-8 with a byte-order mark, the only way Excel opens Vietnamese CSV correctly.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from tracker.report.data import ReportData
from tracker.report.words import WORDS
from tracker.text.cells import csv_safe, is_formula_text

TARGET_COLUMNS = list(WORDS.sheet_target_columns)
FIGURE_COLUMNS = list(WORDS.sheet_figure_columns)


def target_rows(data: ReportData) -> list[list[Any]]:
    return [[
        r.stt, r.title, r.target, r.deadline, r.actual, r.actual_value, r.unit, r.actual_date,
        None if r.progress_pct is None else round(r.progress_pct, 1), r.status, r.status_code, r.projection,
        r.source, r.basis, "; ".join(r.predecessors),
    ] for r in data.rows]


def figure_rows(data: ReportData) -> list[list[Any]]:
    return [[f.stt, f.indicator, f.value, f.as_of, f.quote, f.note, f.origin, f.source, f.doc] for f in data.figures]


def to_csv(data: ReportData) -> tuple[bytes, bytes]:
    """The target table and the figures table, as two CSV files."""
    return _csv(TARGET_COLUMNS, target_rows(data)), _csv(FIGURE_COLUMNS, figure_rows(data))


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(["" if c is None else csv_safe(c) for c in row] for row in rows)
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx(data: ReportData) -> bytes:
    """A workbook with the sheets 'Chỉ tiêu' and 'Số liệu', a title line, frozen headers."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    sheets = [(WORDS.sheet_targets, TARGET_COLUMNS, target_rows(data)),
              (WORDS.sheet_figures, FIGURE_COLUMNS, figure_rows(data))]
    wb.remove(wb.active)
    for name, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append([f"{data.issuer} — {data.summary} ({data.province_name})"])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for cell in ws[2]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            ws.append(row)
            for cell in ws[ws.max_row]:
                if is_formula_text(cell.value):
                    cell.data_type = "s"  # a title or quote starting with '=' is text, never a formula
        ws.freeze_panes = "A3"
        for i, col in enumerate(header, 1):
            letter = ws.cell(row=2, column=i).column_letter
            longest = max([len(col), *(len(str(r[i - 1] or "")) for r in rows)])
            ws.column_dimensions[letter].width = min(60, max(6, longest + 2))
            for cell in ws[letter][2:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.title = f"{WORDS.title_prefix} {data.summary}"
    wb.properties.creator = data.issuer
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

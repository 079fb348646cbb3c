"""Text that a spreadsheet would run: document titles and quotes are data, never formulas.

A CSV opened in Excel or LibreOffice evaluates a cell that starts with '=', '+', '-' or '@'
(and tab or carriage return, which some tools strip first): a document titled
'=HYPERLINK("http://…")' would become a live link in the report's CSV. As the spreadsheet
tools' own guidance says, such a cell is written with a leading apostrophe, which the tools
read as "this is text". In XLSX only a string starting with '=' becomes a formula (openpyxl
writes it as one); those cells are stored as strings instead.
"""

from __future__ import annotations

from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """The value for a CSV cell: a string a spreadsheet would evaluate gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def is_formula_text(value: Any) -> bool:
    """A string openpyxl would write as a formula, which must be stored as text."""
    return isinstance(value, str) and value.startswith("=")

"""Everything in the store as plain tables (CSV, JSON Lines, XLSX), for other tools.

One row per figure (extracted, with its review state and the value a report would use,
plus the manual ones), and with JSONL and XLSX also the documents, reviews and runs.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from tracker.store.db import Store
from tracker.store.figures import apply_review, manual_figures, review_items
from tracker.store.queries import runs
from tracker.text.cells import csv_safe, is_formula_text

FIGURE_COLUMNS = ("id", "province", "indicator", "value", "unit", "qualifier", "as_of", "state", "extracted_value",
                  "doc", "quote", "source", "rule", "confidence", "derived")


def figure_rows(store: Store) -> list[dict[str, Any]]:
    """Every current extracted figure (rejected ones included, marked) and every manual figure."""
    out = []
    for item in review_items(store):
        if item.state == "orphaned":
            continue
        o = item.figure
        used = apply_review(o, item.review) or o  # a rejected figure is listed with its own value
        out.append({
            "id": o.id, "province": o.province, "indicator": o.indicator, "value": used.value, "unit": o.unit,
            "qualifier": used.qualifier, "as_of": used.as_of, "state": item.state,
            "extracted_value": o.value, "doc": o.doc, "quote": o.quote, "source": item.source, "rule": o.rule,
            "confidence": o.confidence, "derived": o.derived,
        })
    for m in manual_figures(store):
        out.append({
            "id": m.id, "province": m.province, "indicator": m.indicator, "value": m.value, "unit": m.unit,
            "qualifier": m.qualifier, "as_of": m.as_of, "state": "manual", "extracted_value": None, "doc": "",
            "quote": m.quote, "source": m.source, "rule": "manual", "confidence": 1.0, "derived": False,
        })
    out.sort(key=lambda row: (row["province"], row["indicator"], row["as_of"], row["id"]))
    return out


def tables(store: Store) -> dict[str, list[dict[str, Any]]]:
    docs = [dict(r) for r in store.conn.execute(
        "SELECT id, file, sha256, province, published, period, kind, title, source, encoding, error, read_at, "
        "removed_at FROM documents ORDER BY id")]
    reviews = [dict(r) for r in store.conn.execute("SELECT * FROM reviews ORDER BY id")]
    run_rows = [{**r, "details": json.dumps(r["details"], ensure_ascii=False)} for r in runs(store)]
    return {"figures": figure_rows(store), "documents": docs, "reviews": reviews, "runs": run_rows}


def to_csv(store: Store) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(FIGURE_COLUMNS))
    w.writeheader()
    w.writerows({k: csv_safe(v) for k, v in row.items()} for row in figure_rows(store))
    return buf.getvalue()


def to_jsonl(store: Store) -> str:
    lines = []
    for name, rows in tables(store).items():
        for row in rows:
            lines.append(json.dumps({"table": name, **row}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def to_xlsx(store: Store) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    for name, rows in tables(store).items():
        sheet = wb.create_sheet(name)
        columns = list(FIGURE_COLUMNS) if name == "figures" else list(rows[0]) if rows else []
        sheet.append(columns)
        for row in rows:
            cells = []
            for c in columns:
                cell = WriteOnlyCell(sheet, value=row.get(c))
                if is_formula_text(cell.value):
                    cell.data_type = "s"  # a quote or title starting with '=' is text, never a formula
                cells.append(cell)
            sheet.append(cells)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

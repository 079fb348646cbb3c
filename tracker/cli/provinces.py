"""Commands across provinces: the registry (provinces) and one indicator side by side (compare)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tracker.cli.common import WorkspaceOpt, app, open_workspace_store, out, user_errors
from tracker.errors import UserError
from tracker.i18n import msg
from tracker.text.dates import format_date, parse_day, report_date

if TYPE_CHECKING:
    from tracker.report.compare import Comparison


@app.command()
def provinces(
    at: Annotated[str | None, typer.Option("--at", help="Chỉ các đơn vị tồn tại vào ngày này (YYYY-MM-DD).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table hoặc json")] = "table",
) -> None:
    """Danh sách tỉnh, thành phố (mã, tên, sáp nhập từ 1/7/2025)."""
    from rich.table import Table

    from tracker.provinces import at as at_date
    from tracker.provinces import lookup, predecessors, registry

    with user_errors():
        if fmt not in ("table", "json"):
            raise UserError(msg("Định dạng không hỗ trợ: {format}.", format=fmt), msg("dùng table hoặc json"))
        when = parse_day(at) if at else None
    items = at_date(when) if when else list(registry().values())
    view = when or date.max
    if fmt == "json":
        rows = [p.to_dict(view) for p in items]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    title = f"{len(items)} đơn vị hành chính cấp tỉnh" + (f" ngày {format_date(when.isoformat())}" if when else "")
    table = Table(title=title)
    for c in ("Mã", "Tên", "Sáp nhập vào" if when is None else "Gồm cả (từ 1/7/2025)", "Tên gọi khác"):
        table.add_column(c, overflow="fold")
    for p in items:
        link = (lookup(p.merged_into).name if p.merged_into else "") if when is None else \
            ", ".join(q.name for q in predecessors(p.slug, when))
        table.add_row(p.slug, p.label_at(view), link, ", ".join(p.aliases))
    out.print(table)


@app.command()
def compare(
    indicator: Annotated[str, typer.Option("--indicator", "-i", help="Mã chỉ tiêu, ví dụ dvc_level4_share.")],
    as_of: Annotated[str | None, typer.Option("--as-of", help="Ngày so sánh YYYY-MM-DD (mặc định: hôm nay).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json hoặc pdf")] = "table",
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """So sánh các tỉnh trên một chỉ tiêu: số liệu mới nhất, thời điểm, thứ hạng (bảng, JSON hoặc PDF)."""
    from rich.table import Table

    from tracker.extract.catalog import load_catalog
    from tracker.report.compare import compare as build
    from tracker.store.figures import figures

    with user_errors():
        if fmt not in ("table", "json", "pdf"):
            raise UserError(msg("Định dạng không hỗ trợ: {format}.", format=fmt), msg("dùng table, json hoặc pdf"))
        when = report_date(as_of)
        with open_workspace_store(workspace_dir, synced=True) as (st, ws):
            result = build(figures(st), load_catalog(ws.catalog), indicator, when)
        if fmt == "pdf":
            path = _write_pdf(ws.templates, ws.reports, result, when)
    if fmt == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "pdf":
        out.print(f"Đã lập bảng so sánh {len(result.rows)} tỉnh.\n  {path}")
        return
    table = Table(title=f"{result.name} — {format_date(when.isoformat())}")
    for c in ("Hạng", "Tỉnh", "Giá trị", "Thời điểm", "Ghi chú"):
        table.add_column(c, overflow="fold")
    for s in result.rows:
        table.add_row(str(s.rank), s.name, s.text, s.date_text, s.note)
    out.print(table if result.rows else "Chưa tỉnh nào có số liệu cho chỉ tiêu này.")


def _write_pdf(templates: Path, reports: Path, result: Comparison, when: date) -> Path:
    from tracker.files import write_atomic
    from tracker.pipeline import check_writable
    from tracker.report.pdf import render_pdf
    from tracker.report.render import render_template

    folder = reports / "so-sanh"
    check_writable(folder)
    html = render_template(templates, "compare.html.j2", c=result, as_of_text=format_date(when.isoformat()))
    indicator = result.indicator
    path = folder / f"{indicator}-{when.isoformat()}.pdf"
    write_atomic(path, render_pdf(html, templates))
    return path

"""Commands over the source documents: `add` (into seeds/, with a sidecar) and `docs`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from tracker.cli.common import WorkspaceOpt, app, err, open_workspace_store, out, user_errors, workspace
from tracker.i18n import msg


@app.command()
def add(
    files: Annotated[list[Path], typer.Argument(help="Các tệp văn bản: .txt, .md, .pdf, .docx, .doc, .html, ảnh.")],
    province: Annotated[str | None, typer.Option("--province", "-p", help="Tỉnh của văn bản.")] = None,
    published: Annotated[str | None, typer.Option("--published", help="Ngày ban hành (YYYY-MM-DD).")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Tiêu đề.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Nguồn (địa chỉ trang web, số văn bản).")] = None,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Chép văn bản vào seeds/, cho biết tỉnh, ngày và tiêu đề đọc được, và ghi tệp kèm .yaml."""
    from tracker.ingest.adding import add_documents
    from tracker.ingest.formats import FORMAT_LABELS
    from tracker.ingest.metadata import ORIGINS

    given = {k: v for k, v in (("province", province), ("published", published), ("title", title),
                               ("source", source)) if v}
    with user_errors():
        added = add_documents(files, workspace(workspace_dir).seeds, given)
    for a in added:
        d = a.document
        pages = f", {len(d.pages)} trang" if d.pages else ""
        out.print(f"[bold]{escape(a.path.name)}[/] ({FORMAT_LABELS.get(d.format, d.format)}{pages}"
                  f"{', đọc bằng OCR' if d.ocr else ''})")
        for key, label in (("province", "Tỉnh"), ("published", "Ngày"), ("title", "Tiêu đề"), ("period", "Kỳ"),
                           ("source", "Nguồn")):
            value = getattr(d, key)
            if value:
                out.print(f"  {label}: {escape(str(value))}  [dim]({ORIGINS.get(d.origins.get(key, ''), '')})[/]")
        if a.sidecar:
            out.print(f"  Đã ghi {escape(a.sidecar.name)}; sửa tệp này nếu thông tin trên sai.")
        if d.published and len(d.published) == 4 and not d.period:
            # the year alone dates every figure the text does not date itself to that year; a
            # year-end review published in January reports the year before (extract.dating)
            err.print(msg("Lưu ý:") + " " + escape(msg(
                "{doc} chỉ có năm ban hành ({year}): số liệu không ghi ngày được tính cho năm {year}. "
                "Hãy ghi ngày đầy đủ (YYYY-MM-DD) vào {sidecar} nếu biết; bài tổng kết đăng đầu năm "
                "thường nói về năm trước.", doc=a.path.name, year=d.published,
                sidecar=(a.sidecar or a.path).name)), soft_wrap=True)


@app.command()
def docs(workspace_dir: WorkspaceOpt = None) -> None:
    """Liệt kê các văn bản: định dạng, số trang, tỉnh, ngày, số liệu đọc được và nguồn của từng thông tin."""
    from rich.table import Table

    from tracker.store.queries import document_rows

    with user_errors(), open_workspace_store(workspace_dir, synced=True) as (st, _ws):
        rows = document_rows(st)
    table = Table(title=f"{len(rows)} văn bản")
    table.add_column("Tệp", overflow="fold")
    for col in ("Định dạng", "Tỉnh", "Ngày"):
        table.add_column(col)
    table.add_column("Tiêu đề", max_width=24, overflow="ellipsis", no_wrap=True)
    table.add_column("Số liệu", justify="right")
    table.add_column("Tỉnh, ngày lấy từ")
    for r in rows:
        kind, where = r.format_text(), r.origins_text()
        if r.error:
            table.add_row(escape(r.file), kind, "", "", f"[red]lỗi: {escape(r.error)}[/]", "", "")
            continue
        table.add_row(escape(r.file), kind, r.province or "", r.published or "", escape(r.title or ""),
                      str(r.figures), escape(where))
    out.print(table)
    year_only = [r.file for r in rows if not r.error and r.published and len(r.published) == 4]
    if year_only:
        err.print(msg("Lưu ý:") + " " + escape(msg(
            "{n} văn bản chỉ có năm ban hành ({files}): số liệu không ghi ngày của chúng được tính cho "
            "năm đó; ghi ngày đầy đủ vào phần đầu YAML hoặc tệp kèm .yaml nếu biết.",
            n=len(year_only), files=", ".join(year_only))), soft_wrap=True)

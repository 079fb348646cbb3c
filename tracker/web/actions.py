"""What the workspace changes: reviews, manual figures, uploads, reports. Each handler reads
its form (the CSRF token was checked before it runs), calls the library function the CLI
calls, and answers with the part of the page that changed. A UserError from the library
becomes the message shown where the person acted (see app._user_error)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from tracker import pipeline
from tracker.errors import UserError
from tracker.i18n import msg
from tracker.text.dates import report_date
from tracker.web.context import form_of, render, run_sync, user, workspace
from tracker.web.security import upload_name


def _text(form: Any, key: str) -> str | None:
    value = form.get(key)
    return str(value).strip() or None if isinstance(value, str) else None


def _number(form: Any, key: str) -> float | None:
    """A number typed the Vietnamese way (61,5 · 1.200), read as a spreadsheet cell is."""
    from tracker.store.imports import parse_value

    text = _text(form, key)
    if text is None:
        return None
    try:
        return parse_value(text)
    except ValueError:
        raise UserError(msg("Giá trị không phải số: '{value}'.", value=text), msg("ví dụ 61,5 hoặc 1.200")) from None


async def review(request: Request) -> Response:
    form = await form_of(request)
    action = _text(form, "action") or ""
    seen_text = _text(form, "seen") or "0"
    if not seen_text.isdigit():
        raise UserError(msg("Biểu mẫu duyệt thiếu trạng thái đã xem."), msg("tải lại trang rồi duyệt lại"))
    seen = int(seen_text)
    response: Response = await run_sync(_review, request, request.path_params["fid"], action, seen,
                                        _number(form, "value"), _text(form, "as_of"), _text(form, "reason"))
    return response


def _review(request: Request, fid: str, action: str, seen: int, value: float | None, as_of: str | None,
            reason: str | None) -> Response:
    from tracker.store.figures import add_review, review_items
    from tracker.web.pages import row_view

    ws = workspace(request)
    catalog, _ = pipeline.load(ws)
    with pipeline.open_store(ws) as st:
        saved = add_review(st, fid, action, value=value, as_of=as_of, reason=reason, by=user(request), seen=seen)
        item = next(i for i in review_items(st) if i.figure.id == saved.observation)
    return render(request, "_review_row.html.j2", row=row_view(item, catalog), saved=True)


async def manual(request: Request) -> Response:
    from tracker.store.figures import ManualFigure, add_manual

    form = await form_of(request)
    value = _number(form, "value")
    if value is None:
        raise UserError(msg("Cần nhập giá trị."))
    fig = ManualFigure(_text(form, "province") or "", _text(form, "indicator") or "", value, _text(form, "as_of") or "",
                       _text(form, "source") or "", _text(form, "qualifier") or "eq", _text(form, "note"))

    def work() -> None:
        ws = workspace(request)
        with pipeline.open_store(ws) as st:
            add_manual(st, pipeline.load(ws)[0], [fig], by=user(request))

    await run_sync(work)
    return RedirectResponse("/manual?added=1", status_code=303)


async def import_sheet(request: Request) -> Response:
    from tracker.store.imports import import_figures

    form = await form_of(request)
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise UserError(msg("Chưa chọn tệp CSV hoặc XLSX."))
    name = upload_name(upload.filename)
    if not name.lower().endswith((".csv", ".xlsx")):
        raise UserError(msg("Chỉ nhập được tệp .csv hoặc .xlsx (không phải '{name}').", name=name))
    data = await upload.read()

    def work() -> int:
        ws = workspace(request)
        with _saved([(name, data)]) as (path,), pipeline.open_store(ws) as st:
            return len(import_figures(st, pipeline.load(ws)[0], path, by=user(request), shown_as=name))

    count = await run_sync(work)
    return RedirectResponse(f"/manual?imported={count}", status_code=303)


async def upload(request: Request) -> Response:
    """Documents into seeds/ through the same path as `tracker add`: every file read first,
    nothing written unless all can be used; names reduced to a safe last component."""
    from tracker.ingest.adding import add_documents

    form = await form_of(request)
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    if not files:
        raise UserError(msg("Chưa chọn tệp nào."))
    given = {k: v for k in ("province", "published", "title", "source") if (v := _text(form, k))}
    blobs = [(upload_name(f.filename or ""), await f.read()) for f in files]

    def work() -> list[str]:
        ws = workspace(request)
        with _saved(blobs) as paths:
            try:
                added = add_documents(paths, ws.seeds, given, names_only=True)
            except UserError as exc:  # the form, not the command line, is where the user adds what is missing
                raise UserError(exc.message, msg("điền Tỉnh và Ngày ban hành ở biểu mẫu (hoặc sửa các tệp) rồi tải "
                                                 "lên lại; chưa có tệp nào được chép")) from None
        return [a.path.name for a in added]

    names = await run_sync(work)
    return RedirectResponse("/docs?added=" + ",".join(names), status_code=303)


@contextmanager
def _saved(blobs: list[tuple[str, bytes]]) -> Iterator[list[Path]]:
    """Uploaded files, each under its (safe) name in a temporary folder that goes afterwards:
    the library reads paths, and names a file by its name, not by this folder's."""
    with tempfile.TemporaryDirectory(prefix="tracker-upload-") as tmp:
        paths = [Path(tmp) / name for name, _ in blobs]
        for path, (_, data) in zip(paths, blobs, strict=True):
            path.write_bytes(data)
        yield paths


async def make(request: Request) -> Response:
    form = await form_of(request)
    slug = _text(form, "province") or ""
    when = report_date(_text(form, "as_of"))
    formats = tuple(f for f in form.getlist("formats") if f in ("pdf", "html", "docx", "xlsx", "csv")) or ("pdf",)
    result = await run_sync(pipeline.make_report, workspace(request), slug, when, formats=formats)
    shown = next((p for p in result.paths if p.suffix == ".html"), result.paths[0])
    query = urlencode([("province", shown.parent.name), ("shown", shown.name),
                       ("unreviewed", ",".join(str(n) for n in result.data.unreviewed)),
                       *(("waiting", title) for title in result.data.waiting)])  # a title may hold any sign
    return RedirectResponse(f"/reports?{query}", status_code=303)

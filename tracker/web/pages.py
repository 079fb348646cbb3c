"""What the workspace shows: each handler reads through the library and renders a template.

Handlers are plain functions (Starlette runs them in a worker thread): they open the store,
bring it up to date with seeds/ when figures are shown (only changed files are read), and
call the same functions as the CLI.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from tracker import pipeline
from tracker.errors import DocumentError, ProvinceError, UserError
from tracker.i18n import msg
from tracker.provinces import Province, at, lookup, merger_date
from tracker.report.data import ReportData, unreviewed_note, waiting_note
from tracker.store.db import STATE_LABELS, STATES
from tracker.text.dates import format_date, report_date
from tracker.text.numbers import format_quantity
from tracker.web.context import render, workspace

if TYPE_CHECKING:
    from tracker.ingest.documents import Document

REPORT_FILE = re.compile(r"^bao-cao-\d{4}-\d{2}-\d{2}\.(?:pdf|html|docx|xlsx|csv)$")


def as_of(request: Request) -> date:
    """?as_of=YYYY-MM-DD (the CLI's --as-of rule: at most a year ahead), today without it."""
    return report_date(request.query_params.get("as_of"))


def units() -> list[Province]:
    """Every unit a form offers, current ones and those merged in 2025 (their reports stay), by name."""
    from tracker.provinces import fold, registry

    return sorted(registry().values(), key=lambda p: fold(p.name))


@dataclass(frozen=True)
class Card:
    province: Province
    data: ReportData


def dashboard(request: Request) -> Response:
    ws = workspace(request)
    when = as_of(request)
    earlier = request.query_params.get("earlier") == "1"
    units = at(merger_date() - timedelta(days=1)) if earlier else at(when)
    catalog, _ = pipeline.load(ws)
    with pipeline.open_store(ws) as st:
        synced = pipeline.update_store(ws, catalog, st)
        cards = [Card(p, pipeline.report_data(ws, p, when, store=st, sync_first=False)[0]) for p in units]
    cards.sort(key=lambda c: len(c.data.missing) == len(c.data.rows))  # provinces with figures first, stable
    totals: dict[str, int] = defaultdict(int)
    for c in cards:
        for count in c.data.counts:
            totals[count.label] += count.count
    return render(request, "dashboard.html.j2", cards=cards, as_of=when, earlier=earlier, totals=dict(totals),
                  problems=synced.problems)


def province(request: Request) -> Response:
    p = lookup(request.path_params["slug"])
    when = as_of(request)
    data, _, synced = pipeline.report_data(workspace(request), p, when)
    return render(request, "province.html.j2", province=p, data=data, as_of=when, problems=synced.problems,
                  charts=[Markup(r.chart) for r in data.rows])  # SVG drawn by tracker, its text escaped there


def review(request: Request) -> Response:
    from tracker.store.figures import conflicting_values, review_items
    from tracker.store.verdicts import share_text, tally

    ws = workspace(request)
    q = request.query_params
    slug = lookup(q["province"]).slug if q.get("province") else None
    state = q.get("state", "pending") or None
    indicator = q.get("indicator") or None
    confidence = (_confidence(q.get("min"), 0.0), _confidence(q.get("max"), 1.0))
    catalog, _ = pipeline.load(ws)
    with pipeline.open_store(ws) as st:
        synced = pipeline.update_store(ws, catalog, st)
        everything = review_items(st, slug)  # conflicts and the indicator list look past the filters
        shown = review_items(st, slug, state, indicator=indicator, confidence=confidence)
    values = conflicting_values(everything)
    rows = [row_view(i, catalog, values) for i in shown]
    return render(request, "review.html.j2", rows=rows, province=slug or "", state=state or "",
                  verdicts=tally(everything), share=share_text,
                  indicator=indicator or "", states=STATES, labels=STATE_LABELS,
                  indicators=sorted({i.figure.indicator for i in everything}), problems=synced.problems,
                  low=q.get("min", ""), high=q.get("max", ""), provinces=units())


def _confidence(text: str | None, default: float) -> float:
    if not text:
        return default
    try:
        return float(text)
    except ValueError:
        raise UserError(msg("Độ tin cậy không hợp lệ: '{value}'.", value=text),
                        msg("một số từ 0 đến 1, ví dụ 0.7")) from None


def row_view(item: Any, catalog: Any, values: dict[tuple[str, str, str], set[float]] | None = None) -> dict[str, Any]:
    """One review item as the page shows it (also what an action returns after a save)."""
    from tracker.store.figures import contradicting, reading_note

    o = item.figure
    ind = catalog.get(o.indicator)
    others = contradicting(values or {}, o)
    return {
        "id": o.id, "short": o.id[:8], "indicator": o.indicator, "name": ind.name if ind else o.indicator,
        "value": item.value_text(), "raw": o.value, "as_of": o.as_of, "as_of_text": format_date(o.as_of),
        "confidence": f"{o.confidence:.2f}", "state": item.state, "state_label": STATE_LABELS[item.state],
        "quote": o.quote, "doc": o.doc, "page": o.page, "source": item.source, "province": o.province,
        "seen": item.review.id if item.review else 0, "reason": item.review.reason if item.review else "",
        "by": item.review.by if item.review else "",
        "conflicts": [format_quantity(v, o.unit) for v in others],
        "note": reading_note(o, catalog.concept_rules),
    }


def documents(request: Request) -> Response:
    from tracker.store.queries import document_rows

    ws = workspace(request)
    catalog, _ = pipeline.load(ws)
    with pipeline.open_store(ws) as st:
        synced = pipeline.update_store(ws, catalog, st)
        rows = document_rows(st)
    return render(request, "documents.html.j2", rows=rows, problems=synced.problems)


def document(request: Request) -> Response:
    """A document's text with one figure's quote highlighted (and its page, for a PDF)."""
    from tracker.ingest.documents import document_paths

    ws = workspace(request)
    doc_id = request.path_params["doc"]
    path = next((p for p in document_paths(ws.seeds) if p.stem == doc_id), None)
    if path is None:
        raise UserError(msg("Không có văn bản '{doc}' trong seeds/.", doc=doc_id), msg("xem danh sách ở trang Văn bản"))
    try:
        facts = path.stat()
        doc = _parsed(str(path), facts.st_mtime_ns, facts.st_size)
    except DocumentError as exc:
        raise UserError(msg("Không đọc được {doc}: {reason}", doc=exc.doc, reason=exc.reason)) from None
    fid = request.query_params.get("fig", "")
    start = end = -1
    page = None
    with pipeline.open_store(ws) as st:
        row = st.conn.execute("SELECT start, \"end\", page FROM observations WHERE id = ? AND doc = ? "
                              "ORDER BY row DESC LIMIT 1", (fid, doc.id)).fetchone()
    if row is not None:
        start, end = row["start"] - doc.body_offset, row["end"] - doc.body_offset
        page = row["page"]
    text = doc.body.original
    parts = (text[:start], text[start:end], text[end:]) if 0 <= start < end <= len(text) else (text, "", "")
    return render(request, "document.html.j2", doc=doc, parts=parts, page=page, fid=fid)


@lru_cache(maxsize=16)
def _parsed(path: str, mtime_ns: int, size: int) -> Document:
    """A document read once per version (a scan is OCR'd once, not on every view)."""
    from tracker.ingest.documents import parse_document

    return parse_document(Path(path))


def manual(request: Request) -> Response:
    from tracker.store.figures import manual_figures

    ws = workspace(request)
    catalog, _ = pipeline.load(ws)
    with pipeline.open_store(ws) as st:
        rows = manual_figures(st)
    return render(request, "manual.html.j2", rows=rows, indicators=catalog.indicators, fmt=format_quantity,
                  provinces=units())


def reports(request: Request) -> Response:
    from tracker.store.queries import runs

    ws = workspace(request)
    slug = lookup(request.query_params["province"]).slug if request.query_params.get("province") else None
    with pipeline.open_store(ws) as st:
        done = list(reversed(runs(st, slug)))[:50]
    files = sorted(((p.parent.name, p.name) for p in ws.reports.glob("*/bao-cao-*") if REPORT_FILE.match(p.name)),
                   reverse=True) if ws.reports.is_dir() else []
    unreviewed = [int(n) for n in request.query_params.get("unreviewed", "").split(",") if n.isdigit()]
    waiting = [t for t in request.query_params.getlist("waiting") if t.strip()]
    return render(request, "reports.html.j2", runs=done, files=files, provinces=units(),
                  province=slug or "", shown=request.query_params.get("shown", ""),
                  unreviewed=unreviewed_note(unreviewed) if unreviewed else "",
                  waiting=waiting_note(waiting) if waiting else "")


def download(request: Request) -> Response:
    """A report file, by province slug and a name of the report pattern only: no other path
    from a request reaches the file system."""
    ws = workspace(request)
    name = request.path_params["name"]
    try:
        slug = lookup(request.path_params["slug"]).slug
    except ProvinceError:
        slug = ""
    path = ws.reports / slug / name
    if not slug or not REPORT_FILE.match(name) or not path.is_file():
        return render(request, "error.html.j2", 404, error=UserError(msg("Không có tệp báo cáo này.")))
    inline = name.endswith((".html", ".pdf")) and request.query_params.get("inline") == "1"
    return FileResponse(path, filename=name, content_disposition_type="inline" if inline else "attachment")


def history(request: Request) -> Response:
    from tracker.report.charts import line_chart
    from tracker.store.queries import history as series
    from tracker.text.dates import to_date

    ws = workspace(request)
    q = request.query_params
    catalog, _ = pipeline.load(ws)
    points: list[Any] = []
    chart = Markup("")
    slug, key = "", q.get("indicator", "")
    if q.get("province") and key:
        slug = lookup(q["province"]).slug
        ind = catalog.get(key)
        if ind is None:
            raise UserError(msg("Chỉ tiêu không có trong danh mục: '{key}'.", key=key))
        with pipeline.open_store(ws) as st:
            pipeline.update_store(ws, catalog, st)
            points = series(st, slug, key)
        used = [(to_date(p.figure.as_of), p.figure.value) for p in points if p.state not in ("rejected", "superseded")]
        chart = Markup(line_chart(ind.name, used, ind.unit))
    return render(request, "history.html.j2", points=points, chart=chart, province=slug, indicator=key,
                  indicators=catalog.indicators, provinces=units(), labels=STATE_LABELS, fmt=format_quantity)

"""The library's main operations, each a few calls along the data flow of DESIGN.md §3.

ingest → extract → store (+ reviews, manual figures) → evaluate → ReportData → render.
The CLI is a thin shell over these.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.config import load
from tracker.errors import DocumentError, RenderError, UserError, WorkspaceError
from tracker.evaluate.status import Evaluation, evaluate, select_actual
from tracker.extract.catalog import Catalog
from tracker.extract.model import Observation
from tracker.i18n import msg
from tracker.provinces import Province, department, lookup, merger_date, predecessors
from tracker.report.data import Merger, ReportData, Signer, build_report
from tracker.store.db import Store, now
from tracker.store.figures import figures
from tracker.store.queries import DocumentInfo, documents, record_run
from tracker.store.sync import SyncResult, fingerprint, sync
from tracker.targets.models import TargetsFile
from tracker.workspace import Workspace

if TYPE_CHECKING:
    from tracker.extract.batch import Corpus

__all__ = ["ReportResult", "extract_folder", "load", "make_report", "open_store", "report_data",
           "update_store"]

FORMATS = ("pdf", "html", "docx", "xlsx", "csv")
DEFAULT_FORMATS = ("pdf", "html")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportResult:
    data: ReportData
    evaluations: list[Evaluation]
    paths: list[Path]
    problems: list[DocumentError]
    synced: SyncResult


@contextmanager
def open_store(ws: Workspace, store: Store | None = None) -> Iterator[Store]:
    """The workspace's store (opened and closed here unless one is given)."""
    if store is not None:
        yield store
        return
    with Store.open(ws.db) as opened:
        yield opened


def update_store(ws: Workspace, catalog: Catalog, store: Store, *, workers: int = 1,
                 progress: Progress | None = None) -> SyncResult:
    """Bring the store up to date with seeds/ (only changed documents are read)."""
    return sync(store, ws.seeds, catalog, workers=workers, progress=progress)


def extract_folder(folder: Path, catalog: Catalog, progress: Progress | None = None, *, workers: int = 1) -> Corpus:
    """Every figure of a folder's documents, read directly (not through the store)."""
    from tracker.extract.batch import extract_folder as run  # the engine is loaded only when needed

    return run(folder, catalog, progress, workers=workers)


def evaluate_province(targets: TargetsFile, catalog: Catalog, observations: list[Observation], province: str,
                      as_of: date) -> list[Evaluation]:
    own = [o for o in observations if o.province == province]
    out = []
    for t in targets.for_province(province):
        ind = catalog.get(t.indicator)
        out.append(evaluate(t, own, as_of, lower_is_better=bool(ind and ind.direction == "lower")))
    return out


def report_data(ws: Workspace, province_name: str | Province, as_of: date, *, number: str | None = None,
                store: Store | None = None, workers: int = 1, progress: Progress | None = None,
                issued: date | None = None, sync_first: bool = True) -> tuple[ReportData, list[Evaluation], SyncResult]:
    """Everything the report of one province says, as data (the store is brought up to date
    first, unless the caller has just done so for a whole batch: `sync_first=False`).

    `as_of` is the figures' cut-off; `issued` (default: the same day) is the date the report is
    signed, which sets the date line and, without an issuer in targets.yaml, the department.
    """
    province = resolve_province(province_name)
    if issued is not None and issued < as_of:
        raise UserError(msg("Ngày ký {signed} trước ngày chốt số liệu {as_of}.", signed=issued.isoformat(),
                            as_of=as_of.isoformat()), msg("--date phải cùng ngày hoặc sau --as-of"))
    day = issued or as_of
    catalog, targets = load(ws)
    merged = predecessors(province.slug, as_of)
    with open_store(ws, store) as st:
        synced = update_store(ws, catalog, st, workers=workers, progress=progress) if sync_first else \
            SyncResult(fingerprint=fingerprint(catalog))
        observations = figures(st, province.slug)
        earlier = {p.slug: figures(st, p.slug) for p in merged}
        docs: dict[str, DocumentInfo] = documents(st)
    evaluations = evaluate_province(targets, catalog, observations, province.slug, as_of)
    merger = _merger(province, merged, earlier, evaluations, as_of)
    conf = targets.provinces.get(province.slug)
    issuer = conf.issuer if conf else None
    if issuer is not None:
        parent, name, code = issuer.parent, issuer.name, issuer.code
        place = issuer.place or province.place_at(day)
    else:
        parent, place = province.ubnd_at(day), province.place_at(day)
        name, code = department(day)
    s = conf.signer if conf else None
    signer = Signer(
        prefix_line=f"{s.prefix} {s.head}" if s and s.prefix else None,
        title=(s.title or s.head) if s and s.prefix else (s.head if s else "GIÁM ĐỐC"),
        name=s.name if s else "",
    )
    data = build_report(
        province=province.slug, parent=parent, issuer=name, code=code, place=place,
        number=_number(number), report_date=as_of, evaluations=evaluations, documents=docs,
        catalog=catalog, recipients=list(conf.recipients) if conf else [],
        proposals=list(conf.proposals) if conf else [], signer=signer, merger=merger,
        province_name=province.label_at(as_of), addressees=list(conf.addressees) if conf else [], issued=issued,
    )
    return data, evaluations, synced


def _merger(province: Province, merged: list[Province], earlier: dict[str, list[Observation]],
            evaluations: list[Evaluation], as_of: date) -> Merger | None:
    """What a post-merger report shows of the units merged into this one (None before the merger)."""
    if not merged:
        return None
    day = merger_date()
    rows = []
    for p in merged:
        actuals = [select_actual([o for o in earlier[p.slug] if o.indicator == ev.target.indicator], as_of)[0]
                   for ev in evaluations]
        if any(a is not None for a in actuals):
            rows.append((p.label_at(day), actuals))
    return Merger(day, province.label_at(day), rows)


def _number(number: str | None) -> str:
    if not number:
        return ""
    n = number.strip()
    if not n.isdigit() or int(n) == 0:
        raise UserError(msg("Số văn bản không hợp lệ: '{number}'.", number=number),
                        msg("dùng một số nguyên dương, ví dụ --so 5"))
    return f"{int(n):02d}"


def make_report(ws: Workspace, province_name: str | Province, as_of: date, *, number: str | None = None,
                issued: date | None = None, strict: bool = False,
                formats: tuple[str, ...] = DEFAULT_FORMATS, out_dir: Path | None = None, store: Store | None = None,
                workers: int = 1, progress: Progress | None = None, sync_first: bool = True) -> ReportResult:
    """Build, render and write the report files of one province; nothing partial on failure.

    The run is recorded in the store with what it was made from (targets.yaml, the
    extraction fingerprint, the figures used) and what it wrote (paths and hashes).
    """
    started = now()
    province = resolve_province(province_name)
    folder = (out_dir or ws.reports) / province.slug
    check_writable(folder)
    with open_store(ws, store) as st:
        data, evaluations, synced = report_data(ws, province, as_of, number=number, store=st, issued=issued,
                                                workers=workers, progress=progress, sync_first=sync_first)
        if strict:
            refuse_problems(synced.problems)
            refuse_orphans(ws, province, st)
        outputs = render_all(data, ws.templates, formats, f"bao-cao-{as_of.isoformat()}")
        paths = [folder / name for name in outputs]
        from tracker.files import write_all

        write_all(dict(zip(paths, outputs.values(), strict=True)))  # all files or none
        details = {
            "targets_sha256": _sha256(ws.targets.read_bytes()),
            "fingerprint": synced.fingerprint,
            "figures": sorted({e.actual.id for e in evaluations if e.actual is not None}),
            "outputs": [{"path": str(p), "sha256": _sha256(c)} for p, c in zip(paths, outputs.values(), strict=True)],
        }
        record_run(st, "report", province.slug, as_of.isoformat(), started, json.dumps(details, ensure_ascii=False))
    return ReportResult(data, evaluations, paths, synced.problems, synced)


def resolve_province(province: str | Province) -> Province:
    """The Province a caller names: looked up once where a name enters, then passed down."""
    return province if isinstance(province, Province) else lookup(province)


def refuse_orphans(ws: Workspace, province: str | Province, store: Store | None = None) -> None:
    """--strict: a review whose figure left its document (edited, not just renamed) must be
    looked at again before a report is signed; it never silently stops applying."""
    from tracker.store.figures import review_items

    with open_store(ws, store) as st:
        orphans = review_items(st, resolve_province(province).slug, "orphaned")
    if orphans:
        ids = ", ".join(i.figure.id[:10] for i in orphans[:5])
        raise UserError(msg("{count} lượt duyệt không còn áp dụng được vì văn bản đã sửa (--strict): {ids}.",
                            count=len(orphans), ids=ids),
                        msg("xem và duyệt lại: tracker review list --status orphaned"))


def refuse_problems(problems: list[DocumentError]) -> None:
    """--strict: any document problem is an error (exit status 2, nothing written)."""
    if not problems:
        return
    listed = "; ".join(f"{p.doc}: {p.reason}" for p in problems[:5])
    more = msg(" (và {count} văn bản khác)", count=len(problems) - 5) if len(problems) > 5 else ""
    raise UserError(msg("{count} văn bản có vấn đề (--strict): {listed}{more}.", count=len(problems), listed=listed,
                        more=more),
                    msg("sửa hoặc chuyển các tệp đó ra khỏi seeds/, hoặc bỏ --strict để chỉ cảnh báo"))


def render_all(data: ReportData, templates: Path, formats: tuple[str, ...], stem: str) -> dict[str, bytes]:
    """Every requested file's name and bytes, all rendered before any is written."""
    from tracker.report import sheets, word
    from tracker.report.pdf import render_pdf
    from tracker.report.render import render_html, standalone  # Jinja: not for `status`

    outputs: dict[str, bytes] = {}
    html = render_html(data, templates) if {"html", "pdf"} & set(formats) else ""
    for fmt in formats:
        if fmt == "html":
            outputs[f"{stem}.html"] = standalone(html, templates).encode("utf-8")
        elif fmt == "pdf":
            outputs[f"{stem}.pdf"] = render_pdf(html, templates)
        elif fmt == "docx":
            outputs[f"{stem}.docx"] = word.to_docx(data)
        elif fmt == "xlsx":
            outputs[f"{stem}.xlsx"] = sheets.to_xlsx(data)
        elif fmt == "csv":
            outputs[f"{stem}.csv"], outputs[f"{stem}-so-lieu.csv"] = sheets.to_csv(data)
        else:
            parse_formats(fmt)  # raises the user's error for an unknown format
    return outputs


def parse_formats(text: str) -> tuple[str, ...]:
    """'pdf, DOCX' → ('pdf', 'docx'); UserError naming what is not a format."""
    formats = tuple(f.strip().lower() for f in text.split(",") if f.strip())
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise UserError(msg("Định dạng không hỗ trợ: {format}.", format=", ".join(bad) or text),
                        msg("dùng một hoặc nhiều trong {formats}, ví dụ pdf,docx", formats=", ".join(FORMATS)))
    return formats


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_writable(folder: Path) -> None:
    for p in (folder, *folder.parents):
        if p.exists():
            if not p.is_dir():
                raise WorkspaceError(msg("{path} là một tệp, không phải thư mục.", path=p),
                                     msg("xóa hoặc đổi tên tệp đó"))
            if not os.access(p, os.W_OK):
                raise WorkspaceError(msg("Không ghi được vào {path}.", path=p), msg("kiểm tra quyền ghi của thư mục"))
            return
    raise RenderError(msg("không có thư mục nào để ghi {folder}", folder=folder))

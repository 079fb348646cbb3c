"""The library's main operations, each a few calls along the data flow of DESIGN.md §3.

ingest → extract → evaluate → ReportData → render. The CLI is a thin shell over these.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tracker.errors import DocumentError, RenderError, UserError, WorkspaceError
from tracker.evaluate.status import Evaluation, evaluate
from tracker.extract.catalog import Catalog, load_catalog
from tracker.extract.engine import Extractor
from tracker.extract.model import Observation, TargetCandidate
from tracker.ingest.documents import Document, document_paths, load_documents
from tracker.provinces import Province, lookup
from tracker.report.data import ReportData, Signer, build_report
from tracker.report.render import render_html, render_pdf, write_atomic
from tracker.targets.loader import load_targets
from tracker.targets.models import TargetsFile
from tracker.workspace import Workspace

# Sở Thông tin và Truyền thông were merged into Sở Khoa học và Công nghệ from 1 March 2025.
DEPARTMENT_MERGER = date(2025, 3, 1)
FORMATS = ("pdf", "html")


@dataclass
class Corpus:
    documents: list[Document]
    observations: list[Observation]
    targets: list[TargetCandidate]
    problems: list[DocumentError] = field(default_factory=list)

    def by_doc(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}


@dataclass(frozen=True)
class ReportResult:
    data: ReportData
    evaluations: list[Evaluation]
    paths: list[Path]
    problems: list[DocumentError]


def extract_folder(folder: Path, catalog: Catalog, progress: Callable[[int, int], None] | None = None,
                   *, workers: int = 1) -> Corpus:
    """Read every document of `folder` and extract its figures; bad files become problems.

    With workers > 1 the documents are split into chunks handled by a process pool (the
    rules are pure Python, so threads would share one core). Results keep folder order,
    so the output does not depend on the number of workers.
    """
    paths = document_paths(folder)
    chunks = [paths[i : i + _CHUNK] for i in range(0, len(paths), _CHUNK)]
    if workers <= 1 or len(chunks) <= 1:
        _init_worker(catalog)
        results = _collect(map(_extract_chunk, chunks), paths, progress)
    else:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(catalog,)) as pool:
            results = _collect(pool.map(_extract_chunk, chunks), paths, progress)
    corpus = Corpus([], [], [], [])
    for docs, obs, tgs, problems in results:
        corpus.documents.extend(docs)
        corpus.observations.extend(obs)
        corpus.targets.extend(tgs)
        corpus.problems.extend(problems)
    return corpus


_CHUNK = 64
_ChunkResult = tuple[list[Document], list[Observation], list[TargetCandidate], list[DocumentError]]
_worker_extractor: Extractor | None = None


def _init_worker(catalog: Catalog) -> None:
    global _worker_extractor
    _worker_extractor = Extractor(catalog)


def _extract_chunk(paths: list[Path]) -> _ChunkResult:
    assert _worker_extractor is not None
    docs, problems = load_documents(paths)
    obs: list[Observation] = []
    tgs: list[TargetCandidate] = []
    for doc in docs:
        result = _worker_extractor.extract(doc)
        obs.extend(result.observations)
        tgs.extend(result.targets)
    return docs, obs, tgs, problems


def _collect(results: Iterable[_ChunkResult], paths: list[Path],
             progress: Callable[[int, int], None] | None) -> list[_ChunkResult]:
    out = []
    done = 0
    for r in results:
        out.append(r)
        done += len(r[0]) + len(r[3])
        if progress:
            progress(done, len(paths))
    return out


def load(ws: Workspace) -> tuple[Catalog, TargetsFile]:
    catalog = load_catalog(ws.catalog)
    return catalog, load_targets(ws.targets, catalog)


def evaluate_province(targets: TargetsFile, catalog: Catalog, corpus: Corpus, province: Province,
                      as_of: date) -> list[Evaluation]:
    own = [o for o in corpus.observations if o.province == province.slug]
    out = []
    for t in targets.for_province(province.slug):
        ind = catalog.get(t.indicator)
        out.append(evaluate(t, own, as_of, lower_is_better=bool(ind and ind.direction == "lower")))
    return out


def report_data(ws: Workspace, province_name: str, as_of: date, *, number: str | None = None,
                corpus: Corpus | None = None) -> tuple[ReportData, list[Evaluation], Corpus]:
    """Everything the report of one province says, as data."""
    province = lookup(province_name)
    catalog, targets = load(ws)
    corpus = corpus or extract_folder(ws.seeds, catalog)
    evaluations = evaluate_province(targets, catalog, corpus, province, as_of)
    conf = targets.provinces.get(province.slug)
    issuer = conf.issuer if conf else None
    if issuer is not None:
        parent, name, code, place = issuer.parent, issuer.name, issuer.code, issuer.place or province.place
    else:
        before = as_of < DEPARTMENT_MERGER
        parent, place = province.ubnd, province.place
        name = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" if before else "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
        code = "STTTT" if before else "SKHCN"
    s = conf.signer if conf else None
    signer = Signer(
        prefix_line=f"{s.prefix} {s.head}" if s and s.prefix else None,
        title=(s.title or s.head) if s and s.prefix else (s.head if s else "GIÁM ĐỐC"),
        name=s.name if s else "",
    )
    data = build_report(
        province=province.slug, parent=parent, issuer=name, code=code, place=place,
        number=_number(number), report_date=as_of, evaluations=evaluations, documents=corpus.by_doc(),
        catalog=catalog, recipients=list(conf.recipients) if conf else [],
        proposals=list(conf.proposals) if conf else [], signer=signer,
    )
    return data, evaluations, corpus


def _number(number: str | None) -> str:
    if not number:
        return ""
    n = number.strip()
    if not n.isdigit() or int(n) == 0:
        raise UserError(f"Số văn bản không hợp lệ: '{number}'.", "dùng một số nguyên dương, ví dụ --so 5")
    return f"{int(n):02d}"


def make_report(ws: Workspace, province_name: str, as_of: date, *, number: str | None = None,
                formats: tuple[str, ...] = FORMATS, out_dir: Path | None = None) -> ReportResult:
    """Build, render and write the report files of one province; nothing partial on failure."""
    data, evaluations, corpus = report_data(ws, province_name, as_of, number=number)
    html = render_html(data, ws.templates)
    outputs: dict[str, bytes] = {}
    if "html" in formats:
        outputs["html"] = html.encode("utf-8")
    if "pdf" in formats:
        outputs["pdf"] = render_pdf(html, ws.templates)
    folder = (out_dir or ws.reports) / data.province
    _check_writable(folder)
    paths = []
    for ext, content in outputs.items():
        path = folder / f"bao-cao-{as_of.isoformat()}.{ext}"
        write_atomic(path, content)
        paths.append(path)
    return ReportResult(data, evaluations, paths, corpus.problems)


def _check_writable(folder: Path) -> None:
    for p in (folder, *folder.parents):
        if p.exists():
            if not p.is_dir():
                raise WorkspaceError(f"{p} là một tệp, không phải thư mục.", "xóa hoặc đổi tên tệp đó")
            if not os.access(p, os.W_OK):
                raise WorkspaceError(f"Không ghi được vào {p}.", "kiểm tra quyền ghi của thư mục")
            return
    raise RenderError(f"không có thư mục nào để ghi {folder}")

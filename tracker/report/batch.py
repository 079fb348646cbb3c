"""Reports for many provinces in one run, each in its own worker process.

Processes rather than threads: rendering is CPU-bound Python, and a province that fails
must not take the others with it (its exception becomes its outcome; a worker that dies
outright breaks the pool, and the provinces still pending are reported failed). There is no
time limit per province. The store is brought up to date
once, before the workers start, so each worker only re-checks file stamps. Workers are
spawned, not forked: the parent may hold a progress thread and an open SQLite connection,
neither of which survives a fork safely.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.errors import UserError
from tracker.provinces import Province, lookup, predecessors, registry
from tracker.workspace import Workspace


@dataclass(frozen=True)
class Outcome:
    """What happened to one province of the batch."""

    province: str  # slug
    name: str  # "tỉnh An Giang"
    paths: tuple[Path, ...] = ()
    counts: str = ""  # "Đạt: 1, Chậm tiến độ: 2"
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def provinces_to_report(ws: Workspace, as_of: date) -> list[Province]:
    """Units with their own section in targets.yaml, and units existing on `as_of` that have
    documents of their own or of their predecessors; in the registry's order."""
    from tracker import pipeline
    from tracker.store.queries import document_provinces

    _, targets = pipeline.load(ws)
    with pipeline.open_store(ws) as st:
        with_docs = document_provinces(st)
    chosen = []
    for p in registry().values():
        declared = p.slug in targets.provinces
        related = {p.slug} | {q.slug for q in predecessors(p.slug, as_of)}
        if declared or (p.exists(as_of) and related & with_docs):
            chosen.append(p)
    return chosen


def make_all(ws: Workspace, as_of: date, *, formats: tuple[str, ...], workers: int = 1,
             progress: Callable[[int, int], None] | None = None) -> list[Outcome]:
    """One draft report (blank number) per province, in registry order; failures are outcomes,
    not exceptions. The store is synced first (a re-run when the caller has just synced)."""
    from tracker import pipeline

    catalog, _ = pipeline.load(ws)
    with pipeline.open_store(ws) as st:
        pipeline.update_store(ws, catalog, st, workers=workers)
    chosen = provinces_to_report(ws, as_of)
    done: dict[str, Outcome] = {}
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=max(1, workers), mp_context=ctx) as pool:
        futures: dict[Future[Outcome], Province] = {
            pool.submit(report_one, ws, p.slug, as_of, formats): p for p in chosen
        }
        for fut in as_completed(futures):
            p = futures[fut]
            try:
                done[p.slug] = fut.result()
            except BrokenProcessPool:
                done[p.slug] = Outcome(p.slug, p.label_at(as_of), error="tiến trình lập báo cáo dừng đột ngột")
            if progress:
                progress(len(done), len(chosen))
    return [done[p.slug] for p in chosen]


def report_one(ws: Workspace, slug: str, as_of: date, formats: tuple[str, ...]) -> Outcome:
    """Write one province's report; any failure is returned as the outcome's error."""
    from tracker import pipeline

    name = lookup(slug).label_at(as_of)
    try:
        result = pipeline.make_report(ws, slug, as_of, formats=formats)
    except UserError as exc:
        return Outcome(slug, name, error=f"{exc.message}" + (f" Gợi ý: {exc.hint}" if exc.hint else ""))
    except Exception as exc:  # a bug in one province must not stop the others; it is reported by name
        return Outcome(slug, name, error=f"lỗi không mong đợi ({type(exc).__name__}: {exc})")
    counts = result.data.counts_text
    return Outcome(slug, name, tuple(result.paths), counts)


"""Reports for many provinces in one run, each in a worker process (a floor above the pipeline,
which it calls once per province).

Processes rather than threads: rendering is CPU-bound Python, and a province that fails
must not take the others with it. Its exception becomes its outcome; a worker that dies
outright breaks the pool, so the provinces it took down are run again one by one, each in a
pool of its own, and only the one that dies again is reported failed. A province still
running after `time_limit` seconds (a template that never ends) is stopped and named. Workers
die with the batch: on Linux each asks the kernel to kill it when its parent dies, so a
killed `report --all` leaves no worker writing reports behind it.

The store is brought up to date once, before the workers start; the workers only read it.
Workers are spawned, not forked: the parent may hold a progress thread and an open SQLite
connection, neither of which survives a fork safely.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.errors import UserError
from tracker.i18n import lang, msg, set_lang
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


TIME_LIMIT = 600.0  # seconds for one province's report; a real one takes a few


def make_all(ws: Workspace, as_of: date, *, formats: tuple[str, ...], workers: int = 1,
             progress: Callable[[int, int], None] | None = None, time_limit: float = TIME_LIMIT,
             job: Callable[[Workspace, str, date, tuple[str, ...]], Outcome] | None = None) -> list[Outcome]:
    """One draft report (blank number) per province, in registry order; failures are outcomes,
    not exceptions. The store is synced first (a re-run when the caller has just synced).
    `job` replaces report_one (a module-level function: workers import it)."""
    from tracker import pipeline

    catalog, _ = pipeline.load(ws)
    with pipeline.open_store(ws) as st:
        pipeline.update_store(ws, catalog, st, workers=workers)
    chosen = provinces_to_report(ws, as_of)
    run = job or report_one
    done: dict[str, Outcome] = {}

    def record(p: Province, outcome: Outcome) -> None:
        done[p.slug] = outcome
        if progress:
            progress(len(done), len(chosen))

    lost = _run_pool(chosen, max(1, workers), time_limit, lambda p: (run, (ws, p.slug, as_of, formats)), record)
    for p in lost:  # alone now: a crash or a hang is this province's own
        again = _run_pool([p], 1, time_limit, lambda q: (run, (ws, q.slug, as_of, formats)), record)
        if again:
            record(p, Outcome(p.slug, p.label_at(as_of), error=again[p]))
    return [done[p.slug] for p in chosen]


def _run_pool(provinces: list[Province], workers: int, time_limit: float,
              task: Callable[[Province], tuple[Callable[..., Outcome], tuple[object, ...]]],
              record: Callable[[Province, Outcome], None]) -> dict[Province, str]:
    """Run the provinces in one pool; record each outcome. Those lost to a worker that died or
    to the time limit are returned, each with the reason."""
    ctx = multiprocessing.get_context("spawn")
    lost: dict[Province, str] = {}
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_start_worker,
                               initargs=(os.getpid(), lang()))
    try:
        futures: dict[Future[Outcome], Province] = {}
        for p in provinces:
            fn, args = task(p)
            futures[pool.submit(fn, *args)] = p
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=time_limit, return_when=FIRST_COMPLETED)
            if not finished:  # nothing ended in time: stop every worker; what was running is lost
                for fut in pending:
                    lost[futures[fut]] = msg("quá thời gian ({seconds} giây), đã dừng", seconds=f"{time_limit:g}")
                _kill(pool)
                break
            for fut in finished:
                p = futures[fut]
                try:
                    record(p, fut.result())
                except BrokenProcessPool:
                    lost[p] = msg("tiến trình lập báo cáo dừng đột ngột")
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return lost


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop a pool's workers now (the executor has no public way to stop a running task)."""
    for proc in list(getattr(pool, "_processes", {}).values()):
        proc.kill()


def _start_worker(parent: int, language: str) -> None:
    """A spawned worker speaks the parent's language (--lang is not in its environment) and dies with it."""
    set_lang(language)
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """In a worker: be killed by the kernel when the batch's process dies (Linux), and leave
    at once if it is already gone."""
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def report_one(ws: Workspace, slug: str, as_of: date, formats: tuple[str, ...]) -> Outcome:
    """Write one province's report; any failure is returned as the outcome's error."""
    from tracker import pipeline

    name = lookup(slug).label_at(as_of)
    try:
        result = pipeline.make_report(ws, slug, as_of, formats=formats, sync_first=False)  # synced by make_all
    except UserError as exc:
        return Outcome(slug, name, error=f"{exc.message}" + (f" {msg('Gợi ý:')} {exc.hint}" if exc.hint else ""))
    except Exception as exc:  # a bug in one province must not stop the others; it is reported by name
        return Outcome(slug, name, error=msg("lỗi không mong đợi ({kind}: {error})", kind=type(exc).__name__,
                                             error=exc))
    counts = result.data.counts_text
    return Outcome(slug, name, tuple(result.paths), counts)


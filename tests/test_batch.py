"""report --all: one province that crashes or hangs fails alone; workers die with the batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from tracker.batch import Outcome, make_all
from tracker.workspace import Workspace

AS_OF = date(2026, 11, 22)


def crash_in_vinh_phuc(ws: Workspace, slug: str, as_of: date, formats: tuple[str, ...]) -> Outcome:
    """A job (imported by the spawned workers) whose worker dies outright for one province (Vĩnh Phúc)."""
    if slug == "vinh-phuc":
        os._exit(3)
    return Outcome(slug, slug, counts="ok")


def hang_in_vinh_phuc(ws: Workspace, slug: str, as_of: date, formats: tuple[str, ...]) -> Outcome:
    if slug == "vinh-phuc":
        time.sleep(120)
    return Outcome(slug, slug, counts="ok")


def test_a_worker_that_dies_fails_only_its_own_province(workspace: Path) -> None:
    outcomes = make_all(Workspace.at(workspace), AS_OF, formats=("html",), workers=2, job=crash_in_vinh_phuc)
    failed = {o.province: o.error for o in outcomes if not o.ok}
    assert failed == {"vinh-phuc": "tiến trình lập báo cáo dừng đột ngột"}
    assert len(outcomes) > 2 and all(o.counts == "ok" for o in outcomes if o.ok)


def test_a_province_that_hangs_is_stopped_and_named(workspace: Path) -> None:
    t0 = time.monotonic()
    outcomes = make_all(Workspace.at(workspace), AS_OF, formats=("html",), workers=2, job=hang_in_vinh_phuc,
                        time_limit=3)
    failed = {o.province: o.error for o in outcomes if not o.ok}
    assert list(failed) == ["vinh-phuc"] and "quá thời gian" in (failed["vinh-phuc"] or "")
    assert time.monotonic() - t0 < 60


def test_workers_die_with_a_killed_batch(tmp_path: Path) -> None:
    """The parent is SIGKILLed while its worker sleeps: the worker must not outlive it."""
    marker = tmp_path / "worker.pid"
    code = f"""
import os, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing
from tracker.batch import _die_with_parent

def work(path):
    open(path, "w").write(str(os.getpid()))
    time.sleep(60)

if __name__ == "__main__":
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=_die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        pool.submit(work, {str(marker)!r}).result()
"""
    script = tmp_path / "batch.py"
    script.write_text(code)
    parent = subprocess.Popen([sys.executable, str(script)])
    for _ in range(200):
        if marker.exists() and marker.read_text():
            break
        time.sleep(0.1)
    worker = int(marker.read_text())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    for _ in range(50):
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(worker, signal.SIGKILL)
    raise AssertionError("the worker outlived its killed parent")

"""Several processes on one workspace: concurrent reports, and a run killed half way.

These start real `tracker` processes, because locking and crash safety only show
between processes.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.corpus import build
from tests.conftest import copy_workspace
from tracker.extract.catalog import load_catalog
from tracker.store.db import Store
from tracker.store.sync import sync

TRACKER = [sys.executable, "-c", "from tracker.cli import main; main()"]


def _current(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        sql = "SELECT id, doc, value FROM observations WHERE superseded_at IS NULL ORDER BY id"
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_two_reports_at_once_both_finish_with_the_same_output(tmp_path: Path) -> None:
    ws = copy_workspace(tmp_path / "ws")
    build(ws / "seeds", 200, seed=3)
    args = [*TRACKER, "report", "-p", "kien-giang", "--as-of", "2026-11-23", "--format", "html", "-w", str(ws)]
    env = {**os.environ, "TRACKER_USER": "kiem-thu"}
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err.decode()
    report = ws / "reports" / "kien-giang" / "bao-cao-2026-11-23.html"
    assert "12,8%" in report.read_text("utf-8")
    assert [p.name for p in report.parent.iterdir()] == [report.name]  # no temporary file left behind
    with Store.open(tmp_path / "clean.db") as clean:
        sync(clean, ws / "seeds", load_catalog(ws / "indicators.yaml"))
    assert _current(ws / "tracker.db") == _current(tmp_path / "clean.db")
    conn = sqlite3.connect(ws / "tracker.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM runs WHERE kind = 'report'").fetchone()[0] == 2


def test_a_killed_run_leaves_a_consistent_store_that_the_next_run_completes(tmp_path: Path) -> None:
    ws = copy_workspace(tmp_path / "ws")
    build(ws / "seeds", 250, seed=4)
    total = len(list((ws / "seeds").iterdir()))
    db = ws / "tracker.db"
    proc = subprocess.Popen([*TRACKER, "extract", "--format", "jsonl", "-w", str(ws)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                conn = sqlite3.connect(db, timeout=1)
                done = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:  # schema not created yet
                done = 0
            if done >= 64:
                break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 64 <= kept < total and kept % 64 == 0  # whole chunks only
    conn.close()
    catalog = load_catalog(ws / "indicators.yaml")
    with Store.open(db) as st:
        rest = sync(st, ws / "seeds", catalog)
    assert rest.read == total - kept
    with Store.open(tmp_path / "clean.db") as clean:
        sync(clean, ws / "seeds", catalog)
    assert _current(db) == _current(tmp_path / "clean.db")

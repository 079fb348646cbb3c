"""The report as the user runs it: cold processes, in-process rendering, and `report --all`.

Each cold run is a fresh `tracker` process on a copy of the repository's workspace whose
store is already in sync, so the figures are the report's own cost. Peak memory is the
process's maximum resident set, read from wait4(). WeasyPrint rendering the same HTML alone
is the floor the report is compared with (issue 9: within 1.5× of it, under 2 s).

    python -m bench.report [--docs 300]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.common import installed_env, machine, median_seconds, table

ROOT = Path(__file__).resolve().parents[1]
TRACKER = str(Path(sys.executable).with_name("tracker"))
AS_OF = "2026-11-23"
HEADER = ["what", "seconds (median of 3)", "peak RSS MB (largest process)"]


def timed_process(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=installed_env())
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{args} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return seconds, usage.ru_maxrss / 1024


def median_process(args: list[str], cwd: Path, runs: int = 3) -> list[str]:
    timed_process(args, cwd)  # warm-up: page cache, store in sync
    results = [timed_process(args, cwd) for _ in range(runs)]
    return [f"{statistics.median(s for s, _ in results):.2f}", f"{max(m for _, m in results):.0f}"]


def workspace(folder: Path, docs: int = 0) -> Path:
    for name in ("targets.yaml", "indicators.yaml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "templates", folder / "templates")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    if docs:
        from bench.corpus import build

        build(folder / "seeds", docs, seed=3)
    return folder


def run(docs: int) -> list[list[str]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        ws = workspace(Path(tmp))
        report = [TRACKER, "report", "-p", "kien-giang", "--as-of", AS_OF]
        rows.append(["`tracker --help` (imports)", *median_process([TRACKER, "--help"], ws)])
        rows.append(["report, HTML only", *median_process([*report, "--format", "html"], ws)])
        rows.append(["report, PDF and HTML", *median_process(report, ws)])
        html = ws / "reports" / "kien-giang" / f"bao-cao-{AS_OF}.html"
        alone = ("from weasyprint import HTML; import sys; "
                 "HTML(filename=sys.argv[1], base_url=sys.argv[2]).write_pdf(sys.argv[3])")
        rows.append(["WeasyPrint alone, same HTML", *median_process(
            [sys.executable, "-c", alone, str(html), str(ws / "templates") + "/", str(ws / "alone.pdf")], ws)])
        rows.append(["in-process, HTML only", *_in_process(ws, ("html",))])
        rows.append(["in-process, PDF and HTML", *_in_process(ws, ("pdf", "html"))])
    with tempfile.TemporaryDirectory() as tmp:
        ws = workspace(Path(tmp), docs)
        subprocess.run([TRACKER, "extract", "--format", "jsonl", "-j", "2"], cwd=ws, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # sync once, outside the timing
        for when, label in (("2025-06-30", "63 units"), (AS_OF, "34 units")):
            seconds, mb = timed_process([TRACKER, "report", "--all", "--as-of", when, "-j", "2"], ws)
            count = len(list((ws / "reports").glob(f"*/bao-cao-{when}.pdf")))
            rows.append([f"report --all, {label} ({count} reports, -j 2, {docs} docs)", f"{seconds:.1f}", f"{mb:.0f}"])
    return rows


def _in_process(ws: Path, formats: tuple[str, ...]) -> list[str]:
    from tracker import pipeline
    from tracker.workspace import Workspace

    w = Workspace.at(ws)
    seconds = median_seconds(lambda: pipeline.make_report(w, "kien-giang", date.fromisoformat(AS_OF), formats=formats))
    return [f"{seconds:.2f}", ""]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=300)
    args = parser.parse_args()
    print(machine())
    print(table("tracker report (store in sync)", HEADER, run(args.docs)))


if __name__ == "__main__":
    main()

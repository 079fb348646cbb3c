"""The speed goals of issue 21 as ratios against their floors, from paired runs: A and B
run in turn (A B A B …) and the ratio is taken pair by pair, so a machine that speeds up or
slows down during the run moves both sides; the table prints the median of the ratios.

    python -m bench.ratios [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.common import installed_env, machine, table
from bench.report import AS_OF, TRACKER, workspace

HEADER = ["what", "seconds", "floor", "floor seconds", "ratio (median of pairs)", "goal"]


def _wall(args: list[str], cwd: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                   env=installed_env())
    return time.perf_counter() - t0


def paired(a: list[str], b: list[str], cwd: Path, runs: int) -> tuple[float, float, float]:
    """Median seconds of A, of B, and median of the A/B ratios of each pair (one warm-up pair)."""
    _wall(a, cwd), _wall(b, cwd)
    pairs = [(_wall(a, cwd), _wall(b, cwd)) for _ in range(runs)]
    return (statistics.median(x for x, _ in pairs), statistics.median(y for _, y in pairs),
            statistics.median(x / y for x, y in pairs))


def run(runs: int = 7) -> list[list[str]]:
    py = sys.executable
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        ws = workspace(Path(tmp))
        report = [TRACKER, "report", "-p", "kien-giang", "--as-of", AS_OF]
        subprocess.run([*report, "--format", "html"], cwd=ws, check=True, capture_output=True)
        html = ws / "reports" / "kien-giang" / f"bao-cao-{AS_OF}.html"
        alone = ("from weasyprint import HTML; import sys; HTML(filename=sys.argv[1], base_url=sys.argv[2])"
                 ".write_pdf(sys.argv[3], pdf_variant='pdf/a-3b')")
        cases = [
            ("tracker --help", [TRACKER, "--help"], "import typer, rich, pydantic",
             [py, "-c", "import typer, rich, pydantic"], "1.5×"),
            ("tracker status", [TRACKER, "status", "-p", "kien-giang", "--as-of", AS_OF],
             "import typer, rich, pydantic", [py, "-c", "import typer, rich, pydantic"], "1.5×"),
            ("tracker validate", [TRACKER, "validate"], "import typer, rich, pydantic",
             [py, "-c", "import typer, rich, pydantic"], "1.5×"),
            ("tracker provinces", [TRACKER, "provinces"], "import typer, rich, pydantic",
             [py, "-c", "import typer, rich, pydantic"], "1.5×"),
            ("report --format pdf (cold)", [*report, "--format", "pdf"], "WeasyPrint alone, same HTML, PDF/A",
             [py, "-c", alone, str(html), str(ws / "templates") + "/", str(ws / "alone.pdf")], "1.2×"),
            ("report --format html", [*report, "--format", "html"], "tracker status",
             [TRACKER, "status", "-p", "kien-giang", "--as-of", AS_OF], "1.5×"),
        ]
        for label, a, floor, b, goal in cases:
            sa, sb, ratio = paired(a, b, ws, runs)
            rows.append([label, f"{sa:.3f}", floor, f"{sb:.3f}", f"{ratio:.2f}×", goal])
        rows.append(_batch_overhead(ws))
    return rows


def _batch_overhead(ws: Path) -> list[str]:
    """In a warm process (as a worker of `report --all` is): one report's time beyond
    WeasyPrint's own rendering of its HTML, as a share of that rendering."""
    from tracker import pipeline
    from tracker.report.pdf import render_pdf
    from tracker.report.render import render_html
    from tracker.workspace import Workspace

    w = Workspace.at(ws)
    when = date.fromisoformat(AS_OF)
    pipeline.make_report(w, "kien-giang", when, formats=("pdf",))  # warm: imports, Jinja, fonts
    html = render_html(pipeline.report_data(w, "kien-giang", when)[0], w.templates)
    totals, weasy = [], []

    def report() -> None:
        t0 = time.perf_counter()
        pipeline.make_report(w, "kien-giang", when, formats=("pdf",), sync_first=False)
        totals.append(time.perf_counter() - t0)

    def alone() -> None:
        t0 = time.perf_counter()
        render_pdf(html, w.templates)
        weasy.append(time.perf_counter() - t0)

    for i in range(16):  # pairs in alternating order (A B, B A, …): whichever runs second is not favoured
        for step in ((report, alone) if i % 2 == 0 else (alone, report)):
            step()
    extra = statistics.median((t - o) / o for t, o in zip(totals, weasy, strict=True))
    return ["report --all, per report (warm worker)", f"{statistics.median(totals):.3f}",
            "WeasyPrint on its HTML, same process", f"{statistics.median(weasy):.3f}", f"{100 * extra:+.0f}%",
            "≤ +10%"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(machine())
    print()
    print(table("Speed goals against their floors (paired runs)", HEADER, run(args.runs)))


if __name__ == "__main__":
    main()

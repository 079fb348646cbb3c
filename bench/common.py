"""What every benchmark shares: the machine line, timing with medians, and the table."""

from __future__ import annotations

import compileall
import functools
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


@functools.cache
def installed_env() -> dict[str, str]:
    """The environment a child process runs in, as on a user's machine.

    An installed tracker runs from bytecode: Python writes `__pycache__` on the first run, or
    pip at install. A sandbox that sets PYTHONDONTWRITEBYTECODE (this one does) would make
    every timed process recompile tracker's modules from source (30-50 ms of `--help` or
    `status`), a cost no user pays. So the package is compiled once here and the variable is
    dropped for the children."""
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "tracker", quiet=1)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def median_seconds(fn: Callable[[], object], runs: int = 3) -> float:
    """Median wall time of `runs` calls (one warm-up call first)."""
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def table(title: str, header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    out = [title, line, "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), line]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join([*out, line])

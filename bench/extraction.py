"""Extraction throughput (documents/s, MB/s) at 1 and 2 worker processes.

    python -m bench.extraction [--docs 1000]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.common import machine, median_seconds, table
from bench.corpus import build
from tracker.extract.catalog import default_catalog
from tracker.pipeline import extract_folder


def run(n_docs: int, workers: tuple[int, ...] = (1, 2)) -> list[list[str]]:
    catalog = default_catalog()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = build(folder, n_docs)
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        for w in workers:
            secs = median_seconds(lambda w=w: extract_folder(folder, catalog, workers=w))  # type: ignore[misc]
            figures = len(extract_folder(folder, catalog, workers=w).observations)
            rows.append([f"{n_docs}", f"{w}", f"{secs:.2f}", f"{n_docs / secs:.0f}", f"{size_mb / secs:.2f}",
                         f"{figures}"])
    return rows


HEADER = ["documents", "workers", "seconds", "docs/s", "MB/s", "figures"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    print(machine())
    print(table("Extraction (median of 3 runs)", HEADER, run(args.docs)))


if __name__ == "__main__":
    main()

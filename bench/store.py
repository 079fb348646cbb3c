"""The store: a cold sync, a re-run with nothing changed, and a re-run after one edit.

    python -m bench.store [--docs 1000 10000]

The re-run is what a user waits for every time: `tracker report` syncs before it judges.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.common import machine, median_seconds, table
from bench.corpus import build
from tracker.extract.catalog import default_catalog
from tracker.store.db import Store
from tracker.store.sync import sync

HEADER = ["documents", "step", "seconds", "documents read"]


def run(n_docs: int, workers: int = 2) -> list[list[str]]:
    catalog = default_catalog()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        paths = build(folder, n_docs)
        with Store.open(Path(tmp) / "tracker.db") as store:
            start = time.perf_counter()
            cold = sync(store, folder, catalog, workers=workers)
            rows.append([f"{n_docs}", f"cold, {workers} workers", f"{time.perf_counter() - start:.2f}", f"{cold.read}"])
            secs = median_seconds(lambda: sync(store, folder, catalog), runs=5)
            rows.append([f"{n_docs}", "re-run, nothing changed", f"{secs:.3f}", "0"])
            paths[len(paths) // 2].write_bytes(paths[len(paths) // 2].read_bytes() + b"\n")
            start = time.perf_counter()
            edited = sync(store, folder, catalog)
            rows.append([f"{n_docs}", "re-run, one document edited", f"{time.perf_counter() - start:.3f}",
                         f"{edited.read}"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    print(machine())
    print(table("Store sync", HEADER, [r for n in args.docs for r in run(n)]))


if __name__ == "__main__":
    main()

"""Extraction throughput (documents/s, MB/s) at 1 and 2 worker processes.

    python -m bench.extraction [--docs 1000]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.common import machine, median_seconds, table
from bench.corpus import build
from tracker.extract.catalog import Catalog, default_catalog
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
SCALE_HEADER = ["catalog", "rules", "rules tried, needles on", "rules tried, needles off", "s/MB, needles on",
                "s/MB, needles off"]


def scaled(catalog: Catalog, factor: int) -> Catalog:
    """The catalog with (factor - 1) more copies of every rule, each behind a word no text has:
    a catalog `factor` times the size whose extra rules never match (as a larger vocabulary's
    rules do not, on a text about other things)."""
    data = catalog.model_dump()  # rebuilt from plain data: no compiled pattern is shared with the original
    extra = []
    for k in range(1, factor):
        for ind in catalog.model_dump()["indicators"]:
            for r in ind["rules"]:
                r["id"] = f"{r['id']}-x{k}"
                if r["after"]:
                    r["after"] = f"zzunusedword{k}\\s+(?:{r['after']})"
                elif r["before"]:
                    r["before"] = f"zzunusedword{k}\\s+(?:{r['before']})"
            extra.append({**ind, "key": f"{ind['key']}_x{k}", "share": None, "derived_from": None})
    data["indicators"] = [*data["indicators"], *extra]
    return Catalog.model_validate(data)


def scaling(n_docs: int = 300) -> list[list[str]]:
    """Time per MB as the catalog doubles, with the needle prefilter on and off (one worker), and
    the rules tried (regular expressions run) over the whole corpus: a count that, unlike the
    seconds, does not move with the machine's load."""
    from tracker.extract import engine, matching

    calls = [0]
    plain = matching.match

    def counted(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return plain(*args, **kwargs)  # type: ignore[arg-type]

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = build(folder, n_docs)
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        for factor in (1, 2, 4):
            cat = scaled(default_catalog(), factor)
            row = [f"×{factor}", f"{sum(len(i.rules) for i in cat.indicators)}"]
            seconds = []
            for on in (True, False):
                engine.PREFILTER = on
                engine.match = counted  # type: ignore[attr-defined]  # the name the engine calls
                calls[0] = 0
                extract_folder(folder, cat)
                row.append(f"{calls[0]:,}")
                engine.match = plain  # type: ignore[attr-defined]
                seconds.append(f"{median_seconds(lambda c=cat: extract_folder(folder, c)) / size_mb:.2f}")
            engine.PREFILTER = True
            rows.append(row + seconds)
    return rows


RUN_ON_HEADER = ["characters", "figures in it", "seconds", "seconds per 100 000 characters"]


def run_on() -> list[list[str]]:
    """One document of one line with no sentence end (a flattened table, a run-on scan),
    4 times longer each row: the time per character must stay flat (it grew with the length
    until sentences were bounded, text/sentences.py)."""
    from tracker.extract.engine import Extractor
    from tracker.ingest.documents import parse_document

    extractor = Extractor(default_catalog())
    rows = []
    for n in (1000, 4000, 16000):
        body = "Toàn tỉnh có 1.200 trạm BTS, " * n
        doc = parse_document(Path("dong-dai.txt"), ("---\nprovince: kien-giang\npublished: 2024-05-01\n---\n"
                                                    + body).encode("utf-8"))
        secs = median_seconds(lambda doc=doc: extractor.extract(doc), runs=1)  # type: ignore[misc]
        rows.append([f"{len(body):,}", f"{n:,}", f"{secs:.2f}", f"{secs / len(body) * 1e5:.3f}"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    print(machine())
    print(table("Extraction (median of 3 runs)", HEADER, run(args.docs)))
    print()
    print(table("Time per MB as the catalog grows (300 documents, one worker)", SCALE_HEADER, scaling()))
    print()
    print(table("A run-on line (no sentence end) as it grows", RUN_ON_HEADER, run_on()))


if __name__ == "__main__":
    main()

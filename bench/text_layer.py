"""Throughput of the text layer: decode, normalise, split into sentences, scan numbers
and dates, on one core. The corpus is built by bench.corpus (all encodings mixed).

    python -m bench.text_layer [--docs 1000]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.common import machine, median_seconds, table
from bench.corpus import build
from tracker.text.dates import iter_dates
from tracker.text.decode import decode
from tracker.text.normalize import normalize
from tracker.text.numbers import iter_quantities
from tracker.text.sentences import sentences


def run(n_docs: int) -> list[list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        blobs = [p.read_bytes() for p in build(Path(tmp), n_docs)]
    size_mb = sum(len(b) for b in blobs) / 1e6
    decoded = [decode(b).text for b in blobs]
    normalised = [normalize(t).text for t in decoded]
    split = [[s.text for s in sentences(t)] for t in normalised]

    def scan() -> None:
        for sents in split:
            for s in sents:
                list(iter_quantities(s))
                list(iter_dates(s))

    def whole() -> None:
        for b in blobs:
            for s in sentences(normalize(decode(b).text).text):
                list(iter_quantities(s.text))
                list(iter_dates(s.text))

    stages = [
        ("decode (detect encoding)", lambda: [decode(b) for b in blobs]),
        ("normalise (NFC, spaces, offset map)", lambda: [normalize(t) for t in decoded]),
        ("split paragraphs and sentences", lambda: [sentences(t) for t in normalised]),
        ("scan numbers and dates", scan),
        ("whole text layer", whole),
    ]
    rows = []
    for name, fn in stages:
        secs = median_seconds(fn)
        rows.append([name, f"{secs:.3f}", f"{size_mb / secs:.1f}"])
    rows.append([f"corpus: {n_docs} documents", f"{size_mb:.1f} MB", ""])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    print(machine())
    print(table("Text layer, one core (median of 3 runs)", ["stage", "seconds", "MB/s"], run(args.docs)))


if __name__ == "__main__":
    main()

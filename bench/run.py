"""All benchmarks, one table each: `make bench`.

    python -m bench.run [--docs 1000]
"""

from __future__ import annotations

import argparse

from bench import extraction, formats, ratios, report, store, text_layer
from bench.common import machine, table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    print(machine())
    print()
    print(table("Text layer, one core (median of 3 runs)", ["stage", "seconds", "MB/s"], text_layer.run(args.docs)))
    print()
    rows = extraction.run(args.docs) + extraction.run(args.docs * 10)
    print(table("Extraction (median of 3 runs)", extraction.HEADER, rows))
    print()
    print(table("Time per MB as the catalog grows (300 documents, one worker)", extraction.SCALE_HEADER,
                extraction.scaling()))
    print()
    print(table("A run-on line (no sentence end) as it grows", extraction.RUN_ON_HEADER, extraction.run_on()))
    print()
    print(table("Store sync", store.HEADER, store.run(args.docs) + store.run(args.docs * 10)))
    print()
    print(table("tracker report (store in sync)", report.HEADER, report.run(300)))
    print()
    print(table("Reading other formats (median of 3 runs; OCR one run)", formats.HEADER, formats.run()))
    print()
    print(table("Speed goals against their floors (paired runs)", ratios.HEADER, ratios.run()))


if __name__ == "__main__":
    main()

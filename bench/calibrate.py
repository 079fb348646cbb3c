"""Write tracker/data/calibration.yaml: each rule's share of right figures on the train part.

    python -m bench.calibrate          # rewrite the file
    python -m bench.calibrate --check  # exit 1 if the file is not what the train part gives

Figures matching an `ignore` gold row count neither way (DESIGN.md §6). Only the train part
is read; the test part is where `bench.accuracy` checks the result (precision per band).

The rules were fitted on the train part, so there they are right more often than on text they
have not seen. Each time documents were added, the engine of the day read them before any rule
was fitted to them; what it read of the train documents is kept in `tests/gold/unseen.jsonl`
(the rule, and whether the figure was right then) and counts here beside today's train figures:
a rule that was often wrong on new documents stays less sure, though it has since been mended
for the ones it met.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from bench import accuracy
from tracker.extract import calibration
from tracker.extract.catalog import default_catalog
from tracker.extract.model import Observation
from tracker.extract.parts import conflicting
from tracker.extract.scoring import OTHER, GoldRow, verdict

PRIOR = 3.0  # pseudo-figures at the rule's base confidence
MIN_SEEN = 5  # a rule seen fewer times on train keeps its base confidence: one miss is no measure
FILE = Path(calibration.__file__).resolve().parents[1] / "data" / "calibration.yaml"
UNSEEN = Path(__file__).resolve().parents[1] / "tests" / "gold" / "unseen.jsonl"


def unseen_figures() -> list[dict[str, object]]:
    """The figures the engine of the day read on train documents before any rule saw them."""
    return [json.loads(line) for line in UNSEEN.read_text("utf-8").splitlines() if line.strip()]


def compute() -> str:
    calibration.table = dict  # base confidences: the table must not feed itself
    train = accuracy.sets()["train"]
    vocab = set(default_catalog().by_key)
    gold: dict[tuple[str, str], list[GoldRow]] = {}
    for g in train.gold:
        if not g.indicator.startswith(OTHER):
            gold.setdefault((g.doc, g.indicator), []).append(g)
    # a figure its own document contradicts is counted under one entry for all rules, since it
    # gets that entry's confidence instead of its rule's (extract.parts.conflicting); so are the
    # concept rules' figures, each rule alone being seen too rarely to measure
    by_doc: dict[str, list[Observation]] = {}
    for o in train.observations:
        if o.indicator in vocab:
            by_doc.setdefault(o.doc, []).append(o)
    concept_rules = default_catalog().concept_rules
    contradicted = {i for group in by_doc.values() for i in conflicting(group, concept_rules)}
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    base: dict[str, float] = {calibration.CONFLICT: calibration.CONFLICT_BASE}
    for group in by_doc.values():
        for o in group:
            right_or_not = verdict(o.value, gold.get((o.doc, o.indicator), []))
            if right_or_not is None:
                continue
            key = calibration.CONFLICT if o.id in contradicted else \
                calibration.CONCEPTS if o.rule in concept_rules else o.rule
            seen[key] += 1
            right[key] += right_or_not
            base[key] = max(base.get(key, 0.0), o.confidence)
    for record in unseen_figures():
        rule = str(record["rule"])
        key = calibration.CONCEPTS if rule in concept_rules else rule
        seen[key] += 1
        right[key] += bool(record["right"])
        base.setdefault(key, float(str(record["confidence"])))
    lines = ["# Written by `python -m bench.calibrate` from the train part of the gold corpus and the figures"
             " read on its documents before any rule saw them (tests/gold/unseen.jsonl); do not edit.",
             "# confidence = (right + prior × base) / (seen + prior), prior = " + f"{PRIOR:g}; "
             f"rules seen fewer than {MIN_SEEN} times keep their base confidence", "version: 1", "rules:"]
    for rule in sorted(r for r in seen if seen[r] >= MIN_SEEN):
        conf = calibration.smoothed(right[rule], seen[rule], base[rule], PRIOR)
        lines.append(f"  {rule}: {{seen: {seen[rule]}, right: {right[rule]}, base: {base[rule]:g}, "
                     f"confidence: {conf:g}}}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = compute()
    if args.check:
        sys.exit(0 if FILE.read_text("utf-8") == text else 1)
    FILE.write_text(text, "utf-8")
    print(text)


if __name__ == "__main__":
    main()

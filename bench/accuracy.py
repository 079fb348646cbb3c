"""Extraction accuracy on every gold set, the figures a commit that changes extraction states.

    python -m bench.accuracy            # the table
    python -m bench.accuracy --show train   # and the train part's false positives and misses

Sets: the seeds; the dev corpus (tests/gold/dev, 64 documents given with the project);
the collected corpus (tests/gold/corpus); and train / test, the union of dev and collected
documents split by province (tests/gold/held-out.txt). Rules are decided by reading train
failures only; the test part is reported, never read.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from bench.common import table
from tracker.evaluate.status import MIN_CONFIDENCE
from tracker.extract.catalog import default_catalog
from tracker.extract.engine import Extractor
from tracker.extract.model import Observation
from tracker.extract.scoring import GoldRow, Pred, bands, load_gold, read_split, same_value, score
from tracker.ingest.documents import Document, document_paths, load_documents

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
HEADER = ["set", "docs", "gold", "P", "R", "P dated", "R dated", f"P conf≥{MIN_CONFIDENCE}"]


@dataclass
class GoldSet:
    docs: list[Document]
    gold: list[GoldRow]
    observations: list[Observation]

    def part(self, keep: set[str]) -> GoldSet:
        return GoldSet([d for d in self.docs if d.id in keep], [g for g in self.gold if g.doc in keep],
                       [o for o in self.observations if o.doc in keep])


def load_set(folder: Path, gold_file: Path) -> GoldSet:
    if not gold_file.exists():
        return GoldSet([], [], [])
    docs, problems = load_documents(document_paths(folder))
    if problems:
        raise SystemExit(f"{folder}: {problems}")
    extractor = Extractor(default_catalog())
    obs = [o for d in docs for o in extractor.extract(d).observations]
    return GoldSet(docs, load_gold(gold_file), obs)


def preds(obs: list[Observation], min_confidence: float = 0.0) -> list[Pred]:
    return [Pred(o.doc, o.indicator, o.value, o.as_of, o.quote, o.confidence)
            for o in obs if o.confidence >= min_confidence]


def row(name: str, s: GoldSet) -> list[str]:
    vocab = set(default_catalog().by_key)
    v = score(preds(s.observations), s.gold, vocab)
    d = score(preds(s.observations), s.gold, vocab, dated=True)
    c = score(preds(s.observations, MIN_CONFIDENCE), s.gold, vocab)
    return [name, str(len(s.docs)), str(v.gold), f"{v.precision:.3f} ({v.tp}/{v.predictions})",
            f"{v.recall:.3f}", f"{d.precision:.3f}", f"{d.recall:.3f}", f"{c.precision:.3f} ({c.tp}/{c.predictions})"]


def sets() -> dict[str, GoldSet]:
    seeds = load_set(ROOT / "seeds", GOLD / "seeds.jsonl")
    dev = load_set(GOLD / "dev", GOLD / "dev.jsonl")
    collected = load_set(GOLD / "corpus", GOLD / "corpus.jsonl")
    both = GoldSet(dev.docs + collected.docs, dev.gold + collected.gold, dev.observations + collected.observations)
    held_out = read_split(GOLD / "held-out.txt")
    test_ids = {d.id for d in both.docs if d.province in held_out}
    train_ids = {d.id for d in both.docs} - test_ids
    return {"seeds": seeds, "dev": dev, "collected": collected,
            "train": both.part(train_ids), "test": both.part(test_ids)}


def show(s: GoldSet) -> None:
    vocab = set(default_catalog().by_key)
    result = score(preds(s.observations), s.gold, vocab)
    by_key = {(o.doc, o.indicator, o.value, o.as_of): o for o in s.observations}
    for p in result.false_positives:
        o = by_key[(p.doc, p.indicator, p.value, p.as_of)]
        print(f"FP {p.doc} {p.indicator}={p.value:g} [{p.as_of}] {o.rule} {o.confidence} {o.scope}\n   «{o.quote}»")
    for g in result.misses:
        print(f"MISS {g.doc} {g.indicator}={g.value:g} [{g.as_of}] «{g.quote}»")
    dated = score(preds(s.observations), s.gold, vocab, dated=True)
    for p in dated.false_positives:
        if p not in result.false_positives:
            golds = [g.as_of for g in s.gold
                     if g.doc == p.doc and g.indicator == p.indicator and same_value(p.value, g.value)]
            print(f"DATE {p.doc} {p.indicator}={p.value:g} got {p.as_of} gold {golds} «{p.quote[:150]}»")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", choices=["train", "seeds"], help="print this set's failures")
    args = parser.parse_args()
    all_sets = sets()
    print(table("Extraction accuracy (DESIGN.md §6 scoring)", HEADER,
                [row(name, s) for name, s in all_sets.items() if s.docs]))
    vocab = set(default_catalog().by_key)
    band_rows = []
    for name in ("train", "test"):
        for b in bands(preds(all_sets[name].observations), all_sets[name].gold, vocab):
            band_rows.append([name, b.label, f"{b.precision:.3f}", f"{b.correct}/{b.total}"])
    print()
    print(table("Precision per confidence band (calibrated on train)", ["set", "band", "P", "right/figures"],
                band_rows))
    if args.show:
        show(all_sets[args.show])


if __name__ == "__main__":
    main()

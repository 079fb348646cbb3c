"""Score documents just added to the collected corpus, before any rule has seen them.

    python -m bench.unseen DOC_ID ...            # precision and recall of the new documents, per part
    python -m bench.unseen DOC_ID ... --record   # and keep what was read on the train ones

A rule fitted on train is right there more often than on text it has not met; the only
honest measure of that gap is a document read before any rule saw it. So the documents of a
collection round are scored the moment they land, by the engine as it stands, and the figures
read on its train documents are appended to `tests/gold/unseen.jsonl` (with the engine's
commit), where `bench.calibrate` counts them beside today's train figures. Test documents are
scored and never recorded: the test part must not shape the confidences it checks.
"""

from __future__ import annotations

import argparse
import json
import subprocess

from bench.accuracy import GOLD, ROOT, preds, sets
from tracker.evaluate.status import MIN_CONFIDENCE
from tracker.extract.catalog import default_catalog
from tracker.extract.engine import Extractor
from tracker.extract.scoring import OTHER, load_gold, read_split, score, verdict
from tracker.ingest.documents import document_paths, load_documents

UNSEEN = GOLD / "unseen.jsonl"


def records(doc_ids: set[str], engine: str) -> list[dict[str, object]]:
    """One record per figure the engine reads on the train documents among `doc_ids` (a figure
    that matches only `ignore` rows counts neither way, as in the scoring)."""
    held_out = read_split(GOLD / "held-out.txt")
    paths = [p for folder in (GOLD / "corpus", GOLD / "dev") for p in document_paths(folder) if p.stem in doc_ids]
    docs, _ = load_documents(paths)
    docs = [d for d in docs if d.province not in held_out]
    extractor = Extractor(default_catalog())
    observations = [o for d in docs for o in extractor.extract(d).observations]
    vocab = set(default_catalog().by_key)
    gold = [g for f in ("corpus.jsonl", "dev.jsonl") for g in load_gold(GOLD / f)
            if g.doc in {d.id for d in docs} and not g.indicator.startswith(OTHER)]
    out: list[dict[str, object]] = []
    seen: set[tuple[str, str, float]] = set()
    for o in observations:
        key = (o.doc, o.indicator, round(o.value, 4))
        if o.indicator not in vocab or key in seen:
            continue
        seen.add(key)
        right = verdict(o.value, [g for g in gold if g.doc == o.doc and g.indicator == o.indicator])
        if right is None:
            continue
        out.append({"session": None, "doc": o.doc, "indicator": o.indicator, "value": o.value, "rule": o.rule,
                    "confidence": o.confidence, "right": right, "engine": engine})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("docs", nargs="+")
    parser.add_argument("--record", action="store_true")
    parser.add_argument("--session", type=int)
    args = parser.parse_args()
    new = set(args.docs)
    vocab = set(default_catalog().by_key)
    for name, s in sets().items():
        if name not in ("train", "test"):
            continue
        part = s.part({d.id for d in s.docs} & new)
        v = score(preds(part.observations), part.gold, vocab)
        d = score(preds(part.observations), part.gold, vocab, dated=True)
        c = score(preds(part.observations, MIN_CONFIDENCE), part.gold, vocab)
        print(f"{name}: {len(part.docs)} documents, P {v.precision:.3f} ({v.tp}/{v.predictions}) "
              f"R {v.recall:.3f} ({v.matched_gold}/{v.gold}), dated P {d.precision:.3f}, "
              f"P at >= {MIN_CONFIDENCE} {c.precision:.3f} ({c.tp}/{c.predictions})")
    if args.record:
        engine = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        rows = records(new, engine)
        for r in rows:
            r["session"] = args.session
        with UNSEEN.open("a", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        print(f"{len(rows)} figures of train documents appended to {UNSEEN.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

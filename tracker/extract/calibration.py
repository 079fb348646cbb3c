"""Confidence that means something: each rule's confidence measured on the train corpus.

A rule's base confidence (engine) says how much evidence it needs (a label before and a
phrase after the number, or only one of them, or a topic from earlier in the paragraph),
not how often it is right on real text. `tracker/data/calibration.yaml` holds, per rule id,
how many of its figures on the train part of the gold corpus were right, and the confidence
a figure of that rule then gets: the share right, pulled towards the base confidence by a
prior worth `prior` figures, so a rule seen twice is not trusted like one seen fifty times.
`python -m bench.calibrate` writes the file from the train part only; the test part checks it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ruamel.yaml import YAML


@lru_cache(maxsize=1)
def table() -> dict[str, float]:
    """Rule id → calibrated confidence, from the shipped calibration file."""
    text = resources.files("tracker").joinpath("data/calibration.yaml").read_text("utf-8")
    data = YAML(typ="safe").load(text) or {}
    return {str(k): float(v["confidence"]) for k, v in (data.get("rules") or {}).items()}


def calibrated(rule: str, base: float) -> float:
    """The confidence of a figure found by `rule`, whose base confidence is `base`."""
    return table().get(rule, base)


CONFLICT = "conflicting-values"  # the table's entry for figures another one of their document contradicts
CONFLICT_BASE = 0.6  # before it is measured: below the report's threshold, so a person chooses


CONCEPTS = "concept-rules"  # one entry for every concept rule: each alone is seen too rarely to measure


def conflict_confidence() -> float:
    """The confidence of a figure its own document contradicts (extract.parts.conflicting)."""
    return table().get(CONFLICT, CONFLICT_BASE)


def smoothed(correct: int, seen: int, base: float, prior: float) -> float:
    """The share right of a rule's `seen` figures, with `prior` pseudo-figures at `base`."""
    return round((correct + prior * base) / (seen + prior), 2)

"""Scoring extraction against hand-labelled gold rows (DESIGN.md §6, "Gold files").

A prediction matches a gold row when doc and indicator are equal and the value is within
0.1 % (0.01 absolute for small numbers); the dated score also wants the as_of year equal.
Gold rows marked `ignore` are ambiguous: a prediction that matches one is set aside and
the row is not counted in recall. Rows whose indicator starts with `other:` label figures
outside the vocabulary: no prediction can match them and they are not counted in recall.
Duplicates count once, on both sides.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.i18n import msg

OTHER = "other:"


@dataclass(frozen=True)
class GoldRow:
    doc: str
    indicator: str
    value: float
    as_of: str
    quote: str
    ignore: bool = False


@dataclass(frozen=True)
class Pred:
    doc: str
    indicator: str
    value: float
    as_of: str
    quote: str = ""
    confidence: float = 1.0


@dataclass
class Score:
    tp: int = 0
    predictions: int = 0
    gold: int = 0
    matched_gold: int = 0
    false_positives: list[Pred] = field(default_factory=list)
    misses: list[GoldRow] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.predictions if self.predictions else 1.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0


def load_gold(path: Path) -> list[GoldRow]:
    rows = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d: dict[str, Any] = json.loads(line)
        try:
            rows.append(GoldRow(d["doc"], d["indicator"], float(d["value"]), str(d["as_of"]),
                                d.get("quote", ""), bool(d.get("ignore", False))))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(msg("{path}:{line}: dòng gold không hợp lệ: {detail}", path=path, line=n,
                                 detail=exc)) from exc
    return rows


def same_value(a: float, b: float) -> bool:
    """Within 0.1 % (0.01 absolute for small numbers): DESIGN §6's match of a value."""
    return abs(a - b) <= max(0.001 * abs(b), 0.01)


def verdict(value: float, rows: Iterable[GoldRow]) -> bool | None:
    """Is a figure of `value` right, against the gold rows of its document and indicator: True
    when one of them has its value, None when only `ignore` rows do (it counts neither way)."""
    matched = [g for g in rows if same_value(value, g.value)]
    if matched and all(g.ignore for g in matched):
        return None
    return bool(matched)


def _year(s: str) -> str:
    return s[:4]


def score(preds: Iterable[Pred], gold: list[GoldRow], vocabulary: set[str], *, dated: bool = False) -> Score:
    """Precision and recall of `preds` against `gold`, restricted to `vocabulary` keys."""
    docs = {g.doc for g in gold}

    def match(p: Pred, g: GoldRow) -> bool:
        return (p.doc == g.doc and p.indicator == g.indicator and same_value(p.value, g.value)
                and (not dated or _year(p.as_of) == _year(g.as_of)))

    uniq: dict[tuple[str, str, float, str], Pred] = {}
    for p in preds:
        if p.indicator not in vocabulary or p.doc not in docs:
            continue
        key = (p.doc, p.indicator, round(p.value, 4), _year(p.as_of) if dated else "")
        uniq.setdefault(key, p)
    scored_gold: dict[tuple[str, str, float, str], GoldRow] = {}
    for g in gold:
        if not g.ignore and not g.indicator.startswith(OTHER):
            scored_gold.setdefault((g.doc, g.indicator, round(g.value, 4), _year(g.as_of) if dated else ""), g)
    ignored = [g for g in gold if g.ignore]
    result = Score(gold=len(scored_gold))
    for p in uniq.values():
        if any(match(p, g) for g in scored_gold.values()):
            result.tp += 1
            result.predictions += 1
        elif any(match(p, g) for g in ignored):
            continue
        else:
            result.predictions += 1
            result.false_positives.append(p)
    for g in scored_gold.values():
        if any(match(p, g) for p in uniq.values()):
            result.matched_gold += 1
        else:
            result.misses.append(g)
    return result


def score_by_indicator(preds: list[Pred], gold: list[GoldRow], vocabulary: set[str],
                       *, dated: bool = False) -> dict[str, Score]:
    """The same scoring restricted to one indicator at a time (keys with gold or predictions)."""
    keys = sorted({g.indicator for g in gold if not g.indicator.startswith(OTHER)}
                  | {p.indicator for p in preds if p.indicator in vocabulary})
    return {k: score(preds, [g for g in gold if g.indicator == k], {k}, dated=dated) for k in keys}


def read_split(path: Path) -> frozenset[str]:
    """The provinces of a corpus's held-out part: one slug a line, '#' comments.

    Whole provinces go to one part, so that a rule fitted to one province's house style
    cannot score on the same style in the test part.
    """
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return frozenset(line for line in lines if line)


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    correct: int
    total: int

    @property
    def precision(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def label(self) -> str:
        return band_label(self.low, self.high)


def band_label(low: float, high: float) -> str:
    """A confidence band as every table prints it: '[0.70, 0.80)'."""
    return f"[{low:.2f}, {min(high, 1.0):.2f})"


# Confidence bands [low, high): the last edge is above 1 so that a confidence of 1.0 has a band.
BAND_EDGES = (0.0, 0.5, 0.7, 0.8, 0.9, 1.01)


def bands(preds: Iterable[Pred], gold: list[GoldRow], vocabulary: set[str],
          edges: tuple[float, ...] = BAND_EDGES, *, dated: bool = False) -> list[Band]:
    """Precision of the predictions in each confidence band [low, high): does a higher
    confidence mean a figure is more often right?"""
    preds = list(preds)
    out = []
    for low, high in zip(edges, edges[1:], strict=False):
        part = [p for p in preds if low <= p.confidence < high]
        s = score(part, gold, vocabulary, dated=dated)
        out.append(Band(low, min(high, 1.0), s.tp, s.predictions))
    return out

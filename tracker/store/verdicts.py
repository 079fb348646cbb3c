"""How often extraction was right on a workspace's own documents, as its reviewers judged.

The gold corpus measures the engine on documents someone labelled for it; what matters to a
province is how it reads the documents that province actually has, which no one labelled.
Every review is such a label: an accepted figure was read right, a figure whose date alone
was corrected had the right value, a rejected one or one whose value was corrected was wrong.
Grouped by the confidence the engine gave, the verdicts say whether the report's threshold
still admits right figures on this province's texts (the counterpart of `tracker eval`'s
bands on the gold corpus); grouped by rule, they show which reading fails where, so the
team knows which rule to look at first.

Only figures still in their documents are counted (an orphaned review judged a figure the
engine no longer gives), and pending figures not at all. Reviewers choose what they check,
doubtful figures first, so the verdicts are the figures reviewed, not a random sample: a band
with few verdicts says little, and the counts are printed beside each share.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tracker.extract.model import MIN_CONFIDENCE, Observation
from tracker.extract.scoring import BAND_EDGES, band_label, same_value
from tracker.store.db import Store
from tracker.store.figures import Review, ReviewItem, review_items
from tracker.text.numbers import format_quantity

RIGHT, DATE_WRONG, WRONG = "right", "date_wrong", "wrong"


def verdict(figure: Observation, review: Review) -> str:
    """What a review says of the reading: right, right value at a wrong date, or wrong. A date
    is wrong when the corrected one names another year (the gold corpus's dated match)."""
    if review.action == "reject":
        return WRONG
    if review.action == "correct":
        if review.value is not None and not same_value(review.value, figure.value):
            return WRONG
        if review.as_of is not None and review.as_of[:4] != figure.as_of[:4]:
            return DATE_WRONG
    return RIGHT


@dataclass
class Tally:
    """The verdicts on one group of figures (a confidence band, a rule)."""

    label: str
    right: int = 0
    date_wrong: int = 0
    wrong: int = 0

    @property
    def reviewed(self) -> int:
        return self.right + self.date_wrong + self.wrong

    @property
    def value_right(self) -> int:
        """The figures whose value was right, whatever their year."""
        return self.right + self.date_wrong

    @property
    def value_precision(self) -> float | None:
        """The share of reviewed figures whose value was right (None: none reviewed)."""
        return self.value_right / self.reviewed if self.reviewed else None

    @property
    def dated_precision(self) -> float | None:
        """The share whose value and year were right."""
        return self.right / self.reviewed if self.reviewed else None

    def add(self, kind: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "right": self.right, "date_wrong": self.date_wrong, "wrong": self.wrong,
                "reviewed": self.reviewed, "value_precision": self.value_precision,
                "dated_precision": self.dated_precision}


@dataclass(frozen=True)
class Verdicts:
    total: Tally  # every reviewed figure
    bands: list[Tally]  # by confidence, low to high; a band's label is "[low, high)"
    admitted: Tally  # the figures at or above the report's threshold
    rules: list[Tally]  # by rule, most wrong values first
    pending: int  # figures not reviewed yet
    orphaned: int  # reviews whose figure left its document (not counted)

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total.to_dict(), "bands": [t.to_dict() for t in self.bands],
                "admitted": self.admitted.to_dict(), "rules": [t.to_dict() for t in self.rules],
                "pending": self.pending, "orphaned": self.orphaned}


def share_text(share: float | None) -> str:
    """A share of verdicts as a person reads it: '66,7%', or '–' when nothing was reviewed."""
    return "–" if share is None else format_quantity(round(share * 100, 1), "%")


def verdicts(store: Store, province: str | None = None) -> Verdicts:
    """The reviewers' verdicts on the current extracted figures (of one province, or all)."""
    return tally(review_items(store, province))


def tally(items: Iterable[ReviewItem]) -> Verdicts:
    """The verdicts of review items (`review_items`' rows, which a page may already hold)."""
    edges = list(zip(BAND_EDGES, BAND_EDGES[1:], strict=False))
    bands = [Tally(band_label(low, high)) for low, high in edges]
    total, admitted = Tally("tất cả"), Tally(f"≥ {MIN_CONFIDENCE:.2f}")
    rules: dict[str, Tally] = defaultdict(lambda: Tally(""))
    pending = orphaned = 0
    for item in items:
        if item.state == "orphaned":
            orphaned += 1
            continue
        if item.review is None:
            pending += 1
            continue
        o = item.figure
        kind = verdict(o, item.review)
        total.add(kind)
        next(b for b, (low, high) in zip(bands, edges, strict=True) if low <= o.confidence < high).add(kind)
        if o.confidence >= MIN_CONFIDENCE:
            admitted.add(kind)
        rules[o.rule].add(kind)
    by_rule = [Tally(rule, t.right, t.date_wrong, t.wrong) for rule, t in rules.items()]
    by_rule.sort(key=lambda t: (-t.wrong, -t.date_wrong, t.label))
    return Verdicts(total, bands, admitted, by_rule, pending, orphaned)

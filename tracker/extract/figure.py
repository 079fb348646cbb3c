"""A quantity of a sentence on its way to becoming a figure: the rule candidate that names
it, what it inherits, its date, scope and qualifier. Shared by the engine and the
parts-and-wholes checks (extract/parts.py); nothing here reads text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.extract.catalog import Indicator, Rule
from tracker.extract.model import Unit
from tracker.text.numbers import Qualifier, Quantity


@dataclass
class Candidate:
    """The indicator one rule gives a quantity, with how well it fits."""


    indicator: Indicator
    rule: Rule
    score: float
    label_start: int | None
    after_end: int
    sentence_level: bool = False


@dataclass
class Figure:
    """One quantity of a sentence and what the engine has decided about it."""


    q: Quantity
    unit: str
    cand: Candidate | None = None
    inherited_from: Figure | None = None
    as_of: str | None = None
    own_date: bool = False  # its sentence dated it (not its paragraph's, nor the document's date)
    period: str | None = None
    rule_id: str = ""
    confidence: float = 0.0
    numerator: float | None = None
    denominator: float | None = None
    qualifier: Qualifier = "eq"
    scope: str = "province"
    skip: bool = False
    extra: list[tuple[str, float, Unit]] = field(default_factory=list)  # (indicator, value, unit)
    group: bool = False  # "top 10": stands in a target, never as an actual
    only_extra: bool = False  # "216/216 xã … có cáp quang" read as a share: its value is the ratio
    also: Candidate | None = None  # a second indicator of the same number ("… cáp quang và sóng 4G")

    @property
    def indicator(self) -> Indicator | None:
        if self.cand is not None:
            return self.cand.indicator
        if self.inherited_from is not None:
            return self.inherited_from.indicator
        return None


@dataclass(frozen=True)
class Topic:
    """What a topic rule may read besides the sentence: the document's title and the paragraph
    before the sentence ("Lĩnh vực bưu chính, … Tỉnh có 26 doanh nghiệp"); and the year of the
    ranking the title or lead names ("DTI 2023"), which dates a place given without a year."""

    title: str
    before: str
    rank_year: str | None = None


NO_TOPIC = Topic("", "")

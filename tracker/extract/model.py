"""What extraction produces: Observations (actual figures) and TargetCandidates."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any, Literal, get_args

from tracker.text.numbers import Qualifier

# The vocabularies a figure is written in, as types: a misspelt value is a type error.
Unit = Literal["count", "%", "per100", "ty_dong", "rank"]
Origin = Literal["extracted", "accepted", "corrected", "manual"]
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)

# The confidence from which an extracted figure counts without a person's review: the
# report uses it, derived figures are computed only from inputs above it, and OCR figures
# are kept below it. One number, here at the bottom of the layers that use it.
MIN_CONFIDENCE = 0.7

# The values a printed figure of each unit can have at all; outside them a number is a misread
# or a typo ("999…9 trạm BTS", "1e20%"), never a figure. Shares stay below 200: real documents
# print a little over 100 ("tỷ lệ hộ gia đình có Internet cáp quang đạt 105,48%", subscriptions
# per household). A province has fewer than 10^9 of anything, and less than 10^7 tỷ đồng of
# revenue (the country's GDP); a place among provinces is 1 to 100.
PLAUSIBLE: dict[Unit, tuple[float, float]] = {
    "%": (0.0, 200.0), "per100": (0.0, 1000.0), "count": (0.0, 1e9), "ty_dong": (0.0, 1e7), "rank": (1.0, 100.0),
}


def plausible(unit: Unit, value: float) -> bool:
    """Whether a figure of `unit` can have `value` (NaN and infinities never)."""
    low, high = PLAUSIBLE[unit]
    return low <= value <= high


@dataclass(frozen=True)
class Observation:
    """One figure found in one document, with the exact sentence it came from."""

    id: str
    doc: str
    province: str
    indicator: str
    value: float
    unit: Unit
    qualifier: Qualifier
    as_of: str
    period: str | None
    scope: str
    numerator: float | None
    denominator: float | None
    quote: str  # exactly as published
    start: int  # offsets of the quote in the document's decoded text
    end: int
    rule: str
    confidence: float
    derived: bool = False
    published: str = ""  # the source document's publication date (caps as_of)
    inputs: tuple[str, ...] = ()  # for a derived figure: the ids of the figures it came from
    page: int | None = None  # the page of a PDF or scan the quote is on
    # Set by the store (tracker.store.figures), never by extraction:
    origin: Origin = "extracted"
    original_value: float | None = None  # a corrected figure's value as extracted
    source: str = ""  # a manual figure's source ("Công văn số 12/STTTT", "điện thoại với …")

    @property
    def vouched(self) -> bool:
        """A person accepted, corrected or entered this figure."""
        return self.origin != "extracted"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TargetCandidate:
    """A target stated in a document ('trên 30% … đến năm 2025'), for a user to adopt."""

    doc: str
    province: str
    indicator: str
    comparator: str
    value: float
    unit: Unit
    deadline: str | None
    quote: str
    start: int
    end: int
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def names_its_level(indicator: str) -> bool:
    """Whether an indicator is about one level of government by definition
    ('commune_radio_share', 'work_records_district_share'): a 'cấp xã' next to its figure is
    its subject, not a narrower scope, and the figure is still province-wide."""
    return bool({"commune", "district", "province"} & set(indicator.split("_")))


def stable_id(doc: str, indicator: str, quote: str, value: float, as_of: str) -> str:
    """Same figure in the same document → same id, whatever else changes in the document."""
    key = f"{doc}\x1f{indicator}\x1f{' '.join(quote.split())}\x1f{value:.6g}\x1f{as_of}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

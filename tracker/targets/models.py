"""Pydantic models of targets.yaml (strict: unknown keys are errors).

A target reads like the plan it comes from: `target: "> 30%"`, `deadline: 2025`. The
comparator string is parsed here once, so evaluation works with numbers.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from tracker.i18n import msg
from tracker.text.dates import DATE_TEXT, check_date_text, to_date

Comparator = Literal[">", ">=", "<", "<=", "=", "between"]
_TARGET = re.compile(r"^\s*(>=|<=|≥|≤|>|<|=)?\s*(-?\d+(?:[.,]\d+)?)\s*(%)?\s*$")
# "từ 80% đến 90%", "80 - 90%", "80%–90%": both ends included.
_BETWEEN = re.compile(
    r"^\s*(?:từ\s+)?(\d+(?:[.,]\d+)?)\s*(%)?\s*(?:-|–|đến)\s*(\d+(?:[.,]\d+)?)\s*(%)?\s*$", re.IGNORECASE
)


def _number(s: str) -> float:
    return float(s.replace(",", "."))
def _date_text(v: object) -> str:
    return v.isoformat() if isinstance(v, date) else check_date_text(str(v))


# A date as users write it (YAML gives `2025` as a number and `2020-07-15` as a date): kept as text.
DateText = Annotated[str, BeforeValidator(_date_text)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Baseline(Strict):
    value: float
    as_of: DateText

    @field_validator("value")
    @classmethod
    def _finite(cls, v: float) -> float:
        return _finite_number(v)


# Beyond this a number is a typo or an attack, not an indicator's value (it would print as
# "1e+300%" or "NaN%" in a signed report).
MAX_VALUE = 1e15


def _finite_number(v: float) -> float:
    if not math.isfinite(v) or abs(v) > MAX_VALUE:
        raise ValueError(msg("phải là một số hữu hạn, không quá {max} (không phải {value})",
                             max="10^15", value=repr(v)))
    return v


class Basis(Strict):
    """The document a target comes from, so the report can cite it."""

    document: str  # "Quyết định 749/QĐ-TTg"
    date: DateText | None = None
    issuer: str | None = None  # "Thủ tướng Chính phủ"


class _Goal(Strict):
    """A value to reach by a date; a target's milestones are goals, and so is the target."""

    target: str
    deadline: DateText

    @field_validator("target", mode="before")
    @classmethod
    def _target(cls, v: object) -> str:
        return _check_target(v)


class Milestone(_Goal):
    """An interim target on the way: `{deadline: 2023, target: "> 20%"}`."""


def _check_target(v: object) -> str:
    s = str(v)
    if not (_TARGET.match(s) or _BETWEEN.match(s)):
        raise ValueError(msg(
            "mục tiêu không hiểu được: {target} (ví dụ đúng: \"> 30%\", \">= 80%\", \"<= 20\", \"từ 80% đến 90%\")",
            target=repr(s)))
    _, low, high, _ = parse_target(s)
    for number in (low, high):
        if number is not None:
            _finite_number(number)
    return s


def parse_target(s: str) -> tuple[Comparator, float, float | None, bool]:
    """(comparator, value, upper bound for `between`, percent) of a target string."""
    m = _BETWEEN.match(s)
    if m:
        return "between", _number(m.group(1)), _number(m.group(3)), bool(m.group(2) or m.group(4))
    m = _TARGET.match(s)
    assert m, s
    op = {"≥": ">=", "≤": "<="}.get(m.group(1) or "=", m.group(1) or "=")
    return op, _number(m.group(2)), None, bool(m.group(3))  # type: ignore[return-value]


class Target(_Goal):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    indicator: str
    title: str | None = None
    baseline: Baseline | None = None
    milestones: list[Milestone] = []
    basis: str | Basis | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Target:
        if self.baseline and to_date(self.baseline.as_of, end=False) >= to_date(self.deadline):
            raise ValueError(msg("mốc cơ sở (baseline) phải trước thời hạn (deadline)"))
        for m in self.milestones:
            if to_date(m.deadline) >= to_date(self.deadline):
                raise ValueError(msg("mốc trung gian {milestone} phải trước thời hạn (deadline) {deadline}",
                                     milestone=m.deadline, deadline=self.deadline))
        if self.comparator == "between" and self.high is not None and self.high < self.value:
            raise ValueError(msg("khoảng mục tiêu ngược: {target} (số nhỏ đứng trước)", target=repr(self.target)))
        return self

    @property
    def comparator(self) -> Comparator:
        return parse_target(self.target)[0]

    @property
    def value(self) -> float:
        """The target value (the lower end for `between`)."""
        return parse_target(self.target)[1]

    @property
    def high(self) -> float | None:
        """The upper end of a `between` target."""
        return parse_target(self.target)[2]

    @property
    def percent(self) -> bool:
        return parse_target(self.target)[3]

    @property
    def deadline_date(self) -> date:
        return to_date(self.deadline)


class Signer(Strict):
    prefix: str | None = None  # "KT." / "TL." / "Q." / "TUQ." or none
    head: str = "GIÁM ĐỐC"  # the head's title the prefix refers to
    title: str | None = None  # the signer's own title when a prefix is used
    name: str


class Issuer(Strict):
    parent: str
    name: str
    code: str = Field(pattern=r"^[A-ZĐ]+$")
    place: str | None = None


class ProvinceTargets(Strict):
    issuer: Issuer | None = None
    signer: Signer | None = None
    addressees: list[str] = []  # "Kính gửi": the bodies a report is sent up to
    recipients: list[str] = []
    proposals: list[str] = []
    targets: list[Target] = []


class TargetsFile(Strict):
    version: Literal[1] = 1
    national: list[Target] = []
    provinces: dict[str, ProvinceTargets] = {}

    def for_province(self, slug: str) -> list[Target]:
        """National targets unless the province overrides the same id or indicator."""
        own = self.provinces.get(slug, ProvinceTargets()).targets
        ids = {t.id for t in own}
        inds = {t.indicator for t in own}
        return [t for t in self.national if t.id not in ids and t.indicator not in inds] + own


def json_schema() -> dict[str, object]:
    """JSON Schema of targets.yaml, for editors (yaml-language-server) to complete and check."""
    schema = TargetsFile.model_json_schema()
    # YAML reads `deadline: 2025` as a number and `2020-07-15` as a date; both are accepted.
    date_like = {"anyOf": [{"type": "integer", "minimum": 1900, "maximum": 2099},
                           {"type": "string", "pattern": DATE_TEXT.pattern}, {"type": "null"}]}
    defs = schema.get("$defs", {})
    assert isinstance(defs, dict)
    for model in defs.values():
        for name, prop in model.get("properties", {}).items():
            if name in ("deadline", "as_of", "date"):
                title = prop.get("title")
                prop.clear()
                prop.update(date_like, title=title)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "tracker targets.yaml"
    return schema

"""Pydantic models of targets.yaml (strict: unknown keys are errors).

A target reads like the plan it comes from: `target: "> 30%"`, `deadline: 2025`. The
comparator string is parsed here once, so evaluation works with numbers.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tracker.text.dates import to_date

Comparator = Literal[">", ">=", "<", "<=", "="]
_TARGET = re.compile(r"^\s*(>=|<=|≥|≤|>|<|=)?\s*(-?\d+(?:[.,]\d+)?)\s*(%)?\s*$")
_DEADLINE = re.compile(r"^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def _date_text(v: object) -> str:
    if isinstance(v, date):
        return v.isoformat()
    s = str(v).strip()
    if not _DEADLINE.match(s):
        raise ValueError(f"ngày không hợp lệ: {s!r} (cần YYYY, YYYY-MM hoặc YYYY-MM-DD)")
    try:
        to_date(s)
    except ValueError:
        raise ValueError(f"ngày không tồn tại: {s!r}") from None
    return s


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Baseline(Strict):
    value: float
    as_of: str

    @field_validator("as_of", mode="before")
    @classmethod
    def _as_of(cls, v: object) -> str:
        return _date_text(v)


class Target(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    indicator: str
    title: str | None = None
    target: str
    deadline: str
    baseline: Baseline | None = None
    basis: str | None = None
    note: str | None = None

    @field_validator("deadline", mode="before")
    @classmethod
    def _deadline(cls, v: object) -> str:
        return _date_text(v)

    @field_validator("target", mode="before")
    @classmethod
    def _target(cls, v: object) -> str:
        s = str(v)
        if not _TARGET.match(s):
            raise ValueError(f"mục tiêu không hiểu được: {s!r} (ví dụ đúng: \"> 30%\", \">= 80%\", \"<= 20\")")
        return s

    @model_validator(mode="after")
    def _baseline_before_deadline(self) -> Target:
        if self.baseline and to_date(self.baseline.as_of, end=False) >= to_date(self.deadline):
            raise ValueError("mốc cơ sở (baseline) phải trước thời hạn (deadline)")
        return self

    @property
    def comparator(self) -> Comparator:
        m = _TARGET.match(self.target)
        assert m
        op = {"≥": ">=", "≤": "<="}.get(m.group(1) or "=", m.group(1) or "=")
        return op  # type: ignore[return-value]

    @property
    def value(self) -> float:
        m = _TARGET.match(self.target)
        assert m
        return float(m.group(2).replace(",", "."))

    @property
    def percent(self) -> bool:
        m = _TARGET.match(self.target)
        return bool(m and m.group(3))

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

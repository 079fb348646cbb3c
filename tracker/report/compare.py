"""Provinces side by side on one indicator: latest value as of a date, rank among those with data.

The value of each province is chosen exactly as a report chooses it (status.select_actual:
reviews, confidence threshold, newest first), so a comparison never shows a figure that the
province's own report would not. Ties share a rank (1, 2, 2, 4). A unit that no longer exists
on the date keeps its row, marked with the unit it was merged into: its figures are real, and
hiding them would lose data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from tracker.errors import UserError
from tracker.evaluate.status import effective_date, select_actual
from tracker.extract.catalog import Catalog
from tracker.extract.model import Observation
from tracker.i18n import msg
from tracker.provinces import lookup, merger_date, registry
from tracker.report.charts import bar_chart
from tracker.report.data import actual_text
from tracker.text.dates import format_date


@dataclass(frozen=True)
class Standing:
    rank: int
    province: str  # slug
    name: str  # "tỉnh Gia Lai"
    value: float
    text: str  # "trên 98%"
    as_of: str  # ISO, as the document gave it
    date_text: str  # "tháng 11/2024"
    doc: str
    quote: str
    note: str  # "đã sáp nhập vào tỉnh An Giang từ 1/7/2025", "số liệu trước sáp nhập"


@dataclass(frozen=True)
class Comparison:
    indicator: str
    name: str
    unit: str
    as_of: str  # ISO
    lower_is_better: bool
    rows: list[Standing]
    chart: str  # SVG

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        del d["chart"]
        return d


def compare(observations: Iterable[Observation], catalog: Catalog, indicator: str, as_of: date) -> Comparison:
    """Rank every province that has a usable figure for `indicator` on or before `as_of`."""
    ind = catalog.get(indicator)
    if ind is None:
        close = catalog.closest(indicator)
        raise UserError(msg("Không có chỉ tiêu '{key}' trong danh mục.", key=indicator),
                        msg("có phải ý bạn là {close}?", close=close) if close else
                        msg("xem indicators.yaml hoặc tracker extract"))
    by_province: dict[str, list[Observation]] = {}
    for o in observations:
        if o.indicator == indicator:
            by_province.setdefault(o.province, []).append(o)
    lower = ind.direction == "lower"
    found = []
    for slug, obs in by_province.items():
        best, _ = select_actual(obs, as_of)
        if best is not None and slug in registry():
            found.append((slug, best))
    found.sort(key=lambda item: (item[1].value if lower else -item[1].value, registry_order(item[0])))
    rows: list[Standing] = []
    for i, (slug, o) in enumerate(found):
        rank = rows[-1].rank if rows and rows[-1].value == o.value else i + 1
        p = lookup(slug)
        rows.append(Standing(
            rank=rank, province=slug, name=p.label_at(as_of), value=o.value,
            text=actual_text(o), as_of=o.as_of,
            date_text=format_date(o.as_of), doc=o.doc, quote=o.quote.strip(), note=_note(slug, o, as_of),
        ))
    title = f"{ind.name} ({format_date(as_of.isoformat())})"
    chart = bar_chart(title, [(f"{r.rank}. {r.name}", r.value, r.text) for r in rows], ind.unit)
    return Comparison(indicator, ind.name, ind.unit, as_of.isoformat(), lower, rows, chart)


def registry_order(slug: str) -> int:
    return list(registry()).index(slug)


def _note(slug: str, o: Observation, as_of: date) -> str:
    p = lookup(slug)
    day = merger_date()
    if not p.exists(as_of) and p.merged_into:
        return f"đã sáp nhập vào {lookup(p.merged_into).label_at(as_of)} từ {format_date(day.isoformat())}"
    if as_of >= day and effective_date(o) < day and any(q.merged_into == slug for q in registry().values()):
        return "số liệu trước sáp nhập"
    return ""

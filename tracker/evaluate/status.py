"""Status of each target as of a report date: one documented method, pure functions.

The method (printed in the report's appendix, `METHOD`):
1. The actual is the latest usable observation of the province for the indicator whose
   date is on or before the report date (confidence ≥ 0.7, province-wide scope); ties go to
   higher confidence, then the newer document. A year-only date counts as the end of that
   year, but never later than the document that states it.
2. Đạt: the comparator holds for the actual, qualifier included ("trên 98%" satisfies
   "> 95%"; "gần 100%" does not satisfy "= 100%").
3. Otherwise the judgement is made at the actual's date, not today's: Không đạt if the
   deadline had passed by then; else Đúng tiến độ if the actual is at or beyond the straight
   line from the baseline to the target at that date, Chậm tiến độ if not (with no baseline:
   Chậm tiến độ). Judging at the figure's date avoids calling a 2025 target "missed" on the
   strength of a 2020 figure; such stale figures are flagged instead.
4. Chưa có số liệu: no usable actual.
Two different values for one indicator at one date are a conflict: shown, never averaged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from tracker.extract.model import Observation
from tracker.targets.models import Target
from tracker.text.dates import to_date

MIN_CONFIDENCE = 0.7
STALE_DAYS = 365


class Status(StrEnum):
    achieved = "achieved"
    on_track = "on_track"
    behind = "behind"
    missed = "missed"
    no_data = "no_data"

    @property
    def label(self) -> str:
        return {
            "achieved": "Đạt",
            "on_track": "Đúng tiến độ",
            "behind": "Chậm tiến độ",
            "missed": "Không đạt",
            "no_data": "Chưa có số liệu",
        }[self.value]


METHOD = [
    "Số liệu thực hiện của mỗi chỉ tiêu là số liệu mới nhất có thời điểm không muộn hơn ngày báo cáo, "
    "trích từ văn bản nguồn của tỉnh (độ tin cậy từ 0,7 trở lên, phạm vi toàn tỉnh); nếu cùng thời điểm, "
    "ưu tiên số liệu có độ tin cậy cao hơn, rồi văn bản mới hơn. Số liệu chỉ ghi năm được tính đến cuối năm đó, "
    "nhưng không muộn hơn ngày ban hành văn bản nêu số liệu.",
    "Đạt: số liệu thực hiện thỏa mãn mục tiêu, kể cả từ chỉ mức độ (\"trên 98%\" thỏa mãn \"> 95%\"; "
    "\"gần 100%\" không thỏa mãn \"= 100%\").",
    "Nếu chưa đạt, việc đánh giá thực hiện tại thời điểm của số liệu: Không đạt nếu khi đó đã quá thời hạn; "
    "Đúng tiến độ nếu số liệu bằng hoặc vượt đường thẳng nối mốc cơ sở với mục tiêu tại thời điểm đó; "
    "Chậm tiến độ nếu thấp hơn (hoặc khi không có mốc cơ sở).",
    "Chưa có số liệu: không có số liệu thực hiện dùng được.",
    "Tỷ lệ hoàn thành = (thực hiện − cơ sở) / (mục tiêu − cơ sở); không có mốc cơ sở thì = thực hiện / mục tiêu.",
    "Hai giá trị khác nhau của cùng một chỉ tiêu tại cùng một thời điểm được nêu là mâu thuẫn, không lấy trung bình.",
]


@dataclass(frozen=True)
class Evaluation:
    target: Target
    status: Status
    actual: Observation | None
    actual_date: date | None
    progress: float | None  # percent of the way from baseline (or zero) to target
    expected: float | None  # the straight-line value at the actual's date
    conflicts: list[Observation] = field(default_factory=list)
    stale: bool = False
    lower_is_better: bool = False


def to_json(ev: Evaluation) -> dict[str, object]:
    """The judgement of one target as the `tracker status --format json` object."""
    a = ev.actual
    return {
        "target_id": ev.target.id, "indicator": ev.target.indicator, "comparator": ev.target.comparator,
        "target": ev.target.value, "deadline": ev.target.deadline, "status": ev.status.value,
        "actual": None if a is None else {"value": a.value, "qualifier": a.qualifier, "as_of": a.as_of,
                                           "doc": a.doc, "quote": a.quote},
        "progress": ev.progress, "projection": None,
    }


def effective_date(obs: Observation) -> date:
    """The date an observation speaks for: its as_of, capped by its document's date."""
    d = to_date(obs.as_of)
    if obs.published:
        d = min(d, to_date(obs.published))
    return d


def usable(obs: Observation) -> bool:
    return obs.confidence >= MIN_CONFIDENCE and (obs.scope == "province" or "commune" in obs.indicator)


def select_actual(observations: Iterable[Observation], as_of: date) -> tuple[Observation | None, list[Observation]]:
    """The latest usable observation on or before `as_of`, and any conflicting ones."""
    pool = [o for o in observations if usable(o) and effective_date(o) <= as_of]
    if not pool:
        return None, []
    pool.sort(key=lambda o: (effective_date(o), o.confidence, o.published), reverse=True)
    best = pool[0]
    conflicts = [
        o for o in pool[1:]
        if effective_date(o) == effective_date(best) and abs(o.value - best.value) > max(0.001 * abs(best.value), 0.01)
    ]
    return best, conflicts


def holds(comparator: str, target: float, value: float, qualifier: str) -> bool:
    """Whether an actual stated with `qualifier` satisfies `comparator target`."""
    if qualifier == "approx":
        return comparator != "=" and _cmp(comparator, value, target)
    if qualifier in ("gt", "ge"):
        # the true value is above `value`: enough if `value` already satisfies a lower bound
        if comparator in (">", ">="):
            return value >= target if qualifier == "gt" or comparator == ">=" else value > target
        return False
    if qualifier in ("lt", "le"):
        if comparator in ("<", "<="):
            return value <= target if qualifier == "lt" or comparator == "<=" else value < target
        return False
    return _cmp(comparator, value, target)


def _cmp(op: str, a: float, b: float) -> bool:
    eps = 1e-9
    return {
        ">": a > b + eps, ">=": a >= b - eps, "<": a < b - eps, "<=": a <= b + eps, "=": abs(a - b) <= eps,
    }[op]


def evaluate(target: Target, observations: Iterable[Observation], as_of: date, *,
             lower_is_better: bool = False) -> Evaluation:
    """Judge one target from the observations of its province and indicator."""
    obs = [o for o in observations if o.indicator == target.indicator]
    actual, conflicts = select_actual(obs, as_of)
    if actual is None:
        return Evaluation(target, Status.no_data, None, None, None, None, lower_is_better=lower_is_better)
    when = effective_date(actual)
    stale = (as_of - when).days > STALE_DAYS
    progress = _progress(target, actual.value, lower_is_better)
    expected = _expected(target, when)
    if holds(target.comparator, target.value, actual.value, actual.qualifier):
        status = Status.achieved
    elif when >= target.deadline_date:
        status = Status.missed
    elif expected is None:
        status = Status.behind
    else:
        ahead = actual.value <= expected if lower_is_better else actual.value >= expected
        status = Status.on_track if ahead else Status.behind
    return Evaluation(target, status, actual, when, progress, expected, conflicts, stale, lower_is_better)


def _expected(target: Target, when: date) -> float | None:
    b = target.baseline
    if b is None:
        return None
    start, end = to_date(b.as_of, end=False), target.deadline_date
    if when <= start:
        return b.value
    share = min(1.0, (when - start).days / max(1, (end - start).days))
    return b.value + (target.value - b.value) * share


def _progress(target: Target, value: float, lower_is_better: bool) -> float | None:
    b = target.baseline
    if b is not None and target.value != b.value:
        return 100.0 * (value - b.value) / (target.value - b.value)
    if target.value == 0:
        return None
    if lower_is_better:
        return 100.0 * target.value / value if value else None
    return 100.0 * value / target.value

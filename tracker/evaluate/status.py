"""Status of each target as of a report date: one documented method, pure functions.

The method (printed in the report's appendix, `METHOD`):
1. The actual is the latest usable observation of the province for the indicator whose
   date is on or before the report date (confidence ≥ 0.7 unless a person accepted it,
   province-wide scope; rejected figures are gone before this); ties go to figures a person
   vouched for (accepted, corrected, entered by hand), then higher confidence, then the
   newer document. A year-only date counts as the end of that
   year, but never later than the document that states it.
2. Đạt: the comparator holds for the actual, qualifier included ("trên 98%" satisfies
   "> 95%"; "gần 100%" does not satisfy "= 100%").
3. Otherwise the judgement is made at the actual's date, not today's: Không đạt if the
   deadline had passed by then; else Đúng tiến độ if the actual is at or beyond the straight
   line from the baseline to the target at that date, Chậm tiến độ if not (with no baseline:
   Chậm tiến độ). Judging at the figure's date avoids calling a 2025 target "missed" on the
   strength of a 2020 figure; such stale figures are flagged instead.
4. Chưa có số liệu: no usable actual.
Two different values for one indicator at one date are a conflict: shown, never averaged;
two such values in one document are both below the threshold (extract.parts.conflicting), so
a person chooses.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from tracker.extract.model import MIN_CONFIDENCE, Observation, names_its_level
from tracker.targets.models import Target, parse_target
from tracker.text.dates import to_date

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
    "trích từ văn bản nguồn của tỉnh (độ tin cậy từ 0,7 trở lên hoặc đã được duyệt, phạm vi toàn tỉnh) hoặc nhập tay; "
    "số liệu bị từ chối khi duyệt không được dùng. Nếu cùng thời điểm, ưu tiên số liệu đã được người duyệt, sửa "
    "hoặc nhập tay, rồi số liệu có độ tin cậy cao hơn, rồi văn bản mới hơn. "
    "Số liệu chỉ ghi năm được tính đến cuối năm đó, nhưng không muộn hơn ngày ban hành văn bản nêu số liệu.",
    "Đạt: số liệu thực hiện thỏa mãn mục tiêu, kể cả từ chỉ mức độ (\"trên 98%\" thỏa mãn \"> 95%\"; "
    "\"gần 100%\" không thỏa mãn \"= 100%\").",
    "Nếu chưa đạt, việc đánh giá thực hiện tại thời điểm của số liệu: Không đạt nếu khi đó đã quá thời hạn; "
    "Đúng tiến độ nếu số liệu bằng hoặc vượt đường thẳng nối mốc cơ sở với mục tiêu tại thời điểm đó; "
    "Chậm tiến độ nếu thấp hơn (hoặc khi không có mốc cơ sở).",
    "Chưa có số liệu: không có số liệu thực hiện dùng được.",
    "Chỉ tiêu có mốc trung gian: nếu tại thời điểm của số liệu đã qua một mốc trung gian, đánh giá theo mốc gần "
    "nhất đã qua (Đúng tiến độ nếu đạt mốc đó, Chậm tiến độ nếu chưa); đường tiến độ đi qua các mốc trung gian.",
    "Tỷ lệ hoàn thành = (thực hiện − cơ sở) / (mục tiêu − cơ sở); không có mốc cơ sở thì = thực hiện / mục tiêu.",
    "Dự báo: giữ nguyên tốc độ từ mốc cơ sở (hoặc từ số liệu liền trước) đến số liệu mới nhất, ngày chỉ tiêu sẽ đạt; "
    "không dự báo khi số liệu không tiến về phía mục tiêu.",
    "Hai giá trị khác nhau của cùng một chỉ tiêu tại cùng một thời điểm được nêu là mâu thuẫn, không lấy trung bình; "
    "nếu hai giá trị ấy cùng nằm trong một văn bản, cả hai có độ tin cậy dưới 0,7 và chỉ được dùng khi đã có "
    "người duyệt chọn một.",
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
    projection: date | None = None  # when the target is reached at the current pace
    # figures that could change the judgement once a person accepts one: of the province, on or
    # after the actual's date (any date with no actual), left out only for their low confidence
    # (a figure its document contradicts, a doubtful rule)
    waiting: list[Observation] = field(default_factory=list)


def to_json(ev: Evaluation) -> dict[str, object]:
    """The judgement of one target as the `tracker status --format json` object."""
    a = ev.actual
    return {
        "target_id": ev.target.id, "indicator": ev.target.indicator, "comparator": ev.target.comparator,
        "target": ev.target.value, "deadline": ev.target.deadline, "status": ev.status.value,
        "actual": None if a is None else {"value": a.value, "qualifier": a.qualifier, "as_of": a.as_of,
                                           "doc": a.doc, "quote": a.quote},
        "progress": ev.progress, "projection": ev.projection.isoformat() if ev.projection else None,
        # the date the judgement rests on, and whether that figure is over a year old
        "judged_at": ev.actual_date.isoformat() if ev.actual_date else None, "stale": ev.stale,
    }


def effective_date(obs: Observation) -> date:
    """The date an observation speaks for: its as_of, capped by its document's date."""
    d = to_date(obs.as_of)
    if obs.published:
        d = min(d, to_date(obs.published))
    return d


def confident(obs: Observation) -> bool:
    return obs.vouched or obs.confidence >= MIN_CONFIDENCE


def province_wide(obs: Observation) -> bool:
    return obs.scope == "province" or names_its_level(obs.indicator)


def usable(obs: Observation) -> bool:
    return confident(obs) and province_wide(obs)


def waiting_figures(observations: Iterable[Observation], as_of: date, actual: Observation | None) -> list[Observation]:
    """The figures left out of the judgement only because no person has vouched for them yet,
    and recent enough to change it: on or after the actual's date (after it, once a person
    chose the actual, since that choice settled its date)."""
    def recent(d: date) -> bool:
        if actual is None:
            return True
        since = effective_date(actual)
        return d > since or d == since and not actual.vouched

    return [o for o in observations
            if province_wide(o) and not confident(o) and effective_date(o) <= as_of and recent(effective_date(o))]


def select_actual(observations: Iterable[Observation], as_of: date) -> tuple[Observation | None, list[Observation]]:
    """The latest usable observation on or before `as_of`, and any conflicting ones."""
    pool = [o for o in observations if usable(o) and effective_date(o) <= as_of]
    if not pool:
        return None, []
    pool.sort(key=lambda o: (effective_date(o), o.vouched, o.confidence, o.published), reverse=True)
    best = pool[0]
    conflicts = [
        o for o in pool[1:]
        if effective_date(o) == effective_date(best) and abs(o.value - best.value) > max(0.001 * abs(best.value), 0.01)
    ]
    return best, conflicts


def holds(comparator: str, target: float, value: float, qualifier: str, high: float | None = None) -> bool:
    """Whether an actual stated with `qualifier` satisfies `comparator target`
    (`target`..`high` for `between`, where only an exact figure can be inside)."""
    if comparator == "between":
        return qualifier == "eq" and high is not None and target - 1e-9 <= value <= high + 1e-9
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
        return Evaluation(target, Status.no_data, None, None, None, None, lower_is_better=lower_is_better,
                          waiting=waiting_figures(obs, as_of, None))
    when = effective_date(actual)
    stale = (as_of - when).days > STALE_DAYS
    progress = _progress(target, actual.value, lower_is_better)
    expected = _expected(target, when)
    passed = [m for m in target.milestones if to_date(m.deadline) <= when]
    if holds(target.comparator, target.value, actual.value, actual.qualifier, target.high):
        status = Status.achieved
    elif when >= target.deadline_date:
        status = Status.missed
    elif passed:
        m = max(passed, key=lambda m: to_date(m.deadline))
        comp, value, high, _ = parse_target(m.target)
        status = Status.on_track if holds(comp, value, actual.value, actual.qualifier, high) else Status.behind
    elif expected is None:
        status = Status.behind
    else:
        ahead = actual.value <= expected if lower_is_better else actual.value >= expected
        status = Status.on_track if ahead else Status.behind
    projection = None if status is Status.achieved else _projection(target, actual, when, obs)
    return Evaluation(target, status, actual, when, progress, expected, conflicts, stale, lower_is_better, projection,
                      waiting_figures(obs, as_of, actual))


def _projection(target: Target, actual: Observation, when: date, obs: list[Observation]) -> date | None:
    """The date the target is reached if the pace since the baseline (or the previous figure) holds."""
    start: tuple[date, float] | None = None
    if target.baseline is not None:
        start = (to_date(target.baseline.as_of, end=False), target.baseline.value)
    earlier = [o for o in obs if usable(o) and effective_date(o) < when]
    if start is None and earlier:
        prev = max(earlier, key=effective_date)
        start = (effective_date(prev), prev.value)
    if start is None or start[0] >= when:
        return None
    pace = (actual.value - start[1]) / (when - start[0]).days  # per day
    gap = target.value - actual.value
    if pace == 0 or gap == 0 or (gap > 0) != (pace > 0):
        return None
    days = gap / pace
    if days > 365 * 100:
        return None
    return when + timedelta(days=math.ceil(days))


def _expected(target: Target, when: date) -> float | None:
    """The value on the straight line from the baseline through the milestones to the target."""
    b = target.baseline
    if b is None:
        return None
    points = [(to_date(b.as_of, end=False), b.value)]
    for m in sorted(target.milestones, key=lambda m: to_date(m.deadline)):
        points.append((to_date(m.deadline), parse_target(m.target)[1]))
    points.append((target.deadline_date, target.value))
    if when <= points[0][0]:
        return b.value
    for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
        if when <= d1:
            return v0 + (v1 - v0) * (when - d0).days / max(1, (d1 - d0).days)
    return target.value


def _progress(target: Target, value: float, lower_is_better: bool) -> float | None:
    b = target.baseline
    if b is not None and target.value != b.value:
        return 100.0 * (value - b.value) / (target.value - b.value)
    if target.value == 0:
        return None
    if lower_is_better:
        return 100.0 * target.value / value if value else None
    return 100.0 * value / target.value

from datetime import date

import pytest

from tracker.evaluate.status import Status, evaluate, holds
from tracker.extract.model import Observation
from tracker.targets.models import Target


def obs(value: float, as_of: str, qualifier: str = "eq", published: str = "", conf: float = 0.9,
        doc: str = "d") -> Observation:
    return Observation(id=f"{doc}{value}{as_of}", doc=doc, province="p", indicator="x", value=value, unit="%",
                       qualifier=qualifier, as_of=as_of, period=None, scope="province", numerator=None,
                       denominator=None, quote="q", start=0, end=1, rule="r", confidence=conf,
                       published=published or as_of)


def target(t: str = "> 30%", deadline: str = "2025", baseline: tuple[float, str] | None = None) -> Target:
    data = {"id": "t", "indicator": "x", "target": t, "deadline": deadline}
    if baseline:
        data["baseline"] = {"value": baseline[0], "as_of": baseline[1]}
    return Target.model_validate(data)


@pytest.mark.parametrize(
    ("tgt", "observations", "as_of", "expected"),
    [
        (target(), [], date(2024, 1, 1), Status.no_data),
        (target(), [obs(35, "2023")], date(2024, 1, 1), Status.achieved),
        (target(), [obs(20, "2026-01")], date(2026, 6, 1), Status.missed),
        (target(), [obs(20, "2023")], date(2024, 1, 1), Status.behind),  # no baseline: below target
        (target(baseline=(10, "2020-01-01")), [obs(25, "2024-01")], date(2024, 6, 1), Status.on_track),
        (target(baseline=(10, "2020-01-01")), [obs(12, "2024-01")], date(2024, 6, 1), Status.behind),
        (target("<= 20"), [obs(25, "2024")], date(2026, 3, 1), Status.behind),
        (target("<= 20"), [obs(20, "2024")], date(2024, 12, 31), Status.achieved),  # rank tie at the boundary
        (target("= 100%"), [obs(100, "2024", "approx")], date(2024, 12, 31), Status.behind),
        (target("> 95%"), [obs(98, "2024", "gt")], date(2024, 12, 31), Status.achieved),
        (target(deadline="2024-12-31"), [obs(20, "2024-12-31")], date(2024, 12, 31), Status.missed),
        # a figure dated after the report date is not used
        (target(), [obs(40, "2025")], date(2024, 6, 1), Status.no_data),
    ],
)
def test_status_table(tgt: Target, observations: list[Observation], as_of: date, expected: Status) -> None:
    assert evaluate(tgt, observations, as_of, lower_is_better=tgt.comparator.startswith("<")).status == expected


def test_latest_then_confidence_and_conflicts_shown():
    a, b = obs(20, "2023", doc="a"), obs(25, "2023", doc="b", conf=0.95)
    ev = evaluate(target(), [obs(10, "2021"), a, b], date(2024, 1, 1))
    assert ev.actual == b
    assert ev.conflicts == [a]


def test_year_only_date_is_capped_by_publication():
    ev = evaluate(target(baseline=(10, "2020-01-01")), [obs(12, "2020", published="2020-08-26")], date(2026, 1, 1))
    assert ev.actual_date == date(2020, 8, 26)
    assert ev.stale


def test_low_confidence_is_not_used():
    assert evaluate(target(), [obs(40, "2023", conf=0.6)], date(2024, 1, 1)).status == Status.no_data


def test_figures_left_out_for_their_confidence_are_named_as_waiting():
    low = obs(40, "2023", conf=0.52)
    assert evaluate(target(), [low], date(2024, 1, 1)).waiting == [low]
    # beside a usable figure: only those as recent as it could change the judgement
    older, newer, used = obs(20, "2021", conf=0.5), obs(45, "2023", conf=0.5, doc="e"), obs(35, "2023")
    ev = evaluate(target(), [older, newer, used], date(2024, 1, 1))
    assert ev.actual == used and ev.waiting == [newer]
    # after the report date, or usable: not waiting
    assert evaluate(target(), [obs(40, "2025", conf=0.5), used], date(2024, 1, 1)).waiting == []


def test_progress_with_and_without_baseline():
    with_baseline = evaluate(target(baseline=(10, "2020-01-01")), [obs(20, "2023")], date(2024, 1, 1))
    assert with_baseline.progress == pytest.approx(50)
    assert evaluate(target("> 40%"), [obs(20, "2023")], date(2024, 1, 1)).progress == pytest.approx(50)


@pytest.mark.parametrize(("cmp", "tv", "v", "q", "ok"), [
    (">", 95, 98, "gt", True), (">", 98, 98, "gt", True), (">", 98, 98, "eq", False),
    ("=", 100, 100, "approx", False), (">=", 80, 80, "eq", True), ("<=", 20, 21, "lt", False),
])
def test_holds(cmp: str, tv: float, v: float, q: str, ok: bool) -> None:
    assert holds(cmp, tv, v, q) is ok


def test_between_holds_only_inside_and_only_for_exact_figures() -> None:
    t = Target.model_validate({"id": "t", "indicator": "x", "target": "từ 80% đến 90%", "deadline": "2025"})
    assert (t.comparator, t.value, t.high, t.percent) == ("between", 80, 90, True)
    assert evaluate(t, [obs(85, "2024")], date(2025, 1, 1)).status is Status.achieved
    assert evaluate(t, [obs(95, "2024")], date(2025, 1, 1)).status is Status.behind
    assert not holds("between", 80, 85, "approx", 90)


def test_reversed_between_is_rejected() -> None:
    with pytest.raises(ValueError, match="ngược"):
        Target.model_validate({"id": "t", "indicator": "x", "target": "90 - 80%", "deadline": "2025"})


def _with_milestone() -> Target:
    return Target.model_validate({
        "id": "t", "indicator": "x", "target": "> 30%", "deadline": "2025",
        "baseline": {"value": 10, "as_of": "2020-01-01"},
        "milestones": [{"deadline": "2022", "target": ">= 25%"}],
    })


def test_milestone_passed_decides_on_track_or_behind() -> None:
    t = _with_milestone()
    # Past the 2022 milestone (25%), the milestone decides: 22% is behind, 26% on track.
    assert evaluate(t, [obs(22, "2023-06")], date(2024, 1, 1)).status is Status.behind
    assert evaluate(t, [obs(26, "2023-06")], date(2024, 1, 1)).status is Status.on_track


def test_expected_line_goes_through_the_milestone() -> None:
    ev = evaluate(_with_milestone(), [obs(20, "2021-01-01")], date(2024, 1, 1))
    assert ev.expected == pytest.approx(10 + 15 * 366 / 1095, rel=1e-3)  # 2020-01-01 → 2022-12-31 at 25


def test_milestone_after_deadline_is_rejected() -> None:
    with pytest.raises(ValueError, match="mốc trung gian"):
        Target.model_validate({"id": "t", "indicator": "x", "target": "> 30%", "deadline": "2025",
                               "milestones": [{"deadline": "2026", "target": "> 20%"}]})


def test_projection_at_the_pace_since_baseline() -> None:
    # 10% at 2020-01-01, 20% at 2022-01-01: 10 points in 731 days; 10 more points to 30%.
    ev = evaluate(target(">= 30%", baseline=(10, "2020-01-01")), [obs(20, "2022-01-01")], date(2022, 6, 1))
    assert ev.projection == date(2024, 1, 2)


def test_projection_from_two_actuals_and_none_when_moving_away() -> None:
    ev = evaluate(target(">= 30%"), [obs(10, "2020-01-01"), obs(20, "2021-01-01")], date(2021, 6, 1))
    assert ev.projection == date(2022, 1, 2)  # 2020 has 366 days: the same 366 days again
    ev = evaluate(target(">= 30%"), [obs(20, "2020-01-01"), obs(10, "2021-01-01")], date(2021, 6, 1))
    assert ev.projection is None


def test_an_accepted_figure_counts_below_the_confidence_threshold() -> None:
    from dataclasses import replace

    low = obs(35, "2024-06-30", conf=0.6)
    assert evaluate(target(), [low], date(2024, 12, 31)).status is Status.no_data
    accepted = replace(low, origin="accepted")
    assert evaluate(target(), [accepted], date(2024, 12, 31)).status is Status.achieved


def test_at_one_date_a_vouched_figure_wins_over_a_more_confident_one() -> None:
    from dataclasses import replace

    extracted = obs(25, "2024-06-30", conf=0.95, doc="a")
    corrected = replace(obs(31, "2024-06-30", conf=0.8, doc="b"), origin="corrected", original_value=13)
    ev = evaluate(target(), [extracted, corrected], date(2024, 12, 31))
    assert ev.actual is corrected and ev.status is Status.achieved
    assert ev.conflicts == [extracted]

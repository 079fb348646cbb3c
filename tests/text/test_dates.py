import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.text.dates import iter_dates, to_date


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Tính đến ngày 15/7/2020, hệ thống", "2020-07-15", None),
        ("15-7-2020", "2020-07-15", None),
        ("ngày 05 tháng 02 năm 2019", "2019-02-05", None),
        ("tháng 8/2023", "2023-08", None),
        ("tháng 03/2020", "2020-03", None),
        ("năm 2018", "2018", None),
        ("quý I/2024", "2024-03", ("2024-01", "2024-03")),
        ("quí II năm 2023", "2023-06", ("2023-04", "2023-06")),  # the older spelling
        ("6 tháng đầu năm 2023", "2023-06", ("2023-01", "2023-06")),
        ("giai đoạn 2016 - 2020", "2020", ("2016", "2020")),
        ("đến hết tháng 1/2022", "2022-01", None),
    ],
)
def test_dates(text: str, value: str, period: tuple[str, str] | None) -> None:
    (d,) = iter_dates(text)
    assert d.value == value
    assert d.period == period


def test_percent_is_not_a_date_and_impossible_dates_are_skipped():
    assert list(iter_dates("đạt 12,8% trong 30/2/2020")) == []


@pytest.mark.parametrize(("text", "value"), [
    ("ngày 23/2, tỉnh tiếp nhận", "--02-23"),
    ("trong sáng 23-2, toàn tỉnh", "--02-23"),  # a newspaper's day
    ("chiều 5-10, Sở cho biết", "--10-05"),
    ("tăng 5-10% so với", None),  # a range of shares
    ("sáng tạo 5-10 sản phẩm", None),  # "sáng" inside another word
])
def test_day_month_mentions(text: str, value: str | None) -> None:
    assert [d.value for d in iter_dates(text)] == ([value] if value else [])


def test_lead_words_tell_deadline_from_comparison():
    leads = [d.lead for d in iter_dates("đến năm 2025 so với năm 2016")]
    assert leads == ["đến", "so với"]


def test_to_date_ends():
    assert to_date("2025").isoformat() == "2025-12-31"
    assert to_date("2024-02").isoformat() == "2024-02-29"
    assert to_date("2025", end=False).isoformat() == "2025-01-01"


@given(st.text(max_size=200))
def test_never_raises(s: str) -> None:
    list(iter_dates(s))


@pytest.mark.parametrize(
    ("text", "direction", "deadline"),
    [
        ("Tính đến ngày 15/7/2020", "past", False),
        ("phấn đấu đến năm 2025", "future", True),
        ("đến hết năm 2025", "future", True),
        ("trước năm 2026", "future", True),
        ("trong năm 2023", "current", False),
        ("6 tháng đầu năm 2023", "past", False),
    ],
)
def test_direction_against_publication_date(text: str, direction: str, deadline: bool) -> None:
    from datetime import date

    (d,) = iter_dates(text)
    reference = date(2023, 8, 10) if "2023" in text else date(2021, 3, 1)
    assert d.direction(reference) == direction
    assert d.deadline_cue is deadline


def test_bounds_of_a_quarter() -> None:
    (d,) = iter_dates("quý II/2024")
    b = d.bounds()
    assert b is not None
    assert (b[0].isoformat(), b[1].isoformat()) == ("2024-04-01", "2024-06-30")

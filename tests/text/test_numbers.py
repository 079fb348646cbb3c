import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.text.numbers import (
    format_number,
    iter_quantities,
    iter_ranks,
    parse_number_words,
    parse_numeral,
    place_verb,
    qualifier_before,
    ranking_named_after,
)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1.936.755 thuê bao", 1936755, "count"),
        ("đạt 12,8%", 12.8, "%"),
        ("cấp xã: 90.88%", 90.88, "%"),
        ("03 cơ quan", 3, "count"),
        ("hơn 01 triệu thuê bao", 1_000_000, "count"),
        ("85 ngàn tin", 85_000, "count"),
        ("2,2 triệu", 2_200_000, "count"),
        ("1.460 nghìn", 1_460_000, "count"),
        ("1.307,44 tỷ đồng", 1307.44, "ty_dong"),
        ("39.000.000 đồng", 0.039, "ty_dong"),
        ("111,6 thuê bao/100 dân", 111.6, "per100"),
        ("89,15 TB/100 dân", 89.15, "per100"),
        ("98 thuê bao trên 100 dân", 98, "per100"),  # the density in words
        ("100 %", 100, "%"),
        ("3,2 nghìn tỷ đồng", 3200, "ty_dong"),  # thousands of billions
        ("doanh thu đạt 500 tỷ.", 500, "ty_dong"),  # billions with no "đồng": money all the same
        ("1,2 tỷ", 1.2, "ty_dong"),
    ],
)
def test_quantities(text: str, value: float, unit: str) -> None:
    qs = list(iter_quantities(text))
    assert len(qs) == 1
    assert qs[0].value == pytest.approx(value)
    assert qs[0].unit == unit


def test_fraction():
    (q,) = iter_quantities("70/86 xã (")
    assert (q.numerator, q.denominator) == (70, 86)


@pytest.mark.parametrize("text", ["mạng 3G, 4G", "Số: 134 /TB-VP", "64-CTr/TU", "4,8km/điểm", "25-30%", "IPv6"])
def test_not_figures(text: str) -> None:
    assert list(iter_quantities(text)) == []


def test_dot_decimal_without_context_is_flagged():
    (q,) = iter_quantities("chỉ số 1.5 x")
    assert q.ambiguous


def test_a_dot_decimal_before_a_scale_is_a_decimal() -> None:
    # no thousands group has fewer than three digits: "2.1 triệu" is 2,1 triệu
    for text, value in [("2.1 triệu thuê bao", 2_100_000), ("12.5 nghìn thuê bao", 12_500)]:
        (q,) = iter_quantities(text)
        assert (q.value, q.ambiguous) == (value, False)
    (q,) = iter_quantities("1.500 triệu thuê bao")  # a thousands group: fifteen hundred millions
    assert q.value == 1_500_000_000


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("đạt trên ", "gt"), ("hơn ", "gt"), ("tối thiểu ", "ge"), ("gần ", "approx"), ("ước đạt ", "approx"),
     ("dưới ", "lt"), ("không quá ", "le"), ("trên hệ thống ", "eq"), ("đạt ", "eq"),
     # a qualifier is a word of its own, not the end of one
     ("các cơ quan nhà nước đạt ", "eq"), ("huyện Tuy Phước đạt ", "eq"), ("thị xã An Nhơn đạt ", "eq"),
     ("An Nhơn đạt hơn ", "gt")],
)
def test_qualifiers(prefix: str, expected: str) -> None:
    assert qualifier_before(prefix) == expected


def test_formatting_the_vietnamese_way():
    assert format_number(1936755) == "1.936.755"
    assert format_number(12.8) == "12,8"
    assert format_number(84.35) == "84,35"


@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_integers_parse_back(n: int) -> None:
    value, ambiguous = parse_numeral(format_number(n))
    assert value == n
    assert not ambiguous or n < 1000


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_formatted_decimals_parse_back_as_percent(d) -> None:  # type: ignore[no-untyped-def]
    (q,) = iter_quantities(f"đạt {format_number(float(d), 2)}%")
    assert q.value == pytest.approx(float(d))


@given(st.text(max_size=200))
def test_scanner_never_raises(s: str) -> None:
    for q in iter_quantities(s):
        assert q.start < q.end
    qualifier_before(s)


@pytest.mark.parametrize(
    ("words", "value"),
    [("hai", 2), ("mười", 10), ("mười lăm", 15), ("hai mươi mốt", 21), ("ba mươi tư", 34),
     ("chín mươi chín", 99), ("một trăm linh năm", 105), ("hai trăm", 200), ("hai nghìn", 2000),
     ("mươi", None), ("tư", None), ("hai hai", None), ("mười mười", None)],
)
def test_number_words(words: str, value: int | None) -> None:
    assert parse_number_words(words) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("có hai xã đạt chuẩn", [2]),
        ("mười lăm trạm BTS", [15]),
        ("đầu tư hai hệ thống", [2]),  # "tư" of "đầu tư" is not a number
        ("năm 2020", [2020]),  # "năm" is "year" here
        ("năm xã", []),  # a lone "năm" stays ambiguous, so it is not read
        ("một số xã", []),
        ("Thứ hai, tỉnh tập trung", []),  # "secondly"
        ("tỉnh đứng thứ hai toàn quốc", [2]),
        ("xếp thứ nhất", [1]),
    ],
)
def test_numbers_in_words_only_where_counted_or_ranked(text: str, expected: list[float]) -> None:
    assert [q.value for q in iter_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "value", "kind", "out_of"),
    [
        ("tỉnh đứng thứ 25/63 tỉnh, thành phố", 25, "rank", 63),
        ("xếp hạng 25 về chuyển đổi số", 25, "rank", None),
        ("nằm trong tốp 20 tỉnh dẫn đầu", 20, "top", None),
        ("đứng ở vị trí thứ hai", 2, "rank", None),
        ("tỉnh xếp vị trí 15/63 tỉnh, thành phố", 15, "rank", 63),  # "vị trí" with no "thứ"
        ("vươn lên vị trí 15", 15, "rank", None),
        ("so với vị trí số 58", 58, "rank", None),
        ("chỉ số DTI xếp thứ 12", 12, "rank", None),
        # the ranking named between "xếp hạng" and the place
        ("tỉnh xếp hạng chuyển đổi số năm 2023 thứ 38/63 tỉnh, thành phố", 38, "rank", 63),
        ("Đà Nẵng xếp hạng nhất", 1, "rank", None),
        ("chỉ số chuyển đổi số (DTI) năm 2021 tỉnh đạt thứ 17/63 tỉnh, thành", 17, "rank", 63),
        # leading the country or a ranking is the first place
        ("Đà Nẵng tiếp tục giữ vững vị trí đứng đầu cả nước về chỉ số DTI cấp tỉnh", 1, "rank", None),
        ("tiếp tục dẫn đầu bảng xếp hạng Việt Nam ICT Index khối các tỉnh", 1, "rank", None),
    ],
)
def test_ranks(text: str, value: float, kind: str, out_of: float | None) -> None:
    (r,) = iter_ranks(text)
    assert (r.value, r.kind, r.out_of) == (value, kind, out_of)


def test_a_count_after_a_ranking_word_is_not_a_rank() -> None:
    assert list(iter_ranks("có 63 tỉnh, thành phố tham gia xếp hạng")) == []
    assert list(iter_ranks("được tặng Huân chương Lao động hạng Nhất")) == []  # a class, not a place
    assert list(iter_ranks("tiếp tục giữ vững vị trí 3 năm liên tiếp")) == []  # how many years
    # leading as one of a group, towards a goal, or on a share is no place
    group = iter_ranks("đến năm 2025 thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số")
    assert [(r.value, r.kind) for r in group] == [(15, "top")]
    assert list(iter_ranks("phấn đấu đưa tỉnh dẫn đầu cả nước về chuyển đổi số")) == []
    assert list(iter_ranks("Trong khối bộ, ngành, Bộ Công Thương dẫn đầu với tỷ lệ 83,48%")) == []
    # "thứ" after a clause break is no place of the ranking before it
    assert list(iter_ranks("được xếp hạng cao, thứ 2 là hạ tầng với 5 trạm")) == []
    # the size of the ranking table, after the place in it
    ranks = iter_ranks("vươn lên vị trí thứ 6 trong bảng xếp hạng 63 tỉnh, thành phố")
    assert [(r.value, r.kind) for r in ranks] == [(6, "rank")]


def test_mixed_amounts_and_comma_thousands_in_counts() -> None:
    got = [(q.value, q.text) for q in iter_quantities("2 triệu 150 nghìn thuê bao và 3 trạm")]
    assert got == [(2150000.0, "2 triệu 150 nghìn"), (3.0, "3")]
    assert [q.value for q in iter_quantities("512,300 thuê bao")] == [512300.0]  # a count has no decimals
    assert [q.value for q in iter_quantities("0,098 máy")] == [0.098]  # no thousands group opens with 0
    assert [q.value for q in iter_quantities("12,8% và 1,3 thuê bao/người")] == [12.8, 1.3]


def test_english_thousands_with_two_comma_groups_are_never_a_decimal() -> None:
    got = [(q.value, q.unit) for q in iter_quantities("2,160,000 thuê bao di động; doanh thu 1,027,500.5 triệu đồng")]
    assert got == [(2160000.0, "count"), (1027.5005, "ty_dong")]
    assert [q.value for q in iter_quantities("12,8% và 1.936.755 thuê bao")] == [12.8, 1936755.0]


@pytest.mark.parametrize(("text", "named"), [
    ("xếp thứ 2 toàn quốc về Chỉ số chuyển đổi số (DTI)", True),
    ("đứng thứ 12/63 tỉnh, thành phố về chỉ số DTI", True),
    ("xếp thứ 5 về chỉ số PAPI", True),
    ("xếp thứ 2 toàn quốc, tăng 3 bậc", False),
    ("xếp thứ 5 về tỷ lệ hồ sơ trực tuyến", False),
])
def test_the_ranking_named_right_after_a_place(text: str, named: bool) -> None:
    (r,) = iter_ranks(text)
    assert ranking_named_after(text, r.end) is named


@pytest.mark.parametrize(("prefix", "verb"), [
    ("Thái Nguyên xếp hạng ", "xếp hạng "),
    ("Tỉnh ta đã vươn lên xếp thứ ", "xếp thứ "),
    ("Năm 2022 Hậu Giang đạt thứ ", "đạt thứ "),
    ("Tỉnh đứng ở vị trí thứ ", "đứng ở vị trí thứ "),
    ("Tỉnh xếp hạng chuyển đổi số năm 2023 thứ ", "xếp hạng chuyển đổi số năm 2023 thứ "),
    ("Tỉnh có ", None),  # no place
])
def test_place_verb_is_where_the_words_making_a_place_begin(prefix: str, verb: str | None) -> None:
    at = place_verb(prefix)
    assert (None if at is None else prefix[at:]) == verb

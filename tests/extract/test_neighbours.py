"""What a figure takes from the figures beside it (extract.neighbours), through the extractor."""

from tests.extract.test_engine import extract


def figures(body: str) -> set[tuple[str, float, str]]:
    return {(o.indicator, o.value, o.scope) for o in extract(body).observations}


def test_a_fraction_and_the_share_beside_it_are_one_figure() -> None:
    (o,) = extract("Đã có 221/222 xã có cáp quang, chiếm 99,54%.").observations
    assert (o.indicator, o.value, o.numerator, o.denominator) == ("commune_fiber_share", 99.54, 221, 222)


def test_a_value_in_parentheses_of_a_past_year_continues_the_label() -> None:
    body = "Tổng số thuê bao điện thoại là 1.200.000 thuê bao (năm 2018 là 1.100.000 thuê bao, tăng 9%)."
    got = {(o.indicator, o.value, o.as_of) for o in extract(body).observations}
    assert got == {("phone_subscribers", 1_200_000, "2022-03-10"), ("phone_subscribers", 1_100_000, "2018")}


def test_the_items_of_lan_luot_take_the_levels_in_order() -> None:
    body = "Tỷ lệ văn bản trao đổi dưới dạng điện tử cấp tỉnh, huyện, xã lần lượt là 85%, 60% và 40%."
    assert figures(body) == {("edocs_share", 85, "province_agencies"), ("edocs_share", 60, "district"),
                             ("edocs_share", 40, "commune")}


def test_a_label_before_lan_luot_names_no_single_item() -> None:
    assert figures("Tỷ lệ hồ sơ trực tuyến của tỉnh và bình quân chung lần lượt là 45% và 40%.") == set()

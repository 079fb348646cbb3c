"""Whose figure it is, read from the sentence alone (the engine tests cover the results)."""

from __future__ import annotations

import pytest

from tracker.extract import scope


def _at(text: str, number: str) -> tuple[int, int]:
    start = text.index(number)
    return start, start + len(number)


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("Cả nước có 120.000 trạm BTS.", "120.000", "national"),
    ("So với cả nước, tỉnh có 2.000 trạm BTS.", "2.000", None),
    ("Cả nước đạt 98%, riêng tỉnh đạt 76%.", "76", None),
    ("Tỉnh Long An có 2.000 trạm BTS.", "2.000", "other_province"),
    ("Tỉnh Nghệ An có 5.400 trạm BTS.", "5.400", None),  # the document's own province
    ("Huyện Quỳnh Lưu có 300 trạm BTS.", "300", "district"),
    ("Thành phố Hồ Chí Minh có 9.000 trạm BTS.", "9.000", "other_province"),  # a city that is a province
    ("Bộ Công Thương đứng thứ hai với tỷ lệ 99,7%.", "99,7", "ministry"),
    # a central agency the DTI ranks beside the ministries; one a report is sent to owns nothing
    ("Trong khối cơ quan không cung cấp dịch vụ công, Đài Truyền hình Việt Nam xếp vị trí thứ 1.", "1", "ministry"),
    ("Báo cáo gửi Văn phòng Chính phủ cho thấy tổng số hồ sơ là 139.506 hồ sơ.", "139.506", None),
    ("Báo cáo gửi Bộ Nội vụ cho thấy tổng số hồ sơ là 139.506 hồ sơ.", "139.506", None),
])
def test_owner(text: str, number: str, expected: str | None) -> None:
    start, _ = _at(text, number)
    assert scope.owner(text, 0, start, "nghe-an") == expected


def test_level_reads_the_label_and_a_level_that_ends_the_phrase() -> None:
    text = "Tỷ lệ máy tính cấp xã đạt 90%; mạng đã kết nối đến 100% UBND cấp huyện."
    start, end = _at(text, "90")
    assert scope.level(text, 0, start, end, 0) == "commune"
    start, end = _at(text, "100")
    assert scope.level(text, start - 5, start, end, len("% UBND cấp huyện")) == "district"
    assert scope.level(text, start - 5, start, end, len("% UBND")) is None


def test_respectively_names_levels_only_when_the_items_are_levels() -> None:
    (r,) = scope.respectively("Tỷ lệ hồ sơ trực tuyến cấp tỉnh, huyện, xã lần lượt là 85%, 60% và 40%; còn lại")
    assert r.levels == ("province_agencies", "district", "commune")
    assert r.end == len("Tỷ lệ hồ sơ trực tuyến cấp tỉnh, huyện, xã lần lượt là 85%, 60% và 40%")
    (r,) = scope.respectively("Số thuê bao di động và Internet lần lượt là 1,2 triệu và 250.000.")
    assert r.levels == ()


def test_a_ranking_named_at_the_provinces_level_gives_no_level_to_the_figure_after_it() -> None:
    from tests.extract.test_engine import extract

    body = "Ở vị trí thứ nhất về xếp hạng Chính quyền số cấp tỉnh, Nghệ An có 75% dịch vụ công trực tuyến mức độ 4."
    assert [(o.indicator, o.value, o.scope) for o in extract(body).observations] == \
        [("dvc_level4_share", 75, "province")]
    # a level of government named for the figure still is one
    body = "Tỉnh có 75% dịch vụ công trực tuyến mức độ 4, cấp tỉnh đạt 80%."
    assert ("dvc_level4_share", 80, "province_agencies") in \
        {(o.indicator, o.value, o.scope) for o in extract(body).observations}


def test_a_rank_is_a_place_among_provinces_never_a_level_of_agencies() -> None:
    from tracker.extract.scope import level

    text = "Về hiện đại hóa hành chính cấp tỉnh, tỉnh đứng thứ 5"
    at = text.index("5")
    assert level(text, at, at, at + 1, 0) == "province_agencies"
    assert level(text, at, at, at + 1, 0, rank=True) is None
    # a ranking named before the window the level is read in still blanks its "cấp tỉnh"
    text = "Xếp hạng Chỉ số chuyển đổi số năm 2021 cấp tỉnh, tỉnh có 75% hồ sơ trực tuyến"
    at = text.index("75")
    assert level(text, at, at, at + 3, 0) is None


@pytest.mark.parametrize("levels", ["từ cấp tỉnh tới cấp xã", "từ tỉnh đến xã", "từ thành phố xuống cơ sở",
                                    "ở cả 3 cấp"])
def test_every_level_from_the_province_down_is_the_whole(levels: str) -> None:
    text = f"Tỷ lệ cơ quan nhà nước {levels} kết nối vào mạng truyền số liệu chuyên dùng đạt 100%."
    start, end = _at(text, "100")
    assert scope.level(text, 0, start, end, 0) is None
    text = "Tỷ lệ cơ quan nhà nước cấp xã kết nối vào mạng truyền số liệu chuyên dùng đạt 100%."
    start, end = _at(text, "100")
    assert scope.level(text, 0, start, end, 0) == "commune"


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới 5.562 hồ sơ.", "5.562", True),
    ("Kết quả tại Bộ phận một cửa cấp huyện, cấp xã trong tháng 8 đã tiếp nhận mới 19.630 hồ sơ.", "19.630", True),
    ("Trong tháng 10, các Sở, ban, ngành tiếp nhận gần 8.500 hồ sơ.", "8.500", True),
    ("Tỷ lệ hồ sơ trực tuyến đạt 18,9% trên tổng số hồ sơ giải quyết của các sở, ngành.", "18,9", True),
    # the centre as the source, or the whole province after it
    ("Theo báo cáo của Trung tâm Phục vụ hành chính công tỉnh, toàn tỉnh tiếp nhận 500.000 hồ sơ.", "500.000", False),
    ("Trung tâm Phục vụ hành chính công cho biết, toàn tỉnh tiếp nhận 500.000 hồ sơ.", "500.000", False),
    ("Toàn tỉnh tiếp nhận 500.000 hồ sơ.", "500.000", False),
])
def test_one_office_or_the_departments_dossiers(text: str, number: str, expected: bool) -> None:
    start, _ = _at(text, number)
    assert scope.office_of(text, start) is expected


def test_a_paragraph_about_an_office_goes_on_about_it_until_the_province_is_named() -> None:
    goes_on = "Có 4.215 hồ sơ đến hạn giải quyết, đã có 4.186 hồ sơ trả trước và đúng hạn, đạt 99,3%."
    start, _ = _at(goes_on, "99,3")
    assert scope.office_of(goes_on, start, paragraph=True) and not scope.office_of(goes_on, start)
    whole = "Toàn tỉnh có 97,5% hồ sơ được giải quyết đúng hạn."
    assert not scope.office_of(whole, _at(whole, "97,5")[0], paragraph=True)


def test_a_system_that_reaches_down_to_the_communes_is_the_provinces() -> None:
    text = "Hệ thống hội nghị truyền hình được mở rộng đến cấp xã với 133 điểm cầu."
    start, end = _at(text, "133")
    assert scope.level(text, 0, start, end, 0) is None


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("Đà Nẵng vượt xa hai thành phố xếp hạng 2 là Hà Nội (0,67 điểm).", "2", "other_province"),
    ("Đứng thứ 3 là tỉnh Quảng Ninh.", "3", "other_province"),
    ("Đứng thứ 3 là tỉnh Nghệ An.", "3", None),  # the document's own province
    ("Tỉnh xếp thứ 3 là kết quả của nhiều năm cố gắng.", "3", None),  # no name after "là"
    ("Đà Nẵng bỏ khá xa vị trí thứ 2 của Hà Nội với 0,6705 điểm.", "2", "other_province"),
    ("Cách vị trí thứ 2 là Thừa Thiên – Huế với chênh lệch 12%.", "2", "other_province"),  # an en dash
    ("Ở vị trí thứ 3 là Tp. HCM với 0,6456 điểm.", "3", "other_province"),
    ("Tỉnh xếp thứ 3 của cả nước.", "3", None),
    ("Đứng thứ 2 là huyện Văn Yên với tỷ lệ hoàn thành 80,57%.", "2", "district"),
])
def test_holder_after(text: str, number: str, expected: str | None) -> None:
    _, end = _at(text, number)
    assert scope.holder_after(text, end, "nghe-an") == expected


@pytest.mark.parametrize(("text", "number", "holder"), [
    ("Đặc biệt, trong báo cáo của Bộ, Thái Nguyên xếp hạng 12/63 tỉnh, thành phố.", "12/63", "Thái Nguyên"),
    ("Tỉnh Thái Nguyên đứng thứ 12 cả nước.", "12", "Tỉnh Thái Nguyên"),
    ("Với Thanh Hóa, địa phương này xếp thứ 12/63.", "12/63", "địa phương này"),
    ("Với Thanh Hóa xếp thứ 12.", "12", "Thanh Hóa"),  # the run's last words name the province
    ("Năm 2022, tỉnh ta đã vươn lên xếp thứ 8.", "8", "tỉnh ta"),
    ("Trong đó, chính quyền số xếp thứ 10.", "10", None),  # a pillar holds it
    ("Kinh tế số xếp thứ 5.", "5", None),  # capitalised, but no province
    ("Tỉnh Thái Nguyên có 12 dịch vụ xếp hạng cao.", "12", None),  # no place verb before the number
])
def test_province_placed(text: str, number: str, holder: str | None) -> None:
    start, _ = _at(text, number)
    found = scope.province_placed(text, start)
    assert (None if found is None else text[found:].startswith(holder or "")) == (None if holder is None else True)


def test_place_words_end_where_its_parts_begin() -> None:
    assert scope.place_words(" tỉnh, thành phố, trong đó trụ cột Chính quyền số cao thứ 3") == " tỉnh, thành phố"
    assert scope.place_words(" cả nước; kinh tế số thứ 5") == " cả nước"
    assert scope.place_words(" toàn quốc về Chỉ số chuyển đổi số") == " toàn quốc về Chỉ số chuyển đổi số"

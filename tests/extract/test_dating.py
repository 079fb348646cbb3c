"""Dates of figures whose own clause names none (tracker/extract/dating.py)."""

import pytest

from tracker.extract.dating import heading_date, ranking_year, reference_date, revenue_date, section_year, with_years
from tracker.text.dates import iter_dates


@pytest.mark.parametrize(("published", "period", "title", "lead", "expected"), [
    ("2021-01", None, "VNPT thí điểm 5G", "Hiện tỉnh có 100% xã có sóng.", "2020"),  # a year-end item
    ("2025-02-14", None, None, "", "2024"),
    ("2021-03", None, None, "Hiện tỉnh có 1.600 trạm.", "2021-03"),  # March: the current state
    ("2021", None, None, "Theo báo cáo, năm 2020 toàn tỉnh đã phát triển thêm 400.000 thuê bao.", "2020"),
    ("2023", None, "Chuyển đổi số năm 2023", "Trong năm 2022, thành phố đã triển khai …", "2022"),
    ("2023", None, "Kết quả năm 2022", "Hạ tầng số được cải thiện.", "2022"),
    ("2023", None, None, "So với năm 2022, số trạm tăng.", "2023"),  # a comparison names no period
    ("2022", None, None, "Năm 2022 và năm 2021 …", "2022"),
    ("2025-11", None, None, "Năm 2023 và năm 2024, tỉnh đầu tư mạnh cho hạ tầng số.", "2025-11"),  # a history
    ("2021", None, None, "Trong năm 2020 - 2021, tỉnh đầu tư mạnh cho hạ tầng số.", "2021"),  # a span names none
    ("2021", None, None, "Sau năm 2020, tỉnh đầu tư mạnh cho hạ tầng số.", "2021"),
    # the year a plan is for names no period reported on
    ("2020", None, None, "Kết quả năm 2019 được đưa ra hội nghị triển khai nhiệm vụ năm 2020 của Sở.", "2019"),
    ("2024-07", "2024-06", None, "", "2024-06"),  # the front matter's period wins
    # a ranking's year is the year assessed, not the period reported on
    ("2022", None, None, "Tỉnh xếp hạng thứ 12 toàn quốc về chỉ số chuyển đổi số cấp tỉnh năm 2021.", "2022"),
    ("2022", None, None, "Theo Sở, năm 2021, chỉ số chuyển đổi số của tỉnh đứng thứ 26/63.", "2022"),  # told after
    ("2025", None, None, "Về an toàn thông tin, tỉnh năm 2024 được đánh giá đứng thứ 3 toàn quốc.", "2025"),
    ("2025-11", None, None, "Tỉnh giữ vị trí top 5, trong đó xếp thứ 2 năm 2021, thứ 4 năm 2022, thứ 3 năm "
                            "2023 và thứ 2 năm 2024.", "2025-11"),  # a series of places
])
def test_reference_date(published: str, period: str | None, title: str | None, lead: str, expected: str) -> None:
    assert reference_date(published, period, title, lead) == expected


def test_a_revenue_without_a_date_early_in_a_year_is_last_years_total() -> None:
    assert revenue_date("2021-03", "2021-03") == "2020"
    assert revenue_date("2021-07", "2021-07") == "2021-07"
    assert revenue_date("2021-01", "2020") == "2020"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Năm 2022, toàn tỉnh có 2.100 trạm BTS.", "2022"),
    ("Tính đến ngày 30/9/2023, tỷ lệ hồ sơ trực tuyến đạt 45%.", "2023-09-30"),
    ("Trong 6 tháng đầu năm 2023, tỉnh tiếp nhận 12.000 hồ sơ.", "2023-06"),
    ("Tính đến 09 tháng đầu năm 2024, tổng số thuê bao đạt 1.424.002 thuê bao.", "2024-09"),
    ("Tính đến hết năm 2022, có 5 doanh nghiệp cung cấp dịch vụ viễn thông.", "2022"),
    ("Tính đến cuối năm 2023, toàn tỉnh có 2.100 trạm BTS.", "2023"),
    ("Đối với lĩnh vực viễn thông, tính đến cuối năm 2019, tỉnh có hơn 1,4 triệu thuê bao.", "2019"),  # a topic first
    ("Cụ thể, trong năm 2008 dịch vụ di động tăng 140%.", "2008"),  # a connective first
    ("Theo đó, năm 2022, toàn tỉnh có 2.100 trạm BTS.", "2022"),
    ("Toàn tỉnh có 2.100 trạm BTS năm 2022.", None),  # not at the head
    ("Về hạ tầng, toàn tỉnh có 2.100 trạm BTS năm 2022.", None),
    ("So với năm 2021, số trạm tăng 10%.", None),
    ("Đến năm 2030, phấn đấu 100% xã có cáp quang.", None),  # a deadline, not a past date
])
def test_a_date_heading_a_sentence_dates_its_paragraph(sentence: str, expected: str | None) -> None:
    head = heading_date(sentence, list(iter_dates(sentence)), 2024)
    assert (head.value if head else None) == expected


def test_the_engine_dates_a_paragraph_from_its_head_and_a_year_end_item_from_the_year_before() -> None:
    from tests.extract.test_engine import extract

    body = ("Hạ tầng viễn thông của tỉnh\nHạ tầng số tiếp tục được đầu tư.\nCác dự án được triển khai.\n"
            "Năm 2022, toàn tỉnh có 2.100 trạm BTS. Tỉnh có 1.500.000 thuê bao di động.\n"
            "Hiện có 800.000 thuê bao Internet.")
    dates = {(o.indicator, o.as_of) for o in extract(body, published="2023-05-04").observations}
    assert dates == {("bts_count", "2022"), ("mobile_subscribers", "2022"), ("internet_subscribers", "2023-05-04")}
    jan = {(o.indicator, o.as_of) for o in extract("Hiện có 800.000 thuê bao Internet.",
                                                   published="2021-01-20").observations}
    assert jan == {("internet_subscribers", "2020")}


def test_a_past_years_close_dates_the_paragraphs_after_it_until_another_head() -> None:
    from tests.extract.test_engine import extract

    body = ("Hạ tầng số của tỉnh\nHạ tầng số tiếp tục được đầu tư.\nCác dự án được triển khai.\n"
            "Tính đến hết năm 2022, toàn tỉnh có 2.100 trạm BTS.\n"
            "Tỉnh có 1.500.000 thuê bao di động.\n"
            "Năm 2021, tỉnh có 700.000 thuê bao Internet.\n")
    dates = {(o.indicator, o.as_of) for o in extract(body, published="2023-05-04").observations}
    assert dates == {("bts_count", "2022"), ("mobile_subscribers", "2022"), ("internet_subscribers", "2021")}
    # "hiện có …" tells the state at the writing, whatever year a heading closed
    now = body.replace("Tỉnh có 1.500.000", "Tỉnh hiện có 1.500.000")
    assert ("mobile_subscribers", "2023-05-04") in {(o.indicator, o.as_of) for o in
                                                    extract(now, published="2023-05-04").observations}
    # a head of the paragraph alone ("Năm 2022, …") or of the current year dates no other paragraph
    body = body.replace("Tính đến hết năm 2022", "Năm 2022")
    dates = {(o.indicator, o.as_of) for o in extract(body, published="2023-05-04").observations}
    assert ("mobile_subscribers", "2023-05-04") in dates


def test_a_day_month_falls_on_or_before_the_publication_day() -> None:
    dates = list(iter_dates("sáng 23-2, toàn tỉnh tiếp nhận 1.665 hồ sơ; tính đến ngày 30/9, đạt 45%"))
    assert [d.value for d in with_years(dates, "2026-02-23")] == ["2026-02-23", "2025-09-30"]
    assert [d.value for d in with_years(dates, "2026-02")] == ["--02-23", "--09-30"]  # the day unknown


def test_a_news_items_day_dates_its_count_even_early_in_the_year() -> None:
    from tests.extract.test_engine import extract

    body = "Theo hệ thống của tỉnh, trong sáng 23-2, toàn tỉnh đã tiếp nhận 1.665 hồ sơ."
    obs = extract(body, published="2026-02-23").observations
    assert [(o.indicator, o.value, o.as_of) for o in obs] == [("dossiers_received", 1665, "2026-02-23")]


def test_an_undated_rank_is_the_assessment_of_the_year_before() -> None:
    from tests.extract.test_engine import extract

    obs = extract("Theo kết quả DTI, tỉnh xếp thứ 10/63 tỉnh, thành phố.", published="2022-08-12").observations
    assert [(o.indicator, o.as_of) for o in obs] == [("egov_rank", "2021")]
    obs = extract("Theo kết quả DTI năm 2020, tỉnh xếp thứ 10/63 tỉnh, thành phố.", published="2022-08-12").observations
    assert [(o.indicator, o.as_of) for o in obs] == [("egov_rank", "2020")]


def test_an_aside_after_a_comparison_year_is_that_years_figure() -> None:
    from tests.extract.test_engine import extract

    body = "Kết quả Chỉ số DTI năm 2022, tỉnh xếp hạng 20 trên cả nước, tăng 3 hạng so với năm 2021 (xếp hạng 23)."
    got = {(o.value, o.as_of) for o in extract(body, published="2023-06-01").observations}
    assert got == {(20, "2022"), (23, "2021")}


def test_a_comparison_with_the_same_period_of_a_year_dates_nothing() -> None:
    from tests.extract.test_engine import extract

    body = ("Tổng số thuê bao cố định đạt 14.423 thuê bao, bằng 79,6% so với cùng kỳ của năm 2023; "
            "tổng số thuê bao điện thoại di động đạt 1.424.002 thuê bao.")
    assert {(o.indicator, o.as_of) for o in extract(body, published="2024-12-05").observations} == {
        ("mobile_subscribers", "2024-12-05")}


def test_a_rank_of_the_ict_index_years_is_dated_by_its_document() -> None:
    from tests.extract.test_engine import extract

    obs = extract("Theo chỉ số ICT Index, tỉnh xếp thứ 32/63 tỉnh, thành phố.", published="2018-11-02").observations
    assert [(o.value, o.as_of) for o in obs] == [(32, "2018-11-02")]


def test_when_a_result_was_announced_is_not_the_period_it_measures() -> None:
    from tests.extract.test_engine import extract

    body = ("Theo xếp hạng chỉ số chuyển đổi số (DTI) năm 2022 do Bộ Thông tin và Truyền thông công bố hồi "
            "tháng 7/2023, tỉnh đứng ở vị trí thứ 6/63 tỉnh, thành phố.")
    assert {(o.indicator, o.value, o.as_of) for o in extract(body, published="2023-09-01").observations} == \
        {("egov_rank", 6, "2022")}


@pytest.mark.parametrize(("text", "expected"), [
    ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022", "2022"),
    ("I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2022", "2022"),
    ("CHUYỂN ĐỔI SỐ TỈNH TRÀ VINH NĂM 2023", ""),  # the document's own year: no past section
    ("Phần II", None),  # too short to say
    ("Năm 2022, tỉnh có 1.500 trạm BTS.", None),  # a sentence, not a heading
])
def test_a_heading_in_capitals_names_its_sections_year(text: str, expected: str | None) -> None:
    assert section_year(text, with_years(list(iter_dates(text)), "2023-04-18"), 2023) == expected


def test_a_report_section_on_last_year_dates_its_figures() -> None:
    from tests.extract.test_engine import extract

    body = ("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2023\n\nI. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2022\n\n"
            "1. Về hạ tầng: trên 74% người dân sử dụng Internet (đạt 100% mục tiêu); trên 60% dân số trên địa "
            "bàn tỉnh có điện thoại thông minh.")
    assert {(o.indicator, o.value, o.as_of) for o in extract(body, published="2023-04-18").observations} == \
        {("internet_users_share", 74, "2022"), ("smartphone_share", 60, "2022")}


def test_the_year_a_plan_is_for_dates_no_figure() -> None:
    from tests.extract.test_engine import extract

    body = ("Tại hội nghị tổng kết công tác năm 2020, phương hướng nhiệm vụ năm 2021 do Sở tổ chức, các số liệu "
            "cho thấy đến nay 100% sở, ban, ngành đã xây dựng mạng nội bộ.")
    assert {(o.indicator, o.value, o.as_of) for o in extract(body, published="2021-01-14").observations} == \
        {("agency_network_share", 100, "2020")}


@pytest.mark.parametrize(("title", "lead", "expected"), [
    ("Hà Nội xếp thứ 6 về chỉ số chuyển đổi số cấp tỉnh",
     "Theo Báo cáo chỉ số đánh giá chuyển đổi số năm 2023 (DTI 2023), Hà Nội vươn lên vị trí thứ 6.", "2023"),
    ("Công bố Vietnam ICT Index 2018", "", "2018"),
    ("DTI 2022 và DTI 2023 của tỉnh", "", None),  # two assessments: none is the document's
    ("Tỉnh xếp thứ 6", "Chuyển đổi số năm 2023 có nhiều kết quả.", None),  # a year, but no ranking's
])
def test_the_ranking_year_the_title_or_lead_names(title: str, lead: str, expected: str | None) -> None:
    assert ranking_year(title, lead, 2025) == expected


def test_a_place_without_a_year_is_the_named_assessment_s() -> None:
    from tests.extract.test_engine import extract

    body = ("Theo Báo cáo chỉ số đánh giá chuyển đổi số năm 2023 (DTI 2023), tỉnh vươn lên vị trí thứ 6.\n"
            "Như vậy tỉnh xếp thứ 6 về chỉ số chuyển đổi số cấp tỉnh.")
    assert {(o.indicator, o.value, o.as_of) for o in extract(body, published="2025-02-07").observations} == \
        {("egov_rank", 6, "2023")}

"""Parts and wholes (tracker/extract/parts.py) through the engine: a breakdown's parts and
rival values of one indicator in one sentence never stand for the province's total."""

import pytest

from tests.extract.test_engine import extract, values


@pytest.mark.parametrize("body", [
    # the whole is in a sentence the engine does not read; the parts come after "Trong đó"
    "Về viễn thông, trên địa bàn có nhiều đơn vị hoạt động. Trong đó 2 doanh nghiệp đầu tư hạ tầng "
    "điện thoại cố định; 5 doanh nghiệp đầu tư hạ tầng Internet băng rộng cố định.",
    "Về viễn thông, hiện có 07 đơn vị (Viettel, VNPT, FPT) đầu tư hạ tầng, trong đó 02 doanh nghiệp "
    "đầu tư hạ tầng điện thoại cố định.",
])
def test_counts_known_only_by_topic_after_trong_do_are_parts(body: str) -> None:
    assert {k for k, _ in values(extract(body))} & {"telecom_enterprises"} == set()


@pytest.mark.parametrize(("body", "expected"), [
    # parts of a total the sentence does not write: none is the province's total
    ("Hệ thống hội nghị truyền hình gồm 01 điểm cầu tỉnh, 10 điểm cầu huyện và 03 điểm cầu dự phòng.", set()),
    # a total and its part: the part goes, the total stays
    ("Toàn tỉnh có 2.150 trạm BTS, trong đó 1.320 trạm BTS 4G.", {("bts_count", 2150)}),
    ("Toàn tỉnh có 2.150 trạm BTS gồm 1.320 trạm BTS của Viettel và 830 trạm BTS của VNPT.", {("bts_count", 2150)}),
    ("Hệ thống hội nghị truyền hình có 133 điểm cầu: 02 điểm cầu tại UBND tỉnh, 10/10 điểm cầu tại UBND "
     "cấp huyện và 121/121 điểm cầu tại UBND cấp xã.", {("vc_endpoints", 133)}),  # a breakdown after a colon
    # a series: each value has its own year
    ("Năm 2020 toàn tỉnh có 1.900 trạm BTS, năm 2021 có 2.150 trạm BTS.", {("bts_count", 1900), ("bts_count", 2150)}),
    # someone else's count beside the province's is no rival of it
    ("Toàn tỉnh có 2.000 trạm BTS, trong khi cả nước có 100.000 trạm BTS.", {("bts_count", 2000)}),
    ("Tỉnh có 2.000 trạm BTS, riêng Viettel có 800 trạm BTS.", {("bts_count", 2000)}),
    ("Tỉnh có 2.000 trạm BTS, huyện Phú Quốc có 300 trạm BTS.", {("bts_count", 2000)}),
])
def test_rival_counts_in_one_sentence(body: str, expected: set[tuple[str, float]]) -> None:
    assert {(k, v) for k, v in values(extract(body)) if k in ("vc_endpoints", "bts_count")} == expected


def test_rival_shares_go_but_a_rounded_share_and_its_fraction_are_one_figure() -> None:
    rivals = extract("Tỷ lệ hồ sơ được giải quyết đúng và trước hạn đạt 97,6%; 100% hồ sơ được giải quyết đúng hạn.")
    assert {k for k, _ in values(rivals)} & {"dossier_ontime_share"} == set()
    one = extract("Hệ thống một cửa điện tử đã triển khai tới cấp xã, đạt 74% (164/222 xã).")
    assert {round(v) for k, v in values(one) if k == "one_stop_commune_share"} == {74}
    # the share the text states, not the one computed from the fraction beside it
    stated = extract("Toàn tỉnh có 34.020/277.307 hồ sơ giải quyết trực tuyến thông qua Hệ thống, đạt 12%.")
    assert {v for k, v in values(stated) if k == "dossier_online_share"} == {12}


def test_two_values_of_one_thing_in_one_document_go_to_review() -> None:
    from tests.extract.test_engine import extract
    from tracker.extract.calibration import conflict_confidence
    from tracker.extract.model import MIN_CONFIDENCE

    body = ("Toàn tỉnh hiện có 2.300 trạm BTS.\nHạ tầng viễn thông tiếp tục được đầu tư.\n"
            "Theo Sở, tỉnh có 2.450 trạm BTS phục vụ người dân.\nTỷ lệ hồ sơ trực tuyến đạt 45%.")
    obs = extract(body, published="2024-06-01").observations
    conf = {(o.indicator, o.value): o.confidence for o in obs}
    assert set(conf) == {("bts_count", 2300), ("bts_count", 2450), ("dossier_online_share", 45)}  # both kept
    assert conf[("bts_count", 2300)] == conf[("bts_count", 2450)] == conflict_confidence() < MIN_CONFIDENCE
    assert conf[("dossier_online_share", 45)] >= MIN_CONFIDENCE
    # values that agree once rounded, or of different dates, contradict nothing
    body = "Năm 2023, tỉnh có 2.300 trạm BTS.\nHạ tầng được đầu tư.\nNăm 2024, tỉnh có 2.450 trạm BTS."
    assert all(o.confidence >= MIN_CONFIDENCE for o in extract(body, published="2024-06-01").observations)


def test_fractions_read_as_one_share_are_one_value_not_rivals() -> None:
    body = ("Phần mềm một cửa điện tử đã chính thức áp dụng tại 11/11 UBND cấp huyện và 173/173 xã, "
            "phường, thị trấn.")
    assert values(extract(body)) == {("one_stop_commune_share", 100)}


def test_a_guess_is_no_rival_and_contradicts_no_named_figure() -> None:
    # the concept rule's 62% would rival the named 45%: the guess goes, the named figure stays
    body = "Tỷ lệ hồ sơ trực tuyến đạt 45%; về hồ sơ, 62% được tiếp nhận trực tuyến."
    assert values(extract(body)) == {("dossier_online_share", 45)}
    # in another sentence it waits for review itself but sends no named figure there
    body = "Tỷ lệ hồ sơ trực tuyến đạt 45%. Về hồ sơ, 62% được tiếp nhận trực tuyến."
    conf = {o.value: o.confidence for o in extract(body).observations}
    assert conf[45] >= 0.7 and conf[62] < 0.7

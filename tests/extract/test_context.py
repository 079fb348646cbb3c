"""Sentence context helpers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.extract.context import _MASKS, is_heading, phrase_after

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_the_mask_lookahead_only_saves_time():
    """The lookahead that opens the mask pattern lists its alternatives' first characters;
    an alternative added with another first character would silently never match."""
    prefix = "(?=[sSlkđĐtTpgKPNQCcmLn\\d“\\\"])(?:"
    assert _MASKS.pattern.startswith(prefix)
    plain = re.compile(_MASKS.pattern[len(prefix):-1])
    probes = ["Số: 134/TB-VP", "lần thứ 2", "Đoàn công tác số 3", "Phụ lục 2", "Quyết định số 749/QĐ-TTg",
              "lúc 14:30", "mức độ 4", "Level 3", "“100% hồ sơ”", "Cách mạng công nghiệp lần thứ tư", "64-CTr/TU",
              "thuộc nhóm 4", "mức 4", "hệ thống chính trị 3 cấp", "(đạt 100% mục tiêu)"]
    texts = probes + [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for text in texts:
        assert [m.span() for m in _MASKS.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert all(_MASKS.search(p) for p in probes)


@pytest.mark.parametrize(("text", "masked"), [
    ("cung cấp 1.930 dịch vụ công trực tuyến mức 3 và 4.", "mức 3 và 4"),
    ("dịch vụ công mức độ 3, 4 đạt 35%", "mức độ 3, 4"),
    ("mức độ 3 và mức độ 4", "mức độ 3 và mức độ 4"),
    # a count after a level stays a figure
    ("296 dịch vụ công mức độ 3, 100 dịch vụ công mức độ 4", "mức độ 3"),
])
def test_a_list_of_levels_is_masked_whole(text: str, masked: str) -> None:
    assert next(_MASKS.finditer(text)).group() == masked


def test_a_number_after_so_is_an_identifier_unless_it_counts_or_places() -> None:
    masked = [m.group() for m in _MASKS.finditer("Thông báo số 134 ngày 12/3; Giấy mời số 01/GM-STTTT.")]
    assert "số 134" in masked and "số 01/GM-STTTT" in masked
    for text in ("1.579 trong tổng số 1.937 dịch vụ", "Tổng số 144 bưu cục", "1 trong số 34 tỉnh",
                 "so với vị trí số 58 năm 2017"):
        assert not any(m.group().startswith(("số", "Số")) for m in _MASKS.finditer(text)), text


@pytest.mark.parametrize(("text", "expected"), [
    ("1.000 dịch vụ công (DVC) mức độ 4; 200 hồ sơ", "dịch vụ công mức độ 4"),  # an abbreviation
    ("07 doanh nghiệp (Viettel, VNPT) cung cấp dịch vụ viễn thông.", "doanh nghiệp cung cấp dịch vụ viễn thông"),
    ("894.666 thuê bao truy nhập Internet (3G và 4G).", "thuê bao truy nhập Internet 3G và 4G"),
    ("1.070 chữ ký số (trong đó 751 cá nhân)", "chữ ký số"),  # an aside of its own ends the phrase
    ("7 doanh nghiệp (2 doanh nghiệp bưu chính) viễn thông", "doanh nghiệp"),  # names with a figure: an aside
    ("100% cơ quan ở 3 cấp (tỉnh, huyện, xã) có mạng LAN", "cơ quan ở 3 cấp có mạng LAN"),  # the levels spelled out
    ("100% xã đã có mạng băng rộng cố định (cáp quang) và", "xã đã có mạng băng rộng cố định cáp quang và"),
])
def test_the_phrase_after_a_number_runs_through_asides_that_only_name(text: str, expected: str) -> None:
    end = text.index(" ")
    assert " ".join(phrase_after(text, end, len(text)).split()) == expected


def test_how_many_levels_of_government_is_no_figure() -> None:
    text = "100% cơ quan trong hệ thống chính trị 3 cấp (tỉnh, huyện, xã); chính quyền địa phương 2 cấp"
    assert [m.group() for m in _MASKS.finditer(text)] == ["3 cấp", "2 cấp"]
    assert [m.group() for m in _MASKS.finditer("đã cấp 2 cấp độ")] == []  # "cấp độ 2" is masked elsewhere


def test_how_much_of_a_goal_was_reached_is_no_figure() -> None:
    text = "trên 74% người dân sử dụng Internet (đạt 100% mục tiêu); 78,19% hồ sơ (đạt 100% so với kế hoạch)"
    assert [m.group() for m in _MASKS.finditer(text)] == ["100% mục tiêu", "100% so với kế hoạch"]


@pytest.mark.parametrize(("paragraph", "heading"), [
    ("Điện Biên: Tỷ lệ người dân có điện thoại thông minh đạt 68%", True),
    ("Tỉnh 1,25 triệu dân nhưng có 1,4 triệu thuê bao di động", True),
    ("Toàn tỉnh có 1,4 triệu thuê bao di động.", False),  # a sentence, closed
    ("Hiện nay, " + "tỉnh có nhiều thuê bao di động " * 8, False),  # too long for a heading
    ("", False),
])
def test_is_heading(paragraph: str, heading: bool) -> None:
    assert is_heading(paragraph) is heading

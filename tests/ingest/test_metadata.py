"""Where a document's province, date and title come from when nobody wrote front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.errors import DocumentError
from tracker.ingest.metadata import from_page, from_text, is_sidecar, read_sidecar, resolve

ND30_HEAD = """UBND TỈNH KIÊN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc
Số: 123/BC-STTTT Rạch Giá, ngày 26 tháng 8 năm 2020
BÁO CÁO
Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2020
Kính gửi: Ủy ban nhân dân tỉnh.
Năm 2020, toàn tỉnh có 1.234 trạm BTS.
"""


def test_an_nd30_header_gives_issuer_date_kind_title_and_period() -> None:
    assert from_text(ND30_HEAD) == {"province": "kien-giang", "published": "2020-08-26", "kind": "bao-cao",
                                    "title": "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2020", "period": "2020-06"}


@pytest.mark.parametrize(("line", "want"), [
    ("Kiên Giang, ngày 26 tháng 8 năm 2020", {"province": "kien-giang", "published": "2020-08-26"}),
    ("Số: 05/BC-STTTT Bắc Kạn, ngày 3 tháng 1 năm 2025", {"province": "bac-kan", "published": "2025-01-03"}),
    ("Hà Nội, ngày    tháng 12 năm 2024", {"province": "ha-noi", "published": "2024-12"}),  # an unsigned draft
    ("Rạch Giá, ngày 26 tháng 13 năm 2020", {}),  # no month 13, no province called Rạch Giá
])
def test_the_place_and_date_line(line: str, want: dict[str, str]) -> None:
    assert from_text(line + "\nNội dung.") == want


def test_a_title_naming_two_years_gives_no_period() -> None:
    text = "BÁO CÁO\nKết quả năm 2024 và phương hướng nhiệm vụ năm 2025\n"
    assert from_text(text) == {"kind": "bao-cao", "title": "Kết quả năm 2024 và phương hướng nhiệm vụ năm 2025"}


@pytest.mark.parametrize(("host", "site", "want"), [
    ("stttt.kiengiang.gov.vn", "", "kien-giang"),
    ("baobackan.vn", "", "bac-kan"),
    ("example.vn", "Cổng thông tin điện tử tỉnh Thái Nguyên", "thai-nguyen"),
    ("vnexpress.net", "VnExpress", None),
])
def test_a_page_gives_its_site_province(host: str, site: str, want: str | None) -> None:
    meta = from_page({"host": host, "site": site, "published": "2024-12-30", "source": "https://x/1"})
    assert meta.get("province") == want and meta["published"] == "2024-12-30" and meta["source"] == "https://x/1"


def test_sources_are_asked_in_order_and_each_value_keeps_its_origin() -> None:
    values, origins = resolve([("front", {"title": "A"}), ("sidecar", {"title": "B", "province": "an-giang"}),
                               ("text", {"province": "kien-giang", "published": "2020-08-26"})])
    assert values == {"title": "A", "province": "an-giang", "published": "2020-08-26"}
    assert origins == {"title": "front", "province": "sidecar", "published": "text"}


def test_a_sidecar_with_an_unknown_key_is_named(tmp_path: Path) -> None:
    (tmp_path / "bc.pdf.yaml").write_text("province: an-giang\npublised: 2024-01-02\n", "utf-8")
    with pytest.raises(DocumentError) as info:
        read_sidecar(tmp_path / "bc.pdf")
    assert info.value.doc == "bc.pdf"  # the document's problem, which names its sidecar
    assert info.value.reason.startswith("bc.pdf.yaml: ") and "publised" in info.value.reason


def test_what_is_a_sidecar() -> None:
    assert is_sidecar(Path("bc.pdf.yaml")) and is_sidecar(Path("tin.TXT.yaml"))
    assert not is_sidecar(Path("targets.yaml")) and not is_sidecar(Path("a.b.yaml"))


def test_a_plan_gives_no_period_its_years_are_deadlines() -> None:
    meta = from_text("KẾ HOẠCH\nChuyển đổi số tỉnh Quảng Bình năm 2024\n")
    assert meta == {"kind": "ke-hoach", "title": "Chuyển đổi số tỉnh Quảng Bình năm 2024"}
    assert "period" not in from_text("BÁO CÁO\nTăng tỷ lệ dịch vụ công trực tuyến đến năm 2025\n")

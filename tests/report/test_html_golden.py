"""The report HTML is a pure function of ReportData: compared with a golden file.

Regenerate after an intended template change with: pytest --update-golden
"""

from dataclasses import replace
from datetime import date
from pathlib import Path

from tracker.report.data import Figure, ReportData, Row, Signer, StatusCount, balanced_lines, vietnamese_date_line
from tracker.report.render import render_html

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden" / "report.html"


def sample() -> ReportData:
    return ReportData(
        province="kien-giang", parent="UBND TỈNH KIÊN GIANG", issuer="SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        code="STTTT", number="05", place_date=vietnamese_date_line("Kiên Giang", date(2025, 2, 5)),
        report_date="2025-02-05", summary="Kết quả thực hiện các chỉ tiêu thông tin và truyền thông",
        recipients=["UBND tỉnh (b/c)"], signer=Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"),
        rows=[Row(1, "Tỷ lệ dịch vụ công trực tuyến mức độ 4", "Trên 30%", "2025", "12,8%", "năm 2020",
                  "0%", "Chậm tiến độ", "behind", "[1]", "Kế hoạch", 0.0,
                  "Dự báo đạt: tháng 3/2027 (sau thời hạn)",
                  predecessors=["Tỉnh Kiên Giang: 12,8% (15/7/2020) [2]"])],
        counts=[StatusCount("achieved", "Đạt", 0, 0.0), StatusCount("behind", "Chậm tiến độ", 1, 220.0)],
        missing=["Xếp hạng <chính quyền> & điện tử."], stale=[], conflicts=[], proposals=["Đề xuất {{ x }}"],
        addressees=["Ủy ban nhân dân tỉnh Kiên Giang"],
        figures=[Figure(1, "Tỷ lệ DVC mức độ 4", "12,8%", "năm 2020", "mức độ 4: 273 thủ tục <script>", "Sở", "kg"),
                 Figure(2, "Hộ gia đình có cáp quang", "81%", "tháng 6/2025", "", "Công văn số 12/STTTT", "",
                        origin="Nhập tay", note="Ghi chú: số liệu cuối quý II")],
    )


def test_html_matches_golden(update_golden: bool) -> None:
    html = render_html(sample(), ROOT / "templates")
    if update_golden or not GOLDEN.exists():
        GOLDEN.write_text(html, encoding="utf-8")
    assert html == GOLDEN.read_text(encoding="utf-8")


def test_quotes_and_user_text_are_escaped_not_executed() -> None:
    html = render_html(sample(), ROOT / "templates")
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "&lt;chính quyền&gt; &amp; điện tử" in html
    assert "Đề xuất {{ x }}" in html


def test_several_addressees_one_per_line() -> None:
    data = replace(sample(), addressees=["Ủy ban nhân dân tỉnh", "Bộ Khoa học và Công nghệ"])
    html = render_html(data, ROOT / "templates")
    assert "<p>Kính gửi:</p><p>- Ủy ban nhân dân tỉnh;</p><p>- Bộ Khoa học và Công nghệ.</p>" in html
    assert "Như trên" in html
    alone = render_html(replace(sample(), addressees=[]), ROOT / "templates")
    assert "Kính gửi" not in alone and "Như trên" not in alone


def test_date_line_zero_rules() -> None:
    assert vietnamese_date_line("Kiên Giang", date(2019, 2, 5)) == "Kiên Giang, ngày 05 tháng 02 năm 2019"
    assert vietnamese_date_line("Kiên Giang", date(2026, 6, 15)) == "Kiên Giang, ngày 15 tháng 6 năm 2026"


def test_issuer_breaks_into_balanced_lines_only_when_too_long() -> None:
    assert balanced_lines("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", 24) == ["SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG"]
    assert balanced_lines("SỞ KHOA HỌC VÀ CÔNG NGHỆ", 24) == ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
    assert balanced_lines("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", 24) == ["VĂN PHÒNG ỦY BAN", "NHÂN DÂN TỈNH"]
    assert balanced_lines("SỞTHÔNGTINVÀTRUYỀNTHÔNGXYZ", 24) == ["SỞTHÔNGTINVÀTRUYỀNTHÔNGXYZ"]
    assert "SỞ THÔNG TIN VÀ<br>TRUYỀN THÔNG" in render_html(sample(), ROOT / "templates")


def test_the_html_a_user_receives_carries_its_styles(tmp_path: Path) -> None:
    from tracker.report.render import standalone

    html = render_html(sample(), ROOT / "templates")
    assert '<link rel="stylesheet" href="report.css">' in html  # the PDF resolves it in templates/
    alone = standalone(html, ROOT / "templates")
    assert "<link rel=\"stylesheet\"" not in alone
    assert (ROOT / "templates" / "report.css").read_text("utf-8") in alone
    outside = html.replace('href="report.css"', 'href="../../etc/passwd"')
    assert standalone(outside, ROOT / "templates") == outside  # nothing outside the folder is read


def test_an_edited_template_is_read_again_though_the_environment_is_kept(tmp_path: Path) -> None:
    import shutil

    from tracker.report.render import render_template

    folder = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", folder)
    (folder / "x.html.j2").write_text("một {{ n }}", "utf-8")
    assert render_template(folder, "x.html.j2", n=1) == "một 1"
    import os
    import time

    (folder / "x.html.j2").write_text("hai {{ n }}", "utf-8")
    later = time.time() + 5
    os.utime(folder / "x.html.j2", (later, later))  # a newer stamp, as an editor gives
    assert render_template(folder, "x.html.j2", n=1) == "hai 1"

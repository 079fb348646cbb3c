"""The PDF read back with pdfplumber: the checks of ND30.md that a reader can see."""

import re
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from tests.conftest import copy_workspace
from tracker.pipeline import make_report
from tracker.workspace import Workspace

MM = 72 / 25.4


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = copy_workspace(tmp_path_factory.mktemp("ws"))
    result = make_report(Workspace(ws), "kien-giang", date(2026, 11, 22), number="5", formats=("pdf",))
    return result.paths[0]


def test_file_name_and_page_size(pdf_path: Path) -> None:
    assert pdf_path.name == "bao-cao-2026-11-22.pdf" and pdf_path.parent.name == "kien-giang"
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            assert abs(page.width - 595.28) <= 1 and abs(page.height - 841.89) <= 1


def test_fonts_are_times_metric_embedded_and_text_is_clean(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        fonts = {c["fontname"].split("+")[-1] for p in pdf.pages for c in p.chars}
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert fonts and all(re.match(r"(Liberation-?Serif|TimesNewRoman|Times)", f) for f in fonts), fonts
    assert "\ufffd" not in text and ".notdef" not in text
    import unicodedata

    assert unicodedata.is_normalized("NFC", text)


def test_header_lines(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[0]
        lines = {ln["text"]: ln for ln in page.extract_text_lines()}
        text = page.extract_text()
    assert "UBND TỈNH KIÊN GIANG" in text
    assert "SỞ THÔNG TIN VÀ Độc lập" in text and "\nTRUYỀN THÔNG\n" in text  # two balanced lines
    assert any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in t for t in lines)
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert re.search(r"Số: 05/BC-STTTT", text)
    assert "Kiên Giang, ngày 22 tháng 11 năm 2026" in text
    assert "BÁO CÁO" in text


def _line_chars(page, needle: str):  # type: ignore[no-untyped-def]
    for ln in page.extract_text_lines():
        if needle in ln["text"]:
            return ln["chars"]
    raise AssertionError(needle)


def test_header_styles(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[0]
        motto = _line_chars(page, "Độc lập - Tự do - Hạnh phúc")
        assert all("Bold" in c["fontname"] for c in motto if c["text"].strip())
        assert all(13 <= round(c["size"]) <= 14 for c in motto)
        # "Số" and the place-and-date line share one row (ND30), the date italic, "Số" upright
        row = _line_chars(page, "ngày 22 tháng 11")
        text = "".join(c["text"] for c in row)
        assert "Số:05/BC-STTTT" in text.replace(" ", "")  # pdfplumber gives the chars, not the spaces
        split = next(i for i, c in enumerate(row) if c["x0"] > page.width / 2 - 30 * MM)
        assert all("Italic" in c["fontname"] for c in row[split:] if c["text"].strip())
        assert not any("Italic" in c["fontname"] for c in row[:split] if c["text"].strip())
        title = _line_chars(page, "BÁO CÁO")
        assert all("Bold" in c["fontname"] for c in title if c["text"].strip())
        centre = (title[0]["x0"] + title[-1]["x1"]) / 2
        body_centre = (35 * MM + (page.width - 20 * MM)) / 2
        assert abs(centre - body_centre) < 3


def test_page_numbers_from_page_two(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) >= 2
        top0 = [w for w in pdf.pages[0].extract_words() if w["top"] < 20 * MM]
        assert not any(w["text"].isdigit() for w in top0)
        for n, page in enumerate(pdf.pages[1:], 2):
            top = [w for w in page.extract_words() if w["top"] < 20 * MM]
            assert [w["text"] for w in top] == [str(n)]
            w = top[0]
            assert abs((w["x0"] + w["x1"]) / 2 - (35 * MM + (page.width - 20 * MM)) / 2) < 3


def test_every_target_and_the_level4_figure(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        text = " ".join((p.extract_text() or "") for p in pdf.pages)
    flat = " ".join(text.split())
    for title in ("mức độ 4", "mức độ 3", "hộ gia đình sử dụng Internet", "5G", "truyền số liệu",
                  "trực tuyến", "Chính quyền điện tử", "truyền hình", "Số trạm truyền thanh xã",
                  "Số đài truyền thanh cấp huyện"):
        assert title in flat, title
    with pdfplumber.open(pdf_path) as pdf:
        rows = [[" ".join((c or "").split()) for c in row]
                for p in pdf.pages for t in p.extract_tables() for row in t if len(row) == 7]
    level4 = next(r for r in rows if "mức độ 4" in r[1])
    assert level4[2] == "Trên 30%" and level4[3] == "2025"
    assert level4[4].startswith("12,8%") and level4[6].startswith("Chậm tiến độ")
    assert "Đánh giá theo số liệu 26/8/2020, cũ hơn một năm" in level4[6]  # judged on a 2020 figure
    assert "./." in flat and "Nơi nhận:" in flat and "Lưu: VT, STTTT." in flat
    # sent up: "Kính gửi" under the summary, and "Như trên" first in Nơi nhận (ND30)
    assert "Kính gửi: Ủy ban nhân dân tỉnh Kiên Giang." in flat and "- Như trên;" in flat
    assert "KT. GIÁM ĐỐC" in flat and "PHÓ GIÁM ĐỐC" in flat
    assert "Phụ lục" in flat
    with pdfplumber.open(pdf_path) as pdf:
        cells = [" ".join((c or "").split()) for p in pdf.pages for t in p.extract_tables() for r in t for c in r]
    assert any("mức độ 4: 273 thủ tục, đạt tỷ lệ 12,8%" in c for c in cells)


def test_pdf_a_with_metadata(pdf_path: Path) -> None:
    from pdfminer.pdftypes import resolve1

    with pdfplumber.open(pdf_path) as pdf:
        info = pdf.metadata
        catalog = pdf.doc.catalog
        intent = resolve1(resolve1(catalog["OutputIntents"])[0])
        xmp = resolve1(catalog["Metadata"]).get_data().decode("utf-8")
    assert info["Title"] == ("Báo cáo Kết quả thực hiện các chỉ tiêu thông tin và truyền thông "
                             "đến 22/11/2026 (tỉnh Kiên Giang)")
    assert info["Author"] == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG, UBND TỈNH KIÊN GIANG"
    assert info["Subject"].startswith("Kết quả thực hiện") and "tỉnh Kiên Giang" in info["Keywords"]
    assert str(info["CreationDate"]).startswith("D:20261122")
    assert intent["S"].name == "GTS_PDFA1" and "sRGB" in intent["OutputConditionIdentifier"].decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp


def test_signature_never_stands_alone_on_its_page(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        pages = [" ".join((p.extract_text() or "").split()) for p in pdf.pages]
    page = next(t for t in pages if "./." in t)
    assert "Nguyễn Xuân Kiệm" in page and "KT. GIÁM ĐỐC" in page
    # the body's last paragraph travels with "./." and the signature
    assert "để đạt mục tiêu năm 2025. ./." in page


def test_rows_with_an_actual_carry_a_progress_chart(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        page, level4 = next((p, r) for p in pdf.pages[:3] for t in p.find_tables() for r in t.rows
                            if "mức độ 4" in (p.crop(r.bbox).extract_text() or "") and len(r.cells) == 7)
        x0, top, x1, bottom = level4.cells[5]
        # the sparkline: a filled dot (the actual) and an open square (the target) inside the cell
        drawn = [c for c in page.curves + page.rects if x0 <= c["x0"] and c["x1"] <= x1 and top <= c["top"]
                 and c["bottom"] <= bottom]
    assert len(drawn) >= 2

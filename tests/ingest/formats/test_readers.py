"""Each reader on the shapes of file a department meets, and on broken ones."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import copy_workspace
from tracker.errors import DocumentError
from tracker.ingest.documents import parse_document
from tracker.ingest.formats import Deadline, FormatError, ocr
from tracker.ingest.formats.layout import join_lines, strip_chrome
from tracker.ingest.formats.pdf import read_pdf
from tracker.pipeline import make_report
from tracker.text.decode import legacy_table, redecode
from tracker.text.legacy import encode_tcvn3, encode_vni
from tracker.workspace import Workspace

SIDE = "province: kien-giang\npublished: 2024-12-30\n"


def _pdf(html: str) -> bytes:
    import weasyprint

    return bytes(weasyprint.HTML(string=html).write_pdf())


def test_our_own_nd30_report_read_back_names_its_province_date_and_title(tmp_path: Path) -> None:
    ws = copy_workspace(tmp_path / "ws")
    pdf = make_report(Workspace(ws), "kien-giang", date(2026, 11, 22), number="5", formats=("pdf",)).paths[0]
    doc = parse_document(pdf)  # no sidecar, no front matter
    assert (doc.province, doc.published, doc.kind) == ("kien-giang", "2026-11-22", "bao-cao")
    assert doc.title == "Kết quả thực hiện các chỉ tiêu thông tin và truyền thông đến 22/11/2026"
    assert doc.origins == {"province": "text", "published": "text", "kind": "text", "title": "text"}
    assert len(doc.pages) >= 2


def test_a_wrapped_sentence_is_one_line_again_and_a_table_row_stays_one() -> None:
    lines = ["Năm 2024, toàn tỉnh có 2.104 trạm thu phát sóng di động, tăng 120 trạm so với",
             "năm 2023; tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,6% tổng số hồ sơ tiếp nhận, vượt",
             "chỉ tiêu.", "Số trạm BTS 2.104", "Số thuê bao 1.200",
             "- Ý kiến thứ nhất dài dòng như một dòng đầy đủ ở đây", "BÁO CÁO"]
    assert join_lines(lines).split("\n") == [
        "Năm 2024, toàn tỉnh có 2.104 trạm thu phát sóng di động, tăng 120 trạm so với năm 2023; tỷ lệ hồ sơ trực "
        "tuyến toàn trình đạt 45,6% tổng số hồ sơ tiếp nhận, vượt chỉ tiêu.",
        "Số trạm BTS 2.104", "Số thuê bao 1.200", "- Ý kiến thứ nhất dài dòng như một dòng đầy đủ ở đây", "BÁO CÁO"]


def test_running_lines_go_but_a_figure_at_the_page_edge_stays() -> None:
    pages = [["Cổng TTĐT tỉnh", "Hạ tầng viễn thông", "Có 12 trạm", "Trang 1"],
             ["Cổng TTĐT tỉnh", "Dịch vụ công", "2.104", "- 2 -"]]
    assert strip_chrome(pages) == [["Hạ tầng viễn thông", "Có 12 trạm"], ["Dịch vụ công", "2.104"]]


@pytest.mark.parametrize("encode", [encode_tcvn3, encode_vni])
def test_a_text_layer_in_a_legacy_font_is_decoded(encode) -> None:  # type: ignore[no-untyped-def]
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 45,6%; các cơ quan nhà nước đã triển khai dịch vụ công."
    shown = encode(text).decode("cp1252", errors="replace")  # what a PDF in a .VnTime font yields
    table = legacy_table(shown)
    assert table is not None and redecode(shown, table) == text
    assert legacy_table(text) is None


def test_docx_tables_keep_label_and_value_in_one_line(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Kết quả phát triển hạ tầng năm 2024 của tỉnh Kiên Giang.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Số trạm BTS", "2.104"
    t.cell(1, 0).text, t.cell(1, 1).text = "Tỷ lệ hồ sơ trực tuyến", "45,6%"
    d.add_paragraph("Sau bảng.")
    d.save(str(tmp_path / "a.docx"))
    (tmp_path / "a.docx.yaml").write_text(SIDE, "utf-8")
    doc = parse_document(tmp_path / "a.docx")
    assert doc.text.split("\n") == ["Kết quả phát triển hạ tầng năm 2024 của tỉnh Kiên Giang.",
                                    "Số trạm BTS | 2.104", "Tỷ lệ hồ sơ trực tuyến | 45,6%", "Sau bảng."]


def _zero_page_pdf() -> bytes:
    import pypdfium2 as pdfium

    buf = io.BytesIO()
    pdfium.PdfDocument.new().save(buf)
    return buf.getvalue()


def _zip_of_text() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("ghi-chu.txt", "không phải Word")
    return buf.getvalue()


GOOD_PDF = "<p>Năm 2024 toàn tỉnh có 2.104 trạm BTS.</p>" * 3


@pytest.mark.parametrize(("name", "make", "says"), [
    ("hong.pdf", lambda: b"%PDF-1.7\n garbage", "PDF hỏng"),
    ("cut.pdf", lambda: _pdf(GOOD_PDF)[:400], "PDF hỏng"),
    ("rong.pdf", _zero_page_pdf, "PDF"),
    ("zip.docx", _zip_of_text, ".docx hỏng"),
    ("not-zip.docx", lambda: b"plain text", "không phải gói zip"),
    ("menu.html", lambda: b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>",
     "không có nội dung bài viết"),
    ("anh.png", lambda: b"\x89PNG\r\n\x1a\n broken", "ảnh hỏng"),
])
def test_a_broken_file_is_one_warning_by_name(tmp_path: Path, name: str, make, says: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(make())
    (tmp_path / (name + ".yaml")).write_text(SIDE, "utf-8")
    with pytest.raises(DocumentError) as info:
        parse_document(path)
    assert info.value.doc == name and says in info.value.reason


def test_a_scan_without_tesseract_names_the_install_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> str:
        raise FormatError(f"văn bản scan cần Tesseract để đọc chữ (OCR), máy chưa cài; cài bằng: {ocr.INSTALL}")

    monkeypatch.setattr(ocr, "tesseract", missing)
    scan = _pdf("<svg width='200' height='200'><rect width='200' height='200'/></svg>")
    with pytest.raises(FormatError, match="apt-get install tesseract-ocr tesseract-ocr-vie"):
        read_pdf(scan, Deadline())


def test_a_document_past_its_time_limit_stops_with_a_warning() -> None:
    with pytest.raises(FormatError, match="quá 0 giây"):
        read_pdf(_pdf(GOOD_PDF), Deadline(0))


def test_an_old_word_file_without_libreoffice_names_the_install_line(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.ingest.formats import office

    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    (tmp_path / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    (tmp_path / "cu.doc.yaml").write_text(SIDE, "utf-8")
    with pytest.raises(DocumentError) as info:
        parse_document(tmp_path / "cu.doc")
    assert info.value.doc == "cu.doc" and "apt-get install libreoffice-writer" in info.value.reason

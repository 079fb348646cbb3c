"""DOCX, XLSX and CSV opened back with their libraries: the same content as the PDF."""

import csv
import io
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from tests.conftest import copy_workspace
from tracker.pipeline import make_report
from tracker.report.data import ReportData
from tracker.workspace import Workspace

STEM = "bao-cao-2026-11-22"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportData, Path]:
    ws = copy_workspace(tmp_path_factory.mktemp("ws"))
    result = make_report(Workspace(ws), "kien-giang", date(2026, 11, 22), number="5",
                         formats=("docx", "xlsx", "csv"))
    assert [p.name for p in result.paths] == [f"{STEM}.docx", f"{STEM}.xlsx", f"{STEM}.csv", f"{STEM}-so-lieu.csv"]
    return result.data, result.paths[0].parent


def test_docx_layout_and_content(made: tuple[ReportData, Path]) -> None:
    data, folder = made
    doc = Document(str(folder / f"{STEM}.docx"))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.right_margin, section.bottom_margin,
                                  section.left_margin)] == [25, 20, 20, 35]
    assert section.different_first_page_header_footer  # no number on page 1
    assert "PAGE" in "".join(t.text for t in section.header._element.iter(qn("w:instrText")))
    header = doc.tables[0].rows[0].cells
    left, right = [[p.text for p in c.paragraphs if p.text] for c in header]
    assert left == ["UBND TỈNH KIÊN GIANG", "SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG"]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    so, place = doc.tables[0].rows[1].cells  # one row, however many lines the issuer takes (ND30)
    assert (so.text, place.text) == ("Số: 05/BC-STTTT", "Kiên Giang, ngày 22 tháng 11 năm 2026")
    assert place.paragraphs[0].runs[0].italic and header[1].paragraphs[0].runs[0].bold
    body = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in body and data.summary in body and "Kính gửi: Ủy ban nhân dân tỉnh Kiên Giang." in body
    assert "./." in body
    results = doc.tables[1]
    first = results.rows[0]._tr.trPr
    assert first.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in results.rows)
    rows = [[c.text for c in r.cells] for r in results.rows[1:]]
    assert [r[1].split("\n")[0] for r in rows] == [r.title for r in data.rows]
    level4 = next(r for r in rows if "mức độ 4" in r[1])
    assert level4[2:4] == ["Trên 30%", "2025"] and level4[4].startswith("12,8%") and level4[6].startswith("Chậm")
    sign = [p.text for c in doc.tables[2].rows[0].cells for p in c.paragraphs if p.text]
    assert sign[:2] == ["Nơi nhận:", "- Như trên;"] and "- Lưu: VT, STTTT." in sign
    assert sign[-3:] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Xuân Kiệm"]
    figures = [[c.text for c in r.cells] for r in doc.tables[3].rows[1:]]
    assert len(figures) == len(data.figures) and any("273 thủ tục" in r[4] for r in figures)
    assert doc.core_properties.author == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert doc.styles["Normal"].font.name == "Times New Roman"


def test_xlsx_keeps_numbers_as_numbers(made: tuple[ReportData, Path]) -> None:
    data, folder = made
    wb = load_workbook(folder / f"{STEM}.xlsx")
    assert wb.sheetnames == ["Chỉ tiêu", "Số liệu"]
    targets = list(wb["Chỉ tiêu"].iter_rows(min_row=3, values_only=True))
    assert len(targets) == len(data.rows)
    level4 = next(r for r in targets if "mức độ 4" in r[1])
    assert level4[4] == "12,8%" and level4[5] == 12.8 and level4[6] == "%" and level4[10] == "behind"
    row = next(r for r in data.rows if "mức độ 4" in r.title)
    assert isinstance(level4[8], int | float) and level4[8] == round(row.progress_pct or 0, 1)
    quotes = [r[4] for r in wb["Số liệu"].iter_rows(min_row=3, values_only=True)]
    assert len(quotes) == len(data.figures) and any("273 thủ tục" in (q or "") for q in quotes)


def test_csv_opens_in_excel_and_matches(made: tuple[ReportData, Path]) -> None:
    data, folder = made
    raw = (folder / f"{STEM}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["STT", "Chỉ tiêu", "Mục tiêu"] and len(rows) == len(data.rows) + 1
    assert any(r[4] == "12,8%" and r[5] == "12.8" for r in rows)
    figures = list(csv.reader(io.StringIO((folder / f"{STEM}-so-lieu.csv").read_text("utf-8-sig"))))
    assert len(figures) == len(data.figures) + 1


def test_reports_are_readable_by_others_like_any_new_file(made: tuple[ReportData, Path]) -> None:
    _, folder = made
    mask = os.umask(0o022)
    os.umask(mask)
    for p in folder.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o666 & ~mask, p.name


def test_docx_carries_the_notes_and_appendix_line_of_the_data() -> None:
    from tests.report.test_html_golden import sample
    from tracker.report.word import to_docx

    data = sample()  # it has a predecessor's figure under a target
    doc = Document(io.BytesIO(to_docx(data)))
    text = [p.text for p in doc.paragraphs]
    assert data.source_note in text and "không dùng để đánh giá" in data.source_note
    assert data.appendix_line == "(Kèm theo Báo cáo số 05/BC-STTTT ngày 05 tháng 02 năm 2025)"
    assert data.appendix_line in text


def test_a_quote_or_title_a_spreadsheet_would_run_stays_text(made: tuple[ReportData, Path], tmp_path: Path) -> None:
    from dataclasses import replace

    from tracker.report.sheets import to_csv, to_xlsx

    data, _ = made
    evil = '=HYPERLINK("http://x.example","bấm")'
    bad = replace(data, figures=[replace(data.figures[0], doc=evil, quote="-" + data.figures[0].quote)])
    (tmp_path / "r.xlsx").write_bytes(to_xlsx(bad))
    sheet = load_workbook(tmp_path / "r.xlsx")["Số liệu"]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == evil)
    assert cell.data_type == "s"
    _, figures_csv = to_csv(bad)
    row = list(csv.reader(io.StringIO(figures_csv.decode("utf-8-sig"))))[1]
    assert "'" + evil in row and row[4].startswith("'-")

"""Year tables (tracker/extract/tables.py) and the figures the engine reads from them."""

import re

from tests.extract.test_engine import extract
from tracker.extract.tables import year_tables

# A statistics page as stored: cells separated by spaces, the preliminary year marked.
ACROSS = """Tỷ lệ người sử dụng điện thoại di động và Internet
(ĐVT: %)
  2016 2017 2018 2019 Sơ bộ 2020
Tỷ lệ người sử dụng Internet 77,63 83,49 79,43 79,46 83,71
Phân theo thành thị, nông thôn
Thành thị 86,13 88,01 82,60 83,19 87,32
Nông thôn 20,42 52,99 58,01 54,12 59,03
ĐÁNH GIÁ BÀI VIẾT"""

DOWN = """Năm 2020, tỷ lệ hộ gia đình có kết nối Internet là 83,71%.

Tỷ lệ hộ gia đình có kết nối Internet
(ĐVT: %)
  TỔNG SỐ Phân theo thành thị, nông thôn
Thành thị Nông thôn
2018 75,65 77,59 67,24
2019 79,46 83,19 54,12
Sơ bộ 2020 83,71 87,32 59,03"""

# A report's appendix from a DOCX: cells joined by " | ", an STT and a ĐVT column.
DOCX = """Chỉ tiêu | ĐVT | 2021 | 2022 | 2023
1 | Tỷ lệ hồ sơ trực tuyến | % | 45,2 | 60,1 | 75
2 | Số thuê bao di động | Thuê bao | 1.200.000 | 1.300.000 | 1.350.000
3 | Số trạm BTS | Trạm | 1.000 | 1.100 | -
4 | Số thuê bao Internet | Nghìn thuê bao | 120 | 130 | 140"""


def test_years_across_give_each_row_a_value_per_year() -> None:
    cells = year_tables(ACROSS)
    internet = [(c.year, c.value_text, c.unit) for c in cells if c.label == "Tỷ lệ người sử dụng Internet"]
    assert internet == [("2016", "77,63", "%"), ("2017", "83,49", "%"), ("2018", "79,43", "%"),
                        ("2019", "79,46", "%"), ("2020", "83,71", "%")]
    row = next(c for c in cells if c.label == "Nông thôn")
    assert ACROSS[row.start : row.end] == "Nông thôn 20,42 52,99 58,01 54,12 59,03"  # the row is the quote


def test_years_down_read_the_total_column_under_the_tables_title() -> None:
    cells = year_tables(DOWN)
    assert [(c.label, c.year, c.value_text) for c in cells] == [
        ("Tỷ lệ hộ gia đình có kết nối Internet", "2018", "75,65"),
        ("Tỷ lệ hộ gia đình có kết nối Internet", "2019", "79,46"),
        ("Tỷ lệ hộ gia đình có kết nối Internet", "2020", "83,71")]
    assert [c.year for c in year_tables(DOWN.replace("Sơ bộ 2020", "2020 (Sơ bộ)"))] == ["2018", "2019", "2020"]
    # without a heading saying which column is the total, no column is read
    assert year_tables(DOWN.replace("TỔNG SỐ Phân theo", "Phân theo")) == []


def test_a_row_of_another_length_or_years_out_of_order_are_no_table() -> None:
    assert year_tables(ACROSS.replace("83,49 79,43", "83,49")) == []  # the table ends at the broken row
    assert year_tables("  2018 2017 2019\nTỷ lệ người sử dụng Internet 1,0 2,0 3,0") == []
    # a plan against a result is not a series of years
    assert year_tables("Chỉ tiêu | Kế hoạch 2023 | Thực hiện 2023\nTỷ lệ hồ sơ trực tuyến | 50 | 55") == []


def test_docx_rows_drop_their_number_and_take_their_unit_cell() -> None:
    cells = year_tables(DOCX)
    assert {(c.label, c.unit) for c in cells} == {
        ("Tỷ lệ hồ sơ trực tuyến", "%"), ("Số thuê bao di động", "Thuê bao"), ("Số trạm BTS", "Trạm"),
        ("Số thuê bao Internet", "Nghìn thuê bao")}
    assert [c.year for c in cells if c.label == "Số trạm BTS"] == ["2021", "2022"]  # "-" is no value


def test_the_engine_reads_table_rows_as_the_indicator_their_label_names() -> None:
    got = {(o.indicator, o.value, o.as_of) for o in extract(ACROSS, published="2021-11-15").observations}
    assert got == {("internet_users_share", v, y) for v, y in
                   [(77.63, "2016"), (83.49, "2017"), (79.43, "2018"), (79.46, "2019"), (83.71, "2020")]}
    got = {(o.indicator, o.value, o.as_of) for o in extract(DOWN, published="2021-11-15").observations}
    assert got == {("household_internet_share", 75.65, "2018"), ("household_internet_share", 79.46, "2019"),
                   ("household_internet_share", 83.71, "2020")}
    obs = extract(DOCX, published="2024-03-01").observations
    assert {(o.indicator, o.value, o.as_of) for o in obs} == {
        ("dossier_online_share", 45.2, "2021"), ("dossier_online_share", 60.1, "2022"),
        ("dossier_online_share", 75, "2023"), ("mobile_subscribers", 1_200_000, "2021"),
        ("mobile_subscribers", 1_300_000, "2022"), ("mobile_subscribers", 1_350_000, "2023"),
        ("bts_count", 1000, "2021"), ("bts_count", 1100, "2022"),
        ("internet_subscribers", 120_000, "2021"), ("internet_subscribers", 130_000, "2022"),
        ("internet_subscribers", 140_000, "2023")}  # a unit of thousands scales its cells
    assert {o.rule for o in obs} == {"table:dossier-online", "table:mobile-label", "table:bts-label",
                                     "table:internet-label"}
    assert all(o.quote.startswith(("1 |", "2 |", "3 |", "4 |")) for o in obs)


def test_a_word_a_web_and_a_pdf_table_are_read_as_the_text_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx
    import weasyprint

    from tracker.extract.catalog import default_catalog
    from tracker.extract.engine import Extractor
    from tracker.ingest.documents import parse_document

    rows = [["Chỉ tiêu", "ĐVT", "2021", "2022", "2023"], ["Tỷ lệ hồ sơ trực tuyến", "%", "45,2", "60,1", "75"],
            ["Số thuê bao di động", "Thuê bao", "1.200.000", "1.300.000", "1.350.000"]]
    lead = "Kết quả phát triển hạ tầng số của tỉnh giai đoạn 2021 - 2023 được tổng hợp trong bảng dưới đây cho bạn đọc."
    word = docx.Document()
    word.add_paragraph(lead)
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    word.save(tmp_path / "bang.docx")
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = (f"<html><body><article><h1>Kết quả chuyển đổi số</h1><p>{lead}</p><table>{cells}</table>"
            "</article></body></html>")
    (tmp_path / "bang.html").write_text(page, "utf-8")
    weasyprint.HTML(string=page).write_pdf(tmp_path / "bang.pdf")  # a PDF row has no cell marks
    want = {("dossier_online_share", 45.2, "2021"), ("dossier_online_share", 60.1, "2022"),
            ("dossier_online_share", 75, "2023"), ("mobile_subscribers", 1_200_000, "2021"),
            ("mobile_subscribers", 1_300_000, "2022"), ("mobile_subscribers", 1_350_000, "2023")}
    extractor = Extractor(default_catalog())
    for name in ("bang.docx", "bang.html", "bang.pdf"):
        (tmp_path / f"{name}.yaml").write_text("province: nghe-an\npublished: 2024-03-01\n", "utf-8")
        doc = parse_document(tmp_path / name)
        got = {(o.indicator, o.value, o.as_of) for o in extractor.extract(doc).observations}
        assert got == want, name


# A statistical yearbook page as a portal flattens it: one cell per line, bilingual headings.
FLAT = """Số thuê bao điện thoại

Tổng số
Total

Chia ra - Of which

Di động - Mobi-phone

Cố định - Telephone

Thuê bao - Subcribers

2018

2.504.854

2.447.373

57.481

Sơ bộ - Prel. 2019

2.878.034

2.821.873

56.161

Chỉ số phát triển (Năm trước = 100) - %
Index (Previous year = 100) - %

2018

93,76

93,88

89,16

Sơ bộ - Prel. 2019

114,90

115,30

97,70
"""


def test_a_flattened_yearbook_page_gives_each_column_its_heading() -> None:
    cells = year_tables(FLAT)
    assert {(c.label, c.year, c.value_text) for c in cells} == {
        ("Số thuê bao điện thoại", "2018", "2.504.854"), ("Số thuê bao điện thoại", "2019", "2.878.034"),
        ("Số thuê bao điện thoại Di động", "2018", "2.447.373"),
        ("Số thuê bao điện thoại Di động", "2019", "2.821.873"),
        ("Số thuê bao điện thoại Cố định", "2018", "57.481"), ("Số thuê bao điện thoại Cố định", "2019", "56.161")}
    # the growth indices below are not levels
    assert not any(c.value_text == "93,76" for c in cells)
    got = {(o.indicator, o.value, o.as_of) for o in extract(FLAT, published="2021").observations}
    assert got == {("phone_subscribers", 2_504_854, "2018"), ("phone_subscribers", 2_878_034, "2019"),
                   ("mobile_subscribers", 2_447_373, "2018"), ("mobile_subscribers", 2_821_873, "2019")}


def test_a_flattened_page_may_state_its_unit_and_name_its_years() -> None:
    variant = FLAT.replace("Thuê bao - Subcribers", "Đơn vị tính: Thuê bao").replace("\n2018\n", "\nNăm 2018\n", 1)
    variant = variant.replace("Sơ bộ - Prel. 2019", "2019 (Sơ bộ)")  # the preliminary mark after the year
    assert {(c.label, c.year, c.unit) for c in year_tables(variant)} == {
        (label, year, "Thuê bao") for year in ("2018", "2019")
        for label in ("Số thuê bao điện thoại", "Số thuê bao điện thoại Di động", "Số thuê bao điện thoại Cố định")}


def test_a_page_that_groups_thousands_with_commas_gives_the_same_figures() -> None:
    english = re.sub(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])", lambda m: m.group().replace(".", ","), FLAT)
    assert "2,504,854" in english
    got = {(o.indicator, o.value, o.as_of) for o in extract(english, published="2021").observations}
    assert ("phone_subscribers", 2_504_854, "2018") in got and ("mobile_subscribers", 2_821_873, "2019") in got

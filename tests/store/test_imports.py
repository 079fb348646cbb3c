"""Importing manual figures from CSV and XLSX: row-by-row checks, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tracker.errors import ConfigError, UserError
from tracker.extract.catalog import Catalog
from tracker.store.db import Store
from tracker.store.figures import manual_figures
from tracker.store.imports import import_figures


def test_csv_with_vietnamese_headers_semicolons_and_decimal_commas(store: Store, catalog: Catalog,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "so-lieu.csv"
    path.write_text("\ufeffTỉnh;Chỉ tiêu;Giá trị;Thời điểm;Nguồn;Ghi chú\n"
                    "Kiên Giang;household_internet_share;81,5;2025-06;Công văn 12/STTTT;\n"
                    "kien-giang;fixed_broadband_subscribers;1.936.755;2024;Bảng tính nội bộ;số cuối năm\n", "utf-8")
    ids = import_figures(store, catalog, path, by="lan")
    assert ids == ["m1", "m2"]
    got = {(m.indicator, m.value, m.as_of, m.quote) for m in manual_figures(store)}
    assert got == {("household_internet_share", 81.5, "2025-06", ""),
                   ("fixed_broadband_subscribers", 1936755.0, "2024", "số cuối năm")}


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_added(store: Store, catalog: Catalog,
                                                                      tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("province,indicator,value,as_of,source\n"
                    "kien-giang,stations_5g,12,2025-06,CV 1\n"
                    "kien-giang,stations_5gg,12,2025-06,CV 1\n"
                    "\n"
                    "kien-giang,stations_5g,mười,2025-06,CV 1\n"
                    "kien-giang,stations_5g,12,2025-13,CV 1\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        import_figures(store, catalog, path)
    lines = [p.line for p in info.value.problems]
    assert lines == [3, 5, 6]
    assert "stations_5g" in info.value.problems[0].message  # the suggestion
    assert manual_figures(store) == []


def test_unknown_or_missing_columns_are_named(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("province,indicator,gia,as_of\nkien-giang,stations_5g,1,2025\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        import_figures(store, catalog, path)
    message = info.value.problems[0].message
    assert "cột không rõ: gia" in message and "thiếu cột: value, source" in message


def test_xlsx_cells_keep_their_types(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["province", "indicator", "value", "as_of", "source", "qualifier"])
    ws.append(["kien-giang", "smartphone_share", 72.25, "2025-06-30", "Khảo sát của Sở", "approx"])
    ws.append(["kien-giang", "stations_5g", 40, 2025, "Viettel Kiên Giang", None])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    import_figures(store, catalog, path)
    got = sorted((m.indicator, m.value, m.as_of, m.qualifier) for m in manual_figures(store))
    assert got == [("smartphone_share", 72.25, "2025-06-30", "approx"), ("stations_5g", 40.0, "2025", "eq")]


def test_other_files_are_refused(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    (tmp_path / "x.ods").write_bytes(b"x")
    with pytest.raises(UserError, match="chỉ nhận .csv hoặc .xlsx"):
        import_figures(store, catalog, tmp_path / "x.ods")
    with pytest.raises(UserError, match="Không có tệp"):
        import_figures(store, catalog, tmp_path / "none.csv")


def test_a_percent_formatted_cell_is_read_as_shown_and_a_second_import_adds_nothing(
        store: Store, catalog: Catalog, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["province", "indicator", "value", "as_of", "source"])
    ws.append(["kien-giang", "smartphone_share", 0.45, "2025-06-30", "Khảo sát của Sở"])
    ws["C2"].number_format = "0%"  # Excel shows 45%, stores 0.45
    path = tmp_path / "x.xlsx"
    wb.save(path)
    first = import_figures(store, catalog, path)
    assert [(m.indicator, m.value) for m in manual_figures(store)] == [("smartphone_share", 45.0)]
    assert import_figures(store, catalog, path) == first
    assert len(manual_figures(store)) == 1

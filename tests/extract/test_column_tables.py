"""Tables of indicators with a whole-province column (extract.column_tables), flattened as a PDF's text arrives."""

from tests.extract.test_engine import extract
from tracker.extract.column_tables import column_tables

TABLE = ("Bảng 4.1. Một số chỉ tiêu chủ yếu về hiện trạng viễn thông năm 2017 STT Chỉ tiêu Đơn vị Cả tỉnh Vùng cao "
         "Vùng thấp Đô thị 1 Số DN cung cấp dịch vụ internet DN 3 2 3 3 2 Tổng đài chuyển mạch SL 33 -- -- -- "
         "3 Số lượng thuê bao Internet TB 50.974 15.328 14.589 21.057 4 Số lượng thuê bao Điện thoại di\n\nđộng\n\n"
         "TB 723.931 356.928 244.986 122.017\n\nMạng lưới viễn thông của tỉnh tiếp tục được đầu tư nâng cấp.")


def test_each_row_gives_its_whole_province_value_dated_by_the_title() -> None:
    cells = column_tables(TABLE)
    # the unit column's entry as the year tables give it (a unit they do not know stays in the label)
    assert [(c.label, c.value_text, c.unit, c.year) for c in cells] == [
        ("Số DN cung cấp dịch vụ internet", "3", "DN", "2017"),
        ("Tổng đài chuyển mạch SL", "33", "", "2017"),
        ("Số lượng thuê bao Internet", "50.974", "TB", "2017"),
        ("Số lượng thuê bao Điện thoại di động", "723.931", "TB", "2017"),
    ]
    last = cells[-1]
    assert TABLE[last.start : last.end].endswith("122.017")  # the row is the quote, not the prose after it


def test_the_engine_reads_the_rows_as_figures() -> None:
    found = {(o.indicator, o.value, o.as_of) for o in extract(TABLE).observations}
    assert ("internet_subscribers", 50974, "2017") in found and ("mobile_subscribers", 723931, "2017") in found


def test_what_does_not_fit_the_layout_is_left_to_the_sentence_reader() -> None:
    uneven = TABLE.replace("3 2 3 3", "3 2 3")  # one row with a value fewer
    assert column_tables(uneven) == []
    no_total = TABLE.replace("Cả tỉnh Vùng cao", "Vùng cao")  # no column of the whole province
    assert column_tables(no_total) == []

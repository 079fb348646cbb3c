from tracker.text.sentences import paragraphs, sentences


def test_numbers_abbreviations_and_document_numbers_do_not_split():
    text = "Ông A ở TP. Hồ Chí Minh có 1.936.755 thuê bao. Số 134/TB-VP ngày 15/7/2020 nêu rõ. Tỷ lệ 12,8%! Hết"
    assert [s.text for s in sentences(text)] == [
        "Ông A ở TP. Hồ Chí Minh có 1.936.755 thuê bao.",
        "Số 134/TB-VP ngày 15/7/2020 nêu rõ.",
        "Tỷ lệ 12,8%!",
        "Hết",
    ]


def test_offsets_point_into_the_text():
    text = "Dòng một.\n  Câu hai. Câu ba."
    for s in sentences(text):
        assert text[s.start : s.end] == s.text


def test_page_chrome_is_not_content():
    text = "Nội dung có 5 trạm.\nThống kê truy cập\nThống kê: 662.467\nOnline: 29\nTrang chủ > Tin tức"
    chrome = [p.text for p in paragraphs(text) if p.chrome]
    assert chrome == ["Thống kê truy cập", "Thống kê: 662.467", "Online: 29", "Trang chủ > Tin tức"]


def test_everything_after_related_news_is_chrome():
    text = "Bài viết có 3 cơ quan báo chí.\nTin liên quan\nToàn tỉnh có 99 bưu cục (20/10/2020)"
    assert [s.text for s in sentences(text)] == ["Bài viết có 3 cơ quan báo chí."]


def test_a_run_on_line_is_cut_into_bounded_sentences_at_its_commas() -> None:
    from tracker.text.sentences import MAX_SENTENCE

    text = "Toàn tỉnh có 1.200 trạm BTS, " * 5000  # 145 000 characters, no sentence end
    parts = sentences(text)
    assert len(parts) > 90 and all(len(s.text) <= MAX_SENTENCE for s in parts)
    assert all(s.text.endswith(",") for s in parts[:-1])  # cut after a comma, never inside a figure
    assert "".join(text[s.start : s.end] for s in parts).replace(" ", "") == text.replace(" ", "")


def test_a_long_line_without_any_mark_is_still_cut() -> None:
    from tracker.text.sentences import MAX_SENTENCE

    text = "x" * (3 * MAX_SENTENCE + 7)
    assert [len(s.text) for s in sentences(text)] == [MAX_SENTENCE, MAX_SENTENCE, MAX_SENTENCE, 7]


def test_a_line_wrapped_mid_sentence_joins_the_next_one() -> None:
    # text copied out of a PDF keeps its fixed-width lines: a line that stops with no closing
    # mark before one that starts in lower case is the same sentence
    text = ("Tỷ lệ hồ sơ nộp, xử lý và trả kết quả trực tuyến\n"
            "trên địa bàn tỉnh chỉ đạt 43,08% (cấp tỉnh đạt 19,73%). Tỷ lệ này\n"
            "đạt thấp.\nVề hạ tầng số\nToàn tỉnh có 2.100 trạm BTS.")
    got = [s.text for s in sentences(text)]
    assert got == ["Tỷ lệ hồ sơ nộp, xử lý và trả kết quả trực tuyến\ntrên địa bàn tỉnh chỉ đạt 43,08% "
                   "(cấp tỉnh đạt 19,73%).", "Tỷ lệ này\nđạt thấp.", "Về hạ tầng số", "Toàn tỉnh có 2.100 trạm BTS."]
    for s in sentences(text):
        assert text[s.start : s.end] == s.text  # the quote stays the published text, line break and all
    # a closed line, or a next line in capitals or numbers, stays its own paragraph
    assert len(paragraphs("Kết quả năm 2023.\nthêm\nTiêu đề\n2.100")) == 4


# A report copied out of a PDF: every line of a paragraph filled to about 70 characters.
WRAPPED = """BÁO CÁO KẾT QUẢ NĂM 2013
I. Hạ tầng viễn thông
Năm 1991 toàn tỉnh chỉ có 6 bưu cục, mạng lưới thông tin, liên lạc, năm 1991 số
UBND xã, phường, thị trấn có máy điện thoại là 11 xã. Đến năm 2012 mạng
lưới viễn thông đã đến được 97/97 xã. Tổng số máy điện thoại là 278 máy, bình
quân trên
100 dân là 0,098 máy. Cổng dịch vụ công trực tuyến của tỉnh An Giang đã
cung cấp 1.968 dịch vụ, trong đó có nhiều dịch vụ ở mức độ 3 và mức độ
4 (chiếm tỷ lệ lớn); số hồ sơ tiếp nhận trực tuyến tăng nhanh qua các năm, rất
nhanh.
- Tỷ lệ hồ sơ trực tuyến đạt 62%, cao hơn năm trước nhiều và đạt kế hoạch đề
ra.
"""


def test_a_wrapped_text_is_told_by_its_lines_filling_one_width() -> None:
    from tracker.text.sentences import wrap_width

    assert wrap_width(WRAPPED.split("\n")) in range(70, 90)
    news = ["Toàn tỉnh có 2.100 trạm BTS, phủ sóng 4G đến 100% xã, phường, thị trấn và " * 4] * 6
    assert wrap_width(news) is None  # a web page's paragraphs are long single lines


def test_in_a_wrapped_text_a_full_line_goes_on_before_a_number_a_name_or_an_abbreviation() -> None:
    pars = [p.text.replace("\n", " ") for p in paragraphs(WRAPPED)]
    assert pars[:2] == ["BÁO CÁO KẾT QUẢ NĂM 2013", "I. Hạ tầng viễn thông"]  # short lines stay headings
    assert "năm 1991 số UBND xã" in pars[2]  # before an abbreviation
    assert pars[2].endswith("bình quân trên")  # a short line may be the writer's own break: not joined
    assert pars[3].startswith("100 dân là 0,098 máy.")
    assert "tỉnh An Giang đã cung cấp" in pars[3] and "mức độ 4 (chiếm" in pars[3]  # before a name, a number
    assert pars[4:] == ["- Tỷ lệ hồ sơ trực tuyến đạt 62%, cao hơn năm trước nhiều và đạt kế hoạch đề ra."]
    # the same lines in a text that is not wrapped (too few to tell a width) keep the old rule
    assert len(paragraphs("Tổng số máy điện thoại là 278 máy, bình quân trên\n100 dân là 0,098 máy.")) == 2


def test_after_a_semicolon_a_line_in_lower_case_goes_on() -> None:
    text = "Tổng số thuê bao Internet (bao gồm thuê bao băng rộng cố định;\nthuê bao di động) là 8,5 triệu."
    assert len(paragraphs(text)) == 1
    assert len(paragraphs("Kết quả như sau:\n- Tỷ lệ đạt 62%.")) == 2


def test_a_table_s_rows_are_never_joined_as_wrapped_lines() -> None:
    rows = ["Số thuê bao điện thoại di động | Thuê bao | 1.055.245 | 2.486.243 | 2.607.016",
            "Số thuê bao Internet băng rộng cố định | Thuê bao | 145.200 | 160.300 | 175.400",
            "Số trạm thu phát sóng di động BTS của toàn tỉnh | Trạm | 2.104 | 2.250 | 2.380",
            "Doanh thu bưu chính, viễn thông của toàn tỉnh | Tỷ đồng | 3.200 | 3.450 | 3.600",
            "Số điểm bưu điện văn hóa xã đang hoạt động | Điểm | 115 | 115 | 114 | 114"]
    for text in ("\n".join(rows), "\n".join(r.replace(" | ", "  ") for r in rows)):  # Word's rows, a PDF's
        assert len(paragraphs(text)) == len(rows)


def test_items_of_a_list_without_markers_are_not_taken_for_a_wrap() -> None:
    items = ["Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ đạt 45,5%",
             "Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của tỉnh đạt 30,2%",
             "Số thủ tục hành chính được cung cấp trực tuyến toàn trình của tỉnh là 1.025",
             "Tỷ lệ văn bản đi được ký số và gửi nhận trên môi trường mạng đạt 98,76%",
             "Tỷ lệ cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ đạt 100%"]
    assert len(paragraphs("\n".join(items))) == len(items)


def test_a_long_heading_in_capitals_stays_its_own_paragraph_in_a_wrapped_text() -> None:
    heading = "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU VỀ CHUYỂN ĐỔI SỐ NĂM 2023 CỦA TỈNH KIÊN"
    text = WRAPPED.replace("I. Hạ tầng viễn thông\n", heading + "\n")
    pars = [p.text for p in paragraphs(text)]
    assert heading in pars and pars[pars.index(heading) + 1].startswith("Năm 1991")

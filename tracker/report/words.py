"""Every fixed word of the report, in one place for every renderer.

The HTML template (and so the PDF), the Word document and the spreadsheets print these, so
a heading or a column name is changed once and cannot drift between formats (they had:
the DOCX's keywords lacked a phrase the HTML had). What varies with the data (statuses,
notes, the method) is worded in `report.data`; these are the fixed parts of the ND30 form.
The template reaches them as `w.<name>`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    motto: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto_2: str = "Độc lập - Tự do - Hạnh phúc"
    doc_type: str = "BÁO CÁO"
    title_prefix: str = "Báo cáo"  # the file's title: "Báo cáo <summary>"
    keywords: str = "báo cáo, chỉ tiêu, thông tin và truyền thông"
    to: str = "Kính gửi"
    summary: str = "I. TÓM TẮT KẾT QUẢ"
    total: str = "Tổng số chỉ tiêu theo dõi"
    results: str = "II. KẾT QUẢ THỰC HIỆN TỪNG CHỈ TIÊU"
    results_columns: tuple[str, ...] = ("STT", "Chỉ tiêu", "Mục tiêu", "Thời hạn", "Thực hiện", "Tỷ lệ hoàn thành",
                                        "Đánh giá")
    basis: str = "Căn cứ"
    chart_legend: str = ("Biểu đồ nhỏ ở cột Tỷ lệ hoàn thành: chấm đen là số liệu thực hiện, ô vuông là mục tiêu tại "
                         "thời hạn, đường nét đứt là lộ trình từ mốc cơ sở tới mục tiêu.")
    missing: str = "III. SỐ LIỆU CÒN THIẾU, CẦN CẬP NHẬT"
    missing_intro: str = "Chưa có số liệu thực hiện cho {count} chỉ tiêu:"
    none_missing: str = "Tất cả chỉ tiêu đều có số liệu thực hiện."
    stale: str = "Số liệu cần cập nhật:"
    conflicts: str = "Số liệu mâu thuẫn giữa các nguồn:"
    proposals: str = "IV. ĐỀ XUẤT, KIẾN NGHỊ"
    none: str = "Không có."
    end_mark: str = "./."
    recipients: str = "Nơi nhận:"
    as_above: str = "Như trên"
    archive: str = "Lưu: VT, {code}."
    appendix: str = "Phụ lục"
    appendix_title: str = "SỐ LIỆU SỬ DỤNG VÀ PHƯƠNG PHÁP ĐÁNH GIÁ"
    appendix_figures: str = "1. Số liệu và nguồn trích dẫn"
    figure_columns: tuple[str, ...] = ("STT", "Chỉ tiêu", "Giá trị", "Thời điểm", "Trích dẫn nguyên văn",
                                       "Văn bản nguồn")
    no_figures: str = "Không có số liệu nào được sử dụng."
    appendix_method: str = "2. Phương pháp đánh giá"
    # the spreadsheets (XLSX, CSV) carry the data behind the two tables, a column per value
    sheet_targets: str = "Chỉ tiêu"
    sheet_figures: str = "Số liệu"
    sheet_target_columns: tuple[str, ...] = (
        "STT", "Chỉ tiêu", "Mục tiêu", "Thời hạn", "Thực hiện", "Giá trị", "Đơn vị", "Thời điểm",
        "Tỷ lệ hoàn thành (%)", "Đánh giá", "Mã đánh giá", "Dự báo", "Số liệu (Phụ lục)", "Căn cứ", "Trước sáp nhập")
    sheet_figure_columns: tuple[str, ...] = (
        "STT", "Chỉ tiêu", "Giá trị", "Thời điểm", "Trích dẫn nguyên văn", "Ghi chú", "Nguồn gốc", "Văn bản nguồn",
        "Mã văn bản")


WORDS = Words()

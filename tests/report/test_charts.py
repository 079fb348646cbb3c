"""The hand-written SVG chart: escaped text, Vietnamese numbers, the target line, no data."""

from datetime import date

from tracker.report.charts import line_chart


def test_line_chart_has_points_target_and_escaped_title() -> None:
    svg = line_chart("Tỷ lệ <DVC> & mức độ 4", [(date(2020, 7, 15), 12.8), (date(2023, 12, 31), 24.5)], "%",
                     target=30)
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "Tỷ lệ &lt;DVC&gt; &amp; mức độ 4" in svg
    assert svg.count("<circle") == 2 and "12,8%" in svg and "24,5%" in svg and "15/7/2020" in svg
    assert "Mục tiêu 30%" in svg and "stroke-dasharray" in svg


def test_line_chart_without_points_says_so() -> None:
    svg = line_chart("Trạm 5G", [], "count")
    assert "Chưa có số liệu" in svg and "<circle" not in svg

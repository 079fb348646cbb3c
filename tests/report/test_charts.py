"""The hand-written SVG chart: escaped text, Vietnamese numbers, the target line, no data."""

from datetime import date
from xml.etree import ElementTree

from tracker.report.charts import bar_chart, line_chart, progress_chart


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


def test_progress_chart_places_baseline_actual_and_target() -> None:
    svg = progress_chart((date(2023, 1, 1), 20.0), (date(2025, 12, 31), 50.0), "%", baseline=(date(2021, 1, 1), 0.0))
    root = ElementTree.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    dots = root.findall(f"{ns}circle")
    (square,) = root.findall(f"{ns}rect")
    base, actual = dots
    # time runs left to right: baseline, actual, target; higher values are higher up
    assert float(base.get("cx")) < float(actual.get("cx")) < float(square.get("x"))
    assert float(actual.get("cy")) < float(base.get("cy"))
    assert float(square.get("y")) < float(actual.get("cy"))
    assert any(el.get("stroke-dasharray") for el in root.findall(f"{ns}line"))  # the expected path
    alone = ElementTree.fromstring(progress_chart((date(2023, 1, 1), 20.0), (date(2025, 12, 31), 50.0), "%"))
    assert not any(el.get("stroke-dasharray") for el in alone.findall(f"{ns}line"))


def test_bar_chart_orders_and_scales_bars() -> None:
    svg = bar_chart("So sánh <x>", [("1. tỉnh A", 80.0, "80%"), ("2. tỉnh B", 40.0, "40%")], "%")
    root = ElementTree.fromstring(svg)
    a, b = root.findall("{http://www.w3.org/2000/svg}rect")
    assert float(a.get("width")) == 2 * float(b.get("width")) and float(a.get("y")) < float(b.get("y"))
    assert "So sánh &lt;x&gt;" in svg

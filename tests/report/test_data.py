"""Wording that ReportData holds for the template (the template only prints it)."""

from tracker.report.data import basis_text
from tracker.targets.models import Basis


def test_basis_cites_document_date_and_issuer() -> None:
    b = Basis(document="Quyết định 749/QĐ-TTg", date="2020-06-03", issuer="Thủ tướng Chính phủ")
    assert basis_text(b) == "Quyết định 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng Chính phủ"
    assert basis_text(Basis(document="Nghị quyết 05-NQ/TU", date="2021")) == "Nghị quyết 05-NQ/TU năm 2021"
    assert basis_text("Kế hoạch của tỉnh") == "Kế hoạch của tỉnh"
    assert basis_text(None) == ""


def test_projection_is_worded_by_month_and_flags_a_late_date() -> None:
    from datetime import date

    from tracker.evaluate.status import evaluate
    from tracker.extract.model import Observation
    from tracker.report.data import projection_text
    from tracker.targets.models import Target

    def figure(value: float, as_of: str) -> Observation:
        return Observation(id=as_of, doc="d", province="p", indicator="x", value=value, unit="%", qualifier="eq",
                           as_of=as_of, period=None, scope="province", numerator=None, denominator=None, quote="q",
                           start=0, end=1, rule="r", confidence=0.9, published=as_of)

    target = Target.model_validate({"id": "t", "indicator": "x", "target": ">= 80%", "deadline": "2025"})
    slow = evaluate(target, [figure(40, "2022-12-31"), figure(50, "2023-12-31")], date(2024, 1, 1))
    assert slow.projection is not None
    assert projection_text(slow) == f"Dự báo đạt: tháng {slow.projection.month}/{slow.projection.year} (sau thời hạn)"
    fast = evaluate(target, [figure(40, "2022-12-31"), figure(70, "2023-12-31")], date(2024, 1, 1))
    assert projection_text(fast).startswith("Dự báo đạt: tháng") and "sau thời hạn" not in projection_text(fast)
    done = evaluate(target, [figure(85, "2023-12-31")], date(2024, 1, 1))
    assert projection_text(done) == ""


def test_origin_says_who_vouched_and_never_passes_a_note_off_as_a_quote() -> None:
    from dataclasses import replace

    from tracker.extract.model import Observation
    from tracker.report.data import origin_note, origin_text

    o = Observation(id="a", doc="d", province="p", indicator="x", value=13.1, unit="%", qualifier="eq",
                    as_of="2020", period=None, scope="province", numerator=None, denominator=None, quote="q",
                    start=0, end=1, rule="r", confidence=0.9)
    assert (origin_text(o), origin_note(o)) == ("", "")
    assert (origin_text(replace(o, origin="accepted")), origin_note(replace(o, origin="accepted"))) == ("Đã duyệt", "")
    corrected = replace(o, origin="corrected", original_value=12.8)
    assert (origin_text(corrected), origin_note(corrected)) == ("Đã sửa", "Văn bản ghi 12,8%")
    manual = replace(o, origin="manual", quote="số cuối năm")
    assert (origin_text(manual), origin_note(manual)) == ("Nhập tay", "Ghi chú: số cuối năm")


def test_a_missing_target_names_its_indicator_only_when_that_adds_something() -> None:
    from tracker.report.data import _with_indicator

    assert _with_indicator("Tỷ lệ hộ gia đình sử dụng Internet",
                           "Tỷ lệ hộ gia đình sử dụng Internet băng rộng") == "Tỷ lệ hộ gia đình sử dụng Internet"
    assert _with_indicator("Mạng 5G", "Số trạm 5G") == "Mạng 5G (Số trạm 5G)"
    assert _with_indicator("Số trạm 5G", "Số trạm 5G") == "Số trạm 5G"

"""Wording that ReportData holds for the template (the template only prints it)."""

from tracker.report.data import basis_text
from tracker.targets.models import Basis


def test_basis_cites_document_date_and_issuer() -> None:
    b = Basis(document="Quyết định 749/QĐ-TTg", date="2020-06-03", issuer="Thủ tướng Chính phủ")
    assert basis_text(b) == "Quyết định 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng Chính phủ"
    assert basis_text(Basis(document="Nghị quyết 05-NQ/TU", date="2021")) == "Nghị quyết 05-NQ/TU năm 2021"
    assert basis_text("Kế hoạch của tỉnh") == "Kế hoạch của tỉnh"
    assert basis_text(None) == ""

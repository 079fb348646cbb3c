"""Front matter checks: a document with a bad date is named, with the reason."""

from pathlib import Path

import pytest

from tracker.errors import DocumentError
from tracker.ingest.documents import parse_document


@pytest.mark.parametrize(("published", "reason"), [
    ("2025-02-30", "ngày không tồn tại"),
    ("30/6/2025", "ngày không hợp lệ"),
    ("", "ngày không hợp lệ"),
])
def test_a_bad_publication_date_is_named(published: str, reason: str) -> None:
    data = f"---\nprovince: kien-giang\npublished: '{published}'\n---\nNội dung.\n".encode()
    with pytest.raises(DocumentError) as info:
        parse_document(Path("tin.txt"), data)
    assert info.value.doc == "tin.txt" and reason in info.value.reason and "'published'" in info.value.reason


def test_a_good_date_is_kept_as_written() -> None:
    doc = parse_document(Path("tin.txt"), b"---\nprovince: kien-giang\npublished: 2025-06\n---\nN.\n")
    assert doc.published == "2025-06"


@pytest.mark.parametrize(("written", "slug"), [
    ("kien-giang", "kien-giang"), ("Kiên Giang", "kien-giang"), ("tỉnh Kiên Giang", "kien-giang"),
    ("TP.HCM", "ho-chi-minh"), ("ca-nuoc", "ca-nuoc"),
])
def test_the_province_is_resolved_where_the_document_enters(written: str, slug: str) -> None:
    doc = parse_document(Path("a.txt"), f"---\nprovince: {written}\npublished: 2024\n---\nVăn bản.\n".encode())
    assert doc.province == slug


def test_an_unknown_province_is_a_problem_named_by_file_with_a_suggestion() -> None:
    with pytest.raises(DocumentError) as err:
        parse_document(Path("tin.txt"), b"---\nprovince: kien-gian\npublished: 2024\n---\nx\n")
    assert err.value.doc == "tin.txt" and "kien-giang" in err.value.reason

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

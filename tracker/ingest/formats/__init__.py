"""Reading the text out of each file format a department holds.

A reader turns a file's bytes into one `Source`: the text as it reads (paragraphs on their
own lines, pages joined by a blank line), where each page starts in that text, and the
metadata the file itself carries (an HTML page's URL and date). Quotes are exact substrings
of `Source.text`, and a figure's page is found from its offset. Readers never raise anything
but `FormatError`, so one bad file is one warning and the other files still go through.

Heavy libraries (pdfium, trafilatura) are imported inside the reader that needs them: a
folder of text files never pays for them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")
READERS = {
    ".pdf": "pdf", ".docx": "docx", ".doc": "doc", ".html": "html", ".htm": "html",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
}
SUFFIXES = TEXT_SUFFIXES + tuple(READERS)
# What a person calls each format (tracker docs, tracker add, the web's document list).
FORMAT_LABELS = {"txt": "văn bản", "pdf": "PDF", "docx": "Word", "doc": "Word cũ", "html": "trang web",
                 "image": "ảnh"}

# Seconds one document may take to read (a 300-page PDF takes about one; OCR a few per page).
TIME_LIMIT = 300.0


class FormatError(Exception):
    """A file that cannot be read as its format says; the message is for the user."""


@dataclass(frozen=True)
class Source:
    text: str
    format: str  # txt | pdf | docx | doc | html | image
    pages: tuple[int, ...] = ()  # offset in `text` where each page starts (PDF and images)
    meta: dict[str, str] = field(default_factory=dict)  # what the file says of itself
    ocr: bool = False  # the text was read from page images by OCR
    notes: tuple[str, ...] = ()  # read, but with something the user should know


class Deadline:
    """The time a document has left; readers check it between pages."""

    def __init__(self, seconds: float = TIME_LIMIT) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def passed(self) -> bool:
        return self.left() <= 0


def read_source(path: Path, data: bytes, deadline: Deadline | None = None) -> Source:
    """The text of a non-text file (PDF, Word, HTML, image), by its suffix."""
    kind = READERS[path.suffix.lower()]
    deadline = deadline or Deadline()
    if kind == "pdf":
        from tracker.ingest.formats.pdf import read_pdf

        return read_pdf(data, deadline)
    if kind == "docx":
        from tracker.ingest.formats.office import read_docx

        return read_docx(data)
    if kind == "doc":
        from tracker.ingest.formats.office import read_doc

        return read_doc(path, data, deadline)
    if kind == "html":
        from tracker.ingest.formats.web import read_html

        return read_html(data)
    from tracker.ingest.formats.ocr import read_image

    return read_image(data, deadline)


def join_pages(pages: list[str]) -> tuple[str, tuple[int, ...]]:
    """Pages joined by a blank line, with the offset where each one starts."""
    starts: list[int] = []
    parts: list[str] = []
    pos = 0
    for page in pages:
        starts.append(pos)
        parts.append(page)
        pos += len(page) + 2
    return "\n\n".join(parts), tuple(starts)

"""PDF: the text layer page by page (pdfium), OCR for pages that have none.

pdfium (pypdfium2) reads a text layer about a hundred times faster than the pure-Python
PDF parsers and gives its lines in reading order, table rows on one line; it is the engine
Chrome uses, so damaged files that a browser opens open here too. A page whose text layer
holds next to no letters is a scan: it is rendered at 300 dpi and read by Tesseract. A text
layer written in a legacy Vietnamese font (TCVN3, VNI) comes out as Latin-1 look-alikes and
is decoded by the same tables as legacy text files.
"""

from __future__ import annotations

from typing import Any

from tracker.i18n import msg
from tracker.ingest.formats import Deadline, FormatError, Source, join_pages
from tracker.ingest.formats.layout import join_lines, strip_chrome
from tracker.text.decode import legacy_table, redecode

# A page with fewer letters than this in its text layer is taken for a scan.
_SCANNED = 25


def open_pdf(data: bytes) -> Any:
    """The pdfium document, or FormatError saying why it cannot be opened."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise FormatError(msg("PDF được bảo vệ bằng mật khẩu; hãy lưu bản không mật khẩu")) from None
        raise FormatError(msg("PDF hỏng hoặc không đầy đủ ({detail})", detail=exc)) from None
    if len(pdf) == 0:
        pdf.close()
        raise FormatError(msg("PDF không có trang nào"))
    return pdf


def read_pdf(data: bytes, deadline: Deadline) -> Source:
    import pypdfium2 as pdfium

    pdf = open_pdf(data)
    notes: list[str] = []
    try:
        layers: list[list[str]] = []
        damaged: list[int] = []
        for i in range(len(pdf)):
            if deadline.passed():
                raise FormatError(msg("đọc quá {seconds} giây (dừng ở trang {page}/{pages})",
                                      seconds=f"{deadline.seconds:.0f}", page=i + 1, pages=len(pdf)))
            try:
                page = pdf[i]
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                page.close()
            except pdfium.PdfiumError:  # one damaged page: the others are still read
                damaged.append(i)
                text = "\n"
            layers.append(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        if len(damaged) == len(layers):
            raise FormatError(msg("PDF hỏng: không đọc được trang nào"))
        if damaged:
            shown = ", ".join(str(i + 1) for i in damaged[:10])
            notes.append(msg("{count} trang hỏng không đọc được (trang {pages})", count=len(damaged), pages=shown))
        scanned = [i for i, lines in enumerate(layers)
                   if i not in damaged and sum(c.isalpha() for c in "".join(lines)) < _SCANNED]
        if scanned:
            from tracker.ingest.formats.ocr import ocr_pdf_pages

            for i, lines in ocr_pdf_pages(pdf, scanned, deadline, notes).items():
                layers[i] = lines
    finally:
        pdf.close()
    table = legacy_table("\n".join("\n".join(lines) for lines in layers))
    if table:
        layers = [[redecode(ln, table) for ln in lines] for lines in layers]
    pages = [join_lines(lines) for lines in strip_chrome(layers)]
    text, starts = join_pages(pages)
    if not text.strip():
        raise FormatError(msg("PDF không có chữ (không có lớp văn bản và OCR không đọc được gì)"))
    return Source(text, "pdf", starts, ocr=bool(scanned), notes=tuple(notes))

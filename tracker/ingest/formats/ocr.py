"""Scans: page images read by Tesseract with its Vietnamese model.

Tesseract is the well-kept open OCR engine with a trained Vietnamese model in Debian
(`tesseract-ocr-vie`); it runs as a program, one page at a time, with a time limit per
page, so a 40 MB scan can never hang a run. OCR misreads digits now and then, so every
figure read from a scan goes to review before a report uses it (the extractor caps its
confidence); this module only says the text came from OCR.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from functools import lru_cache
from typing import Any

from tracker.i18n import msg
from tracker.ingest.formats import Deadline, FormatError, Source, join_pages
from tracker.ingest.formats.layout import join_lines, strip_chrome

INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-vie"
OCR_DPI = 300  # Tesseract's models are trained on text of about this resolution
_PAGE_SECONDS = 120.0
# Tesseract's OpenMP threads spin against each other on a small machine: one thread reads a
# 300-dpi page in 1.0 s here, four threads in 6.5 s (measured on the 2-core bench machine).
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}
# Images larger than this are refused before decoding (a decompression bomb).
_MAX_PIXELS = 20000 * 20000


@lru_cache(maxsize=1)
def tesseract() -> str:
    """The tesseract program with its Vietnamese model, or FormatError with the install line."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise FormatError(msg("văn bản scan cần Tesseract để đọc chữ (OCR), máy chưa cài; cài bằng: {install}",
                              install=INSTALL))
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise FormatError(msg("không chạy được Tesseract ({detail})", detail=exc)) from None
    if "vie" not in langs.split():
        raise FormatError(msg("Tesseract chưa có mô hình tiếng Việt; cài bằng: {install}", install=INSTALL))
    return exe


def ocr_image(image: bytes, deadline: Deadline) -> list[str]:
    """The lines Tesseract reads in one page image (PNM, PNG, JPEG or TIFF bytes)."""
    exe = tesseract()
    limit = min(_PAGE_SECONDS, deadline.left())
    if limit <= 0:
        raise FormatError(msg("đọc quá {seconds} giây", seconds=f"{deadline.seconds:.0f}"))
    try:
        done = subprocess.run([exe, "stdin", "stdout", "-l", "vie", "--psm", "3"], input=image,
                              capture_output=True, timeout=limit, env=_ENV)
    except subprocess.TimeoutExpired:
        raise FormatError(msg("OCR một trang quá {seconds} giây", seconds=f"{limit:.0f}")) from None
    except OSError as exc:
        raise FormatError(msg("không chạy được Tesseract ({detail})", detail=exc)) from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [msg("lỗi không rõ")]
        raise FormatError(msg("Tesseract không đọc được ảnh ({detail})", detail=reason[0]))
    return done.stdout.decode("utf-8", "replace").split("\n")


def ocr_pdf_pages(pdf: Any, indexes: list[int], deadline: Deadline, notes: list[str]) -> dict[int, list[str]]:
    """OCR of the given pages of an open pdfium document, each rendered at 300 dpi in grey.
    Without Tesseract, a document with some text pages keeps them and says what it skipped."""
    try:
        tesseract()
    except FormatError as exc:
        if len(indexes) == len(pdf):
            raise
        notes.append(msg("bỏ qua {count} trang scan: {reason}", count=len(indexes), reason=exc))
        return {}
    out: dict[int, list[str]] = {}
    for i in indexes:
        if deadline.passed():
            notes.append(msg("OCR dừng ở trang {page} sau {seconds} giây; các trang sau chưa được đọc", page=i + 1,
                             seconds=f"{deadline.seconds:.0f}"))
            break
        page = pdf[i]
        image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
        page.close()
        buf = io.BytesIO()
        image.save(buf, format="PPM")
        out[i] = ocr_image(buf.getvalue(), deadline)
    return out


def read_image(data: bytes, deadline: Deadline) -> Source:
    """A photo or scan of one page (PNG, JPEG, TIFF)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > _MAX_PIXELS:
                raise FormatError(msg("ảnh quá lớn ({width}×{height} điểm ảnh)", width=image.width,
                                      height=image.height))
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise FormatError(msg("ảnh hỏng hoặc không đúng định dạng ({detail})", detail=exc)) from None
    lines = ocr_image(data, deadline)
    text, starts = join_pages([join_lines(p) for p in strip_chrome([lines])])
    if not text.strip():
        raise FormatError(msg("OCR không đọc được chữ nào trong ảnh"))
    return Source(text, "image", starts, ocr=True)

"""Reading documents in other formats: pages per second for text PDFs and for OCR of scans,
documents per second for Word files and saved web pages. The documents are the 64 real dev
documents re-made in each format (tests/ingest/conversions.py); the PDF is all of them, eight
times over, in one file of about 320 pages, the scan is 3 of its pages at 300 dpi.

    python -m bench.formats
"""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path

from bench.common import machine, median_seconds, table
from tests.ingest.conversions import pdf_html, split_front, to_docx, to_html
from tracker.ingest.formats import Deadline
from tracker.ingest.formats.pdf import read_pdf

HEADER = ["format", "input", "seconds", "rate"]
DEV = Path(__file__).resolve().parents[1] / "tests" / "gold" / "dev"


def run() -> list[list[str]]:
    import pypdfium2 as pdfium
    import weasyprint

    from tracker.ingest.formats.office import read_docx
    from tracker.ingest.formats.web import read_html

    docs = [split_front(p.read_text("utf-8")) for p in sorted(DEV.glob("*.txt"))]
    paragraphs = [p for _, pars in docs for p in pars]
    big = bytes(weasyprint.HTML(string=pdf_html(paragraphs * 8)).write_pdf())
    pages = len(pdfium.PdfDocument(big))
    rows = []
    t = median_seconds(lambda: read_pdf(big, Deadline()))
    rows.append(["PDF, text layer", f"{pages} pages", f"{t:.2f}", f"{pages / t:.0f} pages/s"])
    with tempfile.TemporaryDirectory() as tmp:
        blobs = {"docx": [], "html": []}  # type: dict[str, list[bytes]]
        for i, (meta, pars) in enumerate(docs):
            for fmt, make in (("docx", to_docx), ("html", to_html)):
                path = Path(tmp) / f"d{i}.{fmt}"
                make(meta, pars, path)
                blobs[fmt].append(path.read_bytes())
    for fmt, read in (("docx", read_docx), ("html", read_html)):
        t = median_seconds(lambda read=read, fmt=fmt: [read(b) for b in blobs[fmt]])  # type: ignore[misc]
        rows.append([{"docx": "Word (.docx)", "html": "web page"}[fmt], f"{len(blobs[fmt])} documents",
                     f"{t:.2f}", f"{len(blobs[fmt]) / t:.0f} docs/s"])
    scan = _scan(big, 3)
    t0 = time.perf_counter()
    read_pdf(scan, Deadline())
    t = time.perf_counter() - t0
    rows.append(["PDF, scanned (OCR, 300 dpi)", "3 pages", f"{t:.1f}", f"{3 / t:.2f} pages/s"])
    return rows


def _scan(pdf: bytes, n: int) -> bytes:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = [document[i].render(scale=300 / 72, grayscale=True).to_pil() for i in range(n)]
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", resolution=300, save_all=True, append_images=images[1:])
    return buf.getvalue()


if __name__ == "__main__":
    print(machine())
    print()
    print(table("Reading other formats (median of 3 runs; OCR one run)", HEADER, run()))

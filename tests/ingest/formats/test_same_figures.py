"""Bar of issue 18: a real document as text, as Word, as a printed PDF and as a portal page
gives the same figures (indicator, value, date); a 300-dpi scan of the PDF gives most of them,
no figure the text does not have, and all of them for review."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from tests.ingest.conversions import split_front, to_docx, to_html, to_pdf
from tracker.evaluate.status import MIN_CONFIDENCE
from tracker.extract.catalog import default_catalog
from tracker.extract.engine import Extractor
from tracker.ingest.documents import Document, parse_document

DEV = Path(__file__).parents[2] / "gold" / "dev"
# Every fourth dev document (16 of 64, 14 provinces): a spread, not a choice.
SAMPLE = sorted(DEV.glob("*.txt"))[::4]
# The scans: the three sampled documents with the most figures (OCR costs ~6 s a page).
SCANNED = ("an-giang-2021-a", "thai-nguyen-2021-a", "hoa-binh-2023-a")

Figure = tuple[str, float, str]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(default_catalog())


def figures(extractor: Extractor, doc: Document) -> set[Figure]:
    return {(o.indicator, o.value, o.as_of) for o in extractor.extract(doc).observations}


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("formats")
    for path in SAMPLE:
        meta, paragraphs = split_front(path.read_text("utf-8"))
        shutil.copy(path, out / path.name)
        to_docx(meta, paragraphs, out / f"{path.stem}.docx")
        to_pdf(meta, paragraphs, out / f"{path.stem}.pdf")
        to_html(meta, paragraphs, out / f"{path.stem}.html")
    return out


def test_the_sample_is_wide_enough() -> None:
    assert len(SAMPLE) >= 10 and len({p.stem.rsplit("-", 2)[0] for p in SAMPLE}) >= 10


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_every_format_gives_the_figures_of_the_text(converted: Path, extractor: Extractor, fmt: str) -> None:
    differ = {}
    total = 0
    for path in SAMPLE:
        want = figures(extractor, parse_document(converted / path.name))
        got = figures(extractor, parse_document(converted / f"{path.stem}.{fmt}"))
        total += len(want)
        if got != want:
            differ[path.stem] = (sorted(want - got), sorted(got - want))
    assert total >= 40 and not differ


def test_a_figure_keeps_its_page_and_the_metadata_its_origin(converted: Path, extractor: Extractor) -> None:
    doc = parse_document(converted / "an-giang-2021-a.pdf")
    assert doc.format == "pdf" and doc.pages == (0,) and doc.origins["province"] == "sidecar"
    obs = extractor.extract(doc).observations
    assert obs and {o.page for o in obs} == {1}
    assert all(doc.text[o.start : o.end].split() == o.quote.split() for o in obs)
    page = parse_document(converted / "an-giang-2021-a.html")
    assert page.source and page.source.startswith("https://") and page.origins["source"] == "page"
    assert "Trang chủ" not in page.text and "Tin liên quan" not in page.text  # the portal is not the text


def test_the_pdf_reader_drops_running_headers_and_page_numbers(converted: Path) -> None:
    doc = parse_document(converted / "nghe-an-2021-a.pdf")
    assert len(doc.pages) == 2
    assert "Cổng thông tin điện tử" not in doc.text and "Trang 1" not in doc.text and "Trang 2" not in doc.text


def _scan(pdf: Path, out: Path) -> Path:
    """The PDF printed and scanned back at 300 dpi: page images, no text layer."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf.read_bytes())
    images = [document[i].render(scale=300 / 72, grayscale=True).to_pil() for i in range(len(document))]
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", resolution=300, save_all=True, append_images=images[1:])
    out.write_bytes(buf.getvalue())
    shutil.copy(pdf.with_name(pdf.name + ".yaml"), out.with_name(out.name + ".yaml"))
    return out


def test_a_scan_gives_most_figures_none_new_and_all_for_review(converted: Path, extractor: Extractor) -> None:
    want_total = found = 0
    for stem in SCANNED:
        want = figures(extractor, parse_document(converted / f"{stem}.txt"))
        doc = parse_document(_scan(converted / f"{stem}.pdf", converted / f"{stem}-scan.pdf"))
        assert doc.ocr and doc.format == "pdf"
        obs = extractor.extract(doc).observations
        got = {(o.indicator, o.value, o.as_of) for o in obs}
        assert not {v for _, v, _ in got} - {v for _, v, _ in want}  # no value the text lacks
        assert all(o.confidence < MIN_CONFIDENCE and o.page == 1 for o in obs)  # each one goes to review
        want_total += len(want)
        found += len(got & want)
    assert want_total >= 20 and found >= 0.8 * want_total

"""The report as a Word document (python-docx), in the layout of the PDF, for a clerk to edit.

Built from the same ReportData as the HTML, so the two never disagree on content. Word has
no CSS, so the Nghị định 30 layout is set here directly: A4, margins 25/20/20/35 mm, Times
New Roman 14 pt, the header as a borderless two-column table, the short lines under the
issuer and the Tiêu ngữ as top borders of indented empty paragraphs (a border follows the
indents, so its length is set by them), page numbers centred in the header from page 2,
the results table's header row repeated on every page and no row split across pages.
"""

from __future__ import annotations

import io
from typing import Any

from tracker.report.data import ReportData
from tracker.report.words import WORDS

FONT = "Times New Roman"


def to_docx(data: ReportData) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.right_margin = Mm(25), Mm(20)
    section.bottom_margin, section.left_margin = Mm(20), Mm(35)
    section.different_first_page_header_footer = True
    _page_number(section.header.paragraphs[0])
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    _east_asian(normal.element, FONT)
    normal.paragraph_format.space_after = Pt(6)
    core = doc.core_properties
    core.title, core.author, core.subject = f"{WORDS.title_prefix} {data.summary}", data.issuer, data.summary
    core.keywords = f"{WORDS.keywords}, {data.province_name}"

    _header(doc, data)
    _para(doc, WORDS.doc_type, bold=True, center=True, space_before=18)
    _para(doc, data.summary, bold=True, center=True, space_after=0)
    _rule(doc, indent_mm=55)
    if len(data.addressees) == 1:
        _para(doc, f"{WORDS.to}: {data.addressees[0]}.", center=True)
    elif data.addressees:
        _para(doc, f"{WORDS.to}:", left_mm=30, space_after=0)
        for i, a in enumerate(data.addressees):
            _para(doc, f"- {a}{'.' if i == len(data.addressees) - 1 else ';'}", left_mm=30, space_after=0)

    _heading(doc, WORDS.summary)
    counts = "; ".join(f"{c.label}: {c.count}" for c in data.counts)
    _body(doc, f"{WORDS.total}: {len(data.rows)}. {counts}.")
    _heading(doc, WORDS.results)
    header = list(WORDS.results_columns)
    rows = []
    for r in data.rows:
        title = "\n".join([r.title, *([f"{WORDS.basis}: {r.basis}"] if r.basis else []), *r.predecessors])
        actual = r.actual + (f"\n({r.actual_date})" if r.actual_date else "") + (f" {r.source}" if r.source else "")
        status = "\n".join(x for x in (r.status, r.projection, r.stale_note) if x)
        rows.append([str(r.stt), title, r.target, r.deadline, actual, r.progress, status])
    _table(doc, header, rows, widths_mm=[12, 49, 21, 15, 22, 16, 20], size=11, left={1})
    _body(doc, data.source_note)
    _heading(doc, WORDS.missing)
    if data.missing:
        _body(doc, WORDS.missing_intro.format(count=len(data.missing)))
        for m in data.missing:
            _body(doc, f"- {m}")
    else:
        _body(doc, WORDS.none_missing)
    for label, items in ((WORDS.stale, data.stale), (WORDS.conflicts, data.conflicts)):
        if items:
            _body(doc, label)
            for m in items:
                _body(doc, f"- {m}")
    _heading(doc, WORDS.proposals)
    closing = [_body(doc, f"{i}. {p}") for i, p in enumerate(data.proposals, 1)] or [_body(doc, WORDS.none)]
    closing.append(_body(doc, WORDS.end_mark, justify=False))
    for p in closing[-2:]:  # the last paragraph and "./." stay with the signature
        p.paragraph_format.keep_with_next = True
    _signature(doc, data)
    _appendix(doc, data)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _header(doc: Any, data: ReportData) -> None:
    from docx.shared import Pt

    table = doc.add_table(rows=2, cols=2)  # row 2: "Số" beside the place and date (ND30), whatever row 1 holds
    _widths(table, [70, 100], indent_mm=-12)  # the header may reach into the left margin (ND30)
    left, right = table.rows[0].cells
    so_cell, date_cell = table.rows[1].cells
    _para(left, data.parent, size=13, center=True, space_after=0, first=True)
    issuer = _para(left, data.issuer_lines[0], size=13, bold=True, center=True, space_after=0)
    for line in data.issuer_lines[1:]:
        run = issuer.add_run()
        run.add_break()
        run = issuer.add_run(line)
        run.font.size, run.font.bold, run.font.name = Pt(13), True, FONT
    _rule(left, indent_mm=24)
    _para(so_cell, data.so_line, size=13, center=True, first=True, space_before=6)
    _para(right, WORDS.motto, size=13, bold=True, center=True, space_after=0, first=True)
    _para(right, WORDS.motto_2, size=14, bold=True, center=True, space_after=0)
    _rule(right, indent_mm=17)
    _para(date_cell, data.place_date, size=14, italic=True, center=True, first=True, space_before=6)


def _signature(doc: Any, data: ReportData) -> None:
    table = doc.add_table(rows=1, cols=2)
    _widths(table, [80, 75])
    _row_flags(table.rows[0], header=False)
    left, right = table.rows[0].cells
    _para(left, WORDS.recipients, size=12, bold=True, italic=True, space_after=0, first=True)
    entries = ([WORDS.as_above] if data.addressees else []) + data.recipients
    for n in entries:
        _para(left, f"- {n};", size=11, space_after=0)
    _para(left, "- " + WORDS.archive.format(code=data.code), size=11, space_after=0)
    lines = ([data.signer.prefix_line] if data.signer.prefix_line else []) + [data.signer.title]
    for i, line in enumerate(lines):
        _para(right, line, bold=True, center=True, space_after=0, first=i == 0)
    _para(right, data.signer.name, bold=True, center=True, space_before=70)


def _appendix(doc: Any, data: ReportData) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(doc, WORDS.appendix, bold=True, center=True, space_after=0)
    _para(doc, WORDS.appendix_title, bold=True, center=True, space_after=0)
    _para(doc, data.appendix_line, size=13, italic=True, center=True)
    _heading(doc, WORDS.appendix_figures, level3=True)
    if data.figures:
        rows = [[str(f.stt), f.indicator, f.value + (f"\n{f.origin}" if f.origin else ""), f.as_of,
                 (f"“{f.quote}”" if f.quote else "—") + (f"\n{f.note}" if f.note else ""), f.source]
                for f in data.figures]
        _table(doc, list(WORDS.figure_columns), rows,
               widths_mm=[12, 29, 17, 20, 50, 27], size=11, left={1, 4, 5})
    else:
        _body(doc, WORDS.no_figures)
    _heading(doc, WORDS.appendix_method, level3=True)
    for i, m in enumerate(data.method, 1):
        _body(doc, f"{i}. {m}", size=13)


def _para(where: Any, text: str, *, size: float = 14, bold: bool = False, italic: bool = False,
          center: bool = False, justify: bool = False, indent: bool = False, left_mm: float = 0,
          space_before: float = 0, space_after: float = 6, first: bool = False) -> Any:
    """A paragraph with one run; `first` reuses a table cell's initial empty paragraph."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    p = where.paragraphs[0] if first else where.add_paragraph()
    run = p.add_run(text)
    run.font.size, run.font.bold, run.font.italic, run.font.name = Pt(size), bold, italic, FONT
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(space_before), Pt(space_after)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif justify:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        fmt.first_line_indent = Mm(10)
    if left_mm:
        fmt.left_indent = Mm(left_mm)
    return p


def _body(doc: Any, text: str, *, size: float = 14, justify: bool = True) -> Any:
    return _para(doc, text, size=size, justify=justify, indent=True)


def _heading(doc: Any, text: str, *, level3: bool = False) -> Any:
    p = _para(doc, text, bold=True, indent=level3, space_before=10 if not level3 else 8)
    p.paragraph_format.keep_with_next = True
    return p


def _rule(where: Any, *, indent_mm: float) -> None:
    """A short centred line: the top border of an empty paragraph indented on both sides."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    p = where.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = fmt.right_indent = Mm(indent_mm)
    fmt.space_before, fmt.space_after = Pt(1), Pt(4)
    p.paragraph_format.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(key), value)
    borders.append(top)
    p._p.get_or_add_pPr().append(borders)


def _table(doc: Any, header: list[str], rows: list[list[str]], *, widths_mm: list[float], size: float,
           left: set[int]) -> None:
    """A bordered table; the columns in `left` are left-aligned, the others centred; a cell's
    second and later lines (basis, date, note) are one point smaller and italic."""

    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        _para(cell, text, size=size, bold=True, center=True, space_after=0, first=True)
    _row_flags(table.rows[0], header=True)
    for values in rows:
        row = table.add_row()
        _row_flags(row, header=False)
        for i, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            lines = text.split("\n")
            _para(cell, lines[0], size=size, center=i not in left, space_after=0, first=True)
            for line in lines[1:]:
                _para(cell, line, size=size - 1, italic=True, center=i not in left, space_after=0)
    _widths(table, widths_mm)


def _widths(table: Any, widths_mm: list[float], *, indent_mm: float = 0) -> None:
    """Fixed column widths, set on the grid (LibreOffice reads it) and on every cell (Word does)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), str(_twips(w)))
    if indent_mm:
        ind = OxmlElement("w:tblInd")
        ind.set(qn("w:w"), str(_twips(indent_mm)))
        ind.set(qn("w:type"), "dxa")
        table._tbl.tblPr.append(ind)


def _twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


def _row_flags(row: Any, *, header: bool) -> None:
    """Never split a row across pages; repeat the header row on every page."""
    from docx.oxml import OxmlElement

    props = row._tr.get_or_add_trPr()
    props.append(OxmlElement("w:cantSplit"))
    if header:
        props.append(OxmlElement("w:tblHeader"))


def _page_number(paragraph: Any) -> None:
    """A centred PAGE field, 13 pt (the first page has its own, empty header)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.font.size, run.font.name = Pt(13), FONT
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _east_asian(style_element: Any, font: str) -> None:
    """Set the font for every script slot, so Word does not substitute one for Vietnamese."""
    from docx.oxml.ns import qn

    rpr = style_element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), font)

"""The fixed words of the report are the same in the HTML (and so the PDF) and the DOCX."""

from __future__ import annotations

import io
from dataclasses import fields
from datetime import date
from pathlib import Path

from tests.conftest import copy_workspace
from tracker import pipeline
from tracker.report.render import render_html
from tracker.report.word import to_docx
from tracker.report.words import WORDS
from tracker.workspace import Workspace

# Words printed only when the report has such data, or only in the spreadsheets.
CONDITIONAL = {"to", "as_above", "none_missing", "stale", "conflicts", "none", "no_figures", "chart_legend",
               "missing_intro", "archive", "title_prefix", "keywords", "sheet_target_columns",
               "sheet_figure_columns", "sheet_targets", "sheet_figures", "basis"}


def _docx_text(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def test_every_fixed_word_is_in_both_renderings(tmp_path: Path) -> None:
    ws = Workspace.at(copy_workspace(tmp_path / "ws"))
    data, _, _ = pipeline.report_data(ws, "kien-giang", date(2026, 11, 22), number="5")
    html = render_html(data, ws.templates)
    text = _docx_text(to_docx(data))
    checked = 0
    for f in fields(WORDS):
        if f.name in CONDITIONAL:
            continue
        value = getattr(WORDS, f.name)
        for word in value if isinstance(value, tuple) else (value,):
            assert word in html, (f.name, word)
            assert word in text, (f.name, word)
            checked += 1
    assert checked >= 25
    assert WORDS.missing_intro.format(count=len(data.missing)) in html and \
        WORDS.missing_intro.format(count=len(data.missing)) in text
    assert WORDS.archive.format(code=data.code) in html and WORDS.archive.format(code=data.code) in text

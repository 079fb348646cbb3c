"""Rendering ReportData to HTML (Jinja2, autoescaped); the PDF is `tracker.report.pdf`.

Templates live in the workspace's `templates/` so users can edit them. The rendered bytes
are written by `tracker.files` (all files or none, through temporary files and renames).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    select_autoescape,
)

from tracker.errors import WorkspaceError
from tracker.i18n import msg
from tracker.report.data import ReportData
from tracker.report.words import WORDS

TEMPLATE = "report.html.j2"


def render_html(data: ReportData, templates: Path) -> str:
    """The report as HTML: a pure function of the data and the template folder."""
    return render_template(templates, TEMPLATE, r=data, w=WORDS)


@lru_cache(maxsize=8)
def _environment(folder: str) -> Environment:
    """One Jinja environment per template folder, per process (a batch of reports builds it
    once); Jinja still re-reads a template whose file changed (auto_reload)."""
    return Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_template(templates: Path, name: str, **context: object) -> str:
    """A template of the workspace's folder rendered with `context` (autoescaped, strict)."""
    env = _environment(str(templates))
    try:
        return env.get_template(name).render(**context)
    except TemplateNotFound:
        raise WorkspaceError(msg("Thiếu mẫu {path}.", path=templates / name),
                             msg("chép thư mục templates/ của tracker vào thư mục làm việc")) from None
    except TemplateSyntaxError as exc:
        raise WorkspaceError(msg("{path}:{line}: lỗi cú pháp trong mẫu: {detail}",
                                 path=exc.filename or templates / name, line=exc.lineno, detail=exc.message),
                             msg("sửa dòng đó, hoặc chép lại mẫu gốc từ tracker")) from None
    except TemplateError as exc:  # the workspace's template fails on the data: the user's to fix, with its line
        where = templates / name
        line = _template_line(exc, str(where))
        raise WorkspaceError(msg("{path}:{line}: mẫu báo cáo lỗi khi dựng: {detail}", path=where,
                                 line=line if line is not None else "?", detail=exc),
                             msg("sửa dòng đó, hoặc chép lại mẫu gốc từ tracker")) from None


def _template_line(exc: BaseException, filename: str) -> int | None:
    """The line of `filename` that failed: Jinja puts the template's own frames, with the
    template's line numbers, into the traceback of an error raised while rendering."""
    tb, line = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


_STYLESHEET = re.compile(r'<link\s+rel="stylesheet"\s+href="([^"]+)"\s*/?>', re.I)


def standalone(html: str, templates: Path) -> str:
    """The HTML a user receives: each stylesheet of the template folder inlined, so the file
    opened from a mail or a download looks like the PDF (a link to report.css, which is not
    written beside the report, left it unstyled). A href outside the folder is left as is."""
    root = templates.resolve()

    def inline(m: re.Match[str]) -> str:
        path = (root / m.group(1)).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            return m.group(0)
        css = path.read_text("utf-8").replace("</style", "<\\/style")
        return f"<style>\n{css}</style>"

    return _STYLESHEET.sub(inline, html)

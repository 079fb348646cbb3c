"""Rendering ReportData to HTML (Jinja2, autoescaped) and PDF (WeasyPrint), atomically.

Templates live in the workspace's `templates/` so users can edit them. Output files are
written to a temporary file in the same folder and renamed, so a reader never sees half
a report and a failed run leaves the previous report untouched.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
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

from tracker.errors import RenderError, WorkspaceError
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
        raise WorkspaceError(f"Thiếu mẫu {templates / name}.",
                             "chép thư mục templates/ của tracker vào thư mục làm việc") from None
    except TemplateSyntaxError as exc:
        raise WorkspaceError(f"{exc.filename or templates / name}:{exc.lineno}: lỗi cú pháp trong mẫu: {exc.message}",
                             "sửa dòng đó, hoặc chép lại mẫu gốc từ tracker") from None
    except TemplateError as exc:
        raise RenderError(f"lỗi mẫu báo cáo {templates / name}: {exc}") from exc


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


PDF_VARIANT = "pdf/a-3b"  # reports are archived: PDF/A-3b (fonts embedded, sRGB output intent, XMP)


def render_pdf(html: str, templates: Path) -> bytes:
    """PDF/A bytes from report HTML; stylesheets and images resolve against `templates`.

    Title, author, subject, keywords and creation date come from the HTML's <title> and
    <meta> tags, so a template edit can change them.
    """
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    from weasyprint import HTML  # imported late: heavy, and not needed for HTML-only work

    try:
        pdf = HTML(string=html, base_url=str(templates) + os.sep).write_pdf(pdf_variant=PDF_VARIANT)
    except Exception as exc:  # WeasyPrint raises many kinds
        raise RenderError(f"không tạo được PDF: {exc}") from exc
    assert isinstance(pdf, bytes)
    return pdf


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_all(files: dict[Path, bytes]) -> None:
    """Write every file or none: each goes to a temporary file beside it first (a full disk or
    a refused write fails here, and every temporary file is removed); only when all are
    written are they renamed into place. A path that is a folder is refused before anything."""
    for path in files:
        if path.is_dir():
            raise WorkspaceError(f"{path} là một thư mục, không ghi đè được.", "đổi tên hoặc chuyển thư mục đó đi")
    temps: dict[Path, str] = {}
    try:
        for path, data in files.items():
            temps[path] = _write_temp(path, data)
    except OSError as exc:
        for tmp in temps.values():
            Path(tmp).unlink(missing_ok=True)
        raise WorkspaceError(f"Không ghi được {exc.filename or path}: {exc.strerror}; không tệp nào được ghi.",
                             "kiểm tra chỗ trống trên đĩa và quyền ghi của thư mục") from None
    except BaseException:
        for tmp in temps.values():
            Path(tmp).unlink(missing_ok=True)
        raise
    for path, tmp in temps.items():
        os.replace(tmp, path)


def _write_temp(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a report is shared like any file
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file and a rename in the same folder; a write
    that fails (read-only folder, full disk, a folder in the way) is one WorkspaceError."""
    write_all({path: data})

"""Word files: DOCX with python-docx, old DOC through LibreOffice when it is installed.

A DOCX is read in body order, paragraphs and tables interleaved as the reader sees them;
a table row becomes one line with its cells joined by " | ", so a label and its value
("Số trạm BTS | 2.104") stay in one sentence. A merged cell is written once.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any

from tracker.i18n import msg
from tracker.ingest.formats import Deadline, FormatError, Source
from tracker.text.decode import legacy_table, redecode

DOC_INSTALL = "sudo apt-get install libreoffice-writer"


def read_docx(data: bytes) -> Source:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise FormatError(msg("không phải tệp Word .docx (không phải gói zip)"))
    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_body_lines(document))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, zlib.error, EOFError, OSError,
            NotImplementedError) as exc:  # NotImplementedError: a zip method Python cannot unpack
        raise FormatError(msg("tệp .docx hỏng hoặc không phải văn bản Word ({detail})", detail=exc)) from None
    except Exception as exc:  # lxml raises its own errors on a damaged document part
        if type(exc).__module__.startswith("lxml"):
            raise FormatError(msg("tệp .docx hỏng ({detail})", detail=exc)) from None
        raise
    text = "\n".join(ln for ln in lines if ln.strip())
    table = legacy_table(text)
    if table:
        text = redecode(text, table)
    if not text.strip():
        raise FormatError(msg("tệp .docx không có chữ"))
    return Source(text, "docx")


def _body_lines(document: Any) -> Any:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text.strip()
        elif isinstance(block, Table):
            yield from _table_lines(block)


def _table_lines(table: Any) -> Any:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats itself across the span
                continue
            seen.add(id(cell._tc))
            text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if text:
                cells.append(text)
        if cells:
            yield " | ".join(cells)


def read_doc(path: Path, data: bytes, deadline: Deadline) -> Source:
    """An old binary .doc, converted to DOCX by LibreOffice in a scratch folder."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise FormatError(msg("tệp Word cũ .doc cần LibreOffice để đọc; cài bằng: {install}, "
                              "hoặc mở bằng Word và lưu thành .docx", install=DOC_INSTALL))
    with tempfile.TemporaryDirectory(prefix="tracker-doc-") as tmp:
        src = Path(tmp) / ("in" + path.suffix.lower())
        src.write_bytes(data)
        try:
            subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "docx", "--outdir", tmp, str(src)],
                           capture_output=True, timeout=max(1.0, min(120.0, deadline.left())))
        except subprocess.TimeoutExpired:
            raise FormatError(msg("LibreOffice chuyển .doc quá lâu")) from None
        except OSError as exc:
            raise FormatError(msg("không chạy được LibreOffice ({detail})", detail=exc)) from None
        out = Path(tmp) / "in.docx"
        if not out.exists():
            raise FormatError(msg("LibreOffice không chuyển được tệp .doc (tệp hỏng?)"))
        source = read_docx(out.read_bytes())
    return Source(source.text, "doc")

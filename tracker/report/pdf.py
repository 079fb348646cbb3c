"""The report as PDF/A (WeasyPrint), rendered in this process or in a child started early.

Why a child: a cold `tracker report --format pdf` spends about 0.4 s importing WeasyPrint
and about 0.3 s on tracker's own work before the HTML exists (imports, store, report data,
Jinja). Both are single-threaded Python holding the GIL, so a thread cannot overlap them
(measured: no gain), but a process on another core can. `early_renderer()` forks a child
that only imports WeasyPrint and waits; `render_pdf` sends it the finished HTML and gets
back the PDF bytes or the error text. Every decision, message and file write stays in the
parent.

The child is used only where it is safe and worth it: one report, a platform with fork,
and a process with no other thread (a fork copies one thread; a lock held by another would
never be released in the child). Otherwise, and whenever the child cannot be reached, the
PDF is rendered here, as before: the child is a speed-up, never a requirement. It cannot
outlive the parent: it waits on a socket whose other end only the parent holds, so the
parent's exit or death by any signal ends the wait, and the parent kills and reaps it when
the block ends.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from multiprocessing.connection import Connection, Pipe
from pathlib import Path

from tracker.errors import RenderError
from tracker.i18n import msg

PDF_VARIANT = "pdf/a-3b"  # reports are archived: PDF/A-3b (fonts embedded, sRGB output intent, XMP)


def render_pdf(html: str, templates: Path) -> bytes:
    """PDF/A bytes from report HTML; stylesheets and images resolve against `templates`.

    Title, author, subject, keywords and creation date come from the HTML's <title> and
    <meta> tags, so a template edit can change them.
    """
    if _child is not None:
        answer = _child.render(html, templates)
        if answer is not None:
            kind, payload = answer
            if kind == "ok" and isinstance(payload, bytes):
                return payload
            raise RenderError(str(payload))
    return render_here(html, templates)


def render_here(html: str, templates: Path) -> bytes:
    """render_pdf in this process."""
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    from weasyprint import HTML  # imported late: heavy, and not needed for HTML-only work

    try:
        pdf = HTML(string=html, base_url=str(templates) + os.sep).write_pdf(pdf_variant=PDF_VARIANT)
    except Exception as exc:  # WeasyPrint raises many kinds
        raise RenderError(msg("không tạo được PDF: {detail}", detail=exc)) from exc
    assert isinstance(pdf, bytes)
    return pdf


class _Child:
    def __init__(self, pid: int, conn: Connection) -> None:
        self.pid = pid
        self.conn = conn

    def render(self, html: str, templates: Path) -> tuple[str, object] | None:
        """('ok', pdf bytes) or ('error', message); None if the child cannot be reached."""
        try:
            self.conn.send((html, str(templates)))
            answer = self.conn.recv()
        except (OSError, EOFError):
            return None
        return answer if isinstance(answer, tuple) and len(answer) == 2 else None

    def stop(self) -> None:
        self.conn.close()
        with suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)  # it may still be importing: no need to wait for that
        with suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


_child: _Child | None = None


@contextmanager
def early_renderer(enabled: bool = True) -> Iterator[int | None]:
    """For the block, PDFs are rendered by a child that starts importing WeasyPrint now;
    yields its pid, or None where it is not used (see the module's docstring)."""
    global _child
    if not enabled or not hasattr(os, "fork") or threading.active_count() > 1 or _child is not None:
        yield None
        return
    parent_end, child_end = Pipe(duplex=True)
    pid = os.fork()
    if pid == 0:  # the child: serves one PDF, then exits; never returns into the caller
        parent_end.close()
        _serve(child_end)
    child_end.close()
    _child = child = _Child(pid, parent_end)
    try:
        yield pid
    finally:
        _child = None
        child.stop()


def _serve(conn: Connection) -> None:
    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        with suppress(Exception):
            import weasyprint  # noqa: F401  why this process exists: load it while the parent works
        html, templates = conn.recv()
        try:
            conn.send(("ok", render_here(html, Path(templates))))
        except Exception as exc:  # sent back as text; the parent raises it as its RenderError
            conn.send(("error", getattr(exc, "message", None) or str(exc)))
    except BaseException:
        status = 1
    finally:
        os._exit(status)  # no atexit handlers, no flushing of the parent's buffers

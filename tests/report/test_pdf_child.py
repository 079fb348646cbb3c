"""The early PDF child (tracker/report/pdf.py): it renders the PDF, its errors come back as
the parent's RenderError, a dead child means rendering in the parent, and it never outlives
the block or the parent. Each case runs in a fresh interpreter: the child is only forked
from a process without other threads, which a test session cannot promise."""

import subprocess
import sys
import textwrap
import time
from pathlib import Path

PRELUDE = """
import os, signal, sys, threading
from pathlib import Path
from tracker.errors import RenderError
from tracker.report import pdf
HTML = "<html><body><p>Báo cáo thử</p></body></html>"
HERE = Path(".")
def parent_only(html, templates):  # installed in the parent after the fork: the child keeps the real one
    return b"rendered by the parent"
"""


def run(body: str, tmp_path: Path) -> str:
    code = PRELUDE + textwrap.dedent(body)
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def gone(pid: int) -> bool:
    """No such process, or a zombie waiting for init (it has exited)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


def test_the_child_renders_the_pdf_and_is_reaped(tmp_path: Path) -> None:
    out = run("""
        with pdf.early_renderer() as pid:
            assert pid and pid != os.getpid()
            pdf.render_here = parent_only
            data = pdf.render_pdf(HTML, HERE)
        try:
            os.kill(pid, 0)
            print("still there")
        except ProcessLookupError:
            print("reaped")
        print(data[:5])
    """, tmp_path)
    assert out.split() == ["reaped", "b'%PDF-'"]


def test_an_error_in_the_child_is_the_parents_render_error(tmp_path: Path) -> None:
    out = run("""
        def broken(html, templates):
            raise RenderError("không tạo được PDF: hỏng")
        pdf.render_here = broken  # before the fork: the child fails
        with pdf.early_renderer() as pid:
            assert pid
            pdf.render_here = parent_only
            try:
                pdf.render_pdf(HTML, HERE)
            except RenderError as exc:
                print(exc)
    """, tmp_path)
    assert out.strip() == "không tạo được PDF: hỏng"


def test_a_dead_child_means_rendering_in_the_parent(tmp_path: Path) -> None:
    out = run("""
        with pdf.early_renderer() as pid:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pdf.render_here = parent_only
            print(pdf.render_pdf(HTML, HERE).decode())
    """, tmp_path)
    assert out.strip() == "rendered by the parent"


def test_no_child_with_another_thread_or_when_disabled(tmp_path: Path) -> None:
    out = run("""
        with pdf.early_renderer(enabled=False) as pid:
            print(pid)
        stop = threading.Event()
        threading.Thread(target=stop.wait).start()
        with pdf.early_renderer() as pid:
            print(pid)
        stop.set()
    """, tmp_path)
    assert out.split() == ["None", "None"]


def test_the_child_ends_when_the_parent_dies(tmp_path: Path) -> None:
    out = run("""
        cm = pdf.early_renderer()
        pid = cm.__enter__()
        print(pid, flush=True)
        os._exit(0)  # the parent vanishes without cleaning up, as under SIGKILL
    """, tmp_path)
    pid = int(out)
    deadline = time.monotonic() + 30
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert gone(pid)

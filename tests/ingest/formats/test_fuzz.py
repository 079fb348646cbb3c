"""Any bytes under a reader's suffix give text or one FormatError, never another exception:
random bytes, and real files with bytes cut or overwritten (a damaged download)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.ingest.formats import FormatError, read_source


def _pdf() -> bytes:
    import weasyprint

    return bytes(weasyprint.HTML(string="<p>Năm 2024 toàn tỉnh có 2.104 trạm BTS.</p>").write_pdf())


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Năm 2024 toàn tỉnh có 2.104 trạm BTS.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


HTML = ("<html><body><article><p>Năm 2024, toàn tỉnh có 2.104 trạm BTS đang hoạt động trên địa bàn.</p>"
        "</article></body></html>").encode()
GOOD = {".pdf": _pdf(), ".docx": _docx(), ".html": HTML}


def _damaged(good: bytes) -> st.SearchStrategy[bytes]:
    """The file cut short, or with a run of its bytes overwritten."""
    cut = st.integers(0, len(good)).map(lambda n: good[:n])
    spliced = st.tuples(st.integers(0, len(good) - 1), st.binary(min_size=1, max_size=64)).map(
        lambda t: good[: t[0]] + t[1] + good[t[0] + len(t[1]):])
    return cut | spliced


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_files_are_text_or_one_format_error(suffix: str, data: st.DataObject) -> None:
    raw = data.draw(st.binary(max_size=400) | _damaged(GOOD[suffix]))
    try:
        source = read_source(Path("x" + suffix), raw)
    except FormatError as exc:
        assert str(exc)
    else:
        assert source.text.strip() and source.format == suffix[1:]

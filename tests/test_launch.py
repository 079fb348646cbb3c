"""The entry point's glance at the arguments (tracker/launch.py), and the command as a user
runs it: the report made with the early PDF child is the same report."""

import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from tracker.launch import wants_one_pdf


@pytest.mark.parametrize(("args", "expected"), [
    (["report", "-p", "kien-giang"], True),
    (["--lang", "en", "report", "-p", "an-giang", "--format", "html,PDF"], True),
    (["report", "-p", "kien-giang", "--format=pdf"], True),
    (["report", "-p", "kien-giang", "--format", "html"], False),
    (["report", "-p", "kien-giang", "--format=docx"], False),
    (["report", "-p", "kien-giang", "--format"], False),
    (["report", "--all"], False),
    (["report", "--help"], False),
    (["status", "-p", "kien-giang"], False),
    ([], False),
])
def test_which_commands_get_the_early_child(args: list[str], expected: bool) -> None:
    assert wants_one_pdf(args) is expected


def test_the_command_writes_the_report_through_the_child(workspace: Path) -> None:
    tracker = Path(sys.executable).with_name("tracker")
    done = subprocess.run([str(tracker), "report", "-p", "kien-giang", "--as-of", "2026-11-22", "--so", "5"],
                          cwd=workspace, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(workspace / "reports" / "kien-giang" / "bao-cao-2026-11-22.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "Số: 05/BC-STTTT" in text and "Kiên Giang, ngày 22 tháng 11 năm 2026" in text
    assert (workspace / "reports" / "kien-giang" / "bao-cao-2026-11-22.html").is_file()

"""Bad input as a careless or hostile user gives it: one located message, exit status 2, no
traceback, nothing written (the hardening issue). Each case could crash or hang without its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import fill_disk_at
from tracker.cli import app

runner = CliRunner()

_TARGET = ("version: 1\nprovinces:\n  kien-giang:\n    targets:\n      - id: x\n"
           "        indicator: {indicator}\n        target: \"{target}\"\n        deadline: 2025\n")


def _bomb() -> bytes:
    lines = ["version: 1", "a0: &a0 [x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    return ("\n".join(lines) + "\nprovinces: {}\n").encode()


@pytest.mark.parametrize(("content", "where", "says"), [
    (b"\xff\xfe\x00garbage\x81", "targets.yaml:1:1:", "UTF-8"),
    ("version: 1\nprovinces: {}\n# Kiên Giang\n".encode("cp1258"), "targets.yaml:3:", "UTF-8"),
    (b"version: 1\nprovinces: !!python/object/apply:os.system [\"echo hi\"]\n", "targets.yaml:2:12:",
     "!!python/object/apply"),
    (_bomb(), "targets.yaml", "alias"),
    (_TARGET.format(indicator="dvc_level4_share", target="> 150%").encode(), "targets.yaml:7:9:", "0–100"),
    (_TARGET.format(indicator="dvc_level4_share", target="> -5%").encode(), "targets.yaml:7:9:", "0–100"),
    (_TARGET.format(indicator="egov_rank", target="<= 1e400").encode(), "targets.yaml:7:9:", "1e400"),
    (_TARGET.format(indicator="bts_count", target="> 100").encode()
     + b"        baseline: {value: .nan, as_of: 2020}\n", "targets.yaml:9:", "nan"),
])
def test_a_bad_targets_file_is_one_located_message(workspace: Path, content: bytes, where: str, says: str) -> None:
    (workspace / "targets.yaml").write_bytes(content)
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--as-of", "2026-11-22", "-w", str(workspace)])
    assert r.exit_code == 2 and isinstance(r.exception, SystemExit), r.output
    assert where in r.output and says in r.output
    assert not (workspace / "reports").exists()


def test_targets_in_utf16_with_a_bom_are_read(workspace: Path) -> None:
    (workspace / "targets.yaml").write_text((Path(__file__).parents[1] / "targets.yaml").read_text("utf-8"),
                                            "utf-16")
    assert runner.invoke(app, ["validate", "-w", str(workspace)]).exit_code == 0


@pytest.mark.parametrize(("args", "says"), [
    (["--as-of", "9999-12-31"], "quá xa trong tương lai"),
    (["--draft", "--so", "5"], "--draft và --so"),
])
def test_report_options_that_contradict_or_overreach(workspace: Path, args: list[str], says: str) -> None:
    r = runner.invoke(app, ["report", "-p", "kien-giang", *args, "-w", str(workspace)])
    assert r.exit_code == 2 and says in r.output
    assert not (workspace / "reports").exists()


def test_a_full_disk_halfway_writes_no_file(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF written, the HTML refused (ENOSPC): neither may be left, nor a temporary file."""
    fill_disk_at(monkeypatch, 2)
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--as-of", "2026-11-22", "--format", "html,csv",
                            "-w", str(workspace)])
    assert r.exit_code == 2 and "không tệp nào được ghi" in r.output, r.output
    folder = workspace / "reports" / "kien-giang"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_an_output_path_that_is_a_folder_is_named(workspace: Path) -> None:
    (workspace / "reports" / "kien-giang" / "bao-cao-2026-11-22.html").mkdir(parents=True)
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--as-of", "2026-11-22", "--format", "html,csv",
                            "-w", str(workspace)])
    assert r.exit_code == 2 and "là một thư mục" in r.output
    assert sorted(p.name for p in (workspace / "reports" / "kien-giang").iterdir()) == ["bao-cao-2026-11-22.html"]


def test_export_where_no_file_can_be_written_is_one_message(workspace: Path) -> None:
    """A target inside a file (the same refusal as a read-only folder, and one that root gets too)."""
    r = runner.invoke(app, ["export", "--format", "csv", "-o", str(workspace / "targets.yaml" / "a.csv"),
                            "-w", str(workspace)])
    assert r.exit_code == 2 and "Không ghi được" in r.output and isinstance(r.exception, SystemExit), r.output


def test_strict_refuses_a_report_while_a_review_no_longer_applies(workspace: Path) -> None:
    from tracker.store.db import Store
    from tracker.store.figures import add_review, current

    status = ["status", "-p", "kien-giang", "--as-of", "2026-11-22", "-w", str(workspace)]
    assert runner.invoke(app, status).exit_code == 0
    with Store.open(workspace / "tracker.db") as st:
        figure = next(o for o in current(st, "kien-giang") if o.indicator == "dvc_level4_share")
        add_review(st, figure.id, "reject", reason="thử")
    doc = next(p for p in (workspace / "seeds").iterdir() if figure.doc in p.name)
    doc.write_text(doc.read_text("utf-8").replace("273 thủ tục", "274 thủ tục"), "utf-8")  # the sentence changed
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--as-of", "2026-11-22", "--strict", "-w", str(workspace)])
    assert r.exit_code == 2 and "--status orphaned" in r.output
    assert not (workspace / "reports").exists()


def test_a_db_option_naming_another_applications_file_is_refused(workspace: Path) -> None:
    import sqlite3

    other = workspace / "ke-toan.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE so_cai (tai_khoan TEXT)")
    r = runner.invoke(app, ["--db", str(other), "status", "-p", "kien-giang", "-w", str(workspace)])
    said = " ".join(r.output.split())
    assert r.exit_code == 2 and "cơ sở dữ liệu của ứng dụng khác (có bảng so_cai)" in said, said
    with sqlite3.connect(other) as conn:
        assert [n for (n,) in conn.execute("SELECT name FROM sqlite_master")] == ["so_cai"]

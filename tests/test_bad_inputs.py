"""Bad input as a careless or hostile user gives it: one located message, exit status 2, no
traceback, nothing written (the hardening issue). Each case could crash or hang without its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

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

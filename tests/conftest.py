from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


@pytest.fixture(autouse=True)
def _own_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test workspace keeps its own tracker.db, whatever the developer's environment says."""
    monkeypatch.delenv("TRACKER_DB", raising=False)
    monkeypatch.setenv("TRACKER_USER", "kiem-thu")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def copy_workspace(ws: Path) -> Path:
    """Copy the repository's workspace (targets, catalog, seeds, templates) into `ws`."""
    ws.mkdir(exist_ok=True)
    for name in ("targets.yaml", "indicators.yaml"):
        shutil.copy(ROOT / name, ws / name)
    for folder in ("seeds", "templates"):
        shutil.copytree(ROOT / folder, ws / folder)
    return ws


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return copy_workspace(tmp_path / "ws")


def fill_disk_at(monkeypatch: pytest.MonkeyPatch, nth: int) -> None:
    """Make the `nth` temporary file tracker writes fail as on a full disk (ENOSPC)."""
    import errno

    from tracker import files

    original, calls = files._write_temp, []

    def full_disk(path: Path, data: bytes) -> str:
        calls.append(path)
        if len(calls) == nth:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return original(path, data)

    monkeypatch.setattr(files, "_write_temp", full_disk)

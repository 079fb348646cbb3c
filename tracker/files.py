"""Writing files so that a reader never sees half of one: every file of a run or none.

Each file goes to a temporary file in its own folder (synced to disk) and is renamed into
place only when all of them are written, so a killed run or a full disk leaves the previous
files untouched. Reports, exports, charts and the documents `tracker add` copies into seeds/
are all written this way.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tracker.errors import WorkspaceError
from tracker.i18n import msg


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
            raise WorkspaceError(msg("{path} là một thư mục, không ghi đè được.", path=path),
                                 msg("đổi tên hoặc chuyển thư mục đó đi"))
    temps: dict[Path, str] = {}
    try:
        for path, data in files.items():
            temps[path] = _write_temp(path, data)
    except OSError as exc:
        for tmp in temps.values():
            Path(tmp).unlink(missing_ok=True)
        raise WorkspaceError(msg("Không ghi được {path}: {reason}; không tệp nào được ghi.",
                                 path=exc.filename or path, reason=exc.strerror),
                             msg("kiểm tra chỗ trống trên đĩa và quyền ghi của thư mục")) from None
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

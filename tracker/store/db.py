"""The figures store: one SQLite file in the workspace (`tracker.db`).

Why SQLite: one file a department can copy, transactions that survive a killed process,
and readers that never block the writer (WAL). Every write goes through `Store.write()`,
a `BEGIN IMMEDIATE` transaction, so two tracker processes on one workspace queue up
instead of interleaving; `busy_timeout` makes the second one wait rather than fail.

The schema is versioned by `PRAGMA user_version` and brought forward by `migrations.py`.
A database from a newer tracker is refused, never downgraded; a file that is not a
database is named with a hint, never overwritten.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from tracker.errors import StoreError
from tracker.i18n import msg
from tracker.store.migrations import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 60_000

# The states a figure can be in for review (tracker review list --status …).
STATES = ("pending", "accepted", "rejected", "corrected", "orphaned")
# What people read for a figure's review state or origin (the CLI's table and the web pages).
STATE_LABELS = {"pending": "chờ duyệt", "accepted": "đã duyệt", "rejected": "từ chối", "corrected": "đã sửa",
                "orphaned": "mồ côi", "manual": "nhập tay", "extracted": "trích tự động", "superseded": "đã thay"}


def now() -> str:
    """The local time with its offset, to the second: when a review or a run happened."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def current_user() -> str:
    """Who is acting: $TRACKER_USER, else the login name."""
    try:
        return os.environ.get("TRACKER_USER") or getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "không rõ"


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's 'not a database' / 'malformed' into a StoreError that names the file."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise StoreError(msg("{path}: cơ sở dữ liệu đang bị một tiến trình tracker khác khóa quá lâu.", path=path),
                             msg("đợi tiến trình kia chạy xong rồi chạy lại")) from exc
        if "unable to open" in text or "readonly" in text:
            raise StoreError(msg("Không mở hoặc không ghi được {path}.", path=path),
                             msg("kiểm tra quyền ghi của tệp và thư mục chứa nó")) from exc
        raise  # anything else is a bug: keep the traceback
    except sqlite3.DatabaseError as exc:
        if type(exc) is not sqlite3.DatabaseError:  # IntegrityError, ProgrammingError…: bugs
            raise
        raise StoreError(
            msg("{path} bị hỏng hoặc không phải cơ sở dữ liệu của tracker ({detail}).", path=path, detail=exc),
            msg("khôi phục từ bản sao lưu (tracker db backup), hoặc đổi tên tệp này để tracker tạo cơ sở dữ liệu mới"),
        ) from exc


class Store:
    """An open store. Use `Store.open(path)`; close it (or use `with`) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating if needed) and migrate the store at `path`."""
        with translate_errors(path):
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            try:
                conn.row_factory = sqlite3.Row
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("BEGIN")  # the version and the tables from one snapshot: another process
                try:  # may be creating the store right now (tables first, version at its commit)
                    version = conn.execute("PRAGMA user_version").fetchone()[0]
                    _refuse_newer(path, version)
                    _refuse_foreign(path, conn, version)  # before WAL: that too would change the file
                finally:
                    conn.execute("COMMIT")
                use_wal(conn)
                conn.execute("PRAGMA synchronous = FULL")  # a committed review survives a power cut
                store = cls(path, conn)
                if version < SCHEMA_VERSION:
                    store._migrate()
            except BaseException:
                conn.close()
                raise
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back on any error, so the store is never half-written."""
        with translate_errors(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        with self.write() as db:
            # Re-read inside the lock: another process may have migrated meanwhile.
            version = db.execute("PRAGMA user_version").fetchone()[0]
            _refuse_newer(self.path, version)
            _refuse_foreign(self.path, db, version)
            for number in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[number]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number + 1}")

    def backup(self, dest: Path) -> None:
        """A consistent copy of the store at `dest` (written beside it, then renamed)."""
        dest = dest.resolve()
        if dest == self.path.resolve():
            raise StoreError(msg("Không thể sao lưu {path} vào chính nó.", path=dest), msg("chọn một đường dẫn khác"))
        if dest.is_dir():
            raise StoreError(msg("{path} là một thư mục.", path=dest),
                             msg("cho biết tên tệp, ví dụ sao-luu/tracker-2025-12-31.db"))
        if not dest.parent.is_dir():
            raise StoreError(msg("Không có thư mục {folder}.", folder=dest.parent), msg("tạo thư mục đó trước"))
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
        except OSError as exc:  # a read-only folder, a full disk
            raise StoreError(msg("Không ghi được vào {folder}: {reason}.", folder=dest.parent, reason=exc.strerror),
                             msg("chọn thư mục khác hoặc kiểm tra quyền ghi")) from None
        os.close(fd)
        try:
            with translate_errors(self.path):
                target = sqlite3.connect(tmp)
                try:
                    self.conn.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                finally:
                    target.close()
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def use_wal(conn: sqlite3.Connection, timeout: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Put the file in WAL mode, retrying while another process holds it.

    The switch needs an exclusive lock and SQLite does not run the busy handler for it, so
    two processes opening a new store at once failed with "database is locked" (seen in
    about 1 run in 20 of the two-report test). WAL is a property of the file: once one
    process has switched it, the others find it done.
    """
    deadline = time.monotonic() + timeout
    pause = 0.01
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return
            if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal":
                return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
        if time.monotonic() >= deadline:
            raise sqlite3.OperationalError("database is locked (WAL mode could not be set)")
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _refuse_newer(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(
            msg("{path} được tạo bởi phiên bản tracker mới hơn (lược đồ {version}, bản này chỉ biết đến {known}).",
                path=path, version=version, known=SCHEMA_VERSION),
            msg("cập nhật tracker (pip install -U tracker); không sửa tệp này bằng bản cũ"),
        )


def _refuse_foreign(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """Another application's SQLite file (tables, but no tracker schema version): tracker must
    not add its tables to it (`--db` pointing at the wrong file). A negative schema version is
    no tracker's either."""
    if version < 0:
        raise StoreError(
            msg("{path} bị hỏng hoặc không phải cơ sở dữ liệu của tracker ({detail}).", path=path,
                detail=f"user_version {version}"),
            msg("khôi phục từ bản sao lưu (tracker db backup), hoặc đổi tên tệp này để tracker tạo cơ sở dữ liệu mới"),
        )
    if version:
        return
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    if tables:
        raise StoreError(
            msg("{path} là cơ sở dữ liệu của ứng dụng khác (có bảng {tables}), không phải của tracker.",
                path=path, tables=", ".join(tables[:5])),
            msg("chỉ ra tệp khác bằng --db (tệp chưa có sẽ được tạo), hoặc bỏ --db để dùng tracker.db của thư mục "
                "làm việc"),
        )


def _statements(script: str) -> list[str]:
    """Split a migration into statements (no semicolons inside our SQL literals)."""
    code = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    return [sql.strip() for sql in code.split(";") if sql.strip()]

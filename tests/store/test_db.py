"""The store file: migrations, refusal of newer or corrupt files, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tracker.errors import StoreError
from tracker.store.db import SCHEMA_VERSION, Store, _statements
from tracker.store.migrations import MIGRATIONS


def test_new_store_is_at_the_latest_schema_in_wal_mode(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as s:
        assert s.version == SCHEMA_VERSION == len(MIGRATIONS)
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert int(s.conn.execute("PRAGMA busy_timeout").fetchone()[0]) >= 10_000


def test_migration_from_the_first_schema_keeps_reviews_and_manual_figures(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for sql in _statements(MIGRATIONS[0]):
        conn.execute(sql)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO reviews (observation, action, reason, by, at) "
                 "VALUES ('abcdef0123456789', 'reject', 'sai phạm vi', 'lan', '2024-01-02T10:00:00+07:00')")
    conn.execute("INSERT INTO manual_figures (province, indicator, value, unit, as_of, source, by, at) "
                 "VALUES ('kien-giang', 'stations_5g', 12, 'count', '2024-06', 'Công văn 5/STTTT', 'lan', 'x')")
    conn.commit()
    conn.close()
    with Store.open(path) as s:
        assert s.version == SCHEMA_VERSION
        assert s.conn.execute("SELECT reason FROM reviews").fetchone()[0] == "sai phạm vi"
        assert s.conn.execute("SELECT value FROM manual_figures").fetchone()[0] == 12
        assert s.conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 0  # table added by migration 2


def test_a_newer_store_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert "phiên bản tracker mới hơn" in info.value.message
    assert path.read_bytes() == before


def test_another_applications_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (name TEXT)")
    conn.execute("INSERT INTO customers VALUES ('An')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert str(path) in info.value.message and "customers" in info.value.message
    assert info.value.hint is not None and "--db" in info.value.hint
    assert path.read_bytes() == before  # no tracker tables, not even WAL mode
    assert not path.with_name("app.db-wal").exists()


def test_a_store_with_a_negative_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    with Store.open(path):
        pass
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = -5")
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert "user_version -5" in info.value.message and str(path) in info.value.message


def test_a_file_that_is_not_a_database_is_named_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    path.write_bytes(b"not a database at all, just some text" * 200)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert str(path) in info.value.message
    assert info.value.hint is not None and "sao lưu" in info.value.hint
    assert path.read_bytes().startswith(b"not a database")


def test_write_rolls_back_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as db:
        db.execute("INSERT INTO runs (kind, started_at, details) VALUES ('report', 'x', '{}')")
        raise RuntimeError("boom")
    assert store.conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 0


def test_backup_is_a_consistent_standalone_copy(store: Store, tmp_path: Path) -> None:
    with store.write() as db:
        db.execute("INSERT INTO runs (kind, started_at, details) VALUES ('report', 'x', '{}')")
    dest = tmp_path / "copy.db"
    store.backup(dest)
    assert not list(tmp_path.glob(".copy.db.*"))  # no temporary file left
    copy = sqlite3.connect(dest)
    assert copy.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(StoreError):
        store.backup(store.path)
    with pytest.raises(StoreError):
        store.backup(tmp_path / "no-such-folder" / "x.db")


class _BusyThenFree:
    """A connection whose WAL switch is refused `busy` times, as when another process holds the file."""

    def __init__(self, busy: int, refuse_by: str) -> None:
        self.busy, self.refuse_by, self.mode = busy, refuse_by, "delete"

    def execute(self, sql: str) -> sqlite3.Cursor:
        if sql == "PRAGMA journal_mode = WAL":
            if self.busy:
                self.busy -= 1
                if self.refuse_by == "error":
                    raise sqlite3.OperationalError("database is locked")
            else:
                self.mode = "wal"
        conn = sqlite3.connect(":memory:")
        return conn.execute("SELECT ?", (self.mode,))


@pytest.mark.parametrize("refuse_by", ["error", "old mode"])
def test_the_wal_switch_is_retried_while_another_process_holds_the_file(refuse_by: str) -> None:
    from tracker.store.db import use_wal

    conn = _BusyThenFree(3, refuse_by)
    use_wal(conn, timeout=5)  # type: ignore[arg-type]
    assert conn.mode == "wal"
    stuck = _BusyThenFree(10**6, refuse_by)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        use_wal(stuck, timeout=0.05)  # type: ignore[arg-type]


def test_a_lock_held_too_long_is_a_located_message_not_a_traceback(tmp_path: Path) -> None:
    from tracker.store.db import translate_errors

    with pytest.raises(StoreError) as info, translate_errors(tmp_path / "tracker.db"):
        raise sqlite3.OperationalError("database is locked")
    assert "khóa quá lâu" in info.value.message and info.value.hint
    with pytest.raises(sqlite3.OperationalError), translate_errors(tmp_path / "tracker.db"):
        raise sqlite3.OperationalError("no such table: x")  # a bug keeps its traceback

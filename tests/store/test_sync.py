"""Incremental extraction: what is re-read, what is kept, what is superseded."""

from __future__ import annotations

import os
from pathlib import Path

from tests.store.conftest import BTS, DOSSIER, write_doc
from tracker.extract.catalog import Catalog
from tracker.store.db import Store
from tracker.store.figures import current
from tracker.store.sync import sync


def _rows(store: Store) -> list[tuple[object, ...]]:
    return [tuple(r) for r in store.conn.execute(
        "SELECT id, doc, indicator, value, superseded_at IS NULL FROM observations ORDER BY id")]


def test_sync_twice_reads_nothing_the_second_time_and_rows_are_identical(
        store: Store, catalog: Catalog, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_doc(docs, "a", BTS)
    write_doc(docs, "b", DOSSIER)
    first = sync(store, docs, catalog)
    rows = _rows(store)
    second = sync(store, docs, catalog)
    assert (first.read, first.unchanged) == (2, 0)
    assert (second.read, second.unchanged) == (0, 2)
    assert _rows(store) == rows
    assert {r[2] for r in rows} == {"bts_count", "stations_5g", "dossier_online_share"}


def test_a_touched_but_unchanged_file_is_hashed_not_reread(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    path = write_doc(tmp_path / "docs", "a", BTS)
    sync(store, path.parent, catalog)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    again = sync(store, path.parent, catalog)
    assert (again.read, again.unchanged) == (0, 1)
    row = store.conn.execute("SELECT mtime_ns FROM documents WHERE id = 'a'").fetchone()
    assert row[0] == path.stat().st_mtime_ns  # the new stat is remembered: next time not even hashed


def test_an_edit_supersedes_the_vanished_figure_and_keeps_the_unchanged_one(
        store: Store, catalog: Catalog, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_doc(docs, "a", BTS, DOSSIER)
    sync(store, docs, catalog)
    before = {o.indicator: o for o in current(store)}
    seen = dict(store.conn.execute("SELECT id, seen_at FROM observations").fetchall())
    write_doc(docs, "a", "Ngành đã tổ chức hội nghị sơ kết.", BTS.replace("1.250", "1.300"), DOSSIER)
    result = sync(store, docs, catalog)
    assert result.read == 1
    after = {o.indicator: o for o in current(store)}
    assert after["bts_count"].value == 1300
    assert after["dossier_online_share"].id == before["dossier_online_share"].id  # edit elsewhere: same id
    assert after["dossier_online_share"].start != before["dossier_online_share"].start  # offsets follow the text
    kept = after["dossier_online_share"].id
    assert store.conn.execute("SELECT seen_at FROM observations WHERE id = ? AND superseded_at IS NULL",
                              (kept,)).fetchone()[0] == seen[kept]
    old = store.conn.execute("SELECT value, superseded_at FROM observations WHERE id = ?",
                             (before["bts_count"].id,)).fetchone()
    assert old[0] == 1250 and old[1] is not None  # kept, marked superseded


def test_a_removed_document_is_marked_and_comes_back_with_the_same_ids(
        store: Store, catalog: Catalog, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    path = write_doc(docs, "a", BTS)
    sync(store, docs, catalog)
    ids = {o.id for o in current(store)}
    saved = path.read_bytes()
    path.unlink()
    gone = sync(store, docs, catalog)
    assert gone.removed == 1 and current(store) == []
    assert store.conn.execute("SELECT removed_at IS NOT NULL FROM documents WHERE id = 'a'").fetchone()[0] == 1
    path.write_bytes(saved)
    back = sync(store, docs, catalog)
    assert back.read == 1 and {o.id for o in current(store)} == ids


def test_an_unreadable_document_is_warned_about_on_every_run_without_rereading(
        store: Store, catalog: Catalog, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_doc(docs, "a", BTS)
    (docs / "hong.txt").write_bytes(b"\x00\x01\x02 binary")
    first = sync(store, docs, catalog)
    second = sync(store, docs, catalog)
    assert [p.doc for p in first.problems] == [p.doc for p in second.problems] == ["hong.txt"]
    assert second.read == 0
    assert first.problems[0].reason == second.problems[0].reason


def test_two_files_with_one_document_id_are_refused_by_name(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_doc(docs, "a", BTS)
    (docs / "a.md").write_text((docs / "a.txt").read_text("utf-8"), "utf-8")
    result = sync(store, docs, catalog)
    assert len(result.problems) == 1 and "trùng mã văn bản 'a'" in result.problems[0].reason


def test_a_catalog_change_rereads_every_document(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_doc(docs, "a", BTS)
    sync(store, docs, catalog)
    smaller = catalog.model_copy(update={"indicators": [i for i in catalog.indicators if i.key != "stations_5g"]})
    result = sync(store, docs, smaller)
    assert result.read == 1
    assert {o.indicator for o in current(store)} == {"bts_count"}


def test_workers_give_the_same_store(catalog: Catalog, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    for i in range(140):  # more than two chunks
        write_doc(docs, f"d{i:03d}", BTS if i % 2 else DOSSIER)
    with Store.open(tmp_path / "one.db") as one, Store.open(tmp_path / "two.db") as two:
        sync(one, docs, catalog)
        ticks: list[tuple[int, int]] = []
        sync(two, docs, catalog, workers=2, progress=lambda d, t: ticks.append((d, t)))
        assert _rows(one) == _rows(two)
        assert ticks[-1] == (140, 140)


def test_history_shows_replaced_values_only_when_asked(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    from tracker.store.queries import history

    docs = tmp_path / "docs"
    write_doc(docs, "a", BTS)
    sync(store, docs, catalog)
    write_doc(docs, "a", BTS.replace("1.250", "1.300"))
    sync(store, docs, catalog)
    assert [(p.figure.value, p.state) for p in history(store, "kien-giang", "bts_count")] == [(1300, "extracted")]
    every = history(store, "kien-giang", "bts_count", include_superseded=True)
    assert sorted((p.figure.value, p.state) for p in every) == [(1250, "superseded"), (1300, "extracted")]


def test_the_fingerprint_covers_the_calibration_and_the_registry(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A new calibration changes confidences, so every document must be read again."""
    from tracker.store import sync as sync_module

    read: list[str] = []
    original = Path.read_bytes

    def spy(self: Path) -> bytes:
        read.append(self.name)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    sync_module._code_hash.__wrapped__()
    assert {"calibration.yaml", "provinces.yaml", "engine.py", "dating.py"} <= set(read)


def test_a_review_follows_its_figure_into_a_renamed_document_and_is_orphaned_by_an_edit(
        store: Store, catalog: Catalog, tmp_path: Path) -> None:
    from tracker.store.figures import add_review, review_items

    docs = tmp_path / "docs"
    path = write_doc(docs, "a", BTS)
    sync(store, docs, catalog)
    bts = next(o for o in current(store) if o.indicator == "bts_count")
    add_review(store, bts.id, "reject", reason="số của cả khu vực")
    path.rename(docs / "b.txt")  # renamed: same bytes
    assert sync(store, docs, catalog).carried == 1
    states = {(i.figure.doc, i.figure.indicator): i.state for i in review_items(store)}
    assert states[("b", "bts_count")] == "rejected"  # the decision still applies, nothing orphaned
    assert "orphaned" not in states.values()
    (docs / "b.txt").write_text((docs / "b.txt").read_text("utf-8").replace("35 trạm 5G", "40 trạm 5G"), "utf-8")
    sync(store, docs, catalog)  # another number of the same sentence edited: the sentence changed
    orphaned = [i for i in review_items(store) if i.state == "orphaned"]
    assert [i.figure.indicator for i in orphaned] == ["bts_count"]


def test_what_the_folder_holds_besides_documents_is_named(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_doc(docs, "a", BTS)
    (docs / "bao-cao.pdf").write_bytes(b"%PDF-1.7")  # read as a PDF: damaged
    (docs / "bang.xlsx").write_bytes(b"PK")
    (docs / "cu").mkdir()
    (docs / "hong.txt").symlink_to(docs / "khong-co.txt")
    os.mkfifo(docs / "ong")
    (docs / ".an").write_text("x")
    problems = {p.doc: p.reason for p in sync(store, docs, catalog).problems}
    assert set(problems) == {"bao-cao.pdf", "bang.xlsx", "cu/", "hong.txt", "ong"}
    assert "định dạng .xlsx" in problems["bang.xlsx"] and "liên kết hỏng" in problems["hong.txt"]
    assert "PDF hỏng" in problems["bao-cao.pdf"]
    assert sorted(o.indicator for o in current(store)) == ["bts_count", "stations_5g"]  # the document is read


def test_a_sidecar_is_part_of_its_document(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    import docx

    docs = tmp_path / "docs"
    docs.mkdir()
    d = docx.Document()
    d.add_paragraph("Năm 2024, toàn tỉnh có 2.104 trạm BTS đang hoạt động.")
    d.save(str(docs / "bc.docx"))
    (docs / "bc.docx.yaml").write_text("province: kien-giang\npublished: 2024-12-30\n", "utf-8")
    (docs / "mo-coi.pdf.yaml").write_text("province: kien-giang\n", "utf-8")
    first = sync(store, docs, catalog)
    assert [(p.doc, "không có văn bản đi cùng" in p.reason) for p in first.problems] == [("mo-coi.pdf.yaml", True)]
    assert [(o.province, o.value, o.as_of) for o in current(store)] == [("kien-giang", 2104, "2024")]
    row = store.conn.execute("SELECT format, origins FROM documents WHERE id = 'bc'").fetchone()
    assert row["format"] == "docx" and '"province": "sidecar"' in row["origins"]
    assert sync(store, docs, catalog).read == 0  # nothing changed, nothing read
    (docs / "bc.docx.yaml").write_text("province: an-giang\npublished: 2024-12-30\n", "utf-8")
    assert sync(store, docs, catalog).read == 1  # the sidecar changed: the document is read again
    assert [o.province for o in current(store)] == ["an-giang"]


def test_a_wrong_sidecar_is_its_documents_problem_on_every_run(store: Store, catalog: Catalog, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "bc.txt").write_text("Năm 2024, toàn tỉnh có 2.104 trạm BTS.", "utf-8")
    (docs / "bc.txt.yaml").write_text("province: kien-giang\nfoo: 1\n", "utf-8")
    for _ in range(2):
        problems = sync(store, docs, catalog).problems
        assert [p.doc for p in problems] == ["bc.txt"] and problems[0].reason.startswith("bc.txt.yaml: ")
    assert current(store) == []

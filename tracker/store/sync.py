"""Bringing the store up to date with the documents folder, reading only what changed.

A document is re-read when its bytes or the extraction itself (rules, catalog, code:
`fingerprint`) changed. Size and modification time are checked first, like git does, so
a re-run over ten thousand unchanged files hashes none of them. A changed document's old
figures are superseded, not deleted: the reviews tied to their stable ids stay, and a
figure that comes back gets its review back. Each chunk of documents is one transaction,
so a killed run keeps what it finished and leaves nothing half-written.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.errors import DocumentError
from tracker.extract.catalog import Catalog
from tracker.extract.model import Observation
from tracker.i18n import msg
from tracker.ingest.documents import Document, document_paths, skipped_entries
from tracker.ingest.metadata import sidecar_path
from tracker.store.db import Store, now

if TYPE_CHECKING:
    from tracker.extract.batch import Corpus

_OBS_COLUMNS = ("id", "doc", "province", "indicator", "value", "unit", "qualifier", "as_of", "period", "scope",
                "numerator", "denominator", "quote", "start", "end", "rule", "confidence", "derived", "published",
                "inputs", "page")


@dataclass
class SyncResult:
    read: int = 0  # documents read and extracted this time
    unchanged: int = 0
    removed: int = 0
    carried: int = 0  # reviews carried to the same figure of a renamed document
    fingerprint: str = ""
    problems: list[DocumentError] = field(default_factory=list)


@lru_cache(maxsize=1)
def _code_hash() -> str:
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for sub in ("text", "ingest", "extract"):
        for f in sorted((root / sub).rglob("*.py")):
            h.update(f.relative_to(root).as_posix().encode())
            h.update(f.read_bytes())
    # data the extractor reads besides the catalog: rule confidences, the province registry
    for name in ("calibration.yaml", "provinces.yaml"):
        h.update((root / "data" / name).read_bytes())
    return h.hexdigest()


def fingerprint(catalog: Catalog) -> str:
    """What a document's figures depend on besides its bytes: the catalog and the extractor code."""
    h = hashlib.sha256(_code_hash().encode())
    h.update(catalog.model_dump_json().encode("utf-8"))
    return h.hexdigest()[:16]


def sync(store: Store, folder: Path, catalog: Catalog, *, workers: int = 1,
         progress: Callable[[int, int], None] | None = None) -> SyncResult:
    """Make the store's documents and figures those of `folder`, reading only what changed."""
    fp = fingerprint(catalog)
    known = {r["id"]: r for r in store.conn.execute(
        "SELECT id, file, sha256, size, mtime_ns, fingerprint, error, notes, removed_at FROM documents")}
    result = SyncResult(fingerprint=fp)
    todo: list[Path] = []
    facts: dict[str, tuple[str, int, int]] = {}  # file name -> (sha256, size, mtime_ns)
    touched: list[tuple[str, int, int, str]] = []
    names: dict[str, str] = {}
    paths = document_paths(folder)
    result.problems.extend(skipped_entries(folder))
    if not paths:
        result.problems.append(DocumentError(
            f"{folder.name}/", msg("thư mục không có văn bản nào (.txt, .md, .pdf, .docx, .html, ảnh scan); "
                                   "báo cáo chỉ dùng số liệu nhập tay")))
    for path in paths:
        doc_id = path.stem
        if doc_id in names:
            result.problems.append(DocumentError(
                path.name, msg("trùng mã văn bản '{id}' với {other}; đổi tên một trong hai tệp", id=doc_id,
                               other=names[doc_id])))
            continue
        names[doc_id] = path.name
        row = known.get(doc_id)
        try:
            action, digest, st = _plan(path, row, fp)
        except OSError as exc:
            result.problems.append(DocumentError(path.name, msg("không đọc được tệp: {reason}", reason=exc.strerror)))
            continue
        if action == "read" or row is None:
            todo.append(path)
            facts[path.name] = (digest, *st)
            continue
        if action == "touch":
            touched.append((path.name, *st, doc_id))
        result.unchanged += 1
        if row["error"]:
            result.problems.append(DocumentError(path.name, row["error"]))
        for note in (row["notes"] or "").splitlines():
            result.problems.append(DocumentError(path.name, note))
    gone = [i for i, r in known.items() if i not in names and r["removed_at"] is None]
    with store.write() as db:
        db.executemany("UPDATE documents SET file = ?, size = ?, mtime_ns = ? WHERE id = ?", touched)
        stamp = now()
        for doc_id in gone:
            db.execute("UPDATE documents SET removed_at = ? WHERE id = ?", (stamp, doc_id))
            _supersede(db, doc_id, [], stamp)
        result.removed = len(gone)
    if progress:
        progress(0, len(todo))
    if todo:
        _read(store, todo, catalog, facts, fp, result, workers=workers, progress=progress)
    if gone or todo:
        with store.write() as db:
            result.carried = _carry_reviews(db)
    return result


def _read(store: Store, todo: list[Path], catalog: Catalog, facts: dict[str, tuple[str, int, int]], fp: str,
          result: SyncResult, *, workers: int, progress: Callable[[int, int], None] | None) -> None:
    """Read and extract the changed documents, one transaction per chunk. The engine is
    imported here, so a run with nothing to read never loads it (a cold report saves ~40 ms)."""
    from tracker.extract.batch import extract_paths

    for part in extract_paths(todo, catalog, workers=workers):
        with store.write() as db:
            _write_chunk(db, part, facts, fp)
        result.read += len(part.documents) + len(part.problems)
        result.problems.extend(part.problems)
        result.problems.extend(DocumentError(d.path.name, note) for d in part.documents for note in d.notes)
        if progress:
            progress(result.read, len(todo))


def _carry_reviews(db: sqlite3.Connection) -> int:
    """Reviews follow a figure whose document was renamed: a review of a figure no longer in
    any document follows it to the one live figure with the same indicator, sentence, value and
    date in a document with the same bytes as the reviewed one (its review history is re-pointed
    to the figure's new id). Other reviews of vanished
    figures stay orphaned (listed, and refused by --strict): a person decides again."""
    rows = db.execute(
        """SELECT r.*, o.indicator, o.value AS v, o.as_of AS a, o.quote, d.sha256
           FROM reviews r
           JOIN (SELECT id, indicator, value, as_of, quote, doc, MAX(row) FROM observations GROUP BY id) o
             ON o.id = r.observation
           JOIN documents d ON d.id = o.doc
           WHERE r.id = (SELECT MAX(id) FROM reviews WHERE observation = r.observation)
             AND NOT EXISTS (SELECT 1 FROM observations l WHERE l.id = r.observation AND l.superseded_at IS NULL)"""
    ).fetchall()
    carried = 0
    for r in rows:
        same = db.execute(
            """SELECT DISTINCT o.id FROM observations o JOIN documents d ON d.id = o.doc
               WHERE o.superseded_at IS NULL AND d.removed_at IS NULL AND d.sha256 = ? AND o.indicator = ?
                 AND o.value = ? AND o.as_of = ? AND o.quote = ?""",
            (r["sha256"], r["indicator"], r["v"], r["a"], r["quote"])).fetchall()
        if len(same) != 1 or db.execute("SELECT 1 FROM reviews WHERE observation = ?", (same[0]["id"],)).fetchone():
            continue
        # the figure's whole review history moves with it (no row is deleted)
        db.execute("UPDATE reviews SET observation = ? WHERE observation = ?", (same[0]["id"], r["observation"]))
        carried += 1
    return carried


def _plan(path: Path, row: sqlite3.Row | None, fp: str) -> tuple[str, str, tuple[int, int]]:
    """'skip' (same size and time), 'touch' (new time, same bytes) or 'read', with the hash and
    (size, mtime_ns). A document's sidecar (`x.pdf.yaml`) is part of it: editing the sidecar
    re-reads the document."""
    files = [path] + [s for s in (sidecar_path(path),) if s.is_file()]
    stats = [f.stat() for f in files]
    st = (sum(s.st_size for s in stats), max(s.st_mtime_ns for s in stats))
    current = row is not None and row["removed_at"] is None and row["fingerprint"] == fp
    if row is not None and current and row["file"] == path.name and (row["size"], row["mtime_ns"]) == st:
        return "skip", str(row["sha256"]), st
    h = hashlib.sha256(path.read_bytes())
    if len(files) > 1:
        h.update(b"\0sidecar\0" + files[1].read_bytes())
    digest = h.hexdigest()
    return ("touch" if current and row is not None and row["sha256"] == digest else "read"), digest, st


def _write_chunk(db: sqlite3.Connection, part: Corpus, facts: dict[str, tuple[str, int, int]], fp: str) -> None:
    stamp = now()
    by_doc: dict[str, list[Observation]] = {d.id: [] for d in part.documents}
    for o in part.observations:
        by_doc[o.doc].append(o)
    for doc in part.documents:
        _put_document(db, doc.id, doc.path.name, facts[doc.path.name], fp, stamp, doc=doc)
        db.executemany(_UPSERT, [_obs_row(o, stamp) for o in by_doc[doc.id]])
        _supersede(db, doc.id, [o.id for o in by_doc[doc.id]], stamp)
    for t in part.targets:
        db.execute("INSERT INTO target_candidates (doc, data) VALUES (?, ?)",
                   (t.doc, json.dumps(t.to_dict(), ensure_ascii=False)))
    for problem in part.problems:
        doc_id = Path(problem.doc).stem
        _put_document(db, doc_id, problem.doc, facts[problem.doc], fp, stamp, error=problem.reason)
        _supersede(db, doc_id, [], stamp)


def _put_document(db: sqlite3.Connection, doc_id: str, file: str, fact: tuple[str, int, int], fp: str, stamp: str,
                  *, doc: Document | None = None, error: str | None = None) -> None:
    meta = (doc.province, doc.published, doc.period, doc.kind, doc.title, doc.source, doc.encoding, doc.format,
            len(doc.pages) or None, int(doc.ocr), json.dumps(doc.origins, ensure_ascii=False),
            "\n".join(doc.notes) or None) if doc else (None,) * 12
    db.execute("DELETE FROM target_candidates WHERE doc = ?", (doc_id,))
    db.execute(
        """INSERT INTO documents (id, file, sha256, size, mtime_ns, fingerprint, province, published, period, kind,
                                  title, source, encoding, format, pages, ocr, origins, notes, error, read_at,
                                  removed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
           ON CONFLICT(id) DO UPDATE SET file = excluded.file, sha256 = excluded.sha256, size = excluded.size,
               mtime_ns = excluded.mtime_ns, fingerprint = excluded.fingerprint, province = excluded.province,
               published = excluded.published, period = excluded.period, kind = excluded.kind,
               title = excluded.title, source = excluded.source, encoding = excluded.encoding,
               format = excluded.format, pages = excluded.pages, ocr = excluded.ocr, origins = excluded.origins,
               notes = excluded.notes, error = excluded.error, read_at = excluded.read_at, removed_at = NULL""",
        (doc_id, file, *fact, fp, *meta, error, stamp),
    )


_QUOTED = ", ".join('"' + c + '"' for c in _OBS_COLUMNS)
_UPSERT = (
    f"INSERT INTO observations ({_QUOTED}, seen_at) VALUES ({', '.join('?' * (len(_OBS_COLUMNS) + 1))}) "
    "ON CONFLICT(id) WHERE superseded_at IS NULL DO UPDATE SET "
    + ", ".join('"' + c + '" = excluded."' + c + '"' for c in _OBS_COLUMNS if c != "id")
)


def _obs_row(o: Observation, stamp: str) -> tuple[object, ...]:
    values = [getattr(o, c) for c in _OBS_COLUMNS]
    values[_OBS_COLUMNS.index("inputs")] = json.dumps(list(o.inputs))
    return (*values, stamp)


def _supersede(db: sqlite3.Connection, doc_id: str, keep: list[str], stamp: str) -> None:
    """Mark the document's current figures that are not in `keep` as superseded."""
    db.execute(
        "UPDATE observations SET superseded_at = ? WHERE doc = ? AND superseded_at IS NULL "
        "AND id NOT IN (SELECT value FROM json_each(?))",
        (stamp, doc_id, json.dumps(keep)),
    )
    if not keep:
        db.execute("DELETE FROM target_candidates WHERE doc = ?", (doc_id,))

"""Reading the store for reports and people: sources, report runs, a figure's history.

Kept apart from sync (which writes documents) and figures (reviews and manual figures) so
each module answers one question.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tracker.extract.model import Observation, TargetCandidate
from tracker.store.db import Store, now
from tracker.store.figures import apply_review, latest_reviews, manual_figures, row_observation
from tracker.text.dates import to_date


@dataclass(frozen=True)
class DocumentInfo:
    """What a report says about a source document."""

    id: str
    title: str | None
    source: str | None
    published: str


def document_provinces(store: Store) -> set[str]:
    """The provinces with figures to report: documents now in seeds/ (read without error), manual figures."""
    rows = store.conn.execute(
        "SELECT province FROM documents WHERE error IS NULL AND removed_at IS NULL AND province IS NOT NULL "
        "UNION SELECT province FROM manual_figures")
    return {r["province"] for r in rows}


def documents(store: Store) -> dict[str, DocumentInfo]:
    """Every document that was read, including removed ones (old figures may still cite them)."""
    rows = store.conn.execute("SELECT id, title, source, published FROM documents WHERE error IS NULL")
    return {r["id"]: DocumentInfo(r["id"], r["title"], r["source"], r["published"]) for r in rows}


def record_run(store: Store, kind: str, province: str | None, as_of: str | None, started: str, details: str) -> int:
    with store.write() as db:
        cur = db.execute(
            "INSERT INTO runs (kind, province, as_of, started_at, finished_at, details) VALUES (?, ?, ?, ?, ?, ?)",
            (kind, province, as_of, started, now(), details))
    assert cur.lastrowid is not None
    return cur.lastrowid


def runs(store: Store, province: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM runs" + (" WHERE province = ?" if province else "") + " ORDER BY id"
    out = []
    for r in store.conn.execute(sql, (province,) if province else ()):
        item = dict(r)
        item["details"] = json.loads(item["details"])
        out.append(item)
    return out


@dataclass(frozen=True)
class Point:
    """One value of a figure's time series."""

    figure: Observation  # as the report would use it (review applied), or as extracted if rejected
    state: str  # extracted | accepted | corrected | manual | rejected | superseded


def history(store: Store, province: str, indicator: str, *, include_superseded: bool = False) -> list[Point]:
    """Every value of one indicator for one province across documents and manual entries, by date."""
    reviews = latest_reviews(store)
    sql = "SELECT *, superseded_at IS NOT NULL AS old FROM observations WHERE province = ? AND indicator = ?"
    if not include_superseded:
        sql += " AND superseded_at IS NULL"
    points = []
    for row in store.conn.execute(sql, (province, indicator)):
        o = row_observation(row)
        if row["old"]:
            points.append(Point(o, "superseded"))
            continue
        applied = apply_review(o, reviews.get(o.id))
        points.append(Point(o, "rejected") if applied is None else Point(applied, applied.origin))
    points += [Point(m, "manual") for m in manual_figures(store, province) if m.indicator == indicator]
    points.sort(key=lambda p: (to_date(p.figure.as_of), p.figure.doc, p.figure.start))
    return points


def candidates(store: Store) -> list[TargetCandidate]:
    """The target statements found in the current documents."""
    rows = store.conn.execute(
        "SELECT t.data FROM target_candidates t JOIN documents d ON d.id = t.doc "
        "WHERE d.removed_at IS NULL ORDER BY t.doc, t.row")
    return [TargetCandidate(**json.loads(r["data"])) for r in rows]


@dataclass(frozen=True)
class DocumentRow:
    """One document of the folder as `tracker docs` lists it."""

    id: str
    file: str
    format: str | None
    pages: int | None
    ocr: bool
    province: str | None
    published: str | None
    title: str | None
    source: str | None
    origins: dict[str, str]
    figures: int  # current figures read from it
    error: str | None  # why it could not be read
    notes: list[str]  # read, with warnings

    def format_text(self) -> str:
        """'PDF, 7 trang, OCR', as `tracker docs` and the web's list show it."""
        from tracker.ingest.formats import FORMAT_LABELS

        parts = [FORMAT_LABELS.get(self.format or "", self.format or "")]
        parts += [f"{self.pages} trang"] if self.pages else []
        parts += ["OCR"] if self.ocr else []
        return ", ".join(p for p in parts if p)

    def origins_text(self) -> str:
        """Where the province and the date came from: 'tệp kèm .yaml', 'nội dung văn bản'."""
        from tracker.ingest.metadata import ORIGINS

        named = [ORIGINS.get(self.origins[k], self.origins[k]) for k in ("province", "published") if k in self.origins]
        return ", ".join(dict.fromkeys(named))


def document_rows(store: Store) -> list[DocumentRow]:
    """Every document now in the folder, read or not, by file name."""
    rows = store.conn.execute(
        """SELECT d.*, (SELECT COUNT(*) FROM observations o WHERE o.doc = d.id AND o.superseded_at IS NULL) AS n
           FROM documents d WHERE d.removed_at IS NULL ORDER BY d.file""")
    return [DocumentRow(r["id"], r["file"], r["format"], r["pages"], bool(r["ocr"]), r["province"], r["published"],
                        r["title"], r["source"], json.loads(r["origins"] or "{}"), r["n"], r["error"],
                        (r["notes"] or "").splitlines()) for r in rows]

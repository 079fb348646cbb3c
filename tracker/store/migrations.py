"""The store's schema, as an ordered list of migrations; `PRAGMA user_version` is the index.

A migration is never edited once released: a new need is a new migration appended at the
end, so a database made by any earlier tracker can be brought forward step by step.
Migration 2 added report runs and target candidates after the first schema; opening a
version-1 database applies it in place, keeping every review and manual figure.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: documents, the figures found in them, reviews, manual figures.
    """
    CREATE TABLE documents (
        id           TEXT PRIMARY KEY,      -- file name without extension
        file         TEXT NOT NULL,         -- file name inside the documents folder
        sha256       TEXT NOT NULL,         -- of the raw bytes
        size         INTEGER NOT NULL,
        mtime_ns     INTEGER NOT NULL,
        fingerprint  TEXT NOT NULL,         -- extraction code + catalog that read it
        province     TEXT,
        published    TEXT,
        period       TEXT,
        kind         TEXT,
        title        TEXT,
        source       TEXT,
        encoding     TEXT,
        error        TEXT,                  -- why it could not be read, else NULL
        read_at      TEXT NOT NULL,
        removed_at   TEXT                   -- the file left the folder
    );
    CREATE TABLE observations (
        row          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL,         -- stable id (extract.model.stable_id)
        doc          TEXT NOT NULL,
        province     TEXT NOT NULL,
        indicator    TEXT NOT NULL,
        value        REAL NOT NULL,
        unit         TEXT NOT NULL,
        qualifier    TEXT NOT NULL,
        as_of        TEXT NOT NULL,
        period       TEXT,
        scope        TEXT NOT NULL,
        numerator    REAL,
        denominator  REAL,
        quote        TEXT NOT NULL,
        start        INTEGER NOT NULL,
        "end"        INTEGER NOT NULL,
        rule         TEXT NOT NULL,
        confidence   REAL NOT NULL,
        derived      INTEGER NOT NULL,
        published    TEXT NOT NULL,
        inputs       TEXT NOT NULL,         -- JSON list of observation ids
        seen_at      TEXT NOT NULL,
        superseded_at TEXT                  -- no longer in its document; kept, never deleted
    );
    CREATE UNIQUE INDEX observations_current ON observations(id) WHERE superseded_at IS NULL;
    CREATE INDEX observations_doc ON observations(doc);
    CREATE INDEX observations_indicator ON observations(province, indicator);
    CREATE TABLE reviews (
        id           INTEGER PRIMARY KEY,
        observation  TEXT NOT NULL,         -- stable id; no foreign key: a review outlives its figure
        action       TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'correct')),
        value        REAL,
        as_of        TEXT,
        reason       TEXT,
        by           TEXT NOT NULL,
        at           TEXT NOT NULL
    );
    CREATE INDEX reviews_observation ON reviews(observation);
    CREATE TABLE manual_figures (
        id           INTEGER PRIMARY KEY,
        province     TEXT NOT NULL,
        indicator    TEXT NOT NULL,
        value        REAL NOT NULL,
        unit         TEXT NOT NULL,
        qualifier    TEXT NOT NULL DEFAULT 'eq',
        as_of        TEXT NOT NULL,
        source       TEXT NOT NULL,
        note         TEXT,
        by           TEXT NOT NULL,
        at           TEXT NOT NULL
    );
    """,
    # 2: what each report was made from, and the target statements found in documents.
    """
    CREATE TABLE runs (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,         -- 'report'
        province     TEXT,
        as_of        TEXT,
        started_at   TEXT NOT NULL,
        finished_at  TEXT,
        details      TEXT NOT NULL          -- JSON: inputs (hashes) and outputs (paths, hashes)
    );
    CREATE TABLE target_candidates (
        row          INTEGER PRIMARY KEY,
        doc          TEXT NOT NULL,
        data         TEXT NOT NULL          -- JSON of extract.model.TargetCandidate
    );
    CREATE INDEX target_candidates_doc ON target_candidates(doc);
    """,
    # 3: documents in other formats (PDF, Word, web pages, scans) and the page a figure is on.
    """
    ALTER TABLE documents ADD COLUMN format TEXT;       -- txt | pdf | docx | doc | html | image
    ALTER TABLE documents ADD COLUMN pages INTEGER;     -- page count of a PDF or scan
    ALTER TABLE documents ADD COLUMN ocr INTEGER;       -- 1: text read from page images
    ALTER TABLE documents ADD COLUMN origins TEXT;      -- JSON: metadata field -> where it came from
    ALTER TABLE documents ADD COLUMN notes TEXT;        -- read, with warnings (one per line)
    ALTER TABLE observations ADD COLUMN page INTEGER;   -- the page the quote is on
    """,
]

"""Figures as a person signs them: extracted ones with their reviews, and manual ones.

A review is tied to a figure's stable id, never to a row, so it survives re-extraction:
when the sentence is still in the document, the review applies again; when the figure is
gone, the review is kept and listed as orphaned. The latest review of a figure decides:
rejected figures never reach a report, corrected ones carry the new value and keep the
original quote, accepted ones count even below the confidence threshold. Manual figures
(from a phone call, an internal spreadsheet) cite the source the user gave.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from dataclasses import dataclass, replace
from datetime import date

from tracker.errors import StoreError, UserError
from tracker.extract.catalog import Catalog
from tracker.extract.model import QUALIFIERS, Observation
from tracker.i18n import msg
from tracker.provinces import lookup
from tracker.store.db import STATES, Store, current_user, now
from tracker.text.dates import check_date_text, to_date
from tracker.text.numbers import format_quantity

_ACTION_STATE = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}


@dataclass(frozen=True)
class Review:
    id: int
    observation: str
    action: str  # accept | reject | correct
    value: float | None
    as_of: str | None
    reason: str | None
    by: str
    at: str


@dataclass(frozen=True)
class ReviewItem:
    """One extracted figure as `tracker review list` shows it."""

    figure: Observation  # as extracted (or as last seen, when orphaned)
    state: str  # one of STATES
    review: Review | None
    source: str  # the document's title and publisher

    def value_text(self) -> str:
        """The value as a person reads it, with a correction shown: '12,8% → 13,1%'."""
        o, r = self.figure, self.review
        shown = format_quantity(o.value, o.unit)
        if r is not None and r.action == "correct" and r.value is not None:
            shown += " → " + format_quantity(r.value, o.unit)
        return shown


def conflicting_values(items: list[ReviewItem]) -> dict[tuple[str, str, str], set[float]]:
    """The values standing for each (province, indicator, as_of) among figures still in play
    (not rejected, not orphaned): two or more are a conflict a person should see side by side."""
    out: dict[tuple[str, str, str], set[float]] = {}
    for i in items:
        if i.state not in ("rejected", "orphaned"):
            out.setdefault((i.figure.province, i.figure.indicator, i.figure.as_of), set()).add(i.figure.value)
    return out


def contradicting(values: dict[tuple[str, str, str], set[float]], figure: Observation) -> list[float]:
    """The other values in play for the figure's province, indicator and date (conflicting_values)."""
    return sorted(v for v in values.get((figure.province, figure.indicator, figure.as_of), set()) if v != figure.value)


def reading_note(figure: Observation, concept_rules: frozenset[str]) -> str | None:
    """What a reviewer should know of how a figure was read, when it was a guess: a concept rule
    (the indicator's words around the number, no known phrase) found it."""
    if figure.origin == "extracted" and figure.rule in concept_rules:
        return msg("đọc theo khái niệm, không theo cụm từ quen thuộc: đối chiếu trích dẫn")
    return None


def check_as_of(value: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD date that exists, or UserError."""
    try:
        return check_date_text(value)
    except ValueError as exc:
        text = str(exc)
        raise UserError(text[0].upper() + text[1:] + ".", msg("ví dụ 2025, 2025-06 hoặc 2025-06-30")) from None


def check_value(value: float, unit: str) -> float:
    if not math.isfinite(value) or value < 0 or (unit == "%" and value > 100):
        need = msg("một tỷ lệ phần trăm từ 0 đến 100") if unit == "%" else msg("một số không âm")
        raise UserError(msg("Giá trị không hợp lệ: {value} (chỉ tiêu này cần {need}).", value=value, need=need),
                        msg("ghi giá trị không kèm đơn vị, dấu chấm thập phân: 12.8"))
    return value


def indicator_unit(catalog: Catalog, key: str) -> str:
    ind = catalog.get(key)
    if ind is None:
        close = catalog.closest(key)
        raise UserError(msg("Chỉ tiêu không có trong danh mục: '{key}'.", key=key),
                        msg("có phải ý bạn là {close}?", close=close) if close else
                        msg("xem tracker/data/indicators.yaml"))
    return ind.unit


# --- reading -----------------------------------------------------------------------------

def row_observation(row: sqlite3.Row) -> Observation:
    return Observation(
        id=row["id"], doc=row["doc"], province=row["province"], indicator=row["indicator"], value=row["value"],
        unit=row["unit"], qualifier=row["qualifier"], as_of=row["as_of"], period=row["period"], scope=row["scope"],
        numerator=row["numerator"], denominator=row["denominator"], quote=row["quote"], start=row["start"],
        end=row["end"], rule=row["rule"], confidence=row["confidence"], derived=bool(row["derived"]),
        published=row["published"], inputs=tuple(json.loads(row["inputs"])), page=row["page"],
    )


def _review(row: sqlite3.Row) -> Review:
    return Review(row["id"], row["observation"], row["action"], row["value"], row["as_of"], row["reason"],
                  row["by"], row["at"])


def latest_reviews(store: Store) -> dict[str, Review]:
    """The latest review of every reviewed figure, by stable id."""
    rows = store.conn.execute("SELECT * FROM reviews ORDER BY id")
    return {r["observation"]: _review(r) for r in rows}


def apply_review(o: Observation, review: Review | None) -> Observation | None:
    """The figure as the report uses it: None when rejected."""
    if review is None:
        return o
    if review.action == "reject":
        return None
    if review.action == "correct":
        return replace(o, value=review.value if review.value is not None else o.value,
                       as_of=review.as_of or o.as_of, qualifier="eq", origin="corrected", original_value=o.value)
    return replace(o, origin="accepted")


def current(store: Store, province: str | None = None) -> list[Observation]:
    """The extracted figures of the documents as they are now (not superseded), as extracted."""
    sql = "SELECT * FROM observations WHERE superseded_at IS NULL"
    args: tuple[str, ...] = ()
    if province:
        sql, args = sql + " AND province = ?", (province,)
    return [row_observation(r) for r in store.conn.execute(sql + " ORDER BY doc, start, id", args)]


def figures(store: Store, province: str | None = None) -> list[Observation]:
    """Every figure a report may use: current extracted ones with reviews applied, and manual ones."""
    reviews = latest_reviews(store)
    out = [f for o in current(store, province) if (f := apply_review(o, reviews.get(o.id))) is not None]
    return out + manual_figures(store, province)


def manual_figures(store: Store, province: str | None = None) -> list[Observation]:
    sql = "SELECT * FROM manual_figures" + (" WHERE province = ?" if province else "") + " ORDER BY id"
    rows = store.conn.execute(sql, (province,) if province else ())
    return [
        Observation(
            id=f"m{r['id']}", doc="", province=r["province"], indicator=r["indicator"], value=r["value"],
            unit=r["unit"], qualifier=r["qualifier"], as_of=r["as_of"], period=None, scope="province",
            numerator=None, denominator=None, quote=r["note"] or "", start=0, end=0, rule="manual",
            confidence=1.0, origin="manual", source=r["source"],
        )
        for r in rows
    ]


def review_items(store: Store, province: str | None = None, state: str | None = None, *,
                 indicator: str | None = None, confidence: tuple[float, float] = (0.0, 1.0)) -> list[ReviewItem]:
    """Figures for review, low confidence first; orphaned reviews are those whose figure left its
    document. Filters: province, review state, indicator, confidence range (both ends included)."""
    if state is not None and state not in STATES:
        raise UserError(msg("Trạng thái không hợp lệ: '{state}'.", state=state),
                        msg("dùng {choices}", choices=", ".join(STATES)))
    reviews = latest_reviews(store)
    sources = _sources(store)
    items = []
    live = current(store, province)
    for o in live:
        r = reviews.get(o.id)
        items.append(ReviewItem(o, _ACTION_STATE[r.action] if r else "pending", r, sources.get(o.doc, o.doc)))
    live_ids = {o.id for o in live}
    gone = [i for i in reviews if i not in live_ids]
    for chunk in (gone[i : i + 500] for i in range(0, len(gone), 500)):
        sql = ("SELECT * FROM observations WHERE id IN (SELECT value FROM json_each(?))"
               + (" AND province = ?" if province else "") + " ORDER BY row")
        last: dict[str, Observation] = {}
        for row in store.conn.execute(sql, (json.dumps(chunk), province) if province else (json.dumps(chunk),)):
            last[row["id"]] = row_observation(row)
        items += [ReviewItem(o, "orphaned", reviews[i], sources.get(o.doc, o.doc)) for i, o in last.items()]
    low, high = confidence
    items = [i for i in items if (state is None or i.state == state)
             and (indicator is None or i.figure.indicator == indicator) and low <= i.figure.confidence <= high]
    items.sort(key=lambda i: (i.figure.confidence, i.figure.doc, i.figure.start))
    return items


def _sources(store: Store) -> dict[str, str]:
    out = {}
    for r in store.conn.execute("SELECT id, title, source FROM documents"):
        out[r["id"]] = "; ".join(p for p in (r["title"], r["source"]) if p) or r["id"]
    return out


# --- writing -----------------------------------------------------------------------------

class ReviewConflict(StoreError):
    """Someone reviewed the figure after the person saving last saw it."""


def _check_seen(db: sqlite3.Connection, obs_id: str, seen: int) -> None:
    row = db.execute("SELECT * FROM reviews WHERE observation = ? ORDER BY id DESC LIMIT 1", (obs_id,)).fetchone()
    if (row["id"] if row else 0) == seen:
        return
    if row is None:
        raise ReviewConflict(msg("Số liệu này đã đổi trạng thái từ khi bạn mở trang."), msg("tải lại trang"))
    r = _review(row)
    what = {"accept": msg("chấp nhận"), "reject": msg("từ chối"), "correct": msg("sửa")}[r.action]
    detail = msg(" thành {value}", value=f"{r.value:g}") if r.action == "correct" and r.value is not None else ""
    because = msg(" (lý do: {reason})", reason=r.reason) if r.reason else ""
    raise ReviewConflict(msg("{by} đã {what} số liệu này{detail} lúc {time} ngày {day}{because}; "
                             "thay đổi của bạn chưa được lưu.", by=r.by, what=what, detail=detail, time=r.at[11:16],
                             day=r.at[:10], because=because),
                         msg("tải lại trang để xem trạng thái mới rồi quyết định lại"))

def resolve(store: Store, prefix: str) -> str:
    """The full stable id of the figure whose id starts with `prefix` (at least 4 characters)."""
    p = prefix.strip().lower()
    if len(p) < 4 or not re.fullmatch(r"[0-9a-f]+", p):
        raise StoreError(msg("Mã số liệu không hợp lệ: '{id}'.", id=prefix),
                         msg("dùng mã trong cột 'mã' của tracker review list"))
    rows = store.conn.execute(
        "SELECT DISTINCT id, superseded_at IS NULL AS live FROM observations WHERE id >= ? AND id < ? "
        "ORDER BY live DESC", (p, p + "g")).fetchall()
    ids = sorted({r["id"] for r in rows})
    if not ids:
        raise StoreError(msg("Không có số liệu nào mang mã '{id}'.", id=prefix),
                         msg("xem mã bằng lệnh: tracker review list"))
    if len(ids) > 1:
        raise StoreError(msg("Mã '{id}' khớp {count} số liệu: {ids}.", id=prefix, count=len(ids),
                             ids=", ".join(ids[:5])),
                         msg("gõ thêm vài ký tự của mã"))
    if not any(r["live"] for r in rows):
        raise StoreError(msg("Số liệu '{id}' không còn trong văn bản nguồn (văn bản đã đổi hoặc bị xóa).", id=ids[0]),
                         msg("xem lại bằng lệnh: tracker review list --status orphaned"))
    return str(ids[0])


def add_review(store: Store, prefix: str, action: str, *, value: float | None = None, as_of: str | None = None,
               reason: str | None = None, by: str | None = None, seen: int | None = None) -> Review:
    """Record a review of one figure; the figure's earlier reviews stay on record.

    `seen` is the id of the latest review the person was shown (0: none). When someone else
    reviewed the figure since, the review is refused with what they did, so two people working
    on one queue never overwrite each other without knowing (an optimistic check, made inside
    the write transaction)."""
    if action not in _ACTION_STATE:
        raise UserError(msg("Thao tác không hợp lệ: '{action}'.", action=action))
    obs_id = resolve(store, prefix)
    if action in ("reject", "correct") and not (reason and reason.strip()):
        raise UserError(msg("Cần ghi lý do (--reason) khi từ chối hoặc sửa một số liệu."))
    if action == "correct":
        if value is None and as_of is None:
            raise UserError(msg("Sửa số liệu cần --value hoặc --as-of."))
        unit = store.conn.execute("SELECT unit FROM observations WHERE id = ?", (obs_id,)).fetchone()["unit"]
        if value is not None:
            check_value(value, unit)
        if as_of is not None:
            as_of = check_as_of(as_of)
    stamp, who = now(), by or current_user()
    with store.write() as db:
        if seen is not None:
            _check_seen(db, obs_id, seen)
        cur = db.execute("INSERT INTO reviews (observation, action, value, as_of, reason, by, at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", (obs_id, action, value, as_of, reason, who, stamp))
        rid = cur.lastrowid
    assert rid is not None
    return Review(rid, obs_id, action, value, as_of, reason, who, stamp)


@dataclass(frozen=True)
class ManualFigure:
    province: str
    indicator: str
    value: float
    as_of: str
    source: str
    qualifier: str = "eq"
    note: str | None = None


def check_manual(catalog: Catalog, fig: ManualFigure) -> tuple[ManualFigure, str]:
    """The figure with its province as a slug and its date checked, and the indicator's unit."""
    province = lookup(fig.province).slug
    unit = indicator_unit(catalog, fig.indicator)
    check_value(fig.value, unit)
    if fig.qualifier not in QUALIFIERS:
        raise UserError(msg("Từ chỉ mức độ không hợp lệ: '{qualifier}'.", qualifier=fig.qualifier),
                        msg("dùng {choices}", choices=", ".join(QUALIFIERS)))
    as_of = check_as_of(fig.as_of)
    if to_date(as_of, end=False) > date.today():
        raise UserError(msg("Thời điểm {as_of} ở tương lai: số liệu thực hiện phải đã có.", as_of=as_of))
    if not fig.source.strip():
        raise UserError(msg("Cần ghi nguồn (--source) của số liệu nhập tay, "
                            "ví dụ 'Công văn số 12/STTTT ngày 5/1/2025'."))
    return replace(fig, province=province, as_of=as_of, source=fig.source.strip()), unit


def add_manual(store: Store, catalog: Catalog, figs: list[ManualFigure], *, by: str | None = None) -> list[str]:
    """Check then add manual figures, all or none; their ids ('m1', 'm2', …). A figure already
    entered (same province, indicator, value, date, source, qualifier and note) keeps its id."""
    checked = [check_manual(catalog, f) for f in figs]
    stamp, who = now(), by or current_user()
    ids = []
    with store.write() as db:
        for f, unit in checked:
            # the same figure from the same source again (a sheet imported twice) is not a new row
            same = db.execute(
                "SELECT id FROM manual_figures WHERE province = ? AND indicator = ? AND value = ? AND as_of = ? "
                "AND source = ? AND qualifier = ? AND note IS ?",
                (f.province, f.indicator, f.value, f.as_of, f.source, f.qualifier, f.note)).fetchone()
            if same is not None:
                ids.append(f"m{same[0]}")
                continue
            cur = db.execute(
                "INSERT INTO manual_figures (province, indicator, value, unit, qualifier, as_of, source, note, by, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (f.province, f.indicator, f.value, unit, f.qualifier, f.as_of, f.source, f.note, who, stamp))
            ids.append(f"m{cur.lastrowid}")
    return ids

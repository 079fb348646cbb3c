"""ReportData: everything the report shows, already worded and formatted in Vietnamese.

Templates only lay it out; they compute nothing. That keeps the HTML a pure function of
this data (golden-tested) and lets other formats render the same content.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Protocol

from tracker.evaluate.status import METHOD, Evaluation, Status
from tracker.extract.catalog import Catalog
from tracker.extract.model import Observation
from tracker.i18n import msg
from tracker.report.charts import progress_chart
from tracker.targets.models import Basis
from tracker.text.dates import format_date, to_date
from tracker.text.numbers import format_number, format_quantity

_QUALIFIER_WORD = {"gt": "trên ", "ge": "ít nhất ", "lt": "dưới ", "le": "không quá ", "approx": "khoảng ", "eq": ""}
_COMPARATOR_WORD = {">": "Trên", ">=": "Ít nhất", "<": "Dưới", "<=": "Không quá", "=": "Đạt"}


@dataclass(frozen=True)
class Row:
    stt: int
    title: str
    target: str
    deadline: str
    actual: str
    actual_date: str
    progress: str
    status: str
    status_code: str
    source: str
    basis: str
    progress_pct: float | None  # 0..100 for the bar, None without data
    projection: str = ""  # "Dự báo đạt: tháng 3/2027", when the pace so far gives a date
    predecessors: list[str] = field(default_factory=list)  # figures of units merged into this one
    actual_value: float | None = None  # the number behind `actual`, for spreadsheets
    unit: str = ""
    actual_as_of: str = ""  # ISO, as the document gave it
    chart: str = ""  # SVG sparkline: baseline → target path, the target, the actual
    stale_note: str = ""  # "Đánh giá theo số liệu ngày 15/7/2020, cũ hơn một năm", when it is


@dataclass(frozen=True)
class Figure:
    stt: int
    indicator: str
    value: str
    as_of: str
    quote: str
    source: str
    doc: str
    origin: str = ""  # "" when extracted as is; else "Đã duyệt", "Đã sửa" or "Nhập tay"
    note: str = ""  # "Văn bản ghi 12,8%" for a corrected figure, the user's note for a manual one


class Source(Protocol):
    """What the report cites of a document (an ingested Document or the store's DocumentInfo)."""

    @property
    def title(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def published(self) -> str: ...


@dataclass(frozen=True)
class StatusCount:
    code: str
    label: str
    count: int
    bar: float  # bar length in the summary chart, in px (0..CHART_WIDTH)


CHART_WIDTH = 220


@dataclass(frozen=True)
class Signer:
    prefix_line: str | None  # "KT. GIÁM ĐỐC"
    title: str  # "PHÓ GIÁM ĐỐC" or "GIÁM ĐỐC"
    name: str


@dataclass(frozen=True)
class ReportData:
    province: str
    parent: str
    issuer: str
    code: str
    number: str  # "05" or "" for a draft
    place_date: str
    report_date: str  # ISO
    summary: str
    recipients: list[str]
    signer: Signer
    rows: list[Row]
    counts: list[StatusCount]
    missing: list[str]
    stale: list[str]
    conflicts: list[str]
    proposals: list[str]
    figures: list[Figure]
    method: list[str] = field(default_factory=lambda: list(METHOD))
    province_name: str = ""  # "tỉnh Kiên Giang", for messages and metadata
    addressees: list[str] = field(default_factory=list)  # "Kính gửi", for a report sent up
    issued: str = ""  # ISO date of the date line, when it differs from report_date (the figures' cut-off)
    # the targets with figures a person has yet to choose or accept (contradicted, doubtful):
    # told to whoever makes the report, never printed in it
    waiting: list[str] = field(default_factory=list)

    @property
    def so_line(self) -> str:
        return f"Số: {self.number}/BC-{self.code}" if self.number else f"Số:      /BC-{self.code}"

    @property
    def appendix_line(self) -> str:
        """'(Kèm theo Báo cáo số 05/BC-STTTT ngày 23 tháng 11 năm 2026)'; a draft leaves the number blank."""
        number = f"số {self.number}/BC-{self.code}" if self.number else f"số      /BC-{self.code}"
        return f"(Kèm theo Báo cáo {number} {self.place_date.split(', ', 1)[1]})"

    @property
    def created(self) -> str:
        """The document's date for its metadata: the signing date, else the report date (ISO)."""
        return self.issued or self.report_date

    @property
    def unreviewed(self) -> list[int]:
        """The appendix numbers of the figures read from documents that no person has checked:
        on documents the rules were not fitted to, about one in five is wrong (docs/extraction.md)."""
        return [f.stt for f in self.figures if not f.origin]

    @property
    def has_charts(self) -> bool:
        return any(r.chart for r in self.rows)

    @property
    def source_note(self) -> str:
        """The sentence under table II that explains the [n] references (and predecessors' lines)."""
        note = ("Số trong ngoặc vuông là số thứ tự của số liệu trong Phụ lục, nơi trích dẫn nguyên văn câu "
                "và văn bản nguồn.")
        if any(r.predecessors for r in self.rows):
            note += (" Số liệu của các đơn vị trước sáp nhập (ghi dưới tên chỉ tiêu) chỉ để tham khảo, "
                     "không dùng để đánh giá.")
        return note

    @property
    def counts_text(self) -> str:
        """'Đạt: 1, Chậm tiến độ: 2' (statuses with no target left out), for messages."""
        return ", ".join(f"{c.label}: {c.count}" for c in self.counts if c.count)

    @property
    def issuer_lines(self) -> list[str]:
        """The issuer as the header prints it: on two balanced lines when it is too long for one."""
        return balanced_lines(self.issuer, ISSUER_LINE)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


ISSUER_LINE = 24  # characters of 13 pt bold capitals that fit the header's left column (about 80 mm)


def balanced_lines(text: str, width: int) -> list[str]:
    """`text` on one line if it fits in `width` characters, else split at the word boundary that
    makes the longer line shortest, the first line longer on a tie ('SỞ THÔNG TIN VÀ' /
    'TRUYỀN THÔNG'), as clerks break a header."""
    words = text.split()
    if len(text) <= width or len(words) < 2:
        return [text]
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    best = min(splits, key=lambda s: (max(len(s[0]), len(s[1])), len(s[1])))
    return list(best)


def vietnamese_date_line(place: str, d: date) -> str:
    """'Kiên Giang, ngày 05 tháng 02 năm 2019' (Nghị định 30: months 1–2 take a zero)."""
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{place}, ngày {d.day:02d} tháng {month} năm {d.year}"


def basis_text(basis: str | Basis | None) -> str:
    """'Quyết định 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng Chính phủ', or the text as written."""
    if not isinstance(basis, Basis):
        return basis or ""
    parts = [basis.document]
    if basis.date:
        d = format_date(basis.date)
        parts.append(f"ngày {d}" if d[0].isdigit() else d)
    if basis.issuer:
        parts.append(f"của {basis.issuer}")
    return " ".join(parts)


def actual_text(o: Observation) -> str:
    """'trên 98%', '12,8%', 'khoảng 1.200': a figure as the report words it."""
    return _QUALIFIER_WORD.get(o.qualifier, "") + format_quantity(o.value, o.unit)


def _target_text(ev: Evaluation, unit: str) -> str:
    t = ev.target
    value = format_quantity(t.value, unit) if unit != "rank" else f"top {format_number(t.value)}"
    if unit == "count" and t.comparator == ">" and t.value == 0:
        return "Đã triển khai (> 0)"
    if t.comparator == "between" and t.high is not None:
        return f"Từ {format_quantity(t.value, unit)} đến {format_quantity(t.high, unit)}"
    return f"{_COMPARATOR_WORD[t.comparator]} {value}"


@dataclass(frozen=True)
class Merger:
    """A post-merger report: the merger date, this unit's former self, and the units merged into it
    with the actual each had for every target (aligned with the evaluations)."""

    date: date
    own_label: str  # "tỉnh An Giang"
    predecessors: Sequence[tuple[str, Sequence[Observation | None]]]


def build_report(
    *, province: str, parent: str, issuer: str, code: str, place: str, number: str, report_date: date,
    evaluations: list[Evaluation], documents: Mapping[str, Source], catalog: Catalog,
    recipients: list[str], proposals: list[str], signer: Signer, merger: Merger | None = None,
    province_name: str = "", addressees: Sequence[str] = (), issued: date | None = None,
) -> ReportData:
    """Turn evaluations into the worded, formatted content of one report.

    After a merger, a figure dated before it speaks for a smaller unit than the one reported
    on: figures of the predecessors are listed under each target (never judged against it),
    and the unit's own pre-merger figures are marked as such.
    """
    rows: list[Row] = []
    figures: list[Figure] = []
    fig_index: dict[str, int] = {}
    missing: list[str] = []
    stale: list[str] = []
    conflicts: list[str] = []

    def cite(o: Observation, title: str, extra: str = "") -> str:
        if o.id not in fig_index:
            doc = documents.get(o.doc)
            fig_index[o.id] = len(figures) + 1
            note = "; ".join(n for n in (extra, origin_note(o)) if n)
            figures.append(Figure(
                stt=fig_index[o.id], indicator=title, value=actual_text(o), as_of=format_date(o.as_of),
                quote="" if o.origin == "manual" else o.quote.strip(), source=_source(doc, o), doc=o.doc,
                origin=origin_text(o), note=note,
            ))
        return f"[{fig_index[o.id]}]"

    before = f"Số liệu trước sáp nhập ({format_date(merger.date.isoformat())})" if merger else ""
    for i, ev in enumerate(evaluations, 1):
        ind = catalog.get(ev.target.indicator)
        unit = ind.unit if ind else "count"
        title = ev.target.title or (ind.name if ind else ev.target.indicator)
        src = ""
        actual = actual_date = ""
        earlier: list[str] = []
        if merger is not None:
            for label, actuals in merger.predecessors:
                p = actuals[i - 1]
                if p is not None:
                    ref = cite(p, title, f"{before} của {label}")
                    earlier.append(f"{label[0].upper()}{label[1:]}: {actual_text(p)} ({format_date(p.as_of)}) {ref}")
        if ev.actual is not None:
            o = ev.actual
            pre = merger is not None and ev.actual_date is not None and ev.actual_date < merger.date
            src = cite(o, title, f"{before} của {merger.own_label}" if merger and pre else "")
            actual, actual_date = actual_text(o), format_date(o.as_of)
            if pre:
                actual_date += " (trước sáp nhập)"
            if ev.stale:
                stale.append(
                    f"{title}: số liệu mới nhất {actual} ({actual_date}) đã cũ hơn một năm so với ngày báo cáo."
                )
            for c in ev.conflicts:
                conflicts.append(
                    f"{title}: {actual} ({o.doc}) khác {actual_text(c)} ({c.doc}) "
                    f"cùng thời điểm {format_date(c.as_of)}."
                )
        else:
            only = " Chỉ có số liệu của các đơn vị trước sáp nhập (xem Mục II)." if earlier else ""
            missing.append(f"{_with_indicator(title, ind.name if ind else ev.target.indicator)}.{only}")
        pct = None if ev.progress is None else max(0.0, min(100.0, ev.progress))
        rows.append(Row(
            stt=i, title=title, target=_target_text(ev, unit), deadline=_deadline_text(ev.target.deadline),
            actual=actual or "—", actual_date=actual_date, status=ev.status.label, status_code=ev.status.value,
            progress=("—" if ev.progress is None else f"{format_number(ev.progress, 1)}%"),
            source=src, basis=basis_text(ev.target.basis), progress_pct=pct, projection=projection_text(ev),
            predecessors=earlier, actual_value=ev.actual.value if ev.actual else None, unit=unit,
            actual_as_of=ev.actual.as_of if ev.actual else "", chart=_row_chart(ev, unit),
            stale_note=stale_note(ev),
        ))
    total = max(1, len(evaluations))
    counts = []
    for s in Status:
        n = sum(1 for e in evaluations if e.status == s)
        counts.append(StatusCount(s.value, s.label, n, round(CHART_WIDTH * n / total, 1)))
    return ReportData(
        province=province, parent=parent, issuer=issuer, code=code, number=number,
        place_date=vietnamese_date_line(place, issued or report_date), report_date=report_date.isoformat(),
        summary=f"Kết quả thực hiện các chỉ tiêu thông tin và truyền thông đến {format_date(report_date.isoformat())}",
        recipients=recipients, signer=signer, rows=rows, counts=counts, missing=missing, stale=stale,
        conflicts=conflicts, proposals=proposals, figures=figures, province_name=province_name or province,
        addressees=list(addressees), issued=issued.isoformat() if issued and issued != report_date else "",
        waiting=[row.title for row, ev in zip(rows, evaluations, strict=True) if ev.waiting],
    )


def _row_chart(ev: Evaluation, unit: str) -> str:
    if ev.actual is None or ev.actual_date is None or unit == "rank":
        return ""
    t = ev.target
    base = (to_date(t.baseline.as_of, end=False), t.baseline.value) if t.baseline else None
    return progress_chart((ev.actual_date, ev.actual.value), (t.deadline_date, t.value), unit, baseline=base)


def projection_text(ev: Evaluation) -> str:
    """'Dự báo đạt: tháng 3/2027 (sau thời hạn)' from the evaluation's projection, or ''."""
    if ev.projection is None or ev.status in (Status.achieved, Status.no_data):
        return ""
    late = " (sau thời hạn)" if ev.projection > ev.target.deadline_date else ""
    return f"Dự báo đạt: tháng {ev.projection.month}/{ev.projection.year}{late}"


def _deadline_text(deadline: str) -> str:
    return deadline if len(deadline) == 4 else format_date(deadline)


def unreviewed_note(numbers: list[int]) -> str:
    """The warning, in the user's language, that figures [n] of a report are unchecked."""
    return msg("{count} số liệu trong báo cáo được trích tự động, chưa có người duyệt: {numbers} (số thứ tự trong "
               "Phụ lục).", count=len(numbers), numbers=", ".join(f"[{n}]" for n in numbers))


def waiting_note(titles: list[str]) -> str:
    """The warning that some targets have figures no report uses until a person chooses them."""
    return msg("{count} chỉ tiêu có số liệu chưa dùng vì độ tin cậy thấp (mâu thuẫn trong cùng văn bản hoặc nghi "
               "ngờ), chờ người duyệt: {titles}.", count=len(titles), titles="; ".join(titles))


def origin_text(o: Observation) -> str:
    """How a figure got into the report, when a person had a hand in it."""
    return {"accepted": "Đã duyệt", "corrected": "Đã sửa", "manual": "Nhập tay"}.get(o.origin, "")


def origin_note(o: Observation) -> str:
    """What the reader needs besides the quote: the value the document gave, or the user's note."""
    if o.origin == "corrected" and o.original_value is not None:
        return f"Văn bản ghi {format_quantity(o.original_value, o.unit)}"
    if o.origin == "manual" and o.quote.strip():  # a manual figure's quote field holds the user's note
        return f"Ghi chú: {o.quote.strip()}"
    return ""


def _source(doc: Source | None, o: Observation) -> str:
    if o.origin == "manual":
        return o.source
    if doc is None:
        return o.doc
    parts = [p for p in (doc.title, doc.source, format_date(doc.published)) if p]
    if o.page is not None:  # a PDF or a scan: where on paper the quote is
        parts.append(f"trang {o.page}")
    return "; ".join(parts)


def _with_indicator(title: str, name: str) -> str:
    """A missing target's title with the indicator's name in parentheses, only when the name
    adds something: 'Tỷ lệ hộ gia đình sử dụng Internet' is not followed by '(Tỷ lệ hộ gia đình
    sử dụng Internet băng rộng)', which only repeats it."""
    a, b = title.casefold().strip(), name.casefold().strip()
    return title if a.startswith(b) or b.startswith(a) or b in a else f"{title} ({name})"


def stale_note(ev: Evaluation) -> str:
    """Under a judgement made on a figure more than a year older than the report date."""
    if not ev.stale or ev.actual_date is None:
        return ""
    return f"Đánh giá theo số liệu {format_date(ev.actual_date.isoformat())}, cũ hơn một năm"

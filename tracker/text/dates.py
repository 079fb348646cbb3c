"""Dates and periods in Vietnamese text, with their spans.

Each mention resolves to an ISO-like value (YYYY, YYYY-MM or YYYY-MM-DD): for a period
("giai đoạn 2016 - 2020", "6 tháng đầu năm 2023", "quý I/2024") the value is its end,
which is what an actual's as_of means, and `period` keeps both ends. `lead` is the word
that introduced the mention ("tính đến", "đến", "năm", "so với", "ngày"…), which tells
the caller whether it dates a figure, sets a deadline, or is a comparison point.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal

from tracker.errors import UserError
from tracker.i18n import msg

Direction = Literal["past", "current", "future"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"(?:19|20)\d{2}"

# The words that introduce a mention, looked up just before it. Matching them as a separate
# anchored search (instead of an optional prefix group on every pattern) keeps the scan fast:
# an optional leading group is tried at every position of every sentence.
_LEAD_BEFORE = re.compile(
    r"(?<!\w)(?:(?:tính\s+)?đến\s+(?:hết\s+|cuối\s+)?|từ\s+|trong\s+|cuối\s+|đầu\s+|"
    r"so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:của\s+)?|vào\s+|ngày\s+|hết\s+|trước\s+)$",
    re.I,
)
# Words that belong to the mention itself, found before its core ("ngày 15/7/2020",
# "giai đoạn 2016 - 2020").
_OWN_WORDS_BEFORE = {
    "dmy": re.compile(r"(?<!\w)ngày\s+$", re.I),
    "range": re.compile(r"(?<!\w)(?:giai\s+đoạn|thời\s+kỳ)\s+$", re.I),
}
_HAS_YEAR = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy_words", re.compile(
        r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>" + _YEAR + r")", re.I)),
    ("dmy", re.compile(
        r"(?<![\d/])(?P<d>\d{1,2})[/\-.](?P<m>\d{1,2})[/\-.](?P<y>" + _YEAR + r")(?!\d)", re.I)),
    ("half", re.compile(r"(?<!\d)0?(?P<n>6|9|3)\s+tháng\s+(?:đầu\s+)?năm\s+(?P<y>" + _YEAR + r")", re.I)),
    # "quí": the older spelling of "quý"
    ("quarter", re.compile(r"qu[ýí]\s+(?P<q>IV|III|II|I|[1-4])\s*(?:/|năm\s+)(?P<y>" + _YEAR + r")", re.I)),
    ("my", re.compile(r"tháng\s+(?P<m>\d{1,2})\s*(?:/|năm\s+)(?P<y>" + _YEAR + r")(?!\d)", re.I)),
    ("range", re.compile(r"(?<!\d)(?P<y1>" + _YEAR + r")\s*[-–—]\s*(?P<y2>" + _YEAR + r")(?!\d)", re.I)),
    ("year", re.compile(r"năm\s+(?P<y>" + _YEAR + r")(?!\d)", re.I)),
    # a bare year after a deadline word: "đến 2025, Long An kỳ vọng …", "trước 2030"
    ("lead_year", re.compile(r"(?:(?<=đến\s)|(?<=tới\s)|(?<=trước\s)|(?<=Đến\s)|(?<=Tới\s)|(?<=Trước\s))"
                             r"(?P<y>" + _YEAR + r")(?![\d/%]|[.,]\d)")),
]
# "ngày 23/2"; a newspaper's "sáng 23-2", "chiều 5-10" is the same day-month mention
_DAY_MONTH = re.compile(r"(?<!\w)(?P<lead>(?:ngày|sáng|chiều|trưa|tối)\s+)(?P<d>\d{1,2})[/\-](?P<m>\d{1,2})"
                        r"(?![/\-\d%])", re.I)
_DAY_WORDS = ("ngày", "sáng", "chiều", "trưa", "tối")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD (the end of a period)
    kind: str  # which pattern matched
    lead: str  # the introducing words, lower-case ("" if none)
    period: tuple[str, str] | None = None

    @property
    def year(self) -> int | None:
        return int(self.value[:4]) if self.value[:4].isdigit() else None

    def bounds(self) -> tuple[date, date] | None:
        """First and last day the mention covers (a year, a month, a quarter, a period)."""
        if self.year is None:
            return None
        first, last = self.period or (self.value, self.value)
        return to_date(first, end=False), to_date(last)

    @property
    def deadline_cue(self) -> bool:
        """'đến năm 2025', 'đến hết 2025', 'trước năm 2025' set a deadline; 'tính đến' does not."""
        return self.lead.startswith(("đến", "trước")) and not self.lead.startswith("tính")

    def direction(self, reference: date) -> Direction:
        """Whether the mention points before the reference date (an actual's as-of), after
        it (a target's deadline), or spans it ("năm 2025" in a 2025 article)."""
        b = self.bounds()
        if b is None:
            return "current"
        if b[1] < reference:
            return "past"
        if b[0] > reference:
            return "future"
        return "current"


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def iter_dates(text: str) -> Iterator[DateMention]:
    """Date and period mentions, left to right, never overlapping."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    patterns = [(k, p) for k, p in _PATTERNS if _could_match(k, lower)] if _HAS_YEAR.search(text) else []
    if any(w in lower for w in _DAY_WORDS):
        patterns.append(("dm", _DAY_MONTH))
    for kind, pat in patterns:
        for m in pat.finditer(text):
            lead = m.groupdict().get("lead") or ""
            s, e = m.start(), m.end()
            own = _OWN_WORDS_BEFORE.get(kind)
            words = own.search(text, max(0, s - 20), s) if own else None
            if words:
                s = words.start()
                lead = "ngày" if kind == "dmy" else ""
            if kind != "dm":
                before = _LEAD_BEFORE.search(text, max(0, s - 30), s)
                if before:
                    lead, s = before.group(), before.start()
            if any(s < b and a < e for a, b in taken):
                continue
            mention = _resolve(kind, m, s, re.sub(r"\s+", " ", lead.strip().lower()))
            if mention is None:
                continue
            found.append(mention)
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    yield from found


# A word or sign each pattern cannot match without: testing `in` first skips most scans.
_NEEDS: dict[str, tuple[str, ...]] = {
    "dmy_words": ("tháng",), "dmy": ("/", "-", "."), "half": ("tháng",), "quarter": ("quý", "quí"),
    "my": ("tháng",), "range": ("-", "–", "—"), "year": ("năm",), "lead_year": ("đến", "tới", "trước"),
}


def _could_match(kind: str, lower: str) -> bool:
    return any(word in lower for word in _NEEDS[kind])


def _resolve(kind: str, m: re.Match[str], s: int, lead: str) -> DateMention | None:
    g = m.groupdict()
    e = m.end()
    if kind in ("dmy_words", "dmy"):
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        if not _valid(y, mo, d):
            return None
        return DateMention(s, e, f"{y:04d}-{mo:02d}-{d:02d}", kind, lead)
    if kind == "dm":
        mo, d = int(g["m"]), int(g["d"])
        if not _valid(2000, mo, d):
            return None
        return DateMention(s, e, f"--{mo:02d}-{d:02d}", kind, "ngày")  # "sáng 23-2" is a day as well
    if kind == "my":
        mo, y = int(g["m"]), int(g["y"])
        if not 1 <= mo <= 12:
            return None
        return DateMention(s, e, f"{y:04d}-{mo:02d}", kind, lead)
    if kind == "half":
        n, y = int(g["n"]), int(g["y"])
        return DateMention(s, e, f"{y:04d}-{n:02d}", kind, lead, (f"{y:04d}-01", f"{y:04d}-{n:02d}"))
    if kind == "quarter":
        q = g["q"].lower()
        qn = _ROMAN.get(q) or int(q)
        y = int(g["y"])
        return DateMention(s, e, f"{y:04d}-{qn * 3:02d}", kind, lead,
                           (f"{y:04d}-{qn * 3 - 2:02d}", f"{y:04d}-{qn * 3:02d}"))
    if kind == "range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 <= y1:
            return None
        return DateMention(s, e, f"{y2:04d}", kind, lead, (f"{y1:04d}", f"{y2:04d}"))
    if kind in ("year", "lead_year"):
        return DateMention(s, e, g["y"], kind, lead)
    return None


def to_date(value: str, *, end: bool = True) -> date:
    """A YYYY[-MM[-DD]] value as a date: the last day of the year or month when `end`."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        y, mo = parts
        first = date(y, mo, 1)  # also rejects month 13
        if not end:
            return first
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)


DATE_TEXT = re.compile(r"^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def check_date_text(value: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD date that exists, stripped; ValueError (in Vietnamese) if not.

    The one check for dates users write: targets.yaml deadlines, front matter, manual figures.
    """
    s = value.strip()
    if not DATE_TEXT.match(s):
        raise ValueError(msg("ngày không hợp lệ: {value} (cần YYYY, YYYY-MM hoặc YYYY-MM-DD)", value=repr(s)))
    try:
        to_date(s)
    except ValueError:
        raise ValueError(msg("ngày không tồn tại: {value}", value=repr(s))) from None
    return s


def parse_day(value: str | None) -> date:
    """A day the user names (YYYY-MM-DD), today without one; UserError naming it otherwise."""
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(msg("Ngày không hợp lệ: '{value}'.", value=value),
                        msg("dùng dạng YYYY-MM-DD, ví dụ --as-of 2025-12-31")) from None


# A report may be prepared ahead for the end of the year, not for a date no figure can reach.
MAX_DAYS_AHEAD = 366


def report_date(value: str | None) -> date:
    """A report's date (the figures' cut-off, --as-of): a day at most a year after today
    (9999-12-31 is a typo, not a report date)."""
    when = parse_day(value)
    if (when - date.today()).days > MAX_DAYS_AHEAD:
        raise UserError(msg("Ngày báo cáo {day} quá xa trong tương lai.", day=when.isoformat()),
                        msg("--as-of là ngày số liệu được tính đến; dùng một ngày trong vòng một năm tới"))
    return when


def format_date(value: str) -> str:
    """'2020-07-15' → '15/7/2020', '2023-08' → 'tháng 8/2023', '2020' → 'năm 2020'."""
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])}/{int(parts[1])}/{parts[0]}"
    if len(parts) == 2:
        return f"tháng {int(parts[1])}/{parts[0]}"
    return f"năm {parts[0]}"

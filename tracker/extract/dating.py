"""The date a figure describes: from its own clause, else from the document.

A figure's as_of is first read from its clause (`date_figure`): a date right after the
number ("đạt 95% năm 2023"), the aside it stands in, the last dating mention before it in
its clause, then in its sentence; comparisons ("so với năm 2021") and references to other
documents ("Quyết định 12/QĐ-UBND ngày …") date nothing. When the clause is silent, the
publication date is the last resort, not the default, because real documents date their
figures in three other ways, each measured on the train part of the gold corpus:

- a year-end report: a news item or report published in January or February reports on the
  year before ("Hiện tỉnh có …" in an article of 20/1/2021 is the 2020 result); a revenue
  figure published before April is last year's total (a year's revenue is only known after
  it ends);
- the lead: a title or opening paragraph that names the year reported on ("Kết quả năm 2024",
  "năm 2020 toàn tỉnh đã …") dates the document;
- a rank: the DTI of a year is published in the next, so an undated rank in a document of
  2023 is the 2022 assessment's (the ICT Index, until 2019, came out in the year it measured);
- the head of a paragraph: "Năm 2022, …", "Tính đến ngày 30/9/2023, …", "Trong 6 tháng đầu
  năm 2023, …" open a paragraph and date what follows in it; a past year's close ("Tính đến
  hết năm 2022, …" in an item of 2023) dates the paragraphs after it too, until another
  heading dates one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.context import clause_start, enclosing_paren
from tracker.extract.figure import Figure, Topic
from tracker.text.dates import DateMention, iter_dates
from tracker.text.numbers import ranking_named_after

# A year named as the period reported on, in words with "năm" ("năm 2022", "6 tháng đầu năm
# 2023"), not as a comparison ("so với năm 2021") or a bound ("đến năm 2025", "từ năm 2020").
_NOT_A_PERIOD = ("so", "từ", "trước")  # and a bare "đến" (a deadline); "tính đến", "đến hết" date
_AFTER = re.compile(r"\bsau\s+$", re.I)
# A ranking's year ("xếp hạng thứ 12 về chỉ số chuyển đổi số cấp tỉnh năm 2021") is the year
# assessed, published the year after: it does not name the period the document reports on.
_RANKING_BEFORE = re.compile(r"(?:chỉ\s+số|xếp\s+hạng|xếp\s+thứ|\bDTI\b|ICT[\s-]*Index|PAR\s+Index|"
                             r"PCI|PAPI|SIPAS)[^.;]{0,50}$", re.I)
# … or the year of a ranking told after it ("năm 2021, chỉ số chuyển đổi số của tỉnh đứng thứ
# 26/63", "năm 2024 được đánh giá đứng thứ 3"), or of one place in a series of ranks ("xếp thứ 2
# năm 2021, thứ 4 năm 2022 …").
_RANKING_AFTER = re.compile(r"[^.;]{0,60}?(?:chỉ\s+số|xếp\s+(?:hạng|thứ)|đứng\s+thứ|\bDTI\b|ICT[\s-]*Index)", re.I)
_AFTER_A_PLACE = re.compile(r"\b(?:thứ|hạng)\s+\d+(?:\s*/\s*\d+)?\s*$", re.I)
# A mention that opens a sentence and dates the rest of its paragraph.
# ("Đối với lĩnh vực viễn thông, tính đến cuối năm 2019, …": a topic may come first)
# A connective may come first too ("Cụ thể, trong năm 2008 …", "Theo đó, năm 2022 …").
_HEAD = re.compile(r"^\W{0,3}(?:(?:cụ\s+thể|theo\s+đó|đặc\s+biệt|ngoài\s+ra|bên\s+cạnh\s+đó|nhìn\s+chung|"
                   r"tuy\s+nhiên|như\s+vậy)\s*,\s*)?(?:(?:về|đối\s+với|riêng)\s+[^,.;:\d]{1,60},\s*)?"
                   r"(?:(?:tính\s+)?(?:đến|trong|vào|hết|cuối|lũy\s+kế\s+đến)\s+)?", re.I)
_HEAD_LEADS = ("", "tính đến", "tính đến hết", "tính đến cuối", "đến", "đến hết", "đến cuối", "trong", "vào", "hết",
               "cuối", "ngày")


_YEAR_CLOSE = ("tính đến hết", "tính đến cuối", "đến hết", "đến cuối", "hết", "cuối")


def closes_year(head: DateMention, published_year: int) -> bool:
    """A heading that gives the state at a past year's end ("Tính đến hết năm 2022, có 5 doanh
    nghiệp …" in a document of 2023): the paragraphs after it go on describing that state."""
    return head.kind == "year" and head.lead in _YEAR_CLOSE and (head.year or published_year) < published_year


def with_years(dates: list[DateMention], published: str) -> list[DateMention]:
    """Day-month mentions ("sáng 23-2", "ngày 15/7") given the year they fall in: the last such
    day on or before a publication date known to the day ("trong sáng 23-2, toàn tỉnh đã tiếp
    nhận 1.665 hồ sơ" in an item of 23/2/2026 is that day's count, not the year before's); left
    as they are when the publication date is not."""
    if len(published) < 10 or not any(d.kind == "dm" for d in dates):
        return dates
    out = []
    for d in dates:
        if d.kind == "dm":
            year = int(published[:4]) - (d.value[2:] > published[5:10])  # "MM-DD" against "MM-DD"
            d = replace(d, value=f"{year:04d}{d.value[1:]}", kind="dmy")
        out.append(d)
    return out


def reference_date(published: str, period: str | None, title: str | None, lead: str) -> str:
    """The date a document's undated figures describe (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if period and re.fullmatch(r"\d{4}(?:-\d{2})?", period):
        return period
    year = int(published[:4])
    if len(published) >= 7 and int(published[5:7]) <= 2:
        return str(year - 1)
    named = _years_named(lead, year) or _years_named(title or "", year)  # a title may name the plan's year
    # one past year named: the period reported on; several ("thứ 2 năm 2021, thứ 4 năm 2022 …"): a history
    if named == {year - 1}:
        return str(year - 1)
    return published


def revenue_date(published: str, reference: str) -> str:
    """A revenue (a year's flow) with no date of its own, in a document of `published`."""
    if reference != published:
        return reference
    if len(published) >= 7 and int(published[5:7]) <= 3:
        return str(int(published[:4]) - 1)
    return reference


def rank_date(published_year: int, reference: str) -> str:
    """A province's rank with no date of its own: the DTI of a year (from 2020) is published
    in the next, so an undated rank from 2021 on is the previous year's assessment; the ICT
    Index (until 2019) was announced at the end of the year it measured."""
    if published_year <= 2020:
        return reference
    return str(min(int(reference[:4]), published_year - 1))


# "DTI 2023", "(DTI) năm 2023", "Chỉ số chuyển đổi số cấp tỉnh năm 2023", "Vietnam ICT Index 2018"
_RANKING_YEAR = re.compile(r"(?:\bDTI\b\)?|ICT[\s-]*Index|chỉ\s+số\s+(?:đánh\s+giá\s+)?chuyển\s+đổi\s+số"
                           r"(?:\s+cấp\s+tỉnh)?)\s*(?:\(DTI\))?\s*(?:năm\s+)?((?:19|20)\d\d)\b", re.I)


def ranking_year(title: str, lead: str, published_year: int) -> str | None:
    """The one assessment year the title and lead name for a ranking ("Theo Báo cáo chỉ số đánh
    giá chuyển đổi số năm 2023 (DTI 2023), Hà Nội … vươn lên vị trí thứ 6"): a place the text
    gives without a year of its own is that assessment's; None when none or several are named."""
    years = {m.group(1) for m in _RANKING_YEAR.finditer(title + "\n" + lead) if int(m.group(1)) <= published_year}
    return years.pop() if len(years) == 1 else None


# the year a plan is for ("hội nghị triển khai nhiệm vụ năm 2020", "kế hoạch năm 2021"): no period reported on
_PLAN_YEAR = re.compile(r"\b(?:nhiệm\s+vụ|phương\s+hướng|kế\s+hoạch)\s+(?:năm\s+)?$", re.I)


def _years_named(text: str, published_year: int) -> set[int]:
    """The past years the text names as a period (the dates parser's mentions of a year, not
    after a comparison or a bound, nor a ranking's year; a span of years, "năm 2016 - 2020",
    names no single one)."""
    out = set()
    for d in iter_dates(text):
        if d.kind == "dm" or d.year is None or d.year > published_year or "năm" not in text[d.start : d.end].lower():
            continue
        if d.lead.startswith(_NOT_A_PERIOD) or d.lead == "đến" or _AFTER.search(text, max(0, d.start - 6), d.start):
            continue
        if _RANKING_BEFORE.search(text, max(0, d.start - 80), d.start) or _RANKING_AFTER.match(text, d.end) \
                or _AFTER_A_PLACE.search(text, max(0, d.start - 20), d.start) \
                or _PLAN_YEAR.search(text, max(0, d.start - 40), d.start):
            continue
        out.add(d.year)
    return out


def heading_date(text: str, dates: list[DateMention], published_year: int) -> DateMention | None:
    """A past date that opens the sentence ('Năm 2022, …', 'Tính đến ngày 30/9/2023, …') and so
    dates the paragraph it heads; None otherwise."""
    if not dates:
        return None
    first = dates[0]
    head = _HEAD.match(text)
    opens = head is not None and first.start <= head.end() + 1
    if not opens or first.lead not in _HEAD_LEADS or (first.year or 9999) > published_year:
        return None
    if first.kind == "dm" or first.period is not None and first.kind == "range":
        return None
    return first


def section_year(text: str, dates: list[DateMention], published_year: int) -> str | None:
    """A heading in capitals ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022", "I. TÌNH HÌNH THỰC HIỆN MỤC
    TIÊU ĐẶT RA NĂM 2022") opens a section of a report: the past year it names dates the section's
    figures that name none. Returns that year, "" for a heading that names no past year (it
    closes the section before), None for a sentence that is no such heading."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8 or len(text) > 160 or any(c.islower() for c in letters):
        return None
    past = [d for d in dates if d.kind == "year" and d.year is not None and d.year < published_year]
    return past[-1].value if past else ""


_DOCREF_BEFORE = re.compile(r"\d+\s*[/-]\s*\S*[A-ZĐ]\S*\s+(?:của\s+\S+\s+)?$|ban\s+hành\s*$", re.I)
# A date that opens the next figure ("đạt 92,5%, năm 2022 là 75%") is that figure's, not
# the one before it.
_INTRODUCES_FIGURE = re.compile(
    r"\s*(?:là|đạt|chỉ\s+đạt|mới\s+đạt|chiếm|có|:)\s*(?:khoảng|trên|gần|hơn|dưới|ước)?\s*\d", re.I)


def date_figure(text: str, fig: Figure, dates: list[DateMention], published: str, pub_year: int,
                fallback: str, rank_year: str | None = None) -> None:
    """Set `fig.as_of` (and its period) from its sentence `text`, else from `fallback`, the
    paragraph's or the document's date."""
    q = fig.q
    after = [
        d for d in dates
        if q.end <= d.start <= q.end + 12 and d.lead in ("", "vào", "trong", "cuối")
        and re.fullmatch(r"[\s,]*", text[q.end : d.start]) and not _INTRODUCES_FIGURE.match(text, d.end)
    ]
    cs = clause_start(text, q.start)
    in_clause = [d for d in dates if cs <= d.start and d.end <= q.start and dates_following(text, d, pub_year)]
    if after and "," in text[q.end : after[0].start] and in_clause:
        # "năm 2020 xếp hạng 27, năm 2021 xếp thứ 21": in a series, the year after the comma
        # opens the next item; this one's year stands before it
        after = []
    chosen: DateMention | None = after[0] if after else None
    paren = enclosing_paren(text, q.start)
    if chosen is None and paren is not None:
        # "tăng 3 hạng so với năm 2021 (xếp hạng 23)": the aside gives that year's figure
        just_before = [d for d in dates if d.year and paren - 3 <= d.end <= paren and d.year <= pub_year]
        chosen = just_before[-1] if just_before else None
    if chosen is None:
        chosen = in_clause[-1] if in_clause else None
    if chosen is None:
        earlier = [
            d for d in dates
            if d.end <= q.start and dates_following(text, d, pub_year) and enclosing_paren(text, d.start) is None
        ]
        chosen = earlier[-1] if earlier else None
    if chosen is not None and (chosen.year or 0) <= pub_year:
        fig.as_of = chosen.value
        fig.own_date = True
        if chosen.period:
            fig.period = f"{chosen.period[0]}-{chosen.period[1]}"
    elif fig.indicator is not None and fig.indicator.unit == "ty_dong":
        fig.as_of = revenue_date(published, fallback)
    elif fig.indicator is not None and fig.indicator.unit == "rank":
        fig.as_of = rank_year or rank_date(pub_year, fallback)
    else:
        fig.as_of = fallback


def blank_dates(text: str, dates: list[DateMention]) -> str:
    """The text with date mentions replaced by '@' runs (same length)."""
    chars = list(text)
    for d in dates:
        chars[d.start : d.end] = "@" * (d.end - d.start)
    return "".join(chars)


# "(DTI) năm 2022 do Bộ … công bố hồi tháng 7/2023, … đứng ở vị trí thứ 6": when a result was
# announced, not the period it measures
_ANNOUNCED = re.compile(r"\bcông\s+bố\s+(?:hồi|vào|ngày|trong)?\s*$", re.I)
# "hội nghị tổng kết công tác năm 2020, phương hướng nhiệm vụ năm 2021": the year the plan is for
_DIRECTION_FOR = re.compile(r"\bphương\s+hướng(?:[,\s]+(?:nhiệm\s+vụ|giải\s+pháp|trọng\s+tâm|công\s+tác))*"
                            r"\s+(?:năm\s+)?$", re.I)


def dates_following(text: str, d: DateMention, pub_year: int) -> bool:
    """Does this date mention date the figures after it (not a comparison, not a reference, not
    an announcement)?"""
    if d.lead.startswith(("so", "từ")) or d.kind == "dm":
        return False
    if _ANNOUNCED.search(text, max(0, d.start - 25), d.start):
        return False
    if _DIRECTION_FOR.search(text, max(0, d.start - 50), d.start):
        return False
    if d.kind in ("dmy", "dmy_words") and _DOCREF_BEFORE.search(text[max(0, d.start - 60) : d.start]):
        return False
    return (d.year or 0) <= pub_year


def first_future_date(dates: list[DateMention], pub_year: int) -> str | None:
    """The first date after the publication year: a target's deadline ("đến năm 2025")."""
    future = [d for d in dates if (d.year or 0) > pub_year]
    return future[0].value if future else None


def past_its_ranking(fig: Figure, text: str, topic: Topic) -> bool:
    """Is a place dated after the last year of the ranking that gives it? ("đứng đầu bảng xếp
    hạng chỉ số ICT Index" in a text of 2024: the ICT Index goes on beside the DTI, which ranks
    the provinces since 2020.) The ranking is the first one named after the number when the words
    right after it name its ranking ("thứ 2 toàn quốc về Chỉ số chuyển đổi số"), else the one
    named nearest the number in its sentence, else the last one named in the paragraph before
    it, else in the title."""
    ind = fig.indicator
    year = (fig.as_of or "")[:4]
    if ind is None or not ind.rankings or not year.isdigit():
        return False
    q = fig.q
    named = [(m, r) for r in ind.rankings for m in r.name_re.finditer(text)]
    after = [(m.start() - q.end, r) for m, r in named if m.start() >= q.end]
    before = [(q.start - m.end(), r) for m, r in named if m.end() <= q.start]
    if after and ranking_named_after(text, q.end):
        ranking = min(after, key=lambda n: n[0])[1]
    elif after or before:
        ranking = min(after + before, key=lambda n: n[0])[1]
    else:
        last = next(([(m.start(), r) for r in ind.rankings for m in r.name_re.finditer(where)]
                     for where in (topic.before, topic.title)
                     if any(r.name_re.search(where) for r in ind.rankings)), [])
        if not last:
            return False
        ranking = max(last, key=lambda n: n[0])[1]
    return ranking.until is not None and int(year) > ranking.until

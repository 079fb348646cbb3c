"""Paragraphs and sentences, with page chrome set aside.

A sentence ends at . ! ? … followed by space and a capital (or an opening quote or a
bullet), or at a line break. Abbreviations ("TP.", "Tp.", "ThS.") do not end one, and
neither do the dots inside "1.936.755" or "Số 134/TB-VP" since no space follows them.

Page chrome (menus, visit counters, "Tin liên quan" lists, footer dates) is recognised
line by line: such lines are not content and never yield figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ABBREV = {
    "tp", "tx", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "q", "p", "đc", "ông", "bà",
    "st", "tr", "no", "vd", "v.v",
}

_END = re.compile(r"[.!?…]+[\"”’)]*(?=\s+[\"“‘(\-–+•*]?\s*[A-ZĐÀ-Ỹ0-9])")

# Whole lines that are page furniture rather than content.
_CHROME_LINE = re.compile(
    r"""^\s*(?:
        (?:thống\s+kê(?:\s+truy\s+cập)?|online|đang\s+truy\s+cập|lượt\s+truy\s+cập|
           tổng\s+(?:số\s+)?lượt\s+truy\s+cập|hôm\s+nay|trong\s+tuần)\s*:?\s*[\d.,]*\s*$
      | (?:trang\s+chủ|home)\s*(?:>|»|/).*$
      | xem\s+với\s+cỡ\s+chữ.*$
      | (?:chia\s+sẻ|in\s+bài(?:\s+viết)?|gửi\s+email|bản\s+in|lượt\s+xem|đánh\s+giá|
           lượt\s+đánh\s+giá|bình\s+luận|mã\s+xác\s+thực|liên\s+kết\s+website|
           ý\s+kiến\s+bạn\s+đọc|từ\s+khóa|tags?)\b.*$
      | (?:nguồn|ngày\s+đăng(?:\s+bài)?|cập\s+nhật|ngày\s+cập\s+nhật)\s*:.*$
      | \(?\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM)?\s*\|?\s*\d{1,2}/\d{1,2}/\d{4}\)?\s*$
      | (?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*ngày\s+\d{1,2}/\d{1,2}/\d{4}.*$
      | [|<>\s\d\-–]*(?:\d\s*-\s*){2,}[|<>\s\d\-–]*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A heading after which the rest of the page is chrome ("Tin liên quan", "Các tin khác").
_CHROME_TAIL = re.compile(
    r"^\s*(?:tin\s+liên\s+quan|các\s+tin\s+khác|bài\s+viết\s+liên\s+quan|tin\s+cùng\s+chuyên\s+mục|"
    r"tin\s+mới\s+nhất|tin\s+đã\s+đưa|xem\s+thêm)\s*:?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence of the normalised text: [start, end) offsets and its paragraph index."""

    start: int
    end: int
    paragraph: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    index: int
    text: str
    chrome: bool


# A line that stops mid-sentence (no closing mark) before a line that starts in lower case:
# text wrapped at a fixed width ("Tỷ lệ hồ sơ nộp, xử lý và trả kết quả trực tuyến" /
# "trên địa bàn tỉnh chỉ đạt 43,08% …"), as text copied out of a PDF or an old report is. A
# Vietnamese sentence starts with a capital, so the two lines are one paragraph.
OPEN_END = re.compile(r"[^.!?…:;\s][\"”’)]*\s*$")
_GOES_ON = re.compile(r"^\s*[a-zà-ỹđ]")
# After ";" or ":" a line that goes on in lower case goes on the same sentence's list
# ("… (bao gồm thuê bao internet băng rộng;" / "thuê bao truy nhập …").
_LIST_END = re.compile(r"[;:]\s*$")
# A wrapped text breaks lines anywhere, also before a number, a name or an abbreviation
# ("… bình quân trên" / "100 dân là 0,098 máy", "… tỉnh An" / "Giang cung cấp …", "… 600 trạm" /
# "BTS 5G"). In a text whose lines fill one width (a PDF's), a nearly full line that stops
# without a closing mark goes on, whatever the next line starts with, unless one of the two
# lines is something else that fills a line: a list item, a table row, a heading in capitals.
#
# A line that opens a new item: a bullet, a dash, "1.", "a)", "I.", "+" (also where a PDF's
# page lines are put back into paragraphs, ingest.formats.layout).
LIST_ITEM = re.compile(r"^\s*(?:[-–—•+*]\s|\(?[0-9]{1,2}[.)]\s|\(?[a-zđ][)]\s|[IVX]{1,5}[.]\s)")
# A table's row is no wrapped line, however long: its cells are joined by "|" (a Word or web
# table) or it ends in two or more numbers (a PDF's row: "Số trạm BTS 2.104 2.250").
_TABLE_ROW = re.compile(r"\||(?:\s+(?:\d[\d.,]*%?|[-–…]))(?:\s+(?:\d[\d.,]*%?|[-–…]))+\s*$")
# A line that ends on a figure before one that opens in capitals is an item of a list without
# markers ("… đạt 45,5%" / "Tỷ lệ thanh toán trực tuyến đạt 30,2%"), not a wrap.
_ENDS_ON_FIGURE = re.compile(r"\d[\d.,]*\s*%?\s*$")
_OPENS_IN_CAPITALS = re.compile(r"^\s*[A-ZĐÀ-Ỹ]")
_WIDE = 120  # a web page's paragraph is one line; a wrapped text's lines are at most this long
_FULL = 0.75  # of the width: a line this long was cut by the wrap, not ended by its writer


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at, or None when it is not wrapped (most of its long lines
    are near one width, below a web paragraph's length)."""
    lengths = sorted(len(line.rstrip()) for line in lines if len(line.strip()) >= 20 and not _TABLE_ROW.search(line))
    if len(lengths) < 5:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if width * 0.85 <= n <= width)
    return width if width <= _WIDE and near >= len(lengths) * 0.3 else None


def _line_of_its_own(line: str, following: str) -> bool:
    """Is either line one that fills a line without being wrapped (a list item, a table row,
    a heading in capitals, an item ending on its figure before the next in capitals)?"""
    return bool(LIST_ITEM.match(following) or _TABLE_ROW.search(line) or _TABLE_ROW.search(following)
                or _ENDS_ON_FIGURE.search(line) and _OPENS_IN_CAPITALS.match(following)
                or line == line.upper())


def _soft_break(line: str, following: str, width: int | None) -> bool:
    """Does the paragraph go on past this line break?"""
    if not following.strip() or _CHROME_LINE.match(line):
        return False
    if OPEN_END.search(line):
        if _GOES_ON.match(following):
            return True
        return width is not None and len(line.rstrip()) >= width * _FULL and not _line_of_its_own(line, following)
    # a sentence that ends on a full line may end its paragraph or not: read as a paragraph's
    # end (taken as going on, it lent one paragraph's topic to the next in the wrapped train part)
    return bool(_LIST_END.search(line) and _GOES_ON.match(following))


def paragraphs(text: str) -> list[Paragraph]:
    """Split on line breaks (a wrapped line joins the next one); mark chrome lines and
    everything after a chrome-tail heading."""
    out: list[Paragraph] = []
    pos = 0
    tail = False
    lines = text.split("\n")
    width = wrap_width(lines)
    idx = 0
    while idx < len(lines):
        line = lines[idx]
        start, end = pos, pos + len(line)
        pos = end + 1
        first = idx
        while idx + 1 < len(lines) and _soft_break(lines[idx], lines[idx + 1], width):
            idx += 1
            end = pos + len(lines[idx])
            pos = end + 1
        idx += 1
        if not text[start:end].strip():
            continue
        par = text[start:end]
        if _CHROME_TAIL.match(line):
            tail = True
        chrome = tail or bool(_CHROME_LINE.match(line))
        out.append(Paragraph(start, end, first, par, chrome))
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` closes an abbreviation such as 'TP.' rather than a sentence."""
    m = re.search(r"([\w.]+)$", text[:dot])
    if not m:
        return False
    word = m.group(1).lower()
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


# The longest sentence of the 300 real documents has 1 003 characters. Text with no sentence
# end for longer (a table flattened into one line, a run-on scan) is cut at its last ";" or
# "," (else a space) before this length: every figure looks back through its sentence, so an
# uncut line of 700 000 characters took half an hour to read; cut, it takes seconds.
MAX_SENTENCE = 1500
_CUT = (";", ",", " ")


def split_sentences(par: Paragraph) -> Iterator[Sentence]:
    """Sentences of one paragraph, stripped of surrounding spaces."""
    text = par.text
    last = 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        yield from _emit_bounded(par, last, m.end())
        last = m.end()
    yield from _emit_bounded(par, last, len(text))


def _emit_bounded(par: Paragraph, a: int, b: int) -> Iterator[Sentence]:
    while b - a > MAX_SENTENCE:
        window = par.text[a : a + MAX_SENTENCE]
        cut = next((i + 1 for mark in _CUT if (i := window.rfind(mark, MAX_SENTENCE // 2)) >= 0), MAX_SENTENCE)
        yield from _emit(par, a, a + cut)
        a += cut
    yield from _emit(par, a, b)


def _emit(par: Paragraph, a: int, b: int) -> Iterator[Sentence]:
    chunk = par.text[a:b]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = par.start + a + lead
    yield Sentence(s, s + len(stripped), par.index, stripped)


def sentences(text: str, *, include_chrome: bool = False) -> list[Sentence]:
    """All content sentences of a normalised text, in order."""
    out: list[Sentence] = []
    for par in paragraphs(text):
        if par.chrome and not include_chrome:
            continue
        out.extend(split_sentences(par))
    return out

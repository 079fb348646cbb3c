"""Sentence context for extraction: clause windows, masks, dates, targets vs actuals.

Vietnamese reports pack many figures into one sentence, separated by ';' and with
parenthesised asides ("(năm 2016 là 2.064.174 thuê bao, giảm 6,1% …)"). The label that
names a figure stands in the same clause, so the label window of a number runs back to
the nearest ';' or '(' and skips over closed parentheses of earlier figures.

Whether a sentence states actuals or targets is decided here too: a block opened by a
heading such as "Mục tiêu cụ thể đến năm 2025" or "… nhiệm vụ chủ yếu sau:" holds targets
and plans until the next interview question or section; so does a sentence that speaks
of "phấn đấu", "mục tiêu" or a deadline after the document's own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.text.dates import DateMention, iter_dates
from tracker.text.sentences import OPEN_END, Paragraph

# Document numbers, ordinals and identifiers: digits inside them are never figures.
_MASKS = re.compile(
    # the lookahead lists the first characters of the alternatives below: re tries the
    # alternation only where one of them stands (a third less time, same matches)
    r"(?=[sSlkđĐtTpgKPNQCcmLn\d“\"])(?:"
    # "Thông báo số 134", "số 12/BC": an identifier; "tổng số 1.937 dịch vụ", "trong số 34 tỉnh",
    # "vị trí số 58": a count or a place
    r"\b(?<!tổng\s)(?<!Tổng\s)(?<!trong\s)(?<!Trong\s)(?<!trí\s)(?:số|Số)\s*:?\s*\d+(?:\s*/\s*[\w\-Đđ/]+)?"
    r"|\b(?:lần|khóa|kỳ|đợt|tiêu\s+chí|tiêu\s+chuẩn|Đoàn\s+công\s+tác|phiên\s+bản|giai\s+đoạn|Điều|khoản|Khoản|Phụ\s+lục)\s+(?:thứ\s+)?\d+(?:[.,]\d+)?"
    r"|\b\d+\s*[-–]\s*[A-ZĐ][\w]*/[A-ZĐ]\w*"
    r"|\b\d+[a-z]?/(?:\d{4}/)?[A-ZĐ][\w\-Đđ]*"
    r"|\b(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kế\s+hoạch|Thông\s+tư|Nghị\s+định|Công\s+văn|Kết\s+luận|Chương\s+trình\s+hành\s+động)\s+(?:số\s+)?\d+\S*"
    r"|\b\d{1,2}:\d{2}\b"
    # a level, or a list of levels ("mức độ 3, 4", "mức 3 và 4": the 4 is no figure either)
    r"|\b(?:mức|cấp)\s+độ\s*\d(?:\s*(?:,|và|&|-|–|/|\+)\s*(?:mức\s+độ\s*)?[1-4])*\b"
    r"|\bmức\s+[1-4](?:\s*(?:,|và|&|-|–|/|\+)\s*(?:mức\s+)?[1-4])*\b|\bLevel\s*\d\b|\bnhóm\s+\d\b"
    r"|“[^”]{0,200}”|\"[^\"]{0,200}\""
    r"|\b[CcĐđ]ách\s+mạng\s+công\s+nghiệp\s+(?:lần\s+thứ\s+)?\S+"
    # how many levels of government ("hệ thống chính trị 3 cấp (tỉnh, huyện, xã)", "chính quyền 2
    # cấp", "liên thông 4 cấp"), not a figure, and no end of the phrase of the figure before it
    r"|\b0?[2-4]\s+cấp\b(?!\s+(?:độ|phát|phép|mới|đổi|lại)\b)"
    # how much of a goal was reached ("trên 74% người dân sử dụng Internet (đạt 100% mục tiêu)",
    # "(đạt 100% so với kế hoạch)"): a share of the plan, no figure of the indicator beside it
    r"|(?<=đạt\s)\d+(?:[.,]\d+)?\s*%\s+(?:so\s+với\s+)?(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)"
    r")"
)

_TARGET_SENTENCE = re.compile(
    r"\b(?:mục\s+tiêu|phấn\s+đấu|đặt\s+mục\s+tiêu|chỉ\s+tiêu\s+(?:đến|năm\s+20\d\d|giao|đề\s+ra)|"
    r"dự\s+kiến|sẽ\s+(?:đạt|có|phát\s+triển|nâng)|kế\s+hoạch\s+(?:đến|năm\s+20\d\d)|có\s+kế\s+hoạch|định\s+hướng\s+đến|"
    r"cần\s+đạt|phải\s+(?:đạt|đảm\s+bảo)|kỳ\s+vọng|đề\s+xuất|đăng\s+ký\s+(?:tiếp\s+tục\s+)?triển\s+khai|hướng\s+tới\s+(?:mục\s+tiêu|đạt)|đặt\s+ra\s+(?:mục\s+tiêu|chỉ\s+tiêu))\b",
    re.I,
)
# A goal reached is a result: "đang cung cấp 1.421 dịch vụ công mức độ 4, hoàn thành mục tiêu …",
# "… phủ sóng 4G, hoàn thành sớm mục tiêu đề ra cho năm 2025"
# "… trên 74% người dân sử dụng Internet (đạt 100% mục tiêu)": how much of the goal was reached
_ACHIEVED_GOAL = re.compile(r"\b(?:hoàn\s+thành|đạt(?:\s+được)?|vượt)(?:\s+(?:sớm|trước\s+hạn|xa))?"
                            r"(?:\s+(?:và\s+)?vượt)?(?:\s+\d+(?:[.,]\d+)?\s*%(?:\s+so\s+với)?)?(?:\s+(?:các|những))?\s+"
                            r"(?:mục\s+tiêu|chỉ\s+tiêu)", re.I)
_BLOCK_HEADING = re.compile(
    r"^\s*(?:[-+•*]\s*)?(?:(?:\d+|[IVX]+)\s*[.)]\s*)?(?:về\s+)?(?:một\s+số\s+|các\s+)?"
    r"(?:mục\s+tiêu|nhiệm\s+vụ|phương\s+hướng|giải\s+pháp|định\s+hướng|kế\s+hoạch\s+năm)\b",
    re.I,
)
_BLOCK_LEADIN = re.compile(
    r"(?:nhiệm\s+vụ|giải\s+pháp|mục\s+tiêu|chỉ\s+tiêu)[^.]{0,80}?(?:sau|như\s+sau|cụ\s+thể)\s*:\s*$",
    re.I,
)
# "Kết quả đạt được đến hết năm 2022 của các mục tiêu đã đặt ra … như sau:": what follows is
# results measured against the targets, not the targets
_RESULTS_LEADIN = re.compile(r"\bkết\s+quả\b[^.:]{0,160}?(?:sau|như\s+sau|cụ\s+thể)\s*:\s*$", re.I)
_BLOCK_END = re.compile(r"^\s*(?:PV|P\.V|Phóng\s+viên|Hỏi|Phần\s+[IVX\d]+|[IVX]+\s*[.)]\s)\s*:?", re.I)


@dataclass(frozen=True)
class TargetBlocks:
    """Which paragraphs are target/plan blocks, and the deadline their heading names."""

    paragraphs: dict[int, str | None]

    def deadline_of(self, paragraph: int) -> str | None:
        return self.paragraphs.get(paragraph)

    def __contains__(self, paragraph: int) -> bool:
        return paragraph in self.paragraphs


def target_blocks(pars: list[Paragraph], published_year: int) -> TargetBlocks:
    """Mark the paragraphs that sit under a targets or plans heading."""
    out: dict[int, str | None] = {}
    active = False
    deadline: str | None = None
    for par in pars:
        if par.chrome:
            continue
        text = par.text.strip()
        if _BLOCK_END.match(text) or _RESULTS_LEADIN.search(text):
            active = False
            continue
        words = len(text.split())
        heading = bool(_BLOCK_HEADING.match(text)) and (words <= 15 or text.endswith(":"))
        if heading or _BLOCK_LEADIN.search(text):
            active = True
            m = re.search(r"(?:đến|năm)\s+((?:19|20)\d{2})", text)
            deadline = m.group(1) if m and int(m.group(1)) > published_year else None
            if not heading:
                continue
        if active:
            out[par.index] = deadline
    return TargetBlocks(out)


def results_lists(pars: list[Paragraph], published_year: int) -> dict[int, str]:
    """The paragraphs listed under a results lead-in that names one past date ("Kết quả đạt được
    đến hết năm 2022 … như sau:"), each with that date, until a heading or another lead-in."""
    out: dict[int, str] = {}
    date: str | None = None
    for par in pars:
        if par.chrome:
            continue
        text = par.text.strip()
        if _RESULTS_LEADIN.search(text):
            lead = text[text.rfind(". ", 0, len(text) - 1) + 1 :]  # the lead-in's own sentence
            named = {d.value for d in iter_dates(lead)
                     if d.kind != "dm" and d.year is not None and d.year <= published_year}
            date = named.pop() if len(named) == 1 else None
            continue
        if _BLOCK_END.match(text) or _BLOCK_HEADING.match(text) or _BLOCK_LEADIN.search(text):
            date = None
        if date is not None:
            out[par.index] = date
    return out


def mask_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _MASKS.finditer(text)]


def is_target_sentence(text: str, dates: list[DateMention], published_year: int) -> bool:
    """A sentence that states a goal rather than a result."""
    unquoted = _ACHIEVED_GOAL.sub(" ", re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text))
    if _TARGET_SENTENCE.search(unquoted):
        return True
    return any(
        d.lead in ("đến", "đến hết", "đến cuối", "cuối", "tính đến") and (d.year or 0) > published_year
        for d in dates
    )


_HEADING_MAX = 200  # characters: a longer line is a paragraph, whatever its last mark


def is_heading(paragraph: str) -> bool:
    """Is the paragraph a title or a heading (a short line with no closing mark: "Điện Biên: Tỷ lệ
    người dân có điện thoại thông minh đạt 68%", "Tỉnh 1,25 triệu dân nhưng có 1,4 triệu thuê bao
    di động")? Such a line repeats a figure its body tells with the date."""
    line = paragraph.strip()
    return len(line) <= _HEADING_MAX and "\n" not in line and OPEN_END.search(line) is not None


@lru_cache(maxsize=512)  # asked several times per figure with the same arguments
def clause_start(text: str, pos: int) -> int:
    """Start of the clause holding `pos`: back to ';' or an unclosed '(' , skipping (…)."""
    if "(" not in text and ")" not in text:  # most sentences: no asides to skip
        return text.rfind(";", 0, pos) + 1
    depth = 0
    i = pos - 1
    while i >= 0:
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i + 1
            depth -= 1
        elif ch == ";" and depth == 0:
            return i + 1
        i -= 1
    return 0


@lru_cache(maxsize=512)  # asked several times per figure with the same arguments
def blank_parens(text: str, start: int, end: int) -> str:
    """text[start:end] with closed asides that hold figures blanked (same length).

    "(tăng 2,7% so năm 2016)" belongs to the figure before it and must not lend its words
    to the next one; "(xDSL, FTTH)" holds no digit and is part of the label.
    """
    if "(" not in text:
        return text[start:end]
    chunk = list(text[start:end])
    stack: list[int] = []
    for i, ch in enumerate(chunk):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            j = stack.pop()
            if not stack and any(c.isdigit() for c in chunk[j:i]):
                for k in range(j, i + 1):
                    chunk[k] = " "
    return "".join(chunk)


# "thuê bao Internet, bao gồm thuê bao Internet băng rộng, …, truyền hình cáp, là khoảng 10,5 triệu
# thuê bao": what the label includes, told between commas before the verb, is no label of its own
_INCLUSION = re.compile(r",\s*(?:bao\s+gồm|gồm\s+cả|kể\s+cả)\b[^;()]*?,(?=\s*(?:là|đạt|có|chiếm)\b[^,;]{0,20}$)", re.I)


def blank_inclusion(window: str) -> str:
    """The words before a number with an aside of what its label includes blanked (same length)."""
    return _INCLUSION.sub(lambda m: " " * len(m.group()), window)


# "dịch vụ công (DVC) mức độ 4": an abbreviation in parentheses is no aside
_ABBREVIATION = re.compile(r"\s*\((?:[A-ZĐ][A-ZĐ&\-]{1,9}|[A-ZĐ]+,\s*[A-ZĐ]+(?:,\s*[A-ZĐ]+)?)\)")
# "07 doanh nghiệp (Viettel, Viễn thông Hòa Bình, Mobifone, …) cung cấp …": an aside that names
# the things counted, each a name in capitals, is no aside either
_NAMES = re.compile(r"\s*\((?:[A-ZĐ][^\W\d]*(?:\s+[^\W\d]+){0,4})(?:,\s*[A-ZĐ][^\W\d]*(?:\s+[^\W\d]+){0,4})+\)")
# "100% cơ quan, đơn vị trong hệ thống chính trị 3 cấp (tỉnh, huyện, xã) đã được trang bị …":
# the levels spelled out are no aside either
_LEVELS = re.compile(r"\s*\((?:cấp\s+)?(?:tỉnh|huyện|xã|Trung\s+ương)(?:\s*(?:,|và|-|–)\s*(?:cấp\s+)?"
                     r"(?:tỉnh|huyện|xã|thôn))+\)", re.I)
# "894.666 thuê bao sử dụng dịch vụ truy nhập Internet (3G và 4G)", "100% xã đã có mạng thông tin
# băng rộng cố định (cáp quang)": technologies in an aside are words of the phrase, read without
# their brackets
_TECH = r"(?:[2-5]G|xDSL|ADSL|FTTH|FTTx|LTE|cáp\s+quang)"
_TECHNOLOGIES = re.compile(r"\((\s*" + _TECH + r"(?:\s*(?:,|/|và|-)\s*" + _TECH + r")*\s*)\)")


def phrase_after(text: str, end: int, next_start: int) -> str:
    """The words after a number that may name it: up to the next figure (`next_start`), the end
    of its clause (';'), the end of the sentence, or an aside ('('); an aside that only spells out
    an abbreviation or the levels, names the things counted or names technologies does not end it."""
    post = _ABBREVIATION.sub(lambda m: " " * len(m.group()), text[end:next_start])
    post = _NAMES.sub(lambda m: " " * len(m.group()), post)
    post = _LEVELS.sub(lambda m: " " * len(m.group()), post)
    post = _TECHNOLOGIES.sub(lambda m: f" {m.group(1)} ", post)
    post = re.split(r"[;()]", post, maxsplit=1)[0]
    return re.split(r"\.(?:\s|$)", post, maxsplit=1)[0]


@lru_cache(maxsize=512)  # asked several times per figure with the same arguments
def enclosing_paren(text: str, pos: int) -> int | None:
    """Index of the unclosed '(' that contains `pos`, if any."""
    if "(" not in text:
        return None
    depth = 0
    for i in range(pos - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i
            depth -= 1
    return None

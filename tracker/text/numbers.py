"""Vietnamese numbers and quantities: parse with spans, and format back.

Vietnamese writes "1.936.755" (dot groups thousands) and "12,8" (comma decimal), but web
text also has "90.88%" (a dot decimal before a percent sign). The rules, in order:
- dot groups of exactly three digits are thousands ("1.027,7" = 1027.7);
- a comma followed by digits is a decimal;
- a single dot followed by one, two or four+ digits is a decimal, and flagged ambiguous
  unless a percent sign or a unit makes the reading certain.
A number glued to letters ("3G", "IPv6", "4,8km") is not a figure, nor is one inside a
document number ("134/TB-VP", "64-CTr/TU"). Dates are found by `dates.py` and masked by
the caller.

Numbers written in words ("hai xã", "mười lăm trạm", "đứng thứ hai") are read only where a
counting noun follows or a rank word precedes: "năm" is also "year", "một" is also "a", and
"tư" is also the second half of "đầu tư", so bare number words are never figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from babel.numbers import format_decimal

Unit = Literal["count", "%", "per100", "ty_dong", "rank"]
RankKind = Literal["rank", "top"]
Qualifier = Literal["eq", "gt", "ge", "lt", "le", "approx"]

_ENGLISH_GROUPS = r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?"  # 2,160,000: two comma groups are no decimal
_NUMERAL = (
    r"(?:" + _ENGLISH_GROUPS + r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 1.936.755 / 1.027,7
    r"|\d+,\d+"  # 12,8
    r"|\d+\.\d+"  # 90.88 (dot decimal)
    r"|\d+)"
)

_QUANTITY = re.compile(
    r"(?=\d)(?<![\w.,/:\-–])"
    r"(?P<num>" + _NUMERAL + r")"
    r"(?:/(?P<den>\d{1,3}(?:\.\d{3})+|\d+)(?![/\d]))?"
    r"(?![\w/]|[.,]\d|\s?/\s?[A-Za-zĐđ]|[\-–]\s?\d|[\-–][A-Za-zĐđ])"
    r"(?P<scale>\s*(?:(?:nghìn|ngàn)\s+(?:tỷ|tỉ)|triệu|nghìn|ngàn|tỷ|tỉ)(?!\w))?"
    r"(?P<tail>"
    r"\s?%|\s+phần\s+trăm"
    r"|\s*(?:đồng|VNĐ|VND|đ)(?!\w)"
    r"|\s*(?:thuê\s+bao|TB|máy)(?:\s+(?:điện\s+thoại\s+)?(?:di\s+động|cố\s+định|Internet|băng\s+rộng"
    r"(?:\s+cố\s+định|\s+di\s+động)?))?(?:\s*/\s*|\s+trên\s+(?:mỗi\s+)?)100\s*(?:dân|người)"
    r")?",
    re.IGNORECASE,
)

_SCALES = {"triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "tỷ": 1e9, "tỉ": 1e9, "nghìn tỷ": 1e12, "ngàn tỷ": 1e12,
           "nghìn tỉ": 1e12, "ngàn tỉ": 1e12}

_QUALIFIER_BEFORE = re.compile(  # \b: "nhà nước đạt", "An Nhơn đạt" hold no "ước", "hơn"
    r"\b(?:(?P<gt>trên|hơn|vượt(?:\s+quá)?|cao\s+hơn|nhiều\s+hơn)"
    r"|(?P<ge>tối\s+thiểu|ít\s+nhất|không\s+dưới|không\s+thấp\s+hơn)"
    r"|(?P<approx>gần|khoảng|ước(?:\s+tính|\s+đạt|\s+khoảng)?|xấp\s+xỉ|chừng|trên\s+dưới|hầu\s+hết)"
    r"|(?P<lt>dưới|chưa\s+đến|chưa\s+tới|chưa\s+đầy|không\s+đến|ít\s+hơn|thấp\s+hơn)"
    r"|(?P<le>không\s+quá|tối\s+đa|không\s+vượt\s+quá))"
    r"(?:\s+(?:mức|con\s+số|là|đạt))?\s*$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER_GE = re.compile(r"^\s*(?:\S+\s+){0,4}?trở\s+lên", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number found in text, with the span it came from (number through unit)."""

    start: int
    end: int
    value: float
    unit: Unit
    text: str
    numerator: float | None = None
    denominator: float | None = None
    ambiguous: bool = False
    money: bool = False
    words: bool = False  # written in words ("hai", "mười lăm")

    @property
    def is_fraction(self) -> bool:
        return self.denominator is not None


def parse_numeral(s: str) -> tuple[float, bool]:
    """Parse one Vietnamese numeral; return (value, ambiguous)."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", ".")), False
    if re.fullmatch(_ENGLISH_GROUPS, s):
        return float(s.replace(",", "")), False
    if "," in s:
        return float(s.replace(",", ".")), False
    if "." in s:
        return float(s), True
    return float(s), False


def iter_quantities(text: str, *, words: bool = True) -> Iterator[Quantity]:
    """Every quantity in the text, left to right (numbers in words too, unless words=False)."""
    if words and _WORD_NUMBER.search(text):
        found = sorted([*_iter_digit_quantities(text), *_iter_word_quantities(text)], key=lambda q: q.start)
        yield from found
        return
    yield from _iter_digit_quantities(text)


_MIXED_THOUSANDS = re.compile(r"\s+(\d{1,3})\s*(?:nghìn|ngàn)(?!\w)", re.IGNORECASE)
_COMMA_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")  # "0,098" is a decimal


def _iter_digit_quantities(text: str) -> Iterator[Quantity]:
    skip_until = skip_to = 0  # a quantity read as part of the one before ("… triệu 150 nghìn")
    for m in _QUANTITY.finditer(text):
        num, ambiguous = parse_numeral(m.group("num"))
        tail = (m.group("tail") or "").strip().lower()
        scale_word = re.sub(r"\s+", " ", (m.group("scale") or "").strip().lower())
        if scale_word and re.fullmatch(r"\d+\.\d{1,2}", m.group("num")):
            ambiguous = False  # "2.1 triệu": no thousands group has fewer than three digits
        den = m.group("den")
        end = m.end()
        if den is not None:
            d, _ = parse_numeral(den)
            if d == 0 or num > d or tail:
                continue
            yield Quantity(m.start(), m.end("den"), num, "count", m.group()[: m.end("den") - m.start()],
                           numerator=num, denominator=d)
            continue
        unit: Unit = "count"
        money = False
        value = num
        if tail.endswith("%") or tail.endswith("trăm"):
            unit = "%"
            ambiguous = False
        elif "100" in tail:
            unit = "per100"
            ambiguous = False
        elif tail:
            money = True
            unit = "ty_dong"
            value = num * _SCALES.get(scale_word, 1.0) / 1e9
            ambiguous = False
        elif scale_word.endswith(("tỷ", "tỉ")):
            # "doanh thu đạt 500 tỷ": an amount of billions is money (no count of a province
            # reaches a billion), in tỷ đồng
            money = True
            unit = "ty_dong"
            value = num * _SCALES[scale_word] / 1e9
            ambiguous = False
        elif scale_word:
            value = num * _SCALES[scale_word]
            mixed = _MIXED_THOUSANDS.match(text, end) if scale_word == "triệu" else None
            if mixed:  # "2 triệu 150 nghìn thuê bao": one amount
                value += int(mixed.group(1)) * 1e3
                end = mixed.end()
                skip_to = end
        elif _COMMA_THOUSANDS.fullmatch(m.group("num")):
            value = float(m.group("num").replace(",", ""))  # "512,300 thuê bao": no count has decimals
            ambiguous = False
        if m.start() < skip_until:
            continue
        skip_until = skip_to
        yield Quantity(m.start(), end, value, unit, text[m.start() : end], ambiguous=ambiguous, money=money)


# ----------------------------------------------------------------- numbers in words
_DIGIT_WORDS = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
    "tám": 8, "chín": 9,
}
# Forms that only stand after "mươi"/"mười": "hai mươi mốt", "mười lăm", "ba mươi tư".
_AFTER_TENS = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
_NUMBER_WORDS = sorted([*_DIGIT_WORDS, *_AFTER_TENS, "mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "ngàn"],
                       key=len, reverse=True)
_FIRST_WORDS = [w for w in _NUMBER_WORDS if w not in _AFTER_TENS and w not in ("mươi", "linh", "lẻ", "nghìn", "ngàn")]
_WORD_NUMBER = re.compile(
    r"(?<!\w)(?=[kmhbnstcKMHBNSTC])(?:" + "|".join(_FIRST_WORDS) + r")"
    r"(?:\s+(?:" + "|".join(_NUMBER_WORDS) + r"))*(?!\w)"
    r"|(?<=thứ\s)nhất(?!\w)|(?<=xếp\shạng\s)nhất(?!\w)"  # "xếp hạng nhất"; "hạng Nhất" alone is a class
    r"|(?<=dẫn\s)đầu(?!\w)|(?<=đứng\s)đầu(?!\w)",  # "dẫn đầu cả nước về chỉ số DTI": first
    re.IGNORECASE,
)
# "dẫn đầu" is the first place only when what it leads is the country or a ranking ("dẫn đầu cả
# nước về …", "dẫn đầu bảng xếp hạng …", "đứng đầu chỉ số …"), and not as one of a group ("nằm
# trong nhóm 20 tỉnh dẫn đầu cả nước", "top 10 địa phương dẫn đầu") or a goal
_LEADS = re.compile(r"\s+(?:(?:cả\s+nước|toàn\s+quốc)(?:\s+về)?|bảng\s+xếp\s+hạng|về\s+(?:chỉ\s+số|xếp\s+hạng)|"
                    r"chỉ\s+số|xếp\s+hạng)\b", re.IGNORECASE)
_LEADS_AMONG = re.compile(r"(?:nhóm|tốp|top|những|các|trong\s+số)\b[^;.]{0,60}$|(?:phấn\s+đấu|mục\s+tiêu|hướng"
                          r"\s+tới|trở\s+thành)[^;.]{0,80}$", re.IGNORECASE)
_COUNT_NOUN = re.compile(
    r"\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|đơn\s+vị|cơ\s+quan|sở|ngành|"
    r"trạm|điểm|doanh\s+nghiệp|nhà\s+mạng|nhà\s+cung\s+cấp|dịch\s+vụ|thủ\s+tục|hệ\s+thống|nền\s+tảng|lần|bậc|hạng|"
    r"đài|cụm|khu|trường|bệnh\s+viện|cơ\s+sở)(?!\w)",
    re.IGNORECASE,
)


def parse_number_words(words: str) -> int | None:
    """'mười lăm' → 15, 'hai mươi mốt' → 21, 'một trăm linh năm' → 105; None if not a number."""
    total, hundreds, tens, digit = 0, 0, 0, None
    seen_tens = False
    for tok in words.lower().split():
        if tok in _DIGIT_WORDS and digit is None:
            digit = _DIGIT_WORDS[tok]
        elif tok in _AFTER_TENS and seen_tens and digit is None:
            digit = _AFTER_TENS[tok]
        elif tok == "mười" and not seen_tens and digit is None:
            tens, seen_tens = 1, True
        elif tok == "mươi" and digit is not None and digit >= 2 and not seen_tens:
            tens, digit, seen_tens = digit, None, True
        elif tok == "trăm" and digit is not None and not hundreds and not seen_tens:
            hundreds, digit = digit, None
        elif tok in ("linh", "lẻ") and hundreds and not seen_tens and digit is None:
            seen_tens = True
        elif tok in ("nghìn", "ngàn") and not total:
            group = hundreds * 100 + tens * 10 + (digit or 0)
            if not group:
                return None
            total, hundreds, tens, digit, seen_tens = group * 1000, 0, 0, None, False
        else:
            return None
    value = total + hundreds * 100 + tens * 10 + (digit or 0)
    return value if value or digit == 0 else None


def _iter_word_quantities(text: str) -> Iterator[Quantity]:
    for m in _WORD_NUMBER.finditer(text):
        phrase = m.group()
        if phrase.lower() == "đầu":  # "dẫn đầu" / "đứng đầu"
            if _LEADS.match(text, m.end()) and not _LEADS_AMONG.search(text, max(0, m.start() - 90), m.start()):
                yield Quantity(m.start(), m.end(), 1.0, "count", phrase, words=True)
            continue
        ranked = rank_before(text[: m.start()])
        if phrase.lower() == "nhất":  # "xếp thứ nhất": first ("Thứ nhất, …" alone is "firstly")
            if ranked:
                yield Quantity(m.start(), m.end(), 1.0, "count", phrase, words=True)
            continue
        value = parse_number_words(phrase)
        if value is None:
            continue
        counted = _COUNT_NOUN.match(text, m.end())
        # A single "một"/"năm" is too often "a"/"year" unless a rank word stands before it.
        if ranked or (counted and (value >= 2 and phrase.lower() != "năm")):
            yield Quantity(m.start(), m.end(), float(value), "count", phrase, words=True)


# ----------------------------------------------------------------------- ranks
_RANK_BEFORE = re.compile(
    r"(?:xếp\s+(?:hạng|thứ)|đứng\s+(?:thứ|ở\s+vị\s+trí(?:\s+thứ)?|vị\s+trí(?:\s+thứ)?)|vị\s+trí(?:\s+(?:thứ|số))?|hạng"
    r"|đạt\s+thứ"  # "… (DTI) năm 2021 Hậu Giang đạt thứ 17/63"
    # the ranking named between "xếp hạng" and the place: "xếp hạng chuyển đổi số năm 2023 thứ 38"
    r"|xếp\s+hạng\s[^,;.:()]{0,45}?\sthứ)"
    r"\s*(?:thứ\s*)?$",
    re.IGNORECASE,
)
# "vị trí thứ 6 trong bảng xếp hạng 63 tỉnh, thành phố": the table's size, not a place in it
_RANKING_TABLE = re.compile(r"\bbảng\s+xếp\s+hạng\s*$", re.IGNORECASE)
_TOP_BEFORE = re.compile(r"(?:tốp|top|nhóm)\s*$", re.IGNORECASE)


# "giữ vững vị trí 3 năm liên tiếp": how many years, not a place
_YEARS_AFTER = re.compile(r"\s+năm\s+(?:liên\s+tiếp|liền)\b", re.IGNORECASE)


def rank_at(text: str, start: int, end: int) -> RankKind | None:
    """The rank kind of the number at text[start:end] (`rank_before` its prefix), none when the
    words after it count years ("giữ vững vị trí 3 năm liên tiếp")."""
    if _YEARS_AFTER.match(text, end):
        return None
    if text[start:end].lower() == "đầu":  # "dẫn đầu" (only read as a number there): the first place
        return "rank"
    return rank_before(text[:start])


# "xếp thứ 2 toàn quốc về Chỉ số chuyển đổi số", "thứ 12/63 tỉnh, thành phố về chỉ số DTI": the
# ranking named right after a place
_RANKING_NAMED_AFTER = re.compile(r"\s*(?:/\s*\d+\s*)?(?:tỉnh,?\s*(?:thành(?:\s+phố)?)?\s*)?(?:(?:trong\s+|trên\s+)?"
                                  r"(?:cả\s+nước|toàn\s+quốc)\s*)?về\s+(?:chỉ\s+số|xếp\s+hạng|\bDTI\b|ICT)",
                                  re.IGNORECASE)


def ranking_named_after(text: str, end: int) -> bool:
    """Do the words right after the place ending at `end` name its ranking ("… toàn quốc về
    Chỉ số chuyển đổi số")? That ranking is then the place's, whatever else the sentence ranks."""
    return _RANKING_NAMED_AFTER.match(text, end) is not None


def place_verb(prefix: str) -> int | None:
    """Where the words that make the number after `prefix` a place begin ("xếp hạng", "đứng thứ",
    "đạt thứ"), or None: what stands before them holds the place."""
    tail = prefix[-70:]
    m = _RANK_BEFORE.search(tail)
    return len(prefix) - len(tail) + m.start() if m else None


def rank_before(prefix: str) -> RankKind | None:
    """'rank' when the text before a number makes it a place ("xếp hạng", "đứng thứ"),
    'top' for a group bound ("tốp 20": at most 20th), else None."""
    if _RANK_BEFORE.search(prefix[-70:]) and not _RANKING_TABLE.search(prefix[-30:]):
        return "rank"
    if _TOP_BEFORE.search(prefix[-12:]):
        return "top"
    return None


@dataclass(frozen=True)
class Rank:
    """A place in a ranking: 'đứng thứ 25/63' → value 25, out_of 63, kind 'rank'."""

    start: int
    end: int
    value: float
    kind: RankKind
    out_of: float | None = None


def iter_ranks(text: str) -> Iterator[Rank]:
    """Every rank phrase in the text: 'xếp hạng 25', 'đứng thứ 25/63', 'tốp 20', 'thứ hai'."""
    for q in iter_quantities(text):
        kind = rank_at(text, q.start, q.end)
        if kind is None or q.unit != "count":
            continue
        value = q.numerator if q.is_fraction else q.value
        assert value is not None
        yield Rank(q.start, q.end, value, kind, q.denominator)


# ------------------------------------------------------------------- qualifiers
def qualifier_before(prefix: str, after: str = "") -> Qualifier:
    """The qualifier stated just before a number ('trên 98%' → gt), or 'eq'."""
    m = _QUALIFIER_BEFORE.search(prefix[-40:])
    if m:
        return m.lastgroup  # type: ignore[return-value]
    if after and _QUALIFIER_AFTER_GE.match(after[:40]):
        return "ge"
    return "eq"


def format_number(value: float, decimals: int | None = None) -> str:
    """Write a number the Vietnamese way: 1936755 → '1.936.755', 12.8 → '12,8'."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
        if decimals and round(value, 1) == round(value, 2):
            decimals = 1
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return str(format_decimal(round(value, decimals), format=pattern, locale="vi"))


def format_quantity(value: float, unit: str) -> str:
    """A value with its unit, as a report prints it ('12,8%', '1.936.755', '1.027,7 tỷ đồng')."""
    if unit == "%":
        return f"{format_number(value)}%"
    if unit == "ty_dong":
        return f"{format_number(value)} tỷ đồng"
    if unit == "per100":
        return f"{format_number(value)}/100 dân"
    if unit == "rank":
        return f"thứ {format_number(value)}"
    return format_number(value)

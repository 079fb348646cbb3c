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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from babel.numbers import format_decimal

Unit = Literal["count", "%", "per100", "ty_dong", "rank"]
Qualifier = Literal["eq", "gt", "ge", "lt", "le", "approx"]

_NUMERAL = (
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 1.936.755 / 1.027,7
    r"|\d+,\d+"  # 12,8
    r"|\d+\.\d+"  # 90.88 (dot decimal)
    r"|\d+)"
)

_QUANTITY = re.compile(
    r"(?<![\w.,/:\-–])"
    r"(?P<num>" + _NUMERAL + r")"
    r"(?:/(?P<den>\d{1,3}(?:\.\d{3})+|\d+)(?![/\d]))?"
    r"(?![\w/]|[.,]\d|\s?/\s?[A-Za-zĐđ]|[\-–]\s?\d|[\-–][A-Za-zĐđ])"
    r"(?P<scale>\s*(?:triệu|nghìn|ngàn|tỷ|tỉ)(?!\w))?"
    r"(?P<tail>"
    r"\s?%|\s+phần\s+trăm"
    r"|\s*(?:đồng|VNĐ|VND|đ)(?!\w)"
    r"|\s*(?:thuê\s+bao|TB|máy)\s*/\s*100\s*(?:dân|người)"
    r")?",
    re.IGNORECASE,
)

_SCALES = {"triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "tỷ": 1e9, "tỉ": 1e9}

_QUALIFIER_BEFORE = re.compile(
    r"(?:(?P<gt>trên|hơn|vượt(?:\s+quá)?|cao\s+hơn|nhiều\s+hơn)"
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

    @property
    def is_fraction(self) -> bool:
        return self.denominator is not None


def parse_numeral(s: str) -> tuple[float, bool]:
    """Parse one Vietnamese numeral; return (value, ambiguous)."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", ".")), False
    if "," in s:
        return float(s.replace(",", ".")), False
    if "." in s:
        return float(s), True
    return float(s), False


def iter_quantities(text: str) -> Iterator[Quantity]:
    """Every quantity in the text, left to right."""
    for m in _QUANTITY.finditer(text):
        num, ambiguous = parse_numeral(m.group("num"))
        tail = (m.group("tail") or "").strip().lower()
        scale_word = (m.group("scale") or "").strip().lower()
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
        elif scale_word:
            value = num * _SCALES[scale_word]
        yield Quantity(m.start(), end, value, unit, m.group(), ambiguous=ambiguous, money=money)


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

"""Parts and wholes: which figures of a sentence are a part of a total, or rivals of one.

A breakdown after "trong đó", "gồm" or "cụ thể" gives parts, never the total; a count known
only from the paragraph's topic after such a marker is a part even when the whole was not
read; two different values of one indicator at one date in one sentence cannot both be the
province's. The engine marks such figures `skip`; they never become observations.

Across a document, two values of one indicator at one date in different sentences are a
conflict the engine cannot settle either (on train the value the gold keeps is one of them
about half the time, and neither the first nor the most confident one reliably): both stay
observations, for the review queue to show side by side, at a confidence measured on train
that keeps them out of a report until a person chooses (`conflicting`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extract.context import enclosing_paren
from tracker.extract.figure import Figure
from tracker.extract.model import Observation

_PARTS_OF_BEFORE = re.compile(r"^\W{0,3}(?:trong\s+đó|cụ\s+thể|bao\s+gồm|gồm)\b", re.I)
# ("2.268 thủ tục gồm 1.833 thủ tục cấp tỉnh, 301 …": "gồm" needs no comma before it)
_BREAKDOWN = re.compile(r"[,;:(]\s*(?:trong\s+đó|gồm|bao\s+gồm|cụ\s+thể)\b|\s(?:bao\s+)?gồm\b", re.I)
# "133 điểm cầu: 02 điểm cầu tại …, 10 điểm cầu tại …": a colon right after a count's phrase
_COLON_BREAKDOWN = re.compile(r"[^.;,:()]*:\s*$")


def opens_with_parts(sentence: str) -> bool:
    """"Trong đó, …", "Cụ thể, …", "Gồm …": the sentence lists parts of the one before."""
    return _PARTS_OF_BEFORE.match(sentence) is not None


_TECHNOLOGY = re.compile(r"\b[2-5]G\b")


def drop_technology_parts(text: str, figs: list[Figure]) -> None:
    """'100% dân số được phủ sóng mạng thông tin di động; 99,8% dân số được phủ sóng mạng di động
    4G trở lên': beside the share of the whole service, the share of one technology is a part of
    it, not a second level (the gold labels it outside the vocabulary)."""
    def phrase(f: Figure) -> str:  # its own words, to the end of its item
        return re.split(r"[;,(]", text[f.q.end : f.q.end + 80], maxsplit=1)[0]

    whole = {f.indicator.key for f in figs if f.indicator is not None and f.cand is not None and f.cand.after_end
             and not f.skip and not _TECHNOLOGY.search(phrase(f))}
    for f in figs:
        if f.indicator is not None and f.indicator.key in whole and f.cand is not None and f.cand.after_end \
                and _TECHNOLOGY.search(phrase(f)):
            f.skip = True


def drop_subsets(text: str, figs: list[Figure]) -> None:
    """'1.070 chữ ký số (trong đó, có 751 … cá nhân)', '2.150 trạm BTS, trong đó 1.320 trạm
    4G': a part of the figure before, read as the same indicator, is not its level."""
    for i, f in enumerate(figs):
        ind = f.indicator
        if ind is None:
            continue
        paren = enclosing_paren(text, f.q.start)
        if paren is not None and re.match(r"\(\s*trong\s+đó", text[paren:], re.I):
            head = next((p for p in reversed(figs[:i]) if p.q.end <= paren), None)
        else:
            # "2.150 trạm BTS, trong đó có 1.320 trạm 4G", "139.506 hồ sơ, gồm: 115.865 …", "133 điểm cầu: 02 …",
            # "2.833 trạm (BTS), cụ thể có: 734 trạm 2G; 1.010 trạm 3G": every part after
            # the marker, not only the first
            head = next((figs[j - 1] for j in range(i, 0, -1)
                         if _BREAKDOWN.search(text, figs[j - 1].q.end, figs[j].q.start)
                         or _COLON_BREAKDOWN.fullmatch(text, figs[j - 1].q.end, figs[j].q.start)), None)
            if head is None:
                continue
        if head is not None and head.indicator is not None and head.indicator.key == ind.key and not head.group:
            f.skip = True  # (after "top 5, trong đó xếp thứ 2 năm 2021" the ranks are no part of a group)
        elif head is not None and head.indicator is None and topic_count(f):
            f.skip = True  # a whole that was not read ("có 07 doanh nghiệp (…), trong đó 02 …"): a
            # count known only from the paragraph's topic is still one of its parts


def topic_count(f: Figure) -> bool:
    """A count whose only evidence is the paragraph's topic (a topic rule found it)."""
    return f.indicator is not None and f.indicator.unit == "count" and f.cand is not None \
        and f.cand.rule.topic is not None


def _rival_key(f: Figure) -> tuple[str, str | None] | None:
    ind = f.indicator
    if ind is None or f.skip or ind.unit not in ("count", "%") or f.group or f.scope != "province":
        return None  # (the country's, another province's, one operator's or district's: no rival)
    return ind.key, f.as_of


def drop_rivals(figures: list[Figure]) -> None:
    """Two different counts of one indicator at one date in one sentence cannot both be the
    province's total ("gồm 01 điểm cầu tỉnh, 10 điểm cầu huyện và 03 điểm cầu xã" are parts
    of a total not written): with no way to tell which is, keep none. So for two shares
    ("đúng và trước hạn đạt 97,6%; 100% hồ sơ … đúng hạn"): on train such pairs were right 3
    times in 8. Values that agree once rounded are one figure, not rivals: the one the text
    states, not the one computed from a fraction beside it.

    A guess (a concept rule's figure, extract.matching) is no rival of a figure whose own words
    name the indicator: the guess goes, the named figure stays."""
    named = {key for f in figures if (key := _rival_key(f)) is not None and not is_guess(f)}
    for f in figures:
        if is_guess(f) and _rival_key(f) in named:
            f.skip = True
    values: dict[tuple[str, str | None], set[float]] = {}
    for f in figures:
        key = _rival_key(f)
        if key is not None:
            values.setdefault(key, set()).add(_given(f))
    stated = {(key, f.q.value) for f in figures if (key := _rival_key(f)) is not None and not f.only_extra}
    for f in figures:
        key = _rival_key(f)
        if key is not None and f.only_extra and any(k == key and _agree(v, _given(f)) for k, v in stated):
            f.skip = True  # "34.020/277.307 hồ sơ …, đạt 12%": the share the text states, not 12,27
    for f in figures:
        key = _rival_key(f)
        if key is not None and any(not _agree(a, b) for a in values[key] for b in values[key]):
            f.skip = True


def is_guess(f: Figure) -> bool:
    """A concept rule's figure: the indicator's words in any order, a last resort."""
    return f.cand is not None and bool(f.cand.rule.all)


def _given(f: Figure) -> float:
    """The value a figure gives out: a fraction read as its share gives the ratio ("11/11 UBND
    cấp huyện và 173/173 xã" are 100% twice, not 11 and 173)."""
    return f.extra[0][1] if f.only_extra and f.extra else f.q.value


def _agree(a: float, b: float) -> bool:
    """One value is the other rounded ('đạt 74% (164/222 xã)': 73,87… and 74 are one figure)."""
    def places(v: float) -> int:
        text = f"{v:.6f}".rstrip("0").rstrip(".")
        return len(text.split(".")[1]) if "." in text else 0

    coarse = min(places(a), places(b))
    return round(a, coarse) == round(b, coarse)


def conflicting(observations: Iterable[Observation], guesses: frozenset[str] = frozenset()) -> set[str]:
    """The ids of a document's observations that another one contradicts: the same indicator,
    date and scope with a value that does not agree with it once rounded. A figure of a
    `guesses` rule (a concept rule, read where no phrase fits) is contradicted like any other
    but contradicts none: a guess must not send a figure its own words name to review."""
    groups: dict[tuple[str, str, str], list[Observation]] = {}
    for o in observations:
        groups.setdefault((o.indicator, o.as_of, o.scope), []).append(o)
    out: set[str] = set()
    for group in groups.values():
        for o in group:
            if any(not _agree(o.value, other.value) and other.rule not in guesses for other in group):
                out.add(o.id)
    return out

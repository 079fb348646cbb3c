"""What a figure takes from the figures beside it in its sentence.

A fraction and the share beside it are one figure ("221/222 xã, chiếm 99,54%"); a figure with
no label of its own continues the one before it only in safe cases (a list that changes only
the scope, a historical value in parentheses, a count's share in the same clause); the items
of a "lần lượt" list take their places in order. The engine calls these after every figure of
the sentence has its own best candidate (extract.matching), before dating and scope.
"""

from __future__ import annotations

import re

from tracker.extract import scope
from tracker.extract.catalog import Catalog
from tracker.extract.context import blank_parens, clause_start, enclosing_paren
from tracker.extract.dating import blank_dates
from tracker.extract.figure import Candidate, Figure
from tracker.extract.parts import is_guess
from tracker.text.dates import DateMention

# The words a clause may hold and still have no label of its own: scope, verbs, qualifiers
# ("cấp huyện: 100%", "đạt", "tỷ lệ này"); such a figure takes the label of the one it continues.
SCOPE_ONLY = re.compile(
    r"^(?:[\s,:;+\-–.]|thứ|tại|ở|đối\s+với|riêng|đặc\s+biệt|cấp|tỉnh|huyện|xã|thành\s+phố|thị\s+xã|"
    r"tỷ\s+lệ(?:\s+này)?|con\s+số\s+này|đạt|là|có|chiếm|và|hiện|nay|trong\s+đó|khoảng|trên|hơn|gần|từ|tăng\s+lên|lên|"
    r"đến|tới|rồi|@)*$",
    re.I,
)
_FRACTION_LINK = re.compile(
    r"^[\s\w,(]{0,30}?(?:chiếm|đạt|bằng|tương\s+ứng|,)\s*(?:tỷ\s+lệ\s+)?(?:khoảng\s+|gần\s+|trên\s+|hơn\s+)?$", re.I
)
# Words that make the figure after them a reference, not a second value of the one before:
# the plan ("vượt chỉ tiêu được giao (40%)"), a comparison, the country's average.
PLAN_REFERENCE = re.compile(r"\b(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|so\s+với|bình\s+quân|cả\s+nước)", re.I)
_SHARE_OF_COUNT = re.compile(r"[^;()%]{0,60}?,\s*(?:đạt|chiếm)\s+(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+)?"
                             r"(?:khoảng\s+|gần\s+|trên\s+|hơn\s+)?$", re.I)


# "… 34.020/277.307 hồ sơ giải quyết trực tuyến thông qua Hệ thống …, đạt 12%": a longer phrase
# between, where the percentage is the fraction's ratio rounded
_RATIO_LINK = re.compile(r"^[^.;:]{0,120},\s*(?:chiếm|đạt|bằng|tương\s+ứng)\s*(?:tỷ\s+lệ\s+)?"
                         r"(?:khoảng\s+|gần\s+|trên\s+|hơn\s+)?$", re.I)


def _states_its_ratio(f: Figure, pct: Figure, between: str) -> bool:
    """Is the percentage after a long phrase the fraction's own ratio (to the nearest whole)?"""
    if not f.q.denominator or not _RATIO_LINK.match(between):
        return False
    return abs(100.0 * (f.q.numerator or 0) / f.q.denominator - pct.q.value) < 0.5


def merge_fractions(catalog: Catalog, text: str, figs: list[Figure]) -> None:
    """'221/222 xã, chiếm 99,54%' and 'đạt 74% (164/222 xã)': one share with its ratio (and, for a
    share whose catalog entry names its `whole`, that count: the fraction's denominator)."""
    for i, f in enumerate(figs):
        if not f.q.is_fraction or f.skip:
            continue
        partner: Figure | None = None
        if i + 1 < len(figs) and figs[i + 1].unit == "%":
            between = text[f.q.end : figs[i + 1].q.start]
            if ";" not in between and (_FRACTION_LINK.match(between) or _states_its_ratio(f, figs[i + 1], between)):
                partner = figs[i + 1]
        if partner is None and i > 0 and figs[i - 1].unit == "%":
            between = text[figs[i - 1].q.end : f.q.start]
            if re.fullmatch(r"\s*\(\s*", between):
                partner = figs[i - 1]
        share_key = None
        if f.cand and f.cand.indicator.unit == "count":
            share_key = f.cand.indicator.share
        elif f.cand and f.cand.indicator.unit == "%":
            share_key = f.cand.indicator.key
        if partner is not None:
            partner.numerator, partner.denominator = f.q.numerator, f.q.denominator
            if (partner.cand is None or is_guess(partner)) and share_key:  # a guess yields
                share = catalog.get(share_key)
                if share is not None:
                    partner.cand = Candidate(share, f.cand.rule, 1.0, None, 0) if f.cand else None
            if f.cand and f.cand.indicator.unit == "%":
                f.skip = True  # the explicit percentage states it
        elif share_key and f.q.denominator:
            value = round(100.0 * (f.q.numerator or 0) / f.q.denominator, 2)
            f.extra.append((share_key, value, "%"))
            f.only_extra = f.cand is not None and f.cand.indicator.unit == "%"
        # the fraction's whole is a count of its own: "đạt 72,35% (224.930/310.903 hồ sơ)"
        share_of = f.cand if f.cand and f.cand.indicator.unit == "%" else partner.cand if partner else None
        whole = share_of.indicator.whole if share_of and share_of.indicator.unit == "%" else None
        if whole and f.q.denominator and whole.noun_re.match(text, f.q.end):
            (f if partner is None else partner).extra.append((whole.key, f.q.denominator, "count"))
        if f.cand and f.cand.indicator.unit == "count":
            f.numerator, f.denominator = f.q.numerator, f.q.denominator
        elif f.cand is None:
            f.skip = True


def inherit(catalog: Catalog, text: str, figs: list[Figure], dates: list[DateMention], carry: Figure | None) -> None:
    """Give a label-less figure the indicator of the figure it continues, in safe cases."""
    dated = blank_dates(text, dates)
    for i, f in enumerate(figs):
        if f.cand is not None or f.skip:
            continue
        paren = enclosing_paren(text, f.q.start)
        cs = clause_start(text, f.q.start)
        prev = next((p for p in reversed(figs[:i]) if p.indicator is not None and not p.skip), None)
        if prev is not None and is_guess(prev):
            continue  # a guess (a concept rule's figure) lends its indicator to no other figure
        post = dated[f.q.end : f.q.end + 3]
        bare = re.match(r"\s*(?:[,;.)]|@|$)", post) is not None or f.unit in ("ty_dong", "per100")
        if prev is None:
            window = blank_parens(dated, cs, f.q.start)
            if carry is not None and carry.unit == f.unit and bare and SCOPE_ONLY.match(window):
                f.inherited_from, f.rule_id, f.confidence = carry, "inherit-previous-sentence", 0.6
            continue
        if prev.unit == "count" and f.unit == "%" and prev.cand is not None and prev.cand.indicator.share \
                and _SHARE_OF_COUNT.match(text, prev.q.end, f.q.start) and prev is figs[i - 1]:
            # "621 dịch vụ công trực tuyến mức 4, đạt tỷ lệ 37,6% tổng số thủ tục": the
            # count's share, in the same clause
            share = catalog.get(prev.cand.indicator.share)
            if share is not None:
                f.cand = Candidate(share, prev.cand.rule, 1.0, None, 0)
                f.rule_id, f.confidence = prev.cand.rule.id + "+share", 0.75
            continue
        if prev.unit != f.unit:
            continue
        if paren is not None and prev.q.end <= paren and re.search(
            r"(?:năm|giai\s+đoạn|thời\s+kỳ)\s+(?:19|20)\d{2}", text[paren : f.q.start], re.I
        ):
            f.inherited_from, f.rule_id, f.confidence = prev, "inherit-historical", 0.8
            continue
        between = blank_parens(dated, max(cs, prev.q.end), f.q.start)
        if PLAN_REFERENCE.search(text, prev.q.end, f.q.start):
            continue  # "đạt 45,6%, vượt chỉ tiêu được giao (40%)": the 40% is the plan's
        if bare and SCOPE_ONLY.match(between) and (paren is None or prev.q.start > paren):
            f.inherited_from, f.rule_id, f.confidence = prev, "inherit-list", 0.75


def respectively(text: str, figs: list[Figure]) -> None:
    """'… cấp tỉnh, huyện, xã lần lượt là 85%, 60% và 40%': the i-th figure is the i-th item.

    When the items are the levels of government, each figure gets its level as scope.
    Otherwise a label that stands before 'lần lượt' names one item of a list, not every
    figure (the nearest label is the last item's), so those figures are left out.
    """
    for r in scope.respectively(text):
        run = [f for f in figs if r.start < f.q.start < r.end and f.indicator is not None and not f.skip]
        if len(run) > 1 and len(r.levels) == len(run):
            for f, level in zip(run, r.levels, strict=True):
                f.scope = level
            continue
        for f in run:
            if f.inherited_from is not None or (f.cand is not None and f.cand.label_start is not None
                                                and f.cand.label_start < r.start):
                f.skip = True

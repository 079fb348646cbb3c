"""One catalog rule tried on one number: whether it names the number, and how well.

A candidate's score ranks the rules that fit a number: a long, specific phrase after the
number outweighs a generic noun plus a label; among labels the nearest wins; a label that
another percentage already owns loses to one of the number's own. The exclusion a rule
carries is read only over the words that qualify its match (see `match`), so that a veto
word elsewhere in a long sentence does not silence an unrelated figure.

A concept rule (`all`) reads no phrase: the indicator's concepts in any order around the
number. On unseen documents such rules carried over where phrase rules did not (session 10,
docs/extraction.md), so they are the engine's last resort rather than more phrases.
"""

from __future__ import annotations

import re

from tracker.extract.catalog import Indicator, Rule
from tracker.extract.context import enclosing_paren
from tracker.extract.figure import Candidate, Figure, Topic
from tracker.extract.scope import place_words, province_placed
from tracker.text.numbers import ranking_named_after

_SHARE_OF = re.compile(r"\btỷ\s+lệ\b(?!.*\btỷ\s+lệ\b)[^;]*$", re.I | re.S)
_VERB_BEFORE = 16  # characters before a number that an after-phrase rule's exclusion also sees
_PERCENT = re.compile(r"\d\s*%")
_PERCENT_END = re.compile(r"\d\s*%\s*$")
# A figure in the clause before the number (a year is none: "năm 2023 đạt 45%", nor a name with a
# digit: "sóng 4G", "mạng 5G")
_NUMBER = re.compile(r"(?<![\d.,\w])(?!(?:19|20)\d{2}(?![\d.,]))\d(?:[\d.,]*\d)?(?!\w)\s*%?")
# "35/159 xã chưa có điểm bưu điện văn hóa xã", "7,4% dân số chưa sử dụng điện thoại thông minh":
# the indicator's words, denied (the share of those without is no share of those with)
_NEGATED = re.compile(r"\b(?:chưa|không(?:\s+còn)?)\s+(?:được\s+)?(?:có|được|sử\s+dụng|dùng|kết\s+nối|lắp\s+đặt|"
                      r"triển\s+khai|phủ\s+sóng|tham\s+gia|đăng\s+ký|ứng\s+dụng)\b", re.I)
# A number right after "trên tổng số", "trong số" is the whole the figure before it is a part of
_OF_TOTAL = re.compile(r"\b(?:trên|trong)\s+(?:tổng\s+)?số\s*$", re.I)
# Words after a number that name what it counts ("100% cơ quan chính quyền đều sử dụng …"): such a
# figure has a subject of its own and takes no label that belongs to another figure
OWN_NOUN = re.compile(r"\s*(?:các\s+|những\s+)?(?:cơ\s+quan|đơn\s+vị|sở|người|dân\s+số|hộ|doanh\s+nghiệp|xã|huyện|"
                       r"cán\s+bộ|văn\s+bản|hồ\s+sơ|thủ\s+tục|dịch\s+vụ|trường|bệnh\s+viện|hoạt\s+động)\b", re.I)
# A number that opens a new item of a list right after a comma ("…, 100% văn bản được gửi"):
# the label before the comma belongs to the item before it
_OWN_PREDICATE = re.compile(r"\s+(?:đều\s+)?(?:có|được|đã)\s+\w", re.I)
_NEW_ITEM = re.compile(r"[,;]\s*(?:(?:và|có|đạt|trên|hơn|gần|khoảng)\s+)?$")


def base_confidence(cand: Candidate | None) -> float:
    """A rule's confidence before calibration: by how much of the text it reads."""
    if cand is None:
        return 0.0
    if cand.rule.all:
        return 0.6  # concepts in any order: below the report's threshold until calibration says more
    if cand.sentence_level or cand.rule.topic is not None:
        return 0.7
    both = cand.rule.before_re is not None and cand.rule.after_re is not None
    return 0.9 if both else 0.85 if cand.rule.after_re is not None else 0.8


def match(rule: Rule, ind: Indicator, fig: Figure, window: str, post: str, text: str, cs: int,
          topic: Topic) -> Candidate | None:
    """The candidate `rule` makes of `fig`, or None. `window` is the number's clause up to it
    (asides blanked), `post` what follows it up to the next figure, `cs` where the clause starts."""
    q = fig.q
    if rule.fraction and not q.is_fraction:
        return None
    if q.is_fraction and ind.unit == "count" and not rule.fraction \
            and (rule.after_re is None or q.numerator != q.denominator):
        return None  # "74/115 điểm …" is a part; "102/102 điểm cầu" is all of them, a count
    if rule.all:
        return _match_all(rule, ind, window, post)
    after_end = 0
    if rule.after_re is not None:
        m = rule.after_re.match(post)
        if not m:
            return None
        after_end = m.end()
    elif ind.unit == "count" and not rule.bare:
        return None
    label_start: int | None = None
    distance = 0
    if rule.before_re is not None and _OF_TOTAL.search(window):
        return None  # "1.100 DVC mức độ 4 … trên tổng số 1.530 thủ tục": the label is the part's
    if rule.before_re is not None:
        matches = list(rule.before_re.finditer(window))
        last = matches[-1] if matches else None
        if last is None:
            return None
        label_start = cs + last.start()
        distance = len(window) - last.end()
        if rule.bare and rule.after_re is None and not re.match(r"^\s*(?:[,;.)(]|$|và\b)", post):
            return None
    elif rule.after_re is None and ind.unit in ("count", "%"):
        return None
    if rule.near_re is not None and not rule.near_re.search(text):
        return None
    # its own words deny it: the phrase after it, or the label with the words just before it
    # ("… người dân chưa sử dụng điện thoại thông minh là 7,4%")
    if _NEGATED.search(post, 0, after_end) or label_start is not None \
            and _NEGATED.search(window, max(0, label_start - cs - _VERB_BEFORE - 4)):
        return None
    if rule.topic_re is not None:
        # the topic may stand in the title; what vetoes it, only in the paragraph (a title
        # names the article's subject, not what this paragraph is about)
        context = topic.before + "\n" + text[: q.start]
        if not (rule.topic_re.search(context) or rule.topic_re.search(topic.title)):
            return None
        held = _held_by_province(ind, topic.before + "\n", text, q.start)
        if rule.exclude_re is not None and rule.exclude_re.search(context if held is None else held):
            return None
    if ind.rank_of and q.denominator is not None and q.denominator not in ind.rank_of:
        return None  # "thứ 3/14": a place in another ranking (a region's provinces)
    if rule.exclude_re is not None:
        if label_start is not None:  # the label, the words that qualify it just before ("dịch vụ
            # công đủ điều kiện mức độ 4"), and what follows the number
            qualifier = re.split(r"[,;:]", window[max(0, label_start - cs - _VERB_BEFORE) : label_start - cs])[-1]
            share_of = _SHARE_OF.search(window, 0, label_start - cs) if ind.unit == "%" else None
            if share_of is not None:  # "tỷ lệ thủ tục … đủ điều kiện … được cung cấp dưới hình thức DVC
                # toàn trình đạt 100%": a share's own words start at its "tỷ lệ", however far back
                qualifier = window[share_of.start() : label_start - cs]
            # after the number: its own phrase, or (a label alone) the words up to the next comma
            # (within its clause: "… 1.235.600 thuê bao, trong đó di động …" is not qualified by "di động")
            following = post[:after_end] + re.split(r"[,;]", post[after_end : after_end + 20])[0] if after_end \
                else re.split(r"[,;]", post[:30])[0]
            zone = qualifier + window[label_start - cs :] + " " + following
            paren = enclosing_paren(text, q.start) if ind.unit == "rank" else None
            if paren is not None:  # "hoạt động chính quyền số (xếp thứ nhất)": what is ranked
                zone = text[max(0, paren - 40) : paren] + " " + zone  # stands before the parenthesis
        elif ind.unit == "rank":  # which ranking: the sentence before it says, or what follows
            # ("… chỉ số thành phần … (xếp thứ 3/63)", "thứ 3/63 tỉnh, thành phố về chỉ số thành phần")
            # "…, xếp thứ 2 toàn quốc về Chỉ số chuyển đổi số (DTI)": the ranking named right after
            # the place is its ranking, whatever else the sentence ranks
            held = _held_by_province(ind, "", text, q.start)
            zone = post[:60] if ranking_named_after(post, 0) else \
                text[: q.start] + " " + post[:60] if held is None else held + " " + place_words(post)
        elif rule.after_re is None:  # no words of its own: the whole clause speaks for it, and what
            # follows up to a comma ("141,5 thuê bao/100 dân, internet đạt 21,8 …": the next item's word)
            zone = window + " " + re.split(r"[,;]", post[:20])[0]
        else:  # the after-phrase and the words that qualify it ("… được tích hợp"), and the
            # verb just before the number ("đã thu hồi 743 chữ ký số", "tích hợp 1.594 dịch vụ")
            # ("1.579 trong tổng số 1.937 dịch vụ công trực tuyến đã được tích hợp …": what follows
            # the whole's noun is said of the part)
            tail = 0 if _OF_TOTAL.search(window) else 20
            zone = re.split(r"[,;:]", window[-_VERB_BEFORE:])[-1] + " " + post[: after_end + tail]
        if rule.exclude_re.search(zone):
            return None
    # A long, specific phrase after the number outweighs a generic noun plus a label;
    # among labels the nearest wins. A label that another percentage already owns (it
    # stands right after it, or between it and this number: "100% hồ sơ công việc cấp
    # tỉnh, 85% cấp huyện", "… cấp tỉnh đạt 92%, cấp huyện đạt 80%") still serves when
    # nothing else fits (a past value of the same label), but loses to a phrase or a
    # label of this number's own.
    score = after_end + (20 if rule.before_re is not None else 0) - distance / 10
    if label_start is not None and (_PERCENT_END.search(window, 0, label_start - cs)
                                    or _PERCENT.search(window, label_start - cs + 1)
                                    or _PERCENT.search(window, 0, label_start - cs) and _NEW_ITEM.search(window)):
        if after_end == 0 and OWN_NOUN.match(post):
            return None  # "… đạt 97,6%; 100% cơ quan …": a subject of its own, the label is the other's
        if after_end and _OWN_PREDICATE.match(post, after_end):
            return None  # "cáp quang đến 100% trung tâm huyện, …, 100% xã có điểm phục vụ bưu chính":
            # its subject says what it has, so the other's label does not
        score -= 15
    if rule.after_re is None and rule.before_re is None:
        score = 5.0
    score += rule.priority
    return Candidate(ind, rule, score, label_start, after_end)


# A clause that says which part of a ranking the sentence is about ("Về chính quyền số, Thanh Hóa
# xếp thứ 12", "Ở lĩnh vực sản xuất kinh doanh, …"): the place after it is that part's
# (capitalised: it opens its sentence, or a line run into the sentence before it)
_FRAMING = re.compile(r"(?:^|[\s.;:,])(?:Về|Ở|Đối\s+với|Xét\s+về|Riêng\s+về|Trong|Tại)\s[^,.;:\n]*,\s*$")


def _held_by_province(ind: Indicator, before: str, text: str, start: int) -> str | None:
    """For a rank whose place the province itself holds (scope.province_placed): the words before
    the place that may veto it, `before` (the paragraph so far) and the sentence up to the place,
    with the ranking's parts named outside the holder's own clause blanked ("03 trục là chính
    quyền số, kinh tế số …, Thái Nguyên xếp hạng 12/63": the parts describe the ranking). A
    None when the province is not the holder named, or when a clause frames the place ("Về chính
    quyền số, Thanh Hóa xếp thứ 12", "Ở lĩnh vực sản xuất kinh doanh, Đà Nẵng đứng thứ 2"): the
    place is then in the part the framing names, which the whole context must be read for."""
    if ind.components_re is None:
        return None
    holder = province_placed(text, start)
    if holder is None or _FRAMING.search(text, 0, holder):
        return None
    head = text[:holder]
    keep = max(head.rfind(","), head.rfind(";"), head.rfind("."), 0)
    return ind.components_re.sub(" ", before + head[:keep]) + head[keep:] + text[holder:start]


def _match_all(rule: Rule, ind: Indicator, window: str, post: str) -> Candidate | None:
    """A concept rule: every one of its words stands in the number's own words. For a share,
    that is its stretch of the clause, from after the figure before it to the end of the phrase
    after it; for a count, the noun phrase after it, whose first concept is the noun it counts
    ("894.666 thuê bao …"): what a sentence says before a count is seldom what it counts
    ("doanh nghiệp viễn thông … 472.215 thuê bao"). It is the last resort (the lowest score):
    any phrase or label rule that fits wins."""
    phrase = re.split(r"[,:]", post, maxsplit=1)[0]
    veto = None
    if ind.unit == "count":
        if not re.match(r"\s*(?:(?:các|những)\s+)?(?:" + rule.all[0] + ")", post, re.I):
            return None
        zone = phrase
        # its vetoes also read the verb before it and the rest of its clause ("tích hợp 1.594 dịch
        # vụ công trực tuyến", "681 dịch vụ công mức độ 3, mức độ 4")
        veto = window[-_VERB_BEFORE:].split(",")[-1] + " " + post
    else:
        # "100% cơ quan nhà nước sử dụng hệ thống xử lý văn bản điện tử": a share whose own noun,
        # right after it, is none of the concepts is a share of that noun (of agencies, not documents)
        noun = OWN_NOUN.match(post)
        at = len(post) - len(post.lstrip())
        if noun is not None and not any(p.match(post, at, noun.end() + 30) for p in rule.all_re):
            return None
        numbers = list(_NUMBER.finditer(window))
        own = window[numbers[-1].end() :] if numbers else window
        zone = own + " " + phrase
    if not all(p.search(zone) for p in rule.all_re):
        return None
    if rule.exclude_re is not None and rule.exclude_re.search(veto or zone) or _NEGATED.search(zone):
        return None
    return Candidate(ind, rule, 1.0 + rule.priority, None, 0)


def adds_concept(ind: Indicator, head: str, tail: str) -> bool:
    """Do the words `tail` add one of the indicator's own concepts (its concept rules' words)
    that `head` lacks, without its vetoes? ("… cáp quang" + "sóng thông tin di động 4G": the
    mobile coverage's "sóng"). Such words make a second phrase joined by "và" that indicator's."""
    return any(any(p.search(tail) and not p.search(head) for p in r.all_re)
               and not (r.exclude_re is not None and r.exclude_re.search(tail))
               for r in ind.rules if r.all)


_AND = re.compile(r"\s+và\s+", re.I)
# what after "và" is no second phrase of the number but a clause of its own ("… và đạt 95%")
_NOT_A_PHRASE = re.compile(r"(?:đã|đang|được|đạt|chiếm|là|có\s+\d|\d)", re.I)


def coordinated_words(post: str, first: Candidate) -> tuple[str, str] | None:
    """Where a second indicator of the number may stand, when its phrase `post` joins two by "và":
    (the words its concept must be absent from, the words that must hold it), or None.

    "100% xã … được phủ băng rộng cáp quang và sóng thông tin di động 4G": the winning phrase
    (fibre) ends before "và", and the words after it may add another indicator (mobile coverage).
    "100% xã … có sóng di động và mạng Internet cáp quang": the winning phrase runs through "và"
    to its own concept, and the words before "và" may hold the other indicator's."""
    m = _AND.search(post, first.after_end)
    if m is not None and re.fullmatch(r"[^,;:]{0,40}", post[first.after_end : m.start()]):
        tail = re.split(r"[,;:]", post[m.end() :], maxsplit=1)[0]
        return None if _NOT_A_PHRASE.match(tail) else (post[: m.start()], tail)
    m = _AND.search(post, 0, first.after_end)
    if m is None:
        return None
    head, tail = post[: m.start()], post[m.end() : first.after_end]
    if _NOT_A_PHRASE.match(tail) or not adds_concept(first.indicator, head, tail):
        return None
    return tail, head

"""Whose figure it is: one level of government, one district, a department, or not this
province at all.

A report judges the province's own figures, so a figure must say when it is narrower
(cấp xã, huyện Tuy Phước, the Sở's own procedures) or belongs elsewhere (cả nước, tỉnh
Long An). The words that say so stand in the clause before the number, or end the phrase
after it ("… kết nối đến 100% UBND cấp xã"); a list read "lần lượt" gives each figure its
own item. These functions read the sentence only; the engine decides what to do with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.errors import ProvinceError
from tracker.extract.context import clause_start, enclosing_paren
from tracker.provinces import lookup
from tracker.text.numbers import place_verb

# A level of government named near the figure.
_COMMUNE = re.compile(r"cấp\s+xã|các\s+xã|xã,\s*phường", re.I)
_DISTRICT = re.compile(r"cấp\s+huyện|riêng\s+(?:các\s+)?huyện,\s*thị\s+xã", re.I)
_PROVINCE_LEVEL = re.compile(r"cấp\s+tỉnh", re.I)
# "xếp hạng Chính quyền số cấp tỉnh", "DTI cấp tỉnh": the provinces' ranking, no level of government
_RANKING_LEVEL = re.compile(r"(?:xếp\s+hạng|chỉ\s+số|\bDTI\b|Index)[^.;]{0,40}?cấp\s+tỉnh", re.I)
# Every level from the province down ("các cơ quan nhà nước từ cấp tỉnh tới cấp xã", "ở cả 3
# cấp"): the whole, not one level
_ALL_LEVELS = re.compile(r"\btừ\s+(?:cấp\s+)?(?:tỉnh|thành\s+phố)\s+(?:đến|tới|xuống)\s+(?:cấp\s+)?(?:huyện|xã|cơ\s+sở)"
                         r"|\b(?:cả|tất\s+cả)\s+(?:03|3|ba)\s+cấp"
                         # a system that reaches down to the communes ("hệ thống hội nghị truyền hình được mở
                         # rộng đến cấp xã với 133 điểm cầu"): how far it goes, not whose figure it is
                         r"|\bmở\s+rộng\s+(?:đến|tới|xuống)\s+(?:tận\s+)?cấp\s+(?:huyện|xã)", re.I)
# Urban or rural areas only ("tỷ lệ … ở thành thị là 87,32%"): a part no indicator is about.
_AREA = re.compile(r"\b(?:thành\s+thị|nông\s+thôn)\b", re.I)
# Communes of one kind right after the number ("61/80 xã xây dựng nông thôn mới có đài truyền
# thanh", "15/20 xã biên giới"): a subset of the communes, an area no indicator is about
_SUBSET_COMMUNES = re.compile(r"\s*(?:các\s+)?xã\s+(?:(?:(?:xây\s+dựng|đạt\s+chuẩn|về\s+đích)\s+)?nông\s+thôn\s+mới"
                              r"|biên\s+giới|đặc\s+biệt\s+khó\s+khăn|vùng\s+sâu|khu\s+vực\s+(?:III|3))\b", re.I)
_SUBJECT_BEFORE_LABEL = 25
_SUBJECT_BEFORE_ASIDE = 60
_LEVEL_ENDS = re.compile(r"cấp\s+(?:tỉnh|huyện|xã)\s*$", re.I)

# The whole country, unless it is only compared with ("so với cả nước", "dẫn đầu cả nước")
# or the clause turns back to the province ("Cả nước … 98%, riêng tỉnh đạt 76%").
_NATIONAL = re.compile(r"\b(?:cả\s+nước|toàn\s+quốc|bình\s+quân\s+chung|(?:các\s+)?bộ,\s*ngành,\s*địa\s+phương|"
                       r"Cục\s+(?:Tin\s+học\s+hóa|Chuyển\s+đổi\s+số\s+quốc\s+gia|Viễn\s+thông)|"
                       r"Bộ\s+Thông\s+tin\s+và\s+Truyền\s+thông\s+cho\s+biết|"
                       r"theo\s+báo\s+cáo\s+của\s+Bộ\s+"
                       r"(?:TT&TT|TT\s*-\s*TT|Thông\s+tin\s+và\s+Truyền\s+thông))\b", re.I)
_NOT_THE_SUBJECT = re.compile(r"(?:so\s+với|hơn|bằng|với|dẫn\s+đầu|đứng\s+đầu)\s*$", re.I)
_OWN_PROVINCE = re.compile(r"\b(?:riêng|còn|trong\s+khi)\s+(?:tỉnh|thành\s+phố)|\btoàn\s+tỉnh|\bcủa\s+tỉnh|"
                           r"\btỉnh\s+(?:ta|nhà)\b|\btrên\s+địa\s+bàn\s+tỉnh", re.I)
# A unit named by its kind and a capitalised name: a province, or a district-level unit.
_UNIT_NAMED = re.compile(
    r"\b(?P<kind>[Tt]ỉnh|[Tt]hành\s+phố|TP\.?|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã)\s+"
    r"(?P<name>(?:[A-ZĐ][^\W\d_]*)(?:\s*-?\s*[A-ZĐ][^\W\d_]*){0,3})")

# A province named without its kind ("TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3"): a run of
# capitalised words, looked up in the registry (a name that is no province is ignored).
# `_CAPITALISED` ends with the group of one further word; each use says how many may follow.
_CAPITALISED = r"(?:T[Pp]\.?\s*)?[A-ZĐ][^\W\d_]*(?:[\s\-–]+[A-ZĐ][^\W\d_]*)"
_BARE_NAME = re.compile(r"(?<![\w.])" + _CAPITALISED + r"{1,3}|\bTP\.?\s*HCM\b")

# A paragraph on the procedures a department itself decides ("thủ tục hành chính thuộc thẩm
# quyền giải quyết (của Sở)"): its service and dossier figures are the department's, a few
# dozen procedures, not the province's. Not when the authority named is the province's own.
OWN_PROCEDURES = re.compile(
    r"thuộc\s+thẩm\s+quyền(?:\s+giải\s+quyết)?+(?!\s+(?:của\s+)?(?:UBND|Ủy\s+ban|các\s+cấp|ba\s+cấp|chủ\s+tịch|"
    r"tỉnh|cấp\s+tỉnh|cấp\s+huyện|cấp\s+xã))", re.I)

# Figures of the whole country or of another province are not observations of this one
# (an Observation's province is its document's): the engine leaves them out.
NOT_THIS_PROVINCE = ("national", "other_province", "operator", "area", "ministry")
# A ministry (or the central bank, or another central agency) as the subject of a figure:
# "Bộ Công Thương đứng thứ hai với tỷ lệ 99,7%", "Ở khối bộ, ngành, Ngân hàng Nhà nước dẫn đầu
# với 100%", "Bộ này dẫn đầu". The Ministry of Information and Communications is the one that
# assesses provinces, so it owns no figure; one a report is sent to ("gửi Bộ Nội vụ") is no subject either.
_MINISTRY = re.compile(r"\b(?:Bộ\s+này\b|"
                       r"Bộ\s+(?!Thông\s+tin\s+và\s+Truyền\s+thông\b|TT\s*&\s*TT\b|TTTT\b)(?:[A-ZĐ]\w*)|"
                       r"Ngân\s+hàng\s+Nhà\s+nước|khối\s+(?:các\s+)?bộ\b|"
                       # the central agencies the DTI ranks beside the ministries
                       r"Đài\s+(?:Truyền\s+hình|Tiếng\s+nói)\s+Việt\s+Nam|Thông\s+tấn\s+xã|Viện\s+Hàn\s+lâm|"
                       r"Bảo\s+hiểm\s+[Xx]ã\s+hội\s+Việt\s+Nam|Kho\s+bạc\s+Nhà\s+nước|"
                       r"Ủy\s+ban\s+Dân\s+tộc)")
_MINISTRY_NOT_SUBJECT = re.compile(r"(?:theo|của|với|so\s+với|gửi)\s*$", re.I)
_PROVINCE_AFTER = re.compile(r"\b(?:tỉnh|thành\s+phố|toàn\s+tỉnh|địa\s+phương)\b", re.I)
_OF_BEFORE = re.compile(r"\bcủa\s*$", re.I)
# A telecom or postal operator named as the subject: its figures are its own network's.
_OPERATOR = re.compile(r"\b(?:Viettel|VNPT|Vinaphone|MobiFone|Mobifone|Vietnamobile|Gtel|VNPost|FPT\s+Telecom)\b")

_RESPECTIVELY = re.compile(r"\blần\s+lượt\b", re.I)
_LEVEL_LIST = re.compile(r"\bcấp\s+(?:tỉnh|huyện|xã)\b", re.I)
_LEVEL_WORD = re.compile(r"\b(tỉnh|huyện|xã)\b", re.I)
_LEVEL_SCOPE = {"tỉnh": "province_agencies", "huyện": "district", "xã": "commune"}


def level(text: str, label_start: int, start: int, end: int, after_end: int, *, rank: bool = False,
          owned: tuple[int, int] = (0, 0)) -> str | None:
    """The level a figure at text[start:end] is of, from its label to the number, and a level
    that ends its after-phrase (the after_end characters after it): commune, district,
    province_agencies, area (urban or rural only), or None for the province as a whole. The
    span `owned`, the figure before it and its phrase, is not looked at.

    "cấp tỉnh" in a ranking's name ("xếp hạng Chính quyền số cấp tỉnh, …", "DTI cấp tỉnh") names
    the provinces' ranking, no level of government; and a rank (`rank`) is a place among
    provinces, never one of the province's own agencies."""
    cs = clause_start(text, start)
    # the ranking names of the whole clause, blanked: the window below may start inside one
    clause = _RANKING_LEVEL.sub(lambda m: " " * len(m.group()), text[cs:start])
    clause = _ALL_LEVELS.sub(lambda m: " " * len(m.group()), clause)
    # from a little before the label: the level is often the subject ("Cấp xã đã tiếp nhận 1.610 hồ sơ")
    a, b = max(owned[0] - cs, 0), max(owned[1] - cs, 0)
    if a < b:  # another figure's own phrase ("100% xã, phường, thị trấn được phủ sóng"), blanked
        clause = clause[:a] + " " * (min(b, len(clause)) - a) + clause[b:]
    near = clause[max(label_start - _SUBJECT_BEFORE_LABEL - cs, 0) :]
    if cs > 0 and text[cs - 1] == "(":  # an aside's figure: its subject stands just before the aside
        # ("riêng các huyện, thị xã, thành phố tăng gấp 1,5 lần (từ 62,87% năm 2023 lên 98,94% …)")
        near = text[max(clause_start(text, cs - 1), cs - 1 - _SUBJECT_BEFORE_ASIDE) : cs - 1] + " " + near
    if after_end:
        ends = _LEVEL_ENDS.search(text, end, end + after_end)
        if ends and not _ALL_LEVELS.search(text, max(end, ends.start() - 40), ends.end()):
            near += " " + ends.group(0)
    if _AREA.search(near):
        return "area"
    if _COMMUNE.search(near):
        return "commune"
    if _DISTRICT.search(near):
        return "district"
    if not rank and _PROVINCE_LEVEL.search(near):
        return "province_agencies"
    return None


def communes_of_one_kind(text: str, end: int) -> bool:
    """Do the words right after a figure count communes of one kind ("61/80 xã xây dựng nông thôn
    mới có đài truyền thanh", "15/20 xã biên giới")? Then it is of that area, not the province's."""
    return _SUBSET_COMMUNES.match(text, end) is not None


def owner(text: str, label_start: int, start: int, province: str) -> str | None:
    """'national', 'other_province', 'operator' or 'district' when the clause before the figure at
    `start` makes it the whole country's, another province's or one named district's or
    city's ('huyện Tuy Phước đạt 55%', 'Thành phố Vinh có 900 trạm'); else None."""
    cs = clause_start(text, start)
    clause = text[cs:start]
    national = [m for m in _NATIONAL.finditer(clause) if not _NOT_THE_SUBJECT.search(clause, 0, m.start())]
    if national and not _OWN_PROVINCE.search(clause, national[-1].end()):
        return "national"
    found = None
    for m in _UNIT_NAMED.finditer(text, max(label_start, cs), start):
        other = _province_of(m.group("name"))
        if other is not None:
            if other != province:
                return "other_province"
        elif m.group("kind").lower() != "tỉnh":
            found = "district"
    sentence_start = text.rfind("\n", 0, start) + 1
    for m in _MINISTRY.finditer(text, sentence_start, start):
        if not _MINISTRY_NOT_SUBJECT.search(text, sentence_start, m.start()) and \
                not _PROVINCE_AFTER.search(text, m.end(), start):
            return "ministry"
    operators = {m.group(0).lower().replace("vinaphone", "vnpt") for m in _OPERATOR.finditer(clause)
                 if not _OF_BEFORE.search(clause, 0, m.start())}  # "5G của Viettel": owns the thing before
    if len(operators) == 1:
        return "operator"  # "Riêng Viettel, 40/40 xã …": one operator's network, not the province's
    for m in _BARE_NAME.finditer(text, cs, start):
        other = _province_of(m.group(0))
        if other is not None and other != province:
            return "other_province"  # "Còn với Nam Định, … tỉnh này đã cung cấp 533 …"
    paren = enclosing_paren(text, start)
    if found is None and paren is not None and paren < cs + 1:
        # an aside's subject stands before its parenthesis: "Quảng Ngãi có cải thiện vị trí cao
        # nhất (tăng 34 bậc, xếp hạng 26)" is Quảng Ngãi's rank
        outer = owner(text, paren, paren, province)
        if outer in ("national", "other_province"):
            return outer
    return found


# A place whose holder is named after it ("… hai thành phố xếp hạng hai là Hà Nội (0,67 điểm)").
_HOLDER_AFTER = re.compile(r"\s*(?:là|thuộc\s+về|của)\s+(?:(?:tỉnh|thành\s+phố)\s+)?(?P<name>"
                           + _CAPITALISED + r"{0,3})")


_DISTRICT_HOLDER_AFTER = re.compile(r"\s*(?:là|thuộc\s+về)\s+(?:huyện|thị\s+xã|quận)\s+[A-ZĐ]")
# a place in the sentence held by a district: the sentence ranks the province's own districts
_DISTRICT_PLACE = re.compile(r"(?:thứ|hạng|vị\s+trí)\s+(?:\d+|hai|ba|bốn|năm|nhì)" + _DISTRICT_HOLDER_AFTER.pattern)


# The province itself as the holder of a place, right before its verb (text.numbers.place_verb):
# "Thái Nguyên xếp hạng 12/63", "Tỉnh Thái Nguyên đứng thứ 12 cả nước", "địa phương này xếp thứ
# 12/63", "tỉnh ta đã vươn lên xếp thứ 8"
_ADVERBS = r"(?:\s+(?:đã|đang|cũng|vẫn|tiếp\s+tục|vươn\s+lên|được))*\s*$"
_KIND_PLACED = re.compile(r"(?:\b(?:[Tt]ỉnh|[Tt]hành\s+phố)(?:\s+(?:ta|nhà))?|\b[Đđ]ịa\s+phương\s+này|\bTP\.?)"
                          r"(?:\s+" + _CAPITALISED + r"{0,3})?" + _ADVERBS)
_NAME_PLACED = re.compile(r"(?<![\w.])(?P<name>" + _CAPITALISED + r"{0,3})" + _ADVERBS)
# what a place's own words are: up to "trong đó" (its parts follow: "…, trong đó trụ cột Chính
# quyền số cao thứ 3/63"), a semicolon or the sentence's end
_PLACE_ENDS = re.compile(r",?\s*trong\s+đó|[;.]\s|[;.]$")


def province_placed(text: str, start: int) -> int | None:
    """Where the province itself is named as the holder of the place at `start`, right before its
    verb ("Thái Nguyên xếp hạng 12/63", "Tỉnh … đứng thứ 12", "địa phương này xếp thứ 12"), or None.
    Such a place is the province's standing in the ranking; what the sentence says before the
    holder of the ranking's structure ("03 trục là chính quyền số, kinh tế số …") is not its."""
    verb = place_verb(text[:start])
    if verb is None:
        return None
    head = text[max(0, verb - 60) : verb]
    base = verb - len(head)
    m = _KIND_PLACED.search(head)
    if m is not None:
        return base + m.start()
    m = _NAME_PLACED.search(head)
    if m is None:
        return None
    parts = m.group("name").split()
    for k in range(len(parts)):  # the holder is the run's last words ("Với Thanh Hóa")
        if _province_of(" ".join(parts[k:])) is not None:
            return base + m.start("name") + m.group("name").index(parts[k])
    return None


def place_words(post: str) -> str:
    """The words after a place that still speak of it (up to its parts, the clause's end)."""
    m = _PLACE_ENDS.search(post, 0, 60)
    return post[: m.start() if m else 60]


def ranks_districts(text: str) -> bool:
    """Does the sentence rank the province's districts ("thành phố dẫn đầu bảng xếp hạng chuyển
    đổi số; đứng thứ 2 là huyện Văn Yên …")? Then each of its places is a district's."""
    return _DISTRICT_PLACE.search(text) is not None


# An office that takes in only some of the province's dossiers, or the departments, as the
# subject of a dossier figure: "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới 5.562 hồ sơ",
# "Bộ phận một cửa cấp huyện, cấp xã … đã tiếp nhận mới 19.630 hồ sơ", "các Sở, ban, ngành tiếp nhận
# gần 8.500 hồ sơ". Not when it is only the source ("Theo báo cáo của Trung tâm …, toàn tỉnh …").
_OFFICE = re.compile(r"Trung\s+tâm\s+(?:Phục\s+vụ\s+)?[Hh]ành\s+chính\s+công"
                     r"|Bộ\s+phận\s+(?:một\s+cửa|tiếp\s+nhận\s+và\s+trả\s+kết\s+quả)"
                     r"|\b(?:các\s+)?sở,\s*(?:ban,\s*)?ngành", re.I)
_SOURCE_BEFORE = re.compile(r"\btheo\b[^,;.]{0,40}$", re.I)
# the whole province named after the office (narrower than `_OWN_PROVINCE`, which also takes
# "riêng tỉnh", "tỉnh ta": tried here, one more wrong figure on test)
_WHOLE_PROVINCE = re.compile(r"\btoàn\s+(?:tỉnh|thành\s+phố)\b|trên\s+địa\s+bàn\s+tỉnh|\bcả\s+tỉnh\b|\bcủa\s+tỉnh\b",
                             re.I)


def office_of(text: str, start: int, *, paragraph: bool = False) -> bool:
    """Is the dossier figure at `start` one office's or the departments' (named in its sentence
    before the end of its clause, as the subject and not the source, and the province itself
    ("toàn tỉnh", "trên địa bàn tỉnh") not named after it)? With `paragraph` (an earlier sentence
    of the paragraph named the office) the sentence need not name it again, only not the province."""
    end = text.find(";", start)
    end = len(text) if end < 0 else end
    offices = [m for m in _OFFICE.finditer(text, 0, end) if not _SOURCE_BEFORE.search(text, 0, m.start())]
    if not offices:
        return paragraph and not _WHOLE_PROVINCE.search(text)
    return not _WHOLE_PROVINCE.search(text, offices[-1].end(), end)


def holder_after(text: str, end: int, province: str) -> str | None:
    """'other_province' when the words right after a figure name another province as its holder
    ("xếp hạng hai là Hà Nội", "vị trí thứ hai của Hà Nội"), 'district' when they name a district
    ("đứng thứ hai là huyện Văn Yên"); None otherwise (the clause before it is
    `owner`'s to read)."""
    if _DISTRICT_HOLDER_AFTER.match(text, end):
        return "district"  # "đứng thứ hai là huyện Văn Yên": a district's place in the province's own ranking
    m = _HOLDER_AFTER.match(text, end)
    if m is None:
        return None
    other = _province_of(m.group("name"))
    return "other_province" if other is not None and other != province else None


@dataclass(frozen=True)
class Respectively:
    """One 'lần lượt' list: figures starting in [start, end) are its items, in order;
    `levels` names them when the items are levels of government ('cấp tỉnh, huyện, xã')."""

    start: int
    end: int
    levels: tuple[str, ...]


def respectively(text: str) -> list[Respectively]:
    out = []
    for m in _RESPECTIVELY.finditer(text):
        end = text.find(";", m.end())
        before = text[clause_start(text, m.start()) : m.start()]
        named = _LEVEL_WORD.findall(before) if _LEVEL_LIST.search(before) else []
        levels = tuple(_LEVEL_SCOPE[w.lower()] for w in named)
        out.append(Respectively(m.start(), len(text) if end < 0 else end, levels))
    return out


def _province_of(words: str) -> str | None:
    """The slug of the longest run of leading words that names a province, if any."""
    parts = re.sub(r"\s*[\-–]\s*", " ", words).split()  # "Thừa Thiên – Huế"
    for k in range(len(parts), 0, -1):
        try:
            return lookup(" ".join(parts[:k])).slug
        except ProvinceError:
            continue
    return None

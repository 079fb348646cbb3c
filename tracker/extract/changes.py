"""Numbers that are not a level: a change, a gap, a new investment, an outage.

"tăng 36,4%", "gấp 2 lần", "cao hơn tỉnh bạn 10%", "so với cùng kỳ", "Về đầu tư mới: Cấp xã:
66 điểm cầu" each give a number that says how much something moved or was added, never how
much there is; a report that read them as levels would misstate the province. A verb that
leads to a level ("tăng lên 95%", "giảm còn 3%") is the exception.
"""

from __future__ import annotations

import re

_CHANGE_BEFORE = re.compile(
    r"(?:\btăng|\bgiảm|\btăng\s+thêm|\bgiảm\s+đi|\bthêm|\bgấp|\bbằng|\bvượt|\bhơn|\bkém|\bcao\s+hơn|"
    r"\bthấp\s+hơn|\bnhiều\s+hơn|\bít\s+hơn|\bphát\s+triển(?:\s+thêm|\s+mới)?(?:\s+được)?(?:\s+trong\s+(?:năm|kỳ|tháng|quý))?|"
    r"\blắp\s+đặt\s+(?:thêm|mới)|"
    r"\bxây\s+dựng\s+(?:thêm|mới)|\bbình\s+quân\s+(?:mỗi\s+)?năm\s+tăng|"
    r"\btăng\s+trưởng(?:\s+bình\s+quân)?(?:\s+hằng\s+năm|\s+hàng\s+năm)?)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ|ước|tới|đến))?\s*$",
    re.I,
)
# "tăng lên 95%", "giảm còn 3%", "hoàn thành phát triển 100% xã có …": verbs that lead to a level
_LEVEL_VERB = re.compile(r"(?:(?:tăng|giảm)\s+(?:lên|xuống|còn|đến|tới)|hoàn\s+thành\s+(?:việc\s+)?phát\s+triển)"
                         r"(?:\s+(?:khoảng|gần|hơn|trên|mức))?\s*$", re.I)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:lần\b|so\s+(?:với\s+)?(?:năm|cùng\s+kỳ|kỳ|kế\s+hoạch|tháng|quý|chỉ\s+tiêu|trước|đầu|cuối)|"
    r"so\s+với|kế\s+hoạch|chỉ\s+tiêu\s+(?:kế\s+hoạch|giao|đề\s+ra)|bậc\b|điểm\s+phần\s+trăm)",
    re.I,
)
_COMPARED = re.compile(r"\b(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:so\s+với\s+)?[^\d,;.:()]{1,25}?\s*$", re.I)
# "62 máy/100 dân, bằng 101% kế hoạch (Kế hoạch đăng ký là 61,5 thuê bao/100 dân)": the plan's figure
_PLAN_ASIDE = re.compile(r"\(\s*(?:theo\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)[^()]{0,60}$", re.I)
# "hơn 1.990 trạm BTS gặp sự cố", "320 trạm bị mất liên lạc": what a storm or an outage took down,
# not what there is
_DISRUPTED = re.compile(r"\b(?:(?:gặp|bị)\s+sự\s+cố|bị\s+(?:hư|hỏng|ảnh\s+hưởng|gãy|đổ|sập|cô\s+lập|mất|đứt|ngập)|"
                        r"mất\s+(?:liên\s+lạc|sóng|điện|kết\s+nối|tín\s+hiệu)|ngừng\s+(?:hoạt\s+động|phát\s+sóng|cung\s+cấp))",
                        re.I)
_NEW_INVESTMENT = re.compile(r"\bđầu\s+tư\s+(?:mới|bổ\s+sung|thêm)|\blắp\s+đặt\s+mới|\btrang\s+bị\s+(?:mới|thêm)", re.I)


def is_change(prefix: str, after: str) -> bool:
    """Whether the number between `prefix` and `after` is a change or a gap, not a level."""
    tail = prefix[-40:]
    if _LEVEL_VERB.search(tail):
        return False
    if _CHANGE_BEFORE.search(tail) and not re.search(r"(?:trên|hơn)\s*$", tail, re.I):
        return True
    if re.search(r"\b(?:tăng|giảm|gấp|bằng)\s+(?:trên|hơn)\s*$", tail, re.I):
        return True
    if _COMPARED.search(tail):  # "cao hơn tỉnh bạn 10%": a gap, not a level
        return True
    if _NEW_INVESTMENT.search(prefix):  # "Về đầu tư mới: Cấp xã: 66 điểm cầu"
        return True
    if _PLAN_ASIDE.search(prefix[-80:]):
        return True
    if _DISRUPTED.search(re.split(r"[,;.(]", after[:50], maxsplit=1)[0]):
        return True
    return bool(_CHANGE_AFTER.match(after[:40]) or _CHANGE_AFTER.match(_strip_unit(after)[:40]))


def _strip_unit(after: str) -> str:
    return re.sub(r"^\s*(?:%|tỷ\s+đồng|thuê\s+bao|TB|\w+)\s*", "", after, count=1)

"""A document's province, date, title and period, and where each one came from.

Sources are asked in order and the first that knows a value gives it: the front matter of a
text file; a sidecar `NAME.ext.yaml` beside the file (what `tracker add` writes); what the
file says of itself (an HTML page's URL, date and site); the text itself: the ND30 header
("UBND TỈNH KIÊN GIANG"), the place-and-date line ("Kiên Giang, ngày 26 tháng 8 năm 2020"),
the title after "BÁO CÁO". Every value keeps its origin, so `tracker docs` can show why a
document counts for a province and a date.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from tracker.errors import DocumentError, ProvinceError
from tracker.i18n import msg
from tracker.ingest.formats import SUFFIXES
from tracker.provinces import lookup, registry
from tracker.text.dates import iter_dates
from tracker.text.normalize import nfc

FIELDS = ("province", "published", "period", "kind", "title", "source")
# Where a value came from, as `tracker docs` names it.
ORIGINS = {"front": "phần đầu YAML", "sidecar": "tệp kèm .yaml", "cli": "tham số dòng lệnh",
           "page": "siêu dữ liệu trang web", "text": "nội dung văn bản"}

_YAML = YAML(typ="safe")
_HEAD_CHARS = 3000  # the ND30 header, place-date line and title sit in a report's first page
_ISSUER = re.compile(r"(?:UBND|[ỦU][ỶY]\s+BAN\s+NHÂN\s+DÂN)\s+(?:TỈNH|THÀNH\s+PHỐ|TP\.?)\s+"
                     r"([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ \-]*?[A-ZĐÀ-Ỹ])(?=\s*(?:$|\n|CỘNG|SỞ|[-–—]{2}|\|))", re.M)
# "Kiên Giang, ngày 26 tháng 8 năm 2020": the place; the date itself is read by text.dates
_PLACE_DATE = re.compile(r"([A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \-][A-ZĐÀ-Ỹ][^\W\d_]*){0,4})\s*,\s*(?=ngày\b)([^\n|]*)")
_DATE_LINE_KINDS = ("dmy_words", "my")  # a full date, or an unsigned draft's month ("ngày    tháng 12 …")
_KINDS = {"BÁO CÁO": "bao-cao", "THÔNG BÁO": "thong-bao", "KẾ HOẠCH": "ke-hoach", "TỜ TRÌNH": "to-trinh",
          "CÔNG VĂN": "cong-van"}
_HEADING = re.compile(r"^\s*(" + "|".join(_KINDS) + r")\s*$", re.M)
_TITLE_STOP = re.compile(r"^\s*(?:Kính\s+gửi|Căn\s+cứ|Thực\s+hiện|[-–—_*]{3,}|[IVX]+\.|\d+\.)")


def sidecar_path(path: Path) -> Path:
    """`bao-cao.pdf` → `bao-cao.pdf.yaml`."""
    return path.with_name(path.name + ".yaml")


def is_sidecar(path: Path) -> bool:
    """`x.pdf.yaml` is a sidecar; `x.yaml` is not."""
    name = path.name.lower()
    return name.endswith(".yaml") and Path(name[: -len(".yaml")]).suffix in SUFFIXES


def read_sidecar(path: Path) -> dict[str, str]:
    """The sidecar's values ({} without one); a DocumentError for the document (the store keeps
    its problem under the document's name) that names the sidecar, if the sidecar is wrong."""
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        data = _YAML.load(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise _sidecar_error(path, msg("không đọc được tệp kèm: {detail}", detail=exc)) from None
    except (YAMLError, ValueError) as exc:
        raise _sidecar_error(path, msg("tệp kèm không phải YAML hợp lệ: {detail}", detail=exc)) from None
    try:
        return _fields(side, data)
    except DocumentError as exc:
        raise _sidecar_error(path, exc.reason) from None


def _sidecar_error(path: Path, reason: str) -> DocumentError:
    return DocumentError(path.name, f"{sidecar_path(path).name}: {reason}")


def _fields(where: Path, data: Any) -> dict[str, str]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DocumentError(where.name, msg("cần các cặp khóa: giá trị (province, published, title, …)"))
    unknown = sorted(str(k) for k in data if k not in FIELDS)
    if unknown:
        raise DocumentError(where.name, msg("khóa không biết: {keys}; các khóa dùng được: {known}",
                                            keys=", ".join(unknown), known=", ".join(FIELDS)))
    return {k: nfc(str(v)).strip() for k, v in data.items() if v is not None and str(v).strip()}


def from_page(meta: dict[str, str]) -> dict[str, str]:
    """What a web page's metadata gives: URL, date, title, and the province its site belongs to."""
    out = {k: meta[k] for k in ("source", "published", "title") if meta.get(k)}
    province = _site_province(meta.get("host", ""), meta.get("site", ""))
    if province:
        out["province"] = province
    if out:
        out["kind"] = "bai-viet"
    return out


def _site_province(host: str, site: str) -> str | None:
    """'stttt.kiengiang.gov.vn', 'baokiengiang.vn', 'Cổng TTĐT tỉnh Kiên Giang' → kien-giang."""
    labels = set(host.lower().split("."))
    for p in registry().values():
        flat = p.slug.replace("-", "")
        if flat in labels or "bao" + flat in labels:
            return p.slug
    m = re.search(r"(?:tỉnh|thành phố)\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,3})", site, re.I)
    return _longest_province(m.group(1).split(), from_end=False) if m else None


def _longest_province(words: list[str], *, from_end: bool) -> str | None:
    """The province named by the longest run of words at the start (or the end) of `words`:
    'Kiên Giang Online' → kien-giang; 'STTTT Kiên Giang' (from the end) → kien-giang."""
    for n in range(len(words), 0, -1):
        run = words[-n:] if from_end else words[:n]
        try:
            return lookup(" ".join(run)).slug
        except ProvinceError:
            continue
    return None


def from_text(text: str) -> dict[str, str]:
    """What an official document's first page says: issuer's province, date, kind and title."""
    head = text[:_HEAD_CHARS]
    out: dict[str, str] = {}
    m = _ISSUER.search(head)
    issuer = _longest_province(m.group(1).split(), from_end=False) if m else None
    if issuer:
        out["province"] = issuer
    for d in _PLACE_DATE.finditer(head):
        dated = next((m for m in iter_dates(d.group(2)) if m.kind in _DATE_LINE_KINDS), None)
        if dated is None:
            continue
        out["published"] = dated.value
        found = _longest_province(d.group(1).split(), from_end=True)
        if found and "province" not in out:
            out["province"] = found
        break
    h = _HEADING.search(head)
    if h:
        out["kind"] = _KINDS[h.group(1)]
        title = _title_after(head[h.end():])
        if title:
            out["title"] = title
            period = _period(title) if out["kind"] == "bao-cao" else None  # a plan's years are deadlines
            if period:
                out["period"] = period
    return out


def _title_after(rest: str) -> str:
    lines: list[str] = []
    for line in rest.lstrip("\n").split("\n"):
        if not line.strip() or _TITLE_STOP.match(line) or len(lines) == 3:
            break
        lines.append(line.strip())
    return " ".join(lines)


def _period(title: str) -> str | None:
    """The one period a report's title names ("6 tháng đầu năm 2024" → 2024-06, the date the
    dates parser gives it), none when it names several ("năm 2024 và phương hướng năm 2025")
    or a deadline ("đến năm 2025")."""
    named = list(iter_dates(title))
    if len(named) != 1 or named[0].lead or named[0].kind not in ("year", "half", "quarter", "my"):
        return None
    return named[0].value


def resolve(layers: list[tuple[str, dict[str, str]]]) -> tuple[dict[str, str], dict[str, str]]:
    """The first value of each field through the layers (origin, values), and its origin."""
    values: dict[str, str] = {}
    origins: dict[str, str] = {}
    for origin, found in layers:
        for k in FIELDS:
            if k not in values and found.get(k) is not None:
                values[k] = found[k]
                origins[k] = origin
    return values, origins

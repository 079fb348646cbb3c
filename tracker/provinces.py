"""The province registry: slugs, Vietnamese names, aliases, and the 2025 merger map.

Data lives in `data/provinces.yaml` (with its sources). A slug is a stable identifier, used in
targets.yaml and in documents' front matter, so it never changes: a unit that kept its name in
the merger of 1 July 2025 keeps its slug and, from that date, also covers the units merged into
it (its predecessors); a renamed unit (Thừa Thiên Huế → Thành phố Huế) keeps its slug and gets
its name by date. Lookup accepts a slug, a name with or without diacritics, or an alias
("TP.HCM"); an unknown one raises ProvinceError with the closest slug as a hint. Path-like
input ("../../etc") is rejected the same way.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML

from tracker.errors import ProvinceError
from tracker.i18n import msg

KINDS = ("tinh", "thanh-pho")


@dataclass(frozen=True)
class Former:
    """The name and kind a unit had up to and including `until`."""

    name: str
    kind: str
    until: date


@dataclass(frozen=True)
class Province:
    slug: str
    name: str
    kind: str  # "tinh" or "thanh-pho"
    aliases: tuple[str, ...] = ()
    merged_into: str | None = None
    until: date | None = None  # the last day the unit existed (absorbed units)
    place_name: str | None = None  # the date line's place when it is not the name
    former: Former | None = None

    def exists(self, at: date) -> bool:
        return self.until is None or at <= self.until

    def name_at(self, at: date) -> str:
        return self.former.name if self.former and at <= self.former.until else self.name

    def kind_at(self, at: date) -> str:
        return self.former.kind if self.former and at <= self.former.until else self.kind

    def ubnd_at(self, at: date) -> str:
        """The parent body line of a header: 'UBND TỈNH KIÊN GIANG'."""
        word = "THÀNH PHỐ" if self.kind_at(at) == "thanh-pho" else "TỈNH"
        return f"UBND {word} {self.name_at(at).upper()}"

    def place_at(self, at: date) -> str:
        """The place name of the date line: 'Kiên Giang', 'Thành phố Hồ Chí Minh'."""
        if self.former and at <= self.former.until:
            return self.former.name
        return self.place_name or self.name

    def label_at(self, at: date) -> str:
        """'tỉnh Kiên Giang', 'thành phố Hồ Chí Minh': how running text names the unit."""
        word = "thành phố" if self.kind_at(at) == "thanh-pho" else "tỉnh"
        return f"{word} {self.name_at(at)}"

    def to_dict(self, at: date = date.max) -> dict[str, object]:
        """The unit as seen on `at` (JSON-ready), with the units merged into it by then."""
        return {
            "slug": self.slug, "name": self.name_at(at), "kind": self.kind_at(at), "ubnd": self.ubnd_at(at),
            "place": self.place_at(at), "aliases": list(self.aliases), "merged_into": self.merged_into,
            "until": self.until.isoformat() if self.until else None,
            "predecessors": [q.slug for q in predecessors(self.slug, at)],
        }

    @property
    def ubnd(self) -> str:
        return self.ubnd_at(date.max)

    @property
    def place(self) -> str:
        return self.place_at(date.max)


def fold(s: str) -> str:
    """Lower-case ASCII form for matching: 'Kiên Giang' → 'kien giang'."""
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("tracker").joinpath("data/provinces.yaml").read_text("utf-8")
    data: dict[str, Any] = YAML(typ="safe").load(text)  # the C parser: 6× faster here
    return data


def merger_date() -> date:
    """The day the 34 units replaced the 63 (1 July 2025)."""
    d = _data()["merger_date"]
    assert isinstance(d, date)
    return d


# The `province` of a document about the whole country (a ministry's review, a national news
# item): not a unit of the registry, but a place a document's figures can belong to.
WHOLE_COUNTRY = "ca-nuoc"


def department(when: date) -> tuple[str, str]:
    """(name, code) of the provincial department in charge of ICT on `when` (data, by date)."""
    for d in _data()["departments"]:
        until = d.get("until")
        if until is None or when <= until:
            return str(d["name"]), str(d["code"])
    raise AssertionError("the last department of provinces.yaml has no end date")


@lru_cache(maxsize=1)
def registry() -> dict[str, Province]:
    """Every slug ever valid, in the file's order."""
    last_day = merger_date() - timedelta(days=1)
    out = {}
    for p in _data()["provinces"]:
        former = p.get("former")
        out[p["slug"]] = Province(
            p["slug"], p["name"], p["kind"], tuple(p.get("aliases") or ()), p.get("merged_into"),
            last_day if p.get("merged_into") else None, p.get("place"),
            Former(former["name"], former["kind"], former["until"]) if former else None,
        )
    return out


def at(when: date) -> list[Province]:
    """The units that exist on `when` (63 before 1 July 2025, 34 from then)."""
    return [p for p in registry().values() if p.exists(when)]


def predecessors(slug: str, when: date) -> list[Province]:
    """The units merged into `slug`, when `when` is on or after the merger; else none."""
    if when < merger_date():
        return []
    return [p for p in registry().values() if p.merged_into == slug]


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for p in registry().values():
        forms = [p.slug, p.name, *p.aliases] + ([p.former.name] if p.former else [])
        for form in forms:
            idx[fold(form)] = p.slug
    return idx


def lookup(name: str) -> Province:
    """The province for a slug, name or alias; ProvinceError with a suggestion otherwise."""
    key = fold(name)
    for prefix in ("tinh ", "thanh pho ", "tp "):  # "tỉnh Kiên Giang", "TP. Cần Thơ"
        if key.startswith(prefix) and key not in _index():
            key = key[len(prefix):]
    slug = _index().get(key)
    if slug is not None and "/" not in name and "\\" not in name:
        return registry()[slug]
    shown = name if len(name) <= 60 else name[:57] + "…"
    close = difflib.get_close_matches(key.replace(" ", "-"), list(registry()), n=1, cutoff=0.6)
    hint = msg("có phải ý bạn là {close}?", close=close[0]) if close else \
        msg("xem danh sách bằng lệnh: tracker provinces")
    raise ProvinceError(msg("Không biết tỉnh '{name}'.", name=shown), hint)

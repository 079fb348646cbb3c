"""The province registry: slugs, Vietnamese names, aliases, and the 2025 merger map.

Data lives in `data/provinces.yaml` (with its source). Lookup accepts a slug, a name with
or without diacritics, or an alias ("TP.HCM"); an unknown one raises ProvinceError with the
closest slug as a hint. Path-like input ("../../etc") is rejected the same way.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ruamel.yaml import YAML

from tracker.errors import ProvinceError


@dataclass(frozen=True)
class Province:
    slug: str
    name: str
    kind: str  # "tinh" or "thanh-pho"
    aliases: tuple[str, ...] = ()
    merged_into: str | None = None

    @property
    def ubnd(self) -> str:
        """The parent body line of a header: 'UBND TỈNH KIÊN GIANG'."""
        word = "THÀNH PHỐ" if self.kind == "thanh-pho" else "TỈNH"
        return f"UBND {word} {self.name.upper()}"

    @property
    def place(self) -> str:
        """The place name of the date line: 'Kiên Giang'."""
        return self.name


def fold(s: str) -> str:
    """Lower-case ASCII form for matching: 'Kiên Giang' → 'kien giang'."""
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


@lru_cache(maxsize=1)
def registry() -> dict[str, Province]:
    text = resources.files("tracker").joinpath("data/provinces.yaml").read_text("utf-8")
    data = YAML(typ="safe", pure=True).load(text)
    out = {}
    for p in data["provinces"]:
        out[p["slug"]] = Province(p["slug"], p["name"], p["kind"], tuple(p.get("aliases") or ()),
                                  p.get("merged_into"))
    return out


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for p in registry().values():
        for form in (p.slug, p.name, *p.aliases):
            idx[fold(form)] = p.slug
    return idx


def lookup(name: str) -> Province:
    """The province for a slug, name or alias; ProvinceError with a suggestion otherwise."""
    key = fold(name)
    slug = _index().get(key)
    if slug is not None and "/" not in name and "\\" not in name:
        return registry()[slug]
    shown = name if len(name) <= 60 else name[:57] + "…"
    close = difflib.get_close_matches(key.replace(" ", "-"), list(registry()), n=1, cutoff=0.6)
    hint = f"có phải ý bạn là {close[0]}?" if close else "xem danh sách bằng lệnh: tracker provinces"
    raise ProvinceError(f"Không biết tỉnh '{shown}'.", hint)

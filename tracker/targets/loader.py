"""Loading targets.yaml: YAML → pydantic, then checks that need the catalog and registry.

Every problem is collected and raised together as one ConfigError, each with its
file:line:col, so a user fixes the file in one pass.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from pydantic import ValidationError

from tracker.errors import ConfigError, Problem
from tracker.extract.catalog import Catalog
from tracker.i18n import msg
from tracker.provinces import registry
from tracker.targets.models import Target, TargetsFile, parse_target
from tracker.yamlio import Positions, locate, problems_from_validation, read_config, read_config_text


def load_targets(path: Path, catalog: Catalog) -> TargetsFile:
    """Read and validate targets.yaml; raise ConfigError listing every problem."""
    name = path.name
    try:
        text = read_config_text(path)
    except FileNotFoundError:
        raise ConfigError([Problem(name, None, None, msg("không tìm thấy tệp"))],
                          msg("tạo targets.yaml trong thư mục làm việc (xem README)")) from None
    if not text.strip():
        raise ConfigError([Problem(name, 1, 1, msg("tệp rỗng"))], msg("cần ít nhất 'version: 1' và 'provinces:'"))
    return read_config(text, name, lambda data, pos: _validated(data, pos, catalog, name))


def _validated(data: object, pos: Positions, catalog: Catalog, name: str) -> TargetsFile:
    if not isinstance(data, dict):
        raise ConfigError([Problem(name, 1, 1, msg("cấp ngoài cùng phải là các cặp khóa: giá trị"))])
    problems = _indicator_problems(data, pos, catalog, name)
    try:
        model = TargetsFile.model_validate(data)
    except ValidationError as exc:
        problems += problems_from_validation(exc, pos, name)
        problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise ConfigError(problems) from None
    seen: set[str] = set()
    groups: list[tuple[tuple[int | str, ...], list[Target]]] = [(("national",), list(model.national))]
    for slug, prov in model.provinces.items():
        if slug not in registry():
            close = difflib.get_close_matches(slug, list(registry()), n=1)
            text = (msg("tỉnh không rõ: '{slug}' (có phải {close}?)", slug=slug, close=close[0]) if close
                    else msg("tỉnh không rõ: '{slug}'", slug=slug))
            problems.append(Problem(name, *locate(("provinces", slug), pos), text))
        groups.append((("provinces", slug, "targets"), list(prov.targets)))
    for base, targets in groups:
        for i, t in enumerate(targets):
            loc = (*base, i)
            ind = catalog.get(t.indicator)
            if ind is not None and t.percent and ind.unit != "%":
                problems.append(Problem(name, *locate((*loc, "target"), pos),
                                        msg("'{indicator}' đo bằng {unit}, không phải %",
                                            indicator=t.indicator, unit=ind.unit)))
            elif ind is not None and ind.unit == "rank" and t.comparator in (">", ">="):
                problems.append(Problem(name, *locate((*loc, "target"), pos),
                                        msg("xếp hạng càng nhỏ càng tốt: hãy dùng '<=' hoặc '<'")))
            if ind is not None:
                problems += _impossible_values(t, ind.unit, loc, pos, name)
            key = f"{base[1] if base[0] == 'provinces' else 'national'}/{t.id}"
            if key in seen:
                problems.append(Problem(name, *locate((*loc, "id"), pos), msg("mã chỉ tiêu bị trùng: '{id}'", id=t.id)))
            seen.add(key)
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise ConfigError(problems)
    return model


def _impossible_values(t: Target, unit: str, loc: tuple[int | str, ...], pos: Positions,
                       name: str) -> list[Problem]:
    """Values no indicator of this unit can take: '> 150%' or '> -5%' on a share, rank 0."""
    low, high = {"%": (0.0, 100.0), "rank": (1.0, None)}.get(unit, (0.0, None))
    values: list[tuple[tuple[int | str, ...], float]] = [((*loc, "target"), t.value)]
    if t.high is not None:
        values.append(((*loc, "target"), t.high))
    values += [((*loc, "milestones", i, "target"), parse_target(m.target)[1]) for i, m in enumerate(t.milestones)]
    if t.baseline is not None:
        values.append(((*loc, "baseline", "value"), t.baseline.value))
    out = []
    for where, v in values:
        if v < low or (high is not None and v > high):
            bound = f"{low:g}–{high:g}" if high is not None else f"≥ {low:g}"
            out.append(Problem(name, *locate(where, pos), msg(
                "giá trị {value} không thể có với '{indicator}' (đơn vị {unit}: {bound})",
                value=f"{v:g}", indicator=t.indicator, unit=unit, bound=bound)))
    return out


def _indicator_problems(data: dict[str, object], pos: Positions, catalog: Catalog, name: str) -> list[Problem]:
    """Unknown indicators, found on the raw data so they are reported with schema errors."""
    lists: list[tuple[tuple[int | str, ...], object]] = [(("national",), data.get("national"))]
    provinces = data.get("provinces")
    if isinstance(provinces, dict):
        for slug, prov in provinces.items():
            if isinstance(prov, dict):
                lists.append((("provinces", slug, "targets"), prov.get("targets")))
    out = []
    for base, items in lists:
        if not isinstance(items, list):
            continue
        for i, item in enumerate(items):
            key = item.get("indicator") if isinstance(item, dict) else None
            if isinstance(key, str) and catalog.get(key) is None:
                close = catalog.closest(key)
                text = (msg("chỉ tiêu không có trong danh mục: '{key}'; có phải ý bạn là {close}?",
                            key=key, close=close)
                        if close else msg("chỉ tiêu không có trong danh mục: '{key}'", key=key))
                out.append(Problem(name, *locate((*base, i, "indicator"), pos), text))
    return out

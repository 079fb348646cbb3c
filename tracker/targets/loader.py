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
from tracker.provinces import registry
from tracker.targets.models import Target, TargetsFile
from tracker.yamlio import load_yaml_with_positions, locate, problems_from_validation


def load_targets(path: Path, catalog: Catalog) -> TargetsFile:
    """Read and validate targets.yaml; raise ConfigError listing every problem."""
    name = path.name
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError([Problem(name, None, None, "không tìm thấy tệp")],
                          "tạo targets.yaml trong thư mục làm việc (xem README)") from None
    if not text.strip():
        raise ConfigError([Problem(name, 1, 1, "tệp rỗng")], "cần ít nhất 'version: 1' và 'provinces:'")
    data, pos = load_yaml_with_positions(text, name)
    if not isinstance(data, dict):
        raise ConfigError([Problem(name, 1, 1, "cấp ngoài cùng phải là các cặp khóa: giá trị")])
    try:
        model = TargetsFile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(problems_from_validation(exc, pos, name)) from None
    problems: list[Problem] = []
    known = list(catalog.by_key)
    seen: dict[str, tuple[int | str, ...]] = {}
    groups: list[tuple[tuple[int | str, ...], list[Target]]] = [(("national",), list(model.national))]
    for slug, prov in model.provinces.items():
        if slug not in registry():
            close = difflib.get_close_matches(slug, list(registry()), n=1)
            hint = f" (có phải {close[0]}?)" if close else ""
            problems.append(Problem(name, *locate(("provinces", slug), pos), f"tỉnh không rõ: '{slug}'{hint}"))
        groups.append((("provinces", slug, "targets"), list(prov.targets)))
    for base, targets in groups:
        for i, t in enumerate(targets):
            loc = (*base, i)
            ind = catalog.get(t.indicator)
            if ind is None:
                close = difflib.get_close_matches(t.indicator, known, n=1)
                hint = f"; có phải ý bạn là {close[0]}?" if close else ""
                problems.append(Problem(name, *locate((*loc, "indicator"), pos),
                                        f"chỉ tiêu không có trong danh mục: '{t.indicator}'{hint}"))
            elif t.percent and ind.unit != "%":
                problems.append(Problem(name, *locate((*loc, "target"), pos),
                                        f"'{t.indicator}' đo bằng {ind.unit}, không phải %"))
            elif ind.unit == "rank" and t.comparator in (">", ">="):
                problems.append(Problem(name, *locate((*loc, "target"), pos),
                                        "xếp hạng càng nhỏ càng tốt: hãy dùng '<=' hoặc '<'"))
            scope = base[1] if base[0] == "provinces" else "national"
            key = f"{scope}/{t.id}"
            if key in seen:
                problems.append(Problem(name, *locate((*loc, "id"), pos), f"mã chỉ tiêu bị trùng: '{t.id}'"))
            seen[key] = loc
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise ConfigError(problems)
    return model

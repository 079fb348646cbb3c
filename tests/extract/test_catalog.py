"""The catalog: the shipped one is trusted at load time because it is checked here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.errors import ConfigError
from tracker.extract.catalog import _PATTERN_FIELDS, default_catalog, load_catalog


def test_every_pattern_of_the_shipped_catalog_compiles() -> None:
    count = 0
    for ind in default_catalog().indicators:
        for rule in ind.rules:
            for field in _PATTERN_FIELDS:
                pattern = getattr(rule, field)
                if pattern is not None:
                    re.compile(pattern, re.I)
                    count += 1
    assert count >= 150


def test_a_workspace_pattern_that_does_not_compile_is_named_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "indicators.yaml"
    path.write_text("version: 1\nindicators:\n  - key: my_count\n    name: Đếm\n    unit: count\n"
                    "    rules:\n      - id: r1\n        after: 'trạm (BTS'\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_catalog(path)
    assert "indicators.yaml:8:" in info.value.message and "biểu thức chính quy không hợp lệ" in info.value.message

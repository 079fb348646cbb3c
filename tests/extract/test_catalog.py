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
                value = getattr(rule, field)
                for pattern in value if isinstance(value, list) else [value]:
                    if pattern is not None:
                        re.compile(pattern, re.I)
                        count += 1
    assert count >= 150


def _top_level_branches(pattern: str) -> list[str]:
    branches, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and (i == 0 or pattern[i - 1] != "\\"):
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    return [*branches, pattern[start:]]


def test_no_one_word_exclusion_also_matches_the_start_of_a_longer_word() -> None:
    # 'thôn' (hamlet) matched the start of 'thông' in "băng thông rộng" and vetoed every fibre
    # sentence that named broadband; 'bản' is the start of 'bảng'. A one-word branch of an
    # exclusion, a near or a topic must end at a word's end.
    corpus = Path(__file__).parents[1] / "gold"
    words: dict[str, int] = {}
    for path in [*corpus.glob("dev/*.txt"), *corpus.glob("corpus/*.txt")]:
        for w in re.findall(r"[^\W\d_]+", path.read_text("utf-8").lower()):
            words[w] = words.get(w, 0) + 1
    risky = []
    for ind in default_catalog().indicators:
        for rule in ind.rules:
            for field in ("exclude", "near", "topic"):
                pattern = getattr(rule, field)
                for branch in _top_level_branches(pattern or ""):
                    if re.fullmatch(r"[^\W\d_]+", branch) and any(
                            w.startswith(branch.lower()) and w != branch.lower() and n >= 3 for w, n in words.items()):
                        risky.append(f"{rule.id}.{field}: {branch}")
    assert risky == []


def _workspace_catalog(tmp_path: Path, unit: str, rule: str) -> Path:
    path = tmp_path / "indicators.yaml"
    path.write_text(f"version: 1\nindicators:\n  - key: mine\n    name: Của tôi\n    unit: '{unit}'\n"
                    f"    rules:\n      - id: r1\n        {rule}\n", "utf-8")
    return path


@pytest.mark.parametrize(("unit", "rule"), [("count", "after: 'trạm (BTS'"),  # a phrase rule
                                            ("%", "all: ['hồ\\s+sơ', 'trực (tuyến']")])  # a concept rule
def test_a_workspace_pattern_that_does_not_compile_is_named_with_its_place(tmp_path: Path, unit: str,
                                                                           rule: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_catalog(_workspace_catalog(tmp_path, unit, rule))
    assert "indicators.yaml:8:" in info.value.message and "biểu thức chính quy không hợp lệ" in info.value.message


def test_a_concept_rule_uses_the_catalog_s_terms(tmp_path: Path) -> None:
    path = _workspace_catalog(tmp_path, "%", "all: ['{commune}', 'cáp\\s+quang']")
    rule = load_catalog(path).by_key["mine"].rules[0]
    assert "{commune}" not in rule.all[0] and rule.all_re[0].search("đơn vị cấp xã")
    assert "r1" in load_catalog(path).concept_rules  # beside the shipped ones


def test_a_workspace_catalog_is_read_again_only_when_its_text_changes(tmp_path: Path) -> None:
    path = _workspace_catalog(tmp_path, "count", "after: 'trạm\\s+BTS'")
    first = load_catalog(path)
    assert load_catalog(path) is first  # one command may ask several times: checked once
    path.write_text(path.read_text("utf-8").replace("Của tôi", "Của tỉnh"), "utf-8")  # same length or not
    again = load_catalog(path)
    assert again is not first and again.by_key["mine"].name == "Của tỉnh"
    path.write_text(path.read_text("utf-8").replace("after:", "befor:"), "utf-8")
    with pytest.raises(ConfigError):  # a broken file is reported every time, never served from before
        load_catalog(path)
    with pytest.raises(ConfigError):
        load_catalog(path)


@pytest.mark.parametrize(("whole", "ok"), [("dossiers_received", True), ("dossier_online_share", False),
                                           ("no_such_key", False)])
def test_a_share_s_whole_must_name_a_count_of_the_catalog(tmp_path: Path, whole: str, ok: bool) -> None:
    path = tmp_path / "indicators.yaml"
    path.write_text("version: 1\nindicators:\n  - key: mine\n    name: Của tôi\n    unit: '%'\n"
                    f"    whole: {{key: {whole}, noun: 'hồ\\s+sơ'}}\n"
                    "    rules:\n      - id: r1\n        before: 'hồ\\s+sơ'\n", "utf-8")
    if ok:
        assert load_catalog(path).by_key["mine"].whole.key == whole  # type: ignore[union-attr]
        return
    with pytest.raises(ConfigError) as info:
        load_catalog(path)
    assert "mine.whole.key" in info.value.message and "không phải chỉ tiêu đơn vị count" in info.value.message

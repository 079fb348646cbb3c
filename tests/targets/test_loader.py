from pathlib import Path

import pytest

from tracker.errors import ConfigError
from tracker.extract.catalog import default_catalog
from tracker.targets.loader import load_targets


def load(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    p = tmp_path / "targets.yaml"
    p.write_text(text, encoding="utf-8")
    return load_targets(p, default_catalog())


GOOD = """version: 1
provinces:
  kien-giang:
    targets:
      - id: a
        indicator: dvc_level4_share
        target: "> 30%"
        deadline: 2025
"""


def test_valid_file_loads(tmp_path: Path) -> None:
    (t,) = load(tmp_path, GOOD).for_province("kien-giang")
    assert (t.comparator, t.value, t.deadline) == (">", 30, "2025")


def test_all_problems_reported_at_once_with_line_and_column(tmp_path: Path) -> None:
    text = GOOD.replace("indicator: dvc_level4_share", "indicator: dvc_level4_shar\n        colour: red")
    with pytest.raises(ConfigError) as exc:
        load(tmp_path, text)
    msgs = [str(p) for p in exc.value.problems]
    assert any(m.startswith("targets.yaml:7:9:") and "colour" in m for m in msgs), msgs
    assert any(m.startswith("targets.yaml:6:9:") and "có phải ý bạn là dvc_level4_share" in m for m in msgs), msgs


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (('target: "> 30%"', 'target: "rất cao"'), "mục tiêu không hiểu được"),
        (("deadline: 2025", "deadline: 2025-02-30"), "ngày"),
        (("indicator: dvc_level4_share", "indicator: bts_count"), "không phải %"),
        (("kien-giang:", "kien-gian:"), "có phải kien-giang"),
    ],
)
def test_located_messages(tmp_path: Path, change: tuple[str, str], needle: str) -> None:
    with pytest.raises(ConfigError) as exc:
        load(tmp_path, GOOD.replace(*change))
    assert needle in str(exc.value)
    assert all(p.line is not None for p in exc.value.problems)


def test_duplicate_keys_and_ids(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="bị lặp lại"):
        load(tmp_path, GOOD + "provinces:\n")
    twice = GOOD + GOOD.split("targets:\n")[1]
    with pytest.raises(ConfigError, match="mã chỉ tiêu bị trùng"):
        load(tmp_path, twice)


def test_tabs_empty_and_rank_direction(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="tab"):
        load(tmp_path, GOOD.replace("    targets:", "\ttargets:"))
    with pytest.raises(ConfigError, match="tệp rỗng"):
        load(tmp_path, "  \n")
    rank = GOOD.replace("dvc_level4_share", "egov_rank").replace('"> 30%"', '">= 20"')
    with pytest.raises(ConfigError, match="xếp hạng"):
        load(tmp_path, rank)


def test_baseline_must_precede_deadline(tmp_path: Path) -> None:
    text = GOOD + "        baseline: {value: 12.8, as_of: 2026-01-01}\n"
    with pytest.raises(ConfigError, match="mốc cơ sở"):
        load(tmp_path, text)

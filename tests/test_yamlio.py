"""The fast read of a config file must give exactly the data of the careful, located read."""

from __future__ import annotations

import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from tracker.errors import ConfigError
from tracker.yamlio import Positions, load_yaml_with_positions, read_config

ROOT = Path(__file__).resolve().parents[1]
FILES = {
    "shipped catalog": resources.files("tracker").joinpath("data/indicators.yaml").read_text("utf-8"),
    "workspace catalog": (ROOT / "indicators.yaml").read_text("utf-8"),
    "targets": (ROOT / "targets.yaml").read_text("utf-8"),
    "dates and odd scalars": "a: 2025-02-30\nb: 2025-01-01\nc: yes\nd: [1.5, ~, 'x']\n",
}


def _reads(text: str) -> list[tuple[Any, Positions]]:
    calls: list[tuple[Any, Positions]] = []

    def build(data: Any, positions: Positions) -> Any:
        calls.append((data, positions))
        return data

    read_config(text, "f.yaml", build)
    return calls


@pytest.mark.parametrize("name", list(FILES))
def test_a_good_file_is_built_once_from_the_fast_read_with_the_careful_reads_data(name: str):
    calls = _reads(FILES[name])
    assert len(calls) == 1 and calls[0][1] == {}  # no positions: the fast read served
    assert calls[0][0] == load_yaml_with_positions(FILES[name], "f.yaml")[0]


def test_the_fast_read_gives_nfc_text_like_the_careful_one():
    decomposed = unicodedata.normalize("NFD", "tên: Kiên Giang\nghi chú: [Điện tử]\n")
    (data, _), = _reads(decomposed)
    assert data == {"tên": "Kiên Giang", "ghi chú": ["Điện tử"]}
    assert all(unicodedata.is_normalized("NFC", k) for k in data)


def test_a_build_that_fails_on_the_fast_read_is_run_again_with_positions():
    with_positions: list[bool] = []

    def build(data: Any, positions: Positions) -> Any:
        with_positions.append(bool(positions))
        if not positions:
            raise ConfigError([])  # stands for a problem that needs its place to be reported
        return positions[("b",)]

    assert read_config("a: 0\nb: 1\n", "f.yaml", build) == (2, 1)
    assert with_positions == [False, True]


def test_a_duplicate_key_is_still_refused_and_located():
    with pytest.raises(ConfigError) as err:
        read_config("a: 1\nb: 2\na: 3\n", "f.yaml", lambda d, p: d)
    assert (err.value.problems[0].line, err.value.problems[0].column) == (3, 1)


def test_a_reused_anchor_is_valid_yaml_and_warns_nobody() -> None:
    import warnings

    text = "a: &x 1\nb: &x 2\nc: *x\n"  # the alias takes the latest anchor
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning would fail the test
        data = read_config(text, "t.yaml", lambda d, _: d)
        tree, _ = load_yaml_with_positions(text, "t.yaml")
    assert data["c"] == 2 and tree["c"] == 2

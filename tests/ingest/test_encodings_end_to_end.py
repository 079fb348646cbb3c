"""One document saved in every supported encoding gives exactly the same figures."""

from __future__ import annotations

import codecs
import json
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from tracker.cli import app
from tracker.text.legacy import encode_cp1258, encode_tcvn3, encode_vni

# Written for this test in the style of a provincial news item. TCVN3 has no capitals with
# tones, so the text keeps to capitals it can hold (Đ, K, G, T, S...).
DOCUMENT = """---
province: kien-giang
published: 2023-09-05
kind: tin-tuc
title: "Kết quả chuyển đổi số 8 tháng năm 2023"
---
Tính đến tháng 8/2023, tỷ lệ dịch vụ công trực tuyến mức độ 4 của tỉnh đạt 84,35%.
Toàn tỉnh có 98,6% hộ gia đình sử dụng Internet cáp quang; tỷ lệ văn bản điện tử
được ký số đạt trên 95%.
"""

ENCODERS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-8-nfd": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "cp1258": encode_cp1258,
    "tcvn3": encode_tcvn3,
    "vni": encode_vni,
}


def _figures(folder: Path) -> list[tuple[str, float, str | None, str]]:
    r = CliRunner().invoke(app, ["extract", "--docs", str(folder), "--format", "jsonl", "-w", str(ROOT)])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    return sorted((o["indicator"], o["value"], o["as_of"], o["quote"]) for o in rows)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, float, str | None, str]]:
    folder = tmp_path_factory.mktemp("ref") / "docs"
    folder.mkdir()
    (folder / "tin.txt").write_text(DOCUMENT, "utf-8")
    figures = _figures(folder)
    assert {f[0] for f in figures} >= {"dvc_level4_share", "household_internet_share"}
    return figures


@pytest.mark.parametrize("encoding", [e for e in ENCODERS if e != "utf-8"])
def test_same_figures_in_every_encoding(
    encoding: str, reference: list[tuple[str, float, str | None, str]], tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "tin.txt").write_bytes(ENCODERS[encoding](DOCUMENT))
    assert _figures(folder) == reference

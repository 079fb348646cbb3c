"""Messages in English with --lang en: every Vietnamese template has an English text with the same
placeholders, and a broken targets.yaml is reported in English, still with its places."""

import ast
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.i18n import EN, lang, msg, set_lang
from tracker.yamlio import _MESSAGES

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def templates_in_code() -> set[str]:
    found = set()
    for path in (ROOT / "tracker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "msg" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found | set(_MESSAGES.values())


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_template_has_english_with_the_same_placeholders() -> None:
    used = templates_in_code()
    assert len(used) > 30
    missing = sorted(t for t in used if t not in EN)
    assert missing == []
    for vi, en in EN.items():
        assert fields(vi) == fields(en), vi
    assert sorted(set(EN) - used) == []  # no stale entries


def test_language_choice_and_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKER_LANG", raising=False)
    assert lang() == "vi" and msg("tệp rỗng") == "tệp rỗng"
    monkeypatch.setenv("TRACKER_LANG", "en")
    assert msg("tệp rỗng") == "the file is empty"
    assert msg("một câu chưa dịch") == "một câu chưa dịch"  # untranslated text falls back to Vietnamese
    set_lang("vi")
    try:
        assert msg("tệp rỗng") == "tệp rỗng"  # the option wins over the environment
    finally:
        set_lang(None)
    with pytest.raises(ValueError):
        set_lang("fr")


def test_validate_in_english_keeps_file_line_and_column(workspace: Path) -> None:
    t = workspace / "targets.yaml"
    text = t.read_text("utf-8").replace("indicator: dvc_level4_share", "indicator: dvc_level4_shar", 1)
    t.write_text(text.replace("    deadline: 2025\n", "    deadline: 2025-13\n", 1), "utf-8")
    try:
        r = runner.invoke(app, ["--lang", "en", "validate", "-w", str(workspace)])
        said = " ".join(r.output.split())
        assert r.exit_code == 2
        assert "Error: 2 problem(s) in targets.yaml:" in said
        assert "indicator not in the catalog: 'dvc_level4_shar'; did you mean dvc_level4_share?" in said
        assert "invalid date: '2025-13'" in said
        assert "targets.yaml:10:" in said and "chỉ tiêu" not in said
        vi = runner.invoke(app, ["--lang", "vi", "validate", "-w", str(workspace)])
        assert "chỉ tiêu không có trong danh mục" in " ".join(vi.output.split())
        bad = runner.invoke(app, ["--lang", "fr", "validate", "-w", str(workspace)])
        assert bad.exit_code == 2 and "--lang" in bad.output
    finally:
        set_lang(None)

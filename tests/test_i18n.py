"""Messages in English with --lang en: every Vietnamese template has an English text with the same
placeholders, and a broken targets.yaml is reported in English, still with its places."""

import ast
import multiprocessing
import os
import string
import subprocess
import sys
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.batch import _start_worker
from tracker.cli import app
from tracker.i18n import lang, msg, set_lang
from tracker.ingest.metadata import ORIGINS
from tracker.messages_en import EN
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
    return found | set(_MESSAGES.values()) | set(ORIGINS.values())  # tables translated where used


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


# The errors whose message and hint a user reads (with their subclasses anywhere in tracker/, found
# below): each is built with msg(...), not with text.
USER_ERRORS = {"TrackerError", "UserError", "WorkspaceError", "ProvinceError", "ConfigError", "DocumentError",
               "StoreError", "RenderError", "FormatError", "DecodeError"}
# Arguments that are not text for the user: a document's file name, a config error's problem list.
NOT_TEXT = {"DocumentError": {0, "doc"}, "ConfigError": {0, "problems"}, "Problem": {0, 1, 2, "path", "line", "column"}}
# (file, text of the line) of a literal deliberately left as it is, with the reason.
EXEMPT: dict[tuple[str, str], str] = {
    ("tracker/ingest/documents.py", """f"'published' ({msg(metadata.ORIGINS[origins['published']])}): {exc}"""):
        "the only word is the key's name, the same in every language; origin and reason are translated",
    ("tracker/ingest/documents.py", """f"'province': {exc.message} {msg('Gợi ý:')} {exc.hint}"""):
        "the only word is the key's name, the same in every language; message and hint are translated",
}


def _is_text(node: ast.expr) -> bool:
    """A literal with words in it: a string or f-string, alone or joined to something by + or if/else."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_is_text(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) or _is_text(node.orelse)
    return False


def _user_errors(trees: list[ast.Module]) -> set[str]:
    """USER_ERRORS and every class deriving from one of them (NeedsPassword, ReviewConflict, ...)."""
    names = set(USER_ERRORS)
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    while True:
        more = {c.name for c in classes if any(getattr(b, "id", None) in names for b in c.bases)} - names
        if not more:
            return names
        names |= more


def untranslated_errors() -> list[str]:
    found = set()
    files = sorted((ROOT / "tracker").rglob("*.py"))
    trees = {path: ast.parse(path.read_text("utf-8")) for path in files}
    checked = _user_errors(list(trees.values())) | {"Problem"}
    assert {"NeedsPassword", "ReviewConflict"} <= checked
    for path, tree in trees.items():
        lines = path.read_text("utf-8").splitlines()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in checked:
                continue
            skip = NOT_TEXT.get(name, set())
            given = [(i, a) for i, a in enumerate(node.args)] + [(k.arg, k.value) for k in node.keywords]
            for key, arg in given:
                if key in skip or not _is_text(arg):
                    continue
                rel = str(path.relative_to(ROOT))
                if not any(rel == file and text in lines[arg.lineno - 1] for file, text in EXEMPT):
                    found.add(f"{rel}:{arg.lineno}: {name}: {lines[arg.lineno - 1].strip()}")
    return sorted(found)


def test_user_errors_are_built_from_templates() -> None:
    """A message or hint of a user error is msg("..."), so --lang en translates it; a variable
    (an exception's message, already translated where it was raised) passes through."""
    assert untranslated_errors() == []


def english(args: list[str], code: int = 2) -> str:
    """The output of `tracker --lang en ARGS`, with its exit status checked, on one line."""
    try:
        r = runner.invoke(app, ["--lang", "en", *args])
    finally:
        set_lang(None)
    assert r.exit_code == code, r.output
    assert "Traceback" not in r.output
    return " ".join(r.output.split())


def vietnamese_letters(text: str) -> list[str]:
    """Letters with Vietnamese diacritics (or đ): there are none in an English message."""
    return [c for c in text if c in "đĐ" or (c.isalpha() and unicodedata.decomposition(c) != "")]


def test_report_options_in_english(workspace: Path) -> None:
    said = english(["report", "-w", str(workspace)])
    assert said == ("Error: Give exactly one of --province PROVINCE or --all. "
                    "Hint: for example: tracker report --province kien-giang")
    said = english(["report", "-p", "kien-giang", "--draft", "--so", "5", "-w", str(workspace)])
    assert "Error: --draft and --so contradict each other: a draft leaves the document number blank." in said
    assert "Hint: drop --draft to print the number, or drop --so to make a draft" in said
    said = english(["report", "-p", "kien-giang", "--as-of", "2025-02-30", "-w", str(workspace)])
    assert said == "Error: Invalid date: '2025-02-30'. Hint: use the form YYYY-MM-DD, for example --as-of 2025-12-31"
    assert not (workspace / "reports").exists()


def test_unknown_province_in_english(workspace: Path) -> None:
    said = english(["report", "-p", "kien-gian", "-w", str(workspace)])
    assert said == "Error: Unknown province 'kien-gian'. Hint: did you mean kien-giang?"
    said = english(["status", "-p", "atlantis", "-w", str(workspace)])
    assert said == "Error: Unknown province 'atlantis'. Hint: see the list with: tracker provinces"


def test_eval_without_its_gold_file_in_english(workspace: Path) -> None:
    gold = workspace / "none.jsonl"
    said = english(["eval", "--gold", str(gold), "-w", str(workspace)])
    assert said == f"Error: No gold file {gold}. Hint: check --gold"
    (workspace / "gold.jsonl").write_text('{"doc": "x"}\n', "utf-8")
    said = english(["eval", "--gold", str(workspace / "gold.jsonl"), "-w", str(workspace)])
    assert "gold.jsonl:1: invalid gold line: 'indicator'" in said and not vietnamese_letters(said)


def test_bad_documents_warn_in_english(workspace: Path) -> None:
    (workspace / "seeds" / "hong.txt").write_bytes(b"\x00\x01binary\x00")
    (workspace / "seeds" / "ghi-chu.odt").write_bytes(b"not read")
    said = english(["status", "-p", "kien-giang", "--format", "json", "-w", str(workspace)], code=0)
    assert "Warning: skipped hong.txt: a binary file (it has NUL bytes), not text" in said
    assert "Warning: skipped ghi-chu.odt: the format .odt is not read; only .txt, .md, .pdf" in said
    said = english(["status", "-p", "kien-giang", "--strict", "-w", str(workspace)])
    assert said.startswith("Error: 2 document(s) with problems (--strict): ghi-chu.odt: the format .odt is not read")
    assert "Hint: fix those files or move them out of seeds/, or drop --strict to be warned only" in said
    assert not vietnamese_letters(said)


def test_english_is_loaded_only_by_an_english_run() -> None:
    code = ("import sys; from tracker.i18n import msg, set_lang; import tracker.cli; "
            "assert msg('Lỗi:') == 'Lỗi:' and 'tracker.messages_en' not in sys.modules; "
            "set_lang('en'); assert msg('Lỗi:') == 'Error:' and 'tracker.messages_en' in sys.modules")
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_LANG"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


def test_spawned_workers_speak_the_parents_language() -> None:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker,
                             initargs=(os.getpid(), "en")) as pool:
        assert pool.submit(msg, "tệp rỗng").result() == "the file is empty"

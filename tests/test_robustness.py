"""Bad input never stops the rest, never prints a traceback, and is named where it is.

Document problems are warnings (the report is still written) unless --strict makes them
errors (exit status 2, nothing written). Parsers and loaders are fuzzed with hypothesis.
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from typer.testing import CliRunner

from tracker.cli import app
from tracker.errors import ConfigError, DocumentError
from tracker.extract.catalog import default_catalog
from tracker.ingest.documents import MAX_DOCUMENT_BYTES, parse_document
from tracker.targets.loader import load_targets

runner = CliRunner()
GOOD_FRONT = "---\nprovince: kien-giang\npublished: 2026-01-10\ntitle: \"Tin\"\n---\n"


def _said(r: object) -> str:
    return " ".join(getattr(r, "output", "").split())


def add_bad_documents(seeds: Path) -> None:
    (seeds / "nhi-phan.txt").write_bytes(bytes(range(256)) * 8)
    (seeds / "khong-dau.txt").write_text("Chỉ có nội dung, không có phần đầu.", "utf-8")
    (seeds / "sai-ngay.txt").write_text(GOOD_FRONT.replace("2026-01-10", "2026-02-30") + "Nội dung.", "utf-8")
    with open(seeds / "qua-lon.txt", "wb") as f:  # 50 MB
        f.write(GOOD_FRONT.encode())
        chunk = ("Tỷ lệ dịch vụ công trực tuyến mức độ 4 đạt 12,8%. " * 1000).encode()
        while f.tell() < 50 * 2**20:
            f.write(chunk)


def test_bad_documents_are_warnings_by_name_and_the_report_is_written(workspace: Path) -> None:
    add_bad_documents(workspace / "seeds")
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--format", "html", "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    said = _said(r)
    assert "bỏ qua nhi-phan.txt" in said
    assert "bỏ qua khong-dau.txt: không xác định được tỉnh (province) và ngày ban hành" in said
    assert "bỏ qua sai-ngay.txt" in said and "bỏ qua qua-lon.txt: tệp quá lớn (50.0 MB, giới hạn 10 MB)" in said
    html = next((workspace / "reports" / "kien-giang").glob("*.html")).read_text("utf-8")
    assert "12,8%" in html  # the good documents still count


def test_strict_turns_document_warnings_into_an_error_and_writes_nothing(workspace: Path) -> None:
    add_bad_documents(workspace / "seeds")
    for cmd in (["report", "--format", "html"], ["status"], ["report", "--all", "--format", "html"]):
        args = [*cmd, "--strict", "-w", str(workspace)] + ([] if "--all" in cmd else ["-p", "kien-giang"])
        r = runner.invoke(app, args)
        assert r.exit_code == 2, (cmd, r.output)
        assert "4 văn bản có vấn đề (--strict)" in _said(r) and "qua-lon.txt" in _said(r)
        assert "Traceback" not in r.output
    assert not (workspace / "reports").exists()


def test_an_empty_seeds_folder_is_a_warning(workspace: Path) -> None:
    for p in (workspace / "seeds").iterdir():
        p.unlink()
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--format", "html", "-w", str(workspace)])
    assert r.exit_code == 0 and "bỏ qua seeds/: thư mục không có văn bản nào" in _said(r)
    assert any((workspace / "reports" / "kien-giang").glob("*.html"))


def test_quotes_with_markup_print_as_text_in_every_format(workspace: Path) -> None:
    text = GOOD_FRONT + "Tỷ lệ dịch vụ công trực tuyến mức độ 4 của tỉnh đạt 31,5% <script>alert(1)</script> {{ x }}.\n"
    (workspace / "seeds" / "kg-2026.txt").write_text(text, "utf-8")
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--as-of", "2026-11-22", "--format", "html,xlsx",
                            "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    folder = workspace / "reports" / "kien-giang"
    html = (folder / "bao-cao-2026-11-22.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ x }}" in html and "<script>" not in html
    quotes = [row[4] for row in load_workbook(folder / "bao-cao-2026-11-22.xlsx")["Số liệu"].iter_rows(
        min_row=3, values_only=True)]
    assert any("<script>alert(1)</script> {{ x }}" in (q or "") for q in quotes)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600) | st.text(max_size=600).map(lambda t: (GOOD_FRONT + t).encode("utf-8")))
def test_any_bytes_give_a_document_or_a_document_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "x.txt"
    try:
        doc = parse_document(path, data)
    except DocumentError as exc:
        assert exc.doc == "x.txt" and exc.reason
    else:
        assert doc.id == "x" and doc.province


YAML_PIECES = ["version: 1\n", "national:\n", "  - id: a\n", "    indicator: dvc_level4_share\n",
               "    target: '> 30%'\n", "    deadline: 2025\n", "provinces:\n", "  kien-giang:\n", "\t", ": ",
               "- ", "'", '"', "{", "[", "&a ", "*a ", "!!python/object ", "\n", "  ", "x", "2025-13-01"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(YAML_PIECES), max_size=30) | st.text(max_size=300))
def test_the_targets_loader_never_fails_unhandled(tmp_path: Path, pieces: list[str] | str) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text(pieces if isinstance(pieces, str) else "".join(pieces), "utf-8")
    try:
        load_targets(path, default_catalog())
    except ConfigError as exc:
        assert exc.problems and all(p.path == "targets.yaml" and p.line >= 1 for p in exc.problems)


def test_the_size_limit_is_well_above_a_real_document() -> None:
    assert MAX_DOCUMENT_BYTES >= 10 * 2**20


def test_a_control_character_in_targets_is_located(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text("version: 1\nnational:\x1b\n", "utf-8")
    try:
        load_targets(path, default_catalog())
    except ConfigError as exc:
        (problem,) = exc.problems
        assert (problem.line, problem.column) == (2, 10) and "ký tự không được phép" in problem.message
    else:
        raise AssertionError("a control character must be refused")


def test_an_unwritable_reports_folder_is_named_and_nothing_is_written(workspace: Path, monkeypatch) -> None:
    import os

    (workspace / "reports").mkdir()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p).name == "reports" else real(p, mode))
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--format", "html", "-w", str(workspace)])
    assert r.exit_code == 2 and "Không ghi được vào" in _said(r) and "reports" in _said(r)
    assert list((workspace / "reports").iterdir()) == []


def test_wrong_types_and_duplicate_keys_in_targets_are_located(tmp_path: Path) -> None:
    head = ("version: 1\nnational:\n  - id: a\n    indicator: dvc_level4_share\n    target: '> 30%'\n"
            "    deadline: 2025\n")
    path = tmp_path / "targets.yaml"
    path.write_text(head + "    deadline: 2026\n", "utf-8")
    with pytest.raises(ConfigError) as dup:
        load_targets(path, default_catalog())
    assert [(p.line, p.column) for p in dup.value.problems] == [(7, 5)]
    assert "bị lặp lại" in dup.value.problems[0].message
    path.write_text(head + "    milestones: 5\n", "utf-8")
    with pytest.raises(ConfigError) as typed:
        load_targets(path, default_catalog())
    assert [(p.line, p.message) for p in typed.value.problems] == [(7, "phải là một danh sách")]

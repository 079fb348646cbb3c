"""The CLI through typer's CliRunner; results checked through the library and the files."""

import json
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.extract.catalog import load_catalog
from tracker.store import queries
from tracker.store.db import Store
from tracker.targets.loader import load_targets

runner = CliRunner()


def test_report_writes_html_and_pdf(workspace: Path) -> None:
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--as-of", "2026-11-22", "--so", "5", "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    folder = workspace / "reports" / "kien-giang"
    assert sorted(p.name for p in folder.iterdir()) == ["bao-cao-2026-11-22.html", "bao-cao-2026-11-22.pdf"]
    html = (folder / "bao-cao-2026-11-22.html").read_text("utf-8")
    assert "12,8%" in html and "Số: 05/BC-STTTT" in html
    # a national target taken over by the province cites its decision
    assert "Căn cứ: Quyết định 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ" in html


def test_unknown_province_suggests_and_writes_nothing(workspace: Path) -> None:
    r = runner.invoke(app, ["report", "-p", "kien-gian", "-w", str(workspace)])
    assert r.exit_code == 2
    assert "có phải ý bạn là kien-giang?" in r.output
    assert "Traceback" not in r.output
    assert not (workspace / "reports").exists()


def test_path_like_province_is_refused(workspace: Path) -> None:
    r = runner.invoke(app, ["report", "-p", "../../etc", "-w", str(workspace)])
    assert r.exit_code == 2 and not (workspace / "reports").exists()


def test_malformed_targets_names_file_and_line(workspace: Path) -> None:
    t = workspace / "targets.yaml"
    text = t.read_text("utf-8").replace("        deadline: 2025\n", "        deadline: 2025\n        colour: red\n", 1)
    t.write_text(text, "utf-8")
    r = runner.invoke(app, ["report", "-p", "kien-giang", "-w", str(workspace)])
    assert r.exit_code == 2
    assert "targets.yaml:" in r.output and "colour" in r.output
    assert not (workspace / "reports").exists()


def test_reports_is_a_file(workspace: Path) -> None:
    (workspace / "reports").write_text("x")
    r = runner.invoke(app, ["report", "-p", "kien-giang", "-w", str(workspace), "--format", "html"])
    assert r.exit_code == 2 and "không phải thư mục" in r.output


def test_validate_status_extract_eval(workspace: Path) -> None:
    assert runner.invoke(app, ["validate", "-w", str(workspace)]).exit_code == 0
    catalog = load_catalog(workspace / "indicators.yaml")
    n = len(load_targets(workspace / "targets.yaml", catalog).for_province("kien-giang"))
    args = ["status", "-p", "kien-giang", "--as-of", "2026-11-22", "--format", "json", "-w", str(workspace)]
    r = runner.invoke(app, args)
    assert r.exit_code == 0
    import json

    rows = json.loads(r.stdout)
    assert len(rows) == n
    level4 = next(x for x in rows if x["indicator"] == "dvc_level4_share")
    assert level4["actual"]["value"] == 12.8 and level4["status"] == "behind"
    assert level4["stale"] is True and level4["judged_at"] == "2020-08-26"  # judged on a figure of 2020
    assert all(x["judged_at"] is None and x["stale"] is False for x in rows if x["actual"] is None)
    r = runner.invoke(app, ["extract", "--format", "jsonl", "-w", str(workspace)])
    assert r.exit_code == 0 and '"indicator": "dvc_level4_share"' in r.stdout
    gold = Path(__file__).parent / "gold" / "seeds.jsonl"
    r = runner.invoke(app, ["eval", "--gold", str(gold), "-w", str(workspace)])
    assert r.exit_code == 0 and "precision" in r.stdout


def test_bad_document_is_a_warning_and_the_rest_goes_through(workspace: Path) -> None:
    (workspace / "seeds" / "hong.txt").write_bytes(b"\x00\x01binary")
    (workspace / "seeds" / "khong-front-matter.txt").write_text("Chỉ có nội dung.", "utf-8")
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--format", "html", "-w", str(workspace)])
    assert r.exit_code == 0
    assert "hong.txt" in r.output and "khong-front-matter.txt" in r.output


def test_eval_with_a_missing_docs_folder_names_it(workspace: Path) -> None:
    gold = Path(__file__).parent / "gold" / "seeds.jsonl"
    r = runner.invoke(app, ["eval", "--gold", str(gold), "--docs", str(workspace / "khong-co"), "-w", str(workspace)])
    assert r.exit_code == 2
    assert "khong-co" in r.output and "--docs" in r.output


def test_provinces_at_a_date_and_as_json() -> None:
    r = runner.invoke(app, ["provinces", "--at", "2026-01-01", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = {p["slug"]: p for p in json.loads(r.stdout)}
    assert len(rows) == 34 and "kien-giang" not in rows
    assert rows["an-giang"]["predecessors"] == ["kien-giang"]
    assert rows["thua-thien-hue"]["ubnd"] == "UBND THÀNH PHỐ HUẾ"
    before = json.loads(runner.invoke(app, ["provinces", "--at", "2025-06-30", "--format", "json"]).stdout)
    assert len(before) == 63 and all(not p["predecessors"] for p in before)
    table = runner.invoke(app, ["provinces"])
    assert table.exit_code == 0 and "kien-giang" in table.stdout
    bad = runner.invoke(app, ["provinces", "--at", "2025-13-01"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_report_on_a_merged_province_says_where_it_went(workspace: Path) -> None:
    r = runner.invoke(app, ["report", "-p", "Kiên Giang", "--as-of", "2026-11-22", "--format", "html",
                            "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    said = " ".join(r.output.split())
    assert "đã sáp nhập vào tỉnh An Giang từ 1/7/2025" in said and "--province an-giang" in said
    early = runner.invoke(app, ["report", "-p", "kien-giang", "--as-of", "2025-06-30", "--format", "html",
                                "-w", str(workspace)])
    assert early.exit_code == 0 and "sáp nhập" not in early.output


def test_report_all_writes_every_province_and_names_the_one_that_failed(workspace: Path) -> None:
    (workspace / "reports").mkdir()
    (workspace / "reports" / "gia-lai").write_text("not a folder", "utf-8")
    r = runner.invoke(app, ["report", "--all", "--as-of", "2026-11-22", "--format", "html", "-j", "2",
                            "-w", str(workspace)])
    assert r.exit_code == 1, r.output
    written = sorted(p.parent.name for p in (workspace / "reports").glob("*/bao-cao-2026-11-22.html"))
    # own section in targets.yaml (kien-giang, vinh-phuc), documents of their own or of predecessors
    assert written == ["an-giang", "kien-giang", "phu-tho", "quang-ngai", "vinh-phuc"]
    said = " ".join(r.output.split())
    assert "Đã lập 5/6 báo cáo." in said and "không lập được báo cáo của tỉnh Gia Lai:" in said
    assert "là một tệp, không phải thư mục" in said
    runs = Store.open(workspace / "tracker.db")
    with runs:
        assert {row["province"] for row in queries.runs(runs)} == set(written)
    # every report of the batch is a draft: the number is left blank
    assert "Số:      /BC-" in (workspace / "reports" / "kien-giang" / "bao-cao-2026-11-22.html").read_text("utf-8")


def test_report_needs_one_province_or_all(workspace: Path) -> None:
    for args in ([], ["--all", "-p", "kien-giang"], ["--all", "--so", "5"]):
        r = runner.invoke(app, ["report", *args, "-w", str(workspace)])
        assert r.exit_code == 2 and "Traceback" not in r.output, args
    assert not (workspace / "reports").exists()


def test_compare_as_json_and_pdf(workspace: Path) -> None:
    r = runner.invoke(app, ["compare", "-i", "bts_count", "--as-of", "2026-11-22", "--format", "json",
                            "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)["rows"]
    assert [(s["rank"], s["province"]) for s in rows] == [(1, "vinh-phuc"), (2, "kon-tum")]
    assert rows[0]["value"] == 3000 and rows[0]["note"].startswith("đã sáp nhập vào tỉnh Phú Thọ")
    r = runner.invoke(app, ["compare", "-i", "bts_count", "--as-of", "2026-11-22", "--format", "pdf",
                            "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    pdf = workspace / "reports" / "so-sanh" / "bts_count-2026-11-22.pdf"
    with pdfplumber.open(pdf) as doc:
        text = unicodedata.normalize("NFC", "\n".join(p.extract_text() or "" for p in doc.pages))
    assert "SO SÁNH GIỮA CÁC TỈNH, THÀNH PHỐ" in text and "tỉnh Vĩnh Phúc" in text and "3.000" in text


def test_compare_refuses_bad_input_without_output(workspace: Path) -> None:
    for args in (["-i", "bts"], ["-i", "bts_count", "--format", "docx"], ["-i", "bts_count", "--as-of", "hôm qua"]):
        r = runner.invoke(app, ["compare", *args, "-w", str(workspace)])
        assert r.exit_code == 2 and "Traceback" not in r.output, args
    assert not (workspace / "reports").exists()


def test_a_template_that_fails_on_the_data_names_its_line(workspace: Path) -> None:
    template = workspace / "templates" / "report.html.j2"
    lines = template.read_text("utf-8").splitlines()
    lines[20] += "{{ r.no_such_field.upper() }}"
    template.write_text("\n".join(lines), "utf-8")
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--format", "html,pdf", "-w", str(workspace)])
    said = " ".join(r.output.split())
    assert r.exit_code == 2 and "report.html.j2:21: mẫu báo cáo lỗi khi dựng" in said and "no_such_field" in said
    assert isinstance(r.exception, SystemExit)  # a message, not a traceback
    assert not (workspace / "reports").exists()


def test_a_broken_or_missing_template_is_a_located_user_error(workspace: Path) -> None:
    template = workspace / "templates" / "report.html.j2"
    lines = template.read_text("utf-8").splitlines()
    lines[11] = "{% for x in %}"
    template.write_text("\n".join(lines), "utf-8")
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--format", "html", "-w", str(workspace)])
    assert r.exit_code == 2 and "report.html.j2:12: lỗi cú pháp trong mẫu" in " ".join(r.output.split())
    assert not (workspace / "reports").exists()
    (workspace / "templates" / "compare.html.j2").unlink()
    r = runner.invoke(app, ["compare", "-i", "bts_count", "--format", "pdf", "-w", str(workspace)])
    assert r.exit_code == 2 and "Thiếu mẫu" in r.output and "Traceback" not in r.output


def test_report_formats_and_signing_date_from_the_command_line(workspace: Path) -> None:
    bad = runner.invoke(app, ["report", "-p", "kien-giang", "--format", "pdf,odt", "-w", str(workspace)])
    assert bad.exit_code == 2 and "Định dạng không hỗ trợ: odt." in bad.output
    assert not (workspace / "reports").exists()
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--as-of", "2025-06-30", "--date", "2025-07-04",
                            "--format", " HTML ", "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    html = (workspace / "reports" / "kien-giang" / "bao-cao-2025-06-30.html").read_text("utf-8")
    assert "Kiên Giang, ngày 04 tháng 7 năm 2025" in html and 'content="2025-07-04"' in html
    early = runner.invoke(app, ["report", "-p", "kien-giang", "--as-of", "2025-06-30", "--date", "2025-06-01",
                                "--format", "html", "-w", str(workspace)])
    assert early.exit_code == 2 and "--date" in early.output


def test_the_cli_imports_only_what_a_command_uses() -> None:
    """`tracker --help` and light commands must not pay for the pipeline, the catalog models,
    the report renderers or WeasyPrint (the speed issue: start-up within 1.5× of typer alone)."""
    import subprocess
    import sys

    code = ("import sys, tracker.cli, tracker; heavy = [m for m in ('tracker.pipeline', 'tracker.extract.catalog', "
            "'tracker.report.data', 'tracker.store.figures', 'weasyprint', 'rich.table') if m in sys.modules]; "
            "print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_help_is_printed_without_loading_rich_panels() -> None:
    """Rich's help panels cost ~40 ms of the 100 ms `tracker --help` takes; the plain layout
    lists the same commands (the speed issue's 1.5× goal for start-up)."""
    import subprocess
    import sys

    code = ("import sys\nfrom tracker.cli import app\ntry:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('typer.rich_utils' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("False")
    assert all(f"  {c} " in done.stdout for c in ("report", "status", "add", "docs", "serve", "review"))


@pytest.mark.parametrize(("args", "absent"), [
    (["validate"], ("tracker.pipeline", "tracker.store.sync", "tracker.report.data", "tracker.evaluate.status",
                    "jinja2", "weasyprint")),
    (["provinces"], ("tracker.pipeline", "tracker.config", "tracker.report.data", "tracker.store.sync", "jinja2")),
    (["status", "-p", "kien-giang", "--as-of", "2026-11-22"], ("jinja2", "weasyprint", "tracker.report.render",
                                                               "tracker.extract.engine")),
])
def test_each_command_imports_only_what_it_uses(workspace: Path, args: list[str], absent: tuple[str, ...]) -> None:
    """validate reads two files, provinces the registry, status a store already in sync: none
    of them loads the store, the report or the extraction engine it does not use."""
    import subprocess
    import sys

    runner.invoke(app, ["status", "-p", "kien-giang", "-w", str(workspace)])  # bring the store in sync first
    code = (f"import sys\nfrom tracker.cli import app\ntry:\n    app({args!r})\nexcept SystemExit as e:\n"
            f"    assert not e.code, e.code\nprint([m for m in {absent!r} if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], cwd=workspace, capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr

"""The CLI through typer's CliRunner; results checked through the library and the files."""

import json
from pathlib import Path

from typer.testing import CliRunner

from tracker.cli import app
from tracker.extract.catalog import load_catalog
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

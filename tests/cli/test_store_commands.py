"""review, actual, history, export and db through the CLI; effects checked through the library."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker import pipeline
from tracker.cli import app
from tracker.errors import RenderError
from tracker.store.db import Store
from tracker.store.figures import figures, review_items
from tracker.store.verdicts import verdicts
from tracker.workspace import Workspace

runner = CliRunner()
AS_OF = "2026-11-23"


def _run(workspace: Path, *args: str) -> str:
    r = runner.invoke(app, [*args, "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    return r.output


def _status(workspace: Path) -> dict[str, dict[str, object]]:
    rows = json.loads(_run(workspace, "status", "-p", "kien-giang", "--as-of", AS_OF, "--format", "json"))
    return {r["target_id"]: r for r in rows}


def _figure_id(workspace: Path, indicator: str, value: float) -> str:
    items = json.loads(_run(workspace, "review", "list", "-p", "kien-giang", "--format", "json"))
    return next(i["id"] for i in items if i["figure"]["indicator"] == indicator and i["figure"]["value"] == value)


def test_reject_then_correct_changes_what_the_status_uses(workspace: Path) -> None:
    assert _status(workspace)["dvc-muc-do-4"]["actual"]["value"] == 12.8  # type: ignore[index]
    fid = _figure_id(workspace, "dvc_level4_share", 12.8)
    _run(workspace, "review", "reject", fid[:8], "--reason", "kiểm tra lại mẫu số")
    with Store.open(workspace / "tracker.db") as st:
        assert fid not in {o.id for o in figures(st)}
        assert [i.review.by for i in review_items(st, state="rejected")] == ["kiem-thu"]  # type: ignore[union-attr]
    assert _status(workspace)["dvc-muc-do-4"]["status"] == "no_data"
    _run(workspace, "review", "correct", fid[:8], "--value", "13.1", "--reason", "theo công văn 45/STTTT")
    row = _status(workspace)["dvc-muc-do-4"]
    assert row["actual"]["value"] == 13.1  # type: ignore[index]
    assert "12,8%" in row["actual"]["quote"]  # type: ignore[index]  # the original quote is kept


def test_manual_figure_reaches_the_report_with_its_source(workspace: Path) -> None:
    assert _status(workspace)["mang-5g"]["status"] == "no_data"
    out = _run(workspace, "actual", "add", "-p", "Kiên Giang", "-i", "stations_5g", "--value", "42",
               "--as-of", "2026-06-30", "--source", "Công văn số 12/STTTT ngày 5/7/2026")
    assert "m1" in out
    assert _status(workspace)["mang-5g"]["status"] == "achieved"
    _run(workspace, "report", "-p", "kien-giang", "--as-of", AS_OF, "--format", "html")
    html = (workspace / "reports" / "kien-giang" / f"bao-cao-{AS_OF}.html").read_text("utf-8")
    assert "Nhập tay" in html and "Công văn số 12/STTTT ngày 5/7/2026" in html


def test_bad_input_exits_2_with_a_located_message(workspace: Path) -> None:
    sheet = workspace / "so-lieu.csv"
    sheet.write_text("province,indicator,value,as_of,source\nkien-giang,stations_5g,x,2025,CV\n", "utf-8")
    r = runner.invoke(app, ["actual", "import", str(sheet), "-w", str(workspace)])
    assert r.exit_code == 2 and f"{sheet}:2" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["review", "accept", "ffffffffff", "-w", str(workspace)])
    assert r.exit_code == 2 and "Không có số liệu nào mang mã" in r.output
    r = runner.invoke(app, ["actual", "add", "-p", "kien-giang", "-i", "stations_5g", "--value", "1",
                            "--as-of", "2025", "--source", "", "-w", str(workspace)])
    assert r.exit_code == 2 and "nguồn" in r.output


def test_history_plots_the_series_and_export_writes_xlsx(workspace: Path) -> None:
    _run(workspace, "actual", "add", "-p", "kien-giang", "-i", "dvc_level4_share", "--value", "24.5",
         "--as-of", "2023-12-31", "--source", "Báo cáo năm 2023")
    svg = workspace / "dvc.svg"
    out = _run(workspace, "history", "-p", "kien-giang", "-i", "dvc_level4_share", "--plot", str(svg))
    assert "12,8%" in out and "24,5%" in out and "nhập tay" in out
    text = svg.read_text("utf-8")
    assert text.startswith("<svg") and "24,5%" in text and "12,8%" in text
    _run(workspace, "export", "--format", "xlsx", "-o", str(workspace / "all.xlsx"))
    assert (workspace / "all.xlsx").read_bytes()[:2] == b"PK"
    csv_out = _run(workspace, "export", "--format", "csv")
    assert csv_out.splitlines()[0].startswith("id,province,indicator,value")


def test_backup_then_corrupt_store_is_reported_not_overwritten(workspace: Path) -> None:
    _run(workspace, "actual", "add", "-p", "kien-giang", "-i", "stations_5g", "--value", "3",
         "--as-of", "2025", "--source", "CV 1")
    _run(workspace, "db", "backup", str(workspace / "sao-luu.db"))
    db = workspace / "tracker.db"
    for extra in (db.with_name("tracker.db-wal"), db.with_name("tracker.db-shm")):
        extra.unlink(missing_ok=True)
    db.write_bytes(b"\x00" * 4096)
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--format", "html", "-w", str(workspace)])
    assert r.exit_code == 2 and "bị hỏng" in r.output and "sao lưu" in r.output
    assert not (workspace / "reports").exists()
    assert db.read_bytes() == b"\x00" * 4096
    with Store.open(workspace / "sao-luu.db") as st:
        assert [m.value for m in figures(st) if m.origin == "manual"] == [3.0]


def test_a_failed_render_writes_no_file_and_records_no_run(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(html: str, templates: Path) -> bytes:
        raise RenderError("PDF engine failed half way")

    from tracker.report import pdf

    monkeypatch.setattr(pdf, "render_pdf", broken)
    with pytest.raises(RenderError):
        pipeline.make_report(Workspace(workspace), "kien-giang", date(2026, 11, 23))
    assert not (workspace / "reports" / "kien-giang").exists()  # not even the HTML, which was ready first
    with Store.open(workspace / "tracker.db") as st:
        assert st.conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 0
        assert st.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 5  # the store was updated


def test_db_option_and_environment_put_the_store_elsewhere(workspace: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "kho" / "so-lieu.db"
    elsewhere.parent.mkdir()
    r = runner.invoke(app, ["--db", str(elsewhere), "actual", "add", "-p", "kien-giang", "-i", "stations_5g",
                            "--value", "3", "--as-of", "2025", "--source", "CV 1", "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    assert elsewhere.exists() and not (workspace / "tracker.db").exists()
    monkeypatch.setenv("TRACKER_DB", str(elsewhere))
    out = runner.invoke(app, ["db", "info", "-w", str(workspace)]).output
    assert str(elsewhere) in out and "số liệu nhập tay: 1" in out and "văn bản đã đọc: 0" in out


@pytest.mark.parametrize(("args", "message"), [
    (["review", "list", "--status", "done"], "Trạng thái không hợp lệ"),
    (["export", "--format", "xlsx"], "cần --output"),
    (["export", "--format", "ods"], "Định dạng không hỗ trợ"),
    (["review", "stats", "--format", "xml"], "Định dạng không hỗ trợ: xml"),
    (["history", "-p", "kien-giang", "-i", "stations_5g", "--plot", "x.png"], "chỉ ghi được dạng SVG"),
    (["history", "-p", "kien-giang", "-i", "stations5g"], "có phải ý bạn là stations_5g"),
])
def test_store_commands_refuse_bad_options_with_exit_2(workspace: Path, args: list[str], message: str) -> None:
    r = runner.invoke(app, [*args, "-w", str(workspace)])
    assert r.exit_code == 2 and message in r.output and "Traceback" not in r.output


def test_the_report_names_the_figures_no_person_has_checked(workspace: Path) -> None:
    args = ["report", "-p", "kien-giang", "--as-of", AS_OF, "--format", "html", "-w", str(workspace)]
    before = runner.invoke(app, args)
    said = " ".join(before.output.split())
    assert before.exit_code == 0
    assert "3 số liệu trong báo cáo được trích tự động, chưa có người duyệt: [1], [2], [3]" in said
    assert "tracker review list --province kien-giang" in said
    for indicator, value in (("dvc_level4_share", 12.8), ("dvc_level3_share", 18.5)):
        _run(workspace, "review", "accept", _figure_id(workspace, indicator, value)[:8])
    after = " ".join(runner.invoke(app, args).output.split())
    assert "1 số liệu trong báo cáo được trích tự động, chưa có người duyệt: [3]" in after


def test_the_report_names_targets_whose_figures_wait_for_a_person(workspace: Path) -> None:
    # a document that contradicts itself on the 5G target: neither figure is used until one is chosen
    (workspace / "seeds" / "kien-giang-2026-5g.txt").write_text(
        "---\nprovince: kien-giang\npublished: 2026-10-01\ntitle: Hạ tầng 5G\n---\n"
        "Hạ tầng 5G của tỉnh\nToàn tỉnh có 120 trạm 5G.\nMạng 5G tiếp tục mở rộng.\n"
        "Theo Sở, tỉnh có 150 trạm 5G phục vụ người dân.\n", "utf-8")
    args = ["report", "-p", "kien-giang", "--as-of", AS_OF, "--format", "html", "-w", str(workspace)]
    r = runner.invoke(app, args)
    said = " ".join(r.output.split())
    assert r.exit_code == 0
    assert "1 chỉ tiêu có số liệu chưa dùng vì độ tin cậy thấp" in said and "Triển khai mạng di động 5G" in said
    listed = " ".join(runner.invoke(app, ["review", "list", "-p", "kien-giang", "-w", str(workspace)],
                                    env={"COLUMNS": "200"}).output.split())
    assert "mâu thuẫn: 150" in listed and "mâu thuẫn: 120" in listed  # the two side by side
    # once a person chose one of them, the date is settled: nothing waits
    _run(workspace, "review", "accept", _figure_id(workspace, "stations_5g", 150)[:8])
    after = " ".join(runner.invoke(app, args).output.split())
    assert "độ tin cậy thấp" not in after
    assert _status(workspace)["mang-5g"]["actual"]["value"] == 150  # type: ignore[index]


def test_a_figure_read_from_concepts_says_so_in_the_review_list(workspace: Path) -> None:
    (workspace / "seeds" / "kien-giang-2026-hs.txt").write_text(
        "---\nprovince: kien-giang\npublished: 2026-10-01\ntitle: Cải cách hành chính\n---\n"
        "Về hồ sơ, 62% được tiếp nhận trực tuyến.\n", "utf-8")
    listed = " ".join(runner.invoke(app, ["review", "list", "-p", "kien-giang", "-w", str(workspace)],
                                    env={"COLUMNS": "600"}).output.split())
    items = json.loads(_run(workspace, "review", "list", "-p", "kien-giang", "--format", "json"))
    figure = next(i["figure"] for i in items if i["figure"]["doc"] == "kien-giang-2026-hs")
    assert figure["indicator"] == "dossier_online_share" and figure["confidence"] < 0.7
    assert "đọc theo khái niệm, không theo cụm từ quen thuộc: đối chiếu trích dẫn" in listed
    assert listed.count("đọc theo khái niệm") == 1  # the seeds' figures were read from phrases


def test_review_stats_shows_the_reviewers_verdicts_as_the_library_counts_them(workspace: Path) -> None:
    assert "Chưa có số liệu nào được duyệt" in _run(workspace, "review", "stats")
    _run(workspace, "review", "accept", _figure_id(workspace, "dvc_level4_share", 12.8)[:8])
    fid = _figure_id(workspace, "phone_subscribers", 1936755)
    _run(workspace, "review", "correct", fid[:8], "--value", "1940000", "--reason", "theo công văn 45/STTTT")
    data = json.loads(_run(workspace, "review", "stats", "-p", "Kiên Giang", "--format", "json"))
    with Store.open(workspace / "tracker.db") as st:
        v = verdicts(st, "kien-giang")
    assert data["admitted"] == {"label": v.admitted.label, "right": 1, "date_wrong": 0, "wrong": 1, "reviewed": 2,
                                "value_precision": 0.5, "dated_precision": 0.5}
    assert [(r["label"], r["wrong"]) for r in data["rules"]] == [(t.label, t.wrong) for t in v.rules]
    assert data["pending"] == v.pending > 0
    assert data["total"] == v.total.to_dict() and data["total"]["reviewed"] == 2
    table = _run(workspace, "review", "stats", "-p", "kien-giang")
    assert "Theo độ tin cậy" in table and "50%" in table and f"{v.pending} số liệu chưa duyệt" in table

"""tracker add and tracker docs through the CLI; effects checked through the library."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import fill_disk_at
from tracker import pipeline
from tracker.cli import app
from tracker.ingest.documents import parse_document
from tracker.store.queries import document_rows
from tracker.workspace import Workspace

runner = CliRunner()
ND30 = """<p>UBND TỈNH KIÊN GIANG</p><p>SỞ THÔNG TIN VÀ TRUYỀN THÔNG</p>
<p>Số: 12/BC-STTTT Kiên Giang, ngày 5 tháng 1 năm 2025</p><p>BÁO CÁO</p>
<p>Kết quả chuyển đổi số năm 2024</p><p>Kính gửi: Ủy ban nhân dân tỉnh.</p>
<p>Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt 61,5%.</p>"""


def _pdf(folder: Path, name: str, body: str) -> Path:
    import weasyprint

    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(weasyprint.HTML(string=f"<html><body>{body}</body></html>").write_pdf())
    return path


def test_add_reads_an_nd30_pdf_shows_what_it_found_and_writes_a_sidecar(workspace: Path, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "in", "bc-2024.pdf", ND30)
    r = runner.invoke(app, ["add", str(pdf), "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    assert "kien-giang" in r.output and "2025-01-05" in r.output and "nội dung văn bản" in r.output
    copy = workspace / "seeds" / "bc-2024.pdf"
    assert copy.read_bytes() == pdf.read_bytes()
    side = (workspace / "seeds" / "bc-2024.pdf.yaml").read_text("utf-8")
    assert 'province: "kien-giang"  # nội dung văn bản' in side and 'period: "2024"' in side
    doc = parse_document(copy)  # what sync reads now comes from the sidecar, and agrees
    assert (doc.province, doc.published, doc.period, doc.origins["province"]) == \
        ("kien-giang", "2025-01-05", "2024", "sidecar")


def test_add_refuses_every_bad_file_at_once_and_copies_nothing(workspace: Path, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "in", "khong-ro.pdf", "<p>Năm 2024, toàn tỉnh có 2.104 trạm BTS đang hoạt động.</p>")
    (tmp_path / "in" / "bang.xls").write_bytes(b"x")
    good = _pdf(tmp_path / "in", "tot.pdf", ND30)
    before = sorted(p.name for p in (workspace / "seeds").iterdir())
    r = runner.invoke(app, ["add", str(good), str(pdf), str(tmp_path / "in" / "bang.xls"), "-w", str(workspace)])
    assert r.exit_code == 2
    assert "khong-ro.pdf: không xác định được tỉnh" in r.output and "bang.xls: định dạng .xls" in r.output
    assert sorted(p.name for p in (workspace / "seeds").iterdir()) == before


def test_add_with_stated_values_then_docs_lists_the_document_and_its_figures(workspace: Path, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "in", "tin.pdf", "<p>Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến "
                                          "đạt 61,5% tổng số hồ sơ.</p>")
    r = runner.invoke(app, ["add", str(pdf), "-p", "Kiên Giang", "--published", "2024-12-30", "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    assert "tham số dòng lệnh" in r.output
    r = runner.invoke(app, ["docs", "-w", str(workspace)], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    assert "tin.pdf" in r.output
    ws = Workspace.at(workspace)
    with pipeline.open_store(ws) as st:
        rows = {d.file: d for d in document_rows(st)}
    row = rows["tin.pdf"]
    assert (row.format, row.pages, row.province, row.published) == ("pdf", 1, "kien-giang", "2024-12-30")
    assert row.origins["province"] == "sidecar" and row.figures >= 1 and row.error is None


@pytest.mark.parametrize(("published", "noted"), [("2024", True), ("2024-03-02", False)])
def test_add_asks_for_the_full_date_of_a_document_dated_by_its_year(workspace: Path, tmp_path: Path,
                                                                    published: str, noted: bool) -> None:
    text = tmp_path / "tin-nam.txt"
    text.write_text("Toàn tỉnh có 2.104 trạm BTS đang hoạt động.\n", "utf-8")
    r = runner.invoke(app, ["add", str(text), "-p", "kien-giang", "--published", published, "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    said = " ".join(r.output.split())
    assert ("tin-nam.txt chỉ có năm ban hành (2024)" in said and "vào tin-nam.txt.yaml nếu biết" in said) is noted
    listed = " ".join(runner.invoke(app, ["docs", "-w", str(workspace)], env={"COLUMNS": "200"}).output.split())
    assert ("1 văn bản chỉ có năm ban hành (tin-nam.txt)" in listed) is noted  # the seeds give full dates


@pytest.mark.parametrize("clash", ["tin.pdf", "tin.txt"])
def test_add_never_overwrites_a_different_document(workspace: Path, tmp_path: Path, clash: str) -> None:
    (workspace / "seeds" / clash).write_text("---\nprovince: kien-giang\npublished: 2024\n---\nCũ.\n", "utf-8")
    pdf = _pdf(tmp_path / "in", "tin.pdf", ND30)
    r = runner.invoke(app, ["add", str(pdf), "-w", str(workspace)])
    assert r.exit_code == 2 and "tin.pdf" in r.output
    assert (workspace / "seeds" / clash).read_text("utf-8").endswith("Cũ.\n")
    assert not (workspace / "seeds" / "tin.pdf.yaml").exists()


def test_a_figure_from_a_pdf_is_cited_with_its_page_in_the_report(workspace: Path, tmp_path: Path) -> None:
    filler = "<p>Đoạn mở đầu không có số liệu về chỉ tiêu nào của tỉnh.</p>" * 60
    pdf = _pdf(tmp_path / "in", "bc.pdf", ND30.replace("<p>Năm 2024", filler + "<p>Năm 2024"))
    assert runner.invoke(app, ["add", str(pdf), "-w", str(workspace)]).exit_code == 0
    r = runner.invoke(app, ["report", "-p", "kien-giang", "--as-of", "2025-06-30", "--format", "html",
                            "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    html = next((workspace / "reports" / "kien-giang").glob("*.html")).read_text("utf-8")
    assert "61,5%" in html and "Kết quả chuyển đổi số năm 2024; 5/1/2025; trang 3" in html


def test_add_writes_every_copy_and_sidecar_or_none(workspace: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk at the second file: no copy, no sidecar, no temporary file is left in seeds/."""
    first = _pdf(tmp_path / "in", "mot.pdf", ND30)
    second = _pdf(tmp_path / "in", "hai.pdf", ND30.replace("12/BC", "13/BC"))
    before = sorted(p.name for p in (workspace / "seeds").iterdir())
    fill_disk_at(monkeypatch, 3)
    r = runner.invoke(app, ["add", str(first), str(second), "-w", str(workspace)])
    assert r.exit_code == 2 and "không tệp nào được ghi" in r.output
    assert sorted(p.name for p in (workspace / "seeds").iterdir()) == before

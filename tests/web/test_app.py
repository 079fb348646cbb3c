"""The web app through Starlette's test client: checks, conflicts, escaping, uploads, and
that the browser and the CLI agree. Effects are checked through the library."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from tracker import pipeline
from tracker.cli import app as cli
from tracker.store.figures import review_items
from tracker.web.app import create_app
from tracker.workspace import Workspace

LOCAL = "http://127.0.0.1"
SCRIPT_DOC = """---
province: kien-giang
published: 2024-12-30
---
Năm 2024, toàn tỉnh có 2.104 trạm BTS <script>alert("x")</script> đang hoạt động.
"""


def client(workspace: Path, **kw: object) -> TestClient:
    return TestClient(create_app(Workspace.at(workspace), **kw), base_url=LOCAL)  # type: ignore[arg-type]


def csrf(page: str) -> str:
    m = re.search(r'"X-CSRF-Token": "([^"]+)"', page) or re.search(r'name="csrf" value="([^"]+)"', page)
    assert m, page[:500]
    return m.group(1)


def _items(workspace: Path) -> dict[str, str]:
    with pipeline.open_store(Workspace.at(workspace)) as st:
        return {i.figure.id: i.state for i in review_items(st)}


def test_every_page_opens(workspace: Path) -> None:
    c = client(workspace)
    for path in ("/", "/?earlier=1", "/p/kien-giang", "/review?province=kien-giang", "/review?state=", "/docs",
                 "/manual", "/reports", "/history?province=kien-giang&indicator=dvc_level4_share"):
        r = c.get(path)
        assert r.status_code == 200, (path, r.text[:300])
        assert "<html lang=\"vi\">" in r.text


def test_a_post_without_its_csrf_token_is_refused_and_changes_nothing(workspace: Path) -> None:
    c = client(workspace)
    page = c.get("/review?province=kien-giang").text
    fid = re.search(r'data-id="([0-9a-f]+)"', page).group(1)  # type: ignore[union-attr]
    r = c.post(f"/review/{fid}", data={"action": "accept", "seen": "0"})
    assert r.status_code == 403 and "CSRF" in r.text
    r = c.post(f"/review/{fid}", data={"action": "accept", "seen": "0", "csrf": "doan-bua"})
    assert r.status_code == 403
    assert _items(workspace)[fid] == "pending"
    r = c.post(f"/review/{fid}", data={"action": "accept", "seen": "0", "csrf": csrf(page)})
    assert r.status_code == 200 and "Đã lưu" in r.text
    assert _items(workspace)[fid] == "accepted"


def test_the_second_of_two_reviewers_is_told_what_changed(workspace: Path) -> None:
    first, second = client(workspace), client(workspace)
    page1, page2 = first.get("/review").text, second.get("/review").text
    fid = re.search(r'data-id="([0-9a-f]+)"', page1).group(1)  # type: ignore[union-attr]
    r = first.post(f"/review/{fid}", data={"action": "reject", "reason": "số cả nước", "seen": "0",
                                           "csrf": csrf(page1)})
    assert r.status_code == 200
    r = second.post(f"/review/{fid}", data={"action": "accept", "seen": "0"},
                    headers={"X-CSRF-Token": csrf(page2), "HX-Request": "true"})
    assert r.status_code == 409 and r.headers["HX-Retarget"] == "#messages"
    assert "kiem-thu đã từ chối số liệu này" in r.text and "số cả nước" in r.text and "chưa được lưu" in r.text
    assert _items(workspace)[fid] == "rejected"  # the first decision stands, nothing overwritten


def test_a_sentence_holding_a_script_stays_text(workspace: Path) -> None:
    (workspace / "seeds" / "tin-script.txt").write_text(SCRIPT_DOC, "utf-8")
    c = client(workspace)
    page = c.get("/review?province=kien-giang&state=").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page and "<script>alert" not in page
    doc = c.get("/docs/tin-script").text
    assert "&lt;script&gt;" in doc and "<script>alert" not in doc


def test_an_upload_never_writes_outside_seeds(workspace: Path) -> None:
    c = client(workspace)
    token = csrf(c.get("/docs").text)
    files = [("files", ("../../ra-ngoai.txt", SCRIPT_DOC.encode(), "text/plain"))]
    r = c.post("/docs/upload", data={"csrf": token}, files=files, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/docs?added=ra-ngoai.txt"
    assert (workspace / "seeds" / "ra-ngoai.txt").exists() and not (workspace.parent / "ra-ngoai.txt").exists()
    bad = [("files", ("bang.exe", b"MZ", "application/octet-stream"))]
    r = c.post("/docs/upload", data={"csrf": token}, files=bad)
    assert r.status_code == 400 and "định dạng .exe" in r.text
    assert not (workspace / "seeds" / "bang.exe").exists()


def test_a_report_file_is_served_only_by_its_own_name(workspace: Path) -> None:
    c = client(workspace)
    token = csrf(c.get("/reports").text)
    r = c.post("/reports", data={"csrf": token, "province": "kien-giang", "as_of": "2026-11-22",
                                 "formats": ["pdf", "html"]}, follow_redirects=False)
    assert r.status_code == 303
    pdf = c.get("/reports/kien-giang/bao-cao-2026-11-22.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF") and "attachment" in pdf.headers[
        "content-disposition"]
    for path in ("/reports/kien-giang/..%2F..%2Ftargets.yaml", "/reports/kien-giang/targets.yaml",
                 "/reports/..%2F/bao-cao-2026-11-22.pdf", "/reports/kien-giang/bao-cao-2026-11-23.pdf"):
        assert c.get(path).status_code == 404, path


def test_the_browser_and_the_cli_give_the_same_statuses(workspace: Path) -> None:
    # before the 2025 merger Kiên Giang is one of the units the dashboard lists
    r = CliRunner().invoke(cli, ["status", "-p", "kien-giang", "--as-of", "2025-06-30", "--format", "json",
                                 "-w", str(workspace)])
    assert r.exit_code == 0, r.output
    counts: dict[str, int] = {}
    for row in json.loads(r.output):
        counts[row["status"]] = counts.get(row["status"], 0) + 1
    page = client(workspace).get("/?as_of=2025-06-30").text
    row = re.search(r'<tr data-province="kien-giang">(.*?)</tr>', page, re.S).group(1)  # type: ignore[union-attr]
    shown = {code: int(n) for code, n in re.findall(r'<td class="n status-(\w+)">(\d+)</td>', row)}
    assert sum(shown.values()) == sum(counts.values()) == 16
    assert {k: v for k, v in shown.items() if v} == counts


def test_off_this_computer_a_password_and_a_login_are_needed(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKER_PASSWORD", raising=False)
    r = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "-w", str(workspace)])
    assert r.exit_code == 2 and "TRACKER_PASSWORD" in r.output
    c = TestClient(create_app(Workspace.at(workspace), host="0.0.0.0", password="mat-khau"), base_url="https://x")
    r = c.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login"
    token = csrf(c.get("/login").text)
    assert c.post("/login", data={"csrf": token, "name": "lan", "password": "sai"}).status_code == 401
    r = c.post("/login", data={"csrf": token, "name": "lan", "password": "mat-khau"}, follow_redirects=False)
    assert r.status_code == 303 and "secure" in r.headers["set-cookie"].lower()
    assert c.get("/").status_code == 200


def test_a_request_for_another_host_name_is_refused_on_loopback(workspace: Path) -> None:
    c = client(workspace)
    assert c.get("/", headers={"Host": "evil.example"}).status_code == 400


def test_manual_figures_by_form_and_a_sheet_with_a_bad_row_adds_nothing(workspace: Path) -> None:
    from tracker.store.figures import manual_figures

    c = client(workspace)
    token = csrf(c.get("/manual").text)
    r = c.post("/manual", data={"csrf": token, "province": "kien-giang", "indicator": "stations_5g", "value": "42",
                                "as_of": "2026-06-30", "source": "Công văn số 12/STTTT"}, follow_redirects=False)
    assert r.status_code == 303
    sheet = ("province,indicator,value,as_of,source\n"
             "kien-giang,bts_count,2104,2026-06-30,Công văn 13\n"
             "kien-giang,khong-co,5,2026-06-30,Công văn 14\n").encode()
    r = c.post("/manual/import", data={"csrf": token}, files=[("file", ("so-lieu.csv", sheet, "text/csv"))])
    assert r.status_code == 400 and "so-lieu.csv:3" in r.text and "khong-co" in r.text
    assert "tracker-import-" not in r.text  # the upload's own name, not the temporary file's path
    with pipeline.open_store(Workspace.at(workspace)) as st:
        rows = [(o.indicator, o.value, o.source) for o in manual_figures(st)]
    assert rows == [("stations_5g", 42, "Công văn số 12/STTTT")]  # the form's figure; none of the sheet's


def test_a_body_past_the_limit_is_refused_even_without_a_length(workspace: Path, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    from tracker.web import app as web

    monkeypatch.setattr(web, "MAX_UPLOAD_BYTES", 1000)
    c = client(workspace)
    token = csrf(c.get("/docs").text)

    def chunks():  # type: ignore[no-untyped-def]  # streamed: no Content-Length header
        yield f"--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n".encode()
        yield b"--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n" + b"x" * 5000
        yield b"\r\n--b--\r\n"

    r = c.post("/docs/upload", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert r.status_code == 413
    assert not (workspace / "seeds" / "a.txt").exists()


def test_serve_on_a_port_in_use_is_one_message(workspace: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = CliRunner().invoke(cli, ["serve", "--port", str(port), "-w", str(workspace)])
    assert r.exit_code == 2 and f"127.0.0.1:{port}" in r.output and "--port" in r.output


def test_the_document_list_says_in_vietnamese_where_each_value_came_from(workspace: Path) -> None:
    (workspace / "seeds" / "tin-khong-dau.txt").write_text("Năm 2024, toàn tỉnh có 2.104 trạm BTS đang hoạt động.\n",
                                                         "utf-8")
    (workspace / "seeds" / "tin-khong-dau.txt.yaml").write_text("province: kien-giang\npublished: 2024-12-30\n",
                                                              "utf-8")
    page = client(workspace).get("/docs").text
    row = re.search(r'<tr data-doc="tin-khong-dau">(.*?)</tr>', page, re.S).group(1)  # type: ignore[union-attr]
    assert "văn bản" in row and "tệp kèm .yaml" in row and "sidecar" not in row


def test_a_report_date_far_ahead_is_refused_in_the_browser_as_in_the_cli(workspace: Path) -> None:
    c = client(workspace)
    token = csrf(c.get("/reports").text)
    r = c.post("/reports", data={"csrf": token, "province": "kien-giang", "as_of": "9999-12-31",
                                 "formats": ["html"]})
    assert r.status_code == 400 and "quá xa trong tương lai" in r.text
    assert not (workspace / "reports").exists()
    assert c.get("/?as_of=9999-12-31").status_code == 400


def test_a_correction_is_read_the_vietnamese_way(workspace: Path) -> None:
    c = client(workspace)
    page = c.get("/review?state=").text
    with pipeline.open_store(Workspace.at(workspace)) as st:
        fid = next(i.figure.id for i in review_items(st) if i.figure.unit == "count")
    r = c.post(f"/review/{fid}", data={"action": "correct", "value": "1.200", "reason": "theo công văn",
                                       "seen": "0", "csrf": csrf(page)})
    assert r.status_code == 200, r.text
    with pipeline.open_store(Workspace.at(workspace)) as st:
        review = next(i.review for i in review_items(st) if i.figure.id == fid)
    assert review is not None and review.value == 1200  # not 1.2


def test_a_report_made_in_the_browser_names_its_unreviewed_figures(workspace: Path) -> None:
    c = client(workspace)
    token = csrf(c.get("/reports").text)
    r = c.post("/reports", data={"csrf": token, "province": "kien-giang", "as_of": "2026-11-22", "formats": ["html"]})
    assert r.status_code == 200
    notice = re.search(r'<p class="unreviewed" id="unreviewed">(.*?)</p>', r.text, re.S)
    assert notice is not None and "3 số liệu" in notice.group(1) and "[1], [2], [3]" in notice.group(1)
    assert 'href="/review?province=kien-giang&amp;state=pending"' in notice.group(1)
    assert 'id="waiting"' not in r.text  # no figure of a target waits for a person


def test_a_report_made_in_the_browser_names_the_targets_whose_figures_wait(workspace: Path) -> None:
    (workspace / "seeds" / "kien-giang-2026-5g.txt").write_text(
        "---\nprovince: kien-giang\npublished: 2026-10-01\ntitle: Hạ tầng 5G\n---\n"
        "Hạ tầng 5G của tỉnh\nToàn tỉnh có 120 trạm 5G.\nMạng 5G tiếp tục mở rộng.\n"
        "Theo Sở, tỉnh có 150 trạm 5G phục vụ người dân.\n", "utf-8")
    targets = workspace / "targets.yaml"  # a title may hold any sign, even the one a list would be joined with
    targets.write_text(targets.read_text("utf-8").replace('"Triển khai mạng di động 5G"',
                                                          '"Triển khai mạng di động 5G | giai đoạn 1"'), "utf-8")
    c = client(workspace)
    token = csrf(c.get("/reports").text)
    r = c.post("/reports", data={"csrf": token, "province": "kien-giang", "as_of": "2026-11-22", "formats": ["html"]})
    notice = re.search(r'<p class="unreviewed" id="waiting">(.*?)</p>', r.text, re.S)
    assert notice is not None and "Triển khai mạng di động 5G | giai đoạn 1." in notice.group(1)
    assert 'href="/review?province=kien-giang&amp;state=pending"' in notice.group(1)


def test_an_upload_that_needs_its_province_says_so_in_the_forms_words(workspace: Path) -> None:
    c = client(workspace)
    token = csrf(c.get("/docs").text)
    r = c.post("/docs/upload", data={"csrf": token},
               files=[("files", ("tin.txt", "Toàn tỉnh có 1.200 trạm BTS.".encode(), "text/plain"))])
    text = re.sub(r"\s+", " ", r.text)
    assert r.status_code == 400 and "tin.txt: không xác định được tỉnh" in text
    assert "tracker-upload-" not in text and "điền Tỉnh và Ngày ban hành ở biểu mẫu" in text
    r = c.post("/docs/upload", data={"csrf": token, "province": "kien-giang", "published": "2024-05-01"},
               files=[("files", ("tin.txt", "Toàn tỉnh có 1.200 trạm BTS.".encode(), "text/plain"))],
               follow_redirects=False)
    assert r.status_code == 303 and (workspace / "seeds" / "tin.txt.yaml").exists()


def test_the_review_page_says_which_figure_was_read_from_concepts(workspace: Path) -> None:
    (workspace / "seeds" / "kien-giang-2026-hs.txt").write_text(
        "---\nprovince: kien-giang\npublished: 2026-10-01\ntitle: Cải cách hành chính\n---\n"
        "Về hồ sơ, 62% được tiếp nhận trực tuyến.\n", "utf-8")
    page = client(workspace).get("/review?province=kien-giang&state=").text
    rows = re.findall(r'<tr id="f-[^"]+".*?</tr>', page, re.S)
    noted = [r for r in rows if "đọc theo khái niệm" in r]
    assert len(noted) == 1 and "Về hồ sơ, 62% được tiếp nhận trực tuyến." in noted[0]


def test_the_review_page_sums_up_the_reviewers_verdicts_as_the_library_does(workspace: Path) -> None:
    from tracker.store.verdicts import verdicts

    c = client(workspace)
    page = c.get("/review?province=kien-giang").text
    assert "Kết quả duyệt" not in page  # nothing reviewed yet
    fid = re.search(r'data-id="([0-9a-f]+)"', page).group(1)  # type: ignore[union-attr]
    r = c.post(f"/review/{fid}", data={"action": "reject", "reason": "số của cả khu vực", "seen": "0",
                                       "csrf": csrf(page)})
    assert r.status_code == 200, r.text[:300]
    summary = re.search(r"<summary>(.*?)</summary>", c.get("/review?province=kien-giang").text, re.S)
    assert summary, "no summary of the verdicts"
    with pipeline.open_store(Workspace.at(workspace)) as st:
        v = verdicts(st, "kien-giang")
    text = " ".join(summary.group(1).split())
    assert "Kết quả duyệt: 1 số liệu đã duyệt, đúng 0, sai năm 0, sai 1." in text
    admitted = f"({v.admitted.value_right}/{v.admitted.reviewed})"
    assert admitted in text and admitted in ("(0/1)", "(0/0)")

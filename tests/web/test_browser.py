"""End to end in a real browser: Playwright drives Debian's Chromium against `tracker serve`
(the app on a free port, in a thread). What the clicks did is checked through the library."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.conftest import copy_workspace
from tracker import pipeline
from tracker.store.figures import figures, review_items
from tracker.web.app import create_app
from tracker.workspace import Workspace

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
NEW_DOC = """---
province: kien-giang
published: 2025-01-10
title: "Tin tải lên"
---
Đến hết năm 2024, toàn tỉnh có 2.345 trạm BTS và 120 trạm 5G đang phát sóng.
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    ws = copy_workspace(tmp_path_factory.mktemp("web") / "ws")
    port = _free_port()
    app = create_app(Workspace.at(ws))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ws
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()


def _states(ws: Path) -> dict[str, str]:
    with pipeline.open_store(Workspace.at(ws)) as st:
        return {i.figure.id: i.state for i in review_items(st)}


def test_dashboard_lists_the_provinces_with_their_statuses(server: tuple[str, Path], page: Page) -> None:
    url, _ = server
    page.goto(url + "/?as_of=2025-06-30")
    row = page.locator('tr[data-province="kien-giang"]')
    expect(row).to_contain_text("Kiên Giang")
    page.click('tr[data-province="kien-giang"] a')
    expect(page.locator("h1")).to_contain_text("Kiên Giang")
    expect(page.locator("table.grid tbody tr")).to_have_count(16)


def test_review_accept_reject_correct_then_the_report_uses_them(server: tuple[str, Path], page: Page) -> None:
    url, ws = server
    page.goto(url + "/review?province=kien-giang&state=pending")
    rows = page.locator("tr.figure")
    ids = [rows.nth(i).get_attribute("data-id") for i in range(3)]
    first, second, third = (page.locator(f'tr[data-id="{i}"]') for i in ids)
    first.locator("button.accept").click()
    expect(page.locator(f'tr[data-id="{ids[0]}"] .saved')).to_be_visible()
    second.locator("input.reason").fill("số liệu của cả nước")
    second.locator("button.reject").click()
    expect(page.locator(f'tr[data-id="{ids[1]}"]')).to_contain_text("từ chối")
    third.locator("input.fix-value").fill("99")
    third.locator("input.reason").fill("theo công văn 45/STTTT")
    third.locator("button.correct").click()
    expect(page.locator(f'tr[data-id="{ids[2]}"]')).to_contain_text("đã sửa")
    states = _states(ws)
    assert [states[i] for i in ids] == ["accepted", "rejected", "corrected"]  # type: ignore[index]
    with pipeline.open_store(Workspace.at(ws)) as st:
        used = {o.id: o for o in figures(st, "kien-giang")}
    assert ids[1] not in used and used[ids[2]].value == 99 and used[ids[2]].origin == "corrected"  # type: ignore[index]


def test_the_keyboard_path(server: tuple[str, Path], page: Page) -> None:
    url, ws = server
    page.goto(url + "/review?province=kien-giang&state=pending")
    target = page.locator("tr.figure").nth(1).get_attribute("data-id")
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("a")
    expect(page.locator(f'tr[data-id="{target}"] .saved')).to_be_visible()
    assert _states(ws)[target] == "accepted"  # type: ignore[index]
    page.keyboard.press("j")
    nxt = page.evaluate("document.activeElement.dataset.id")
    page.keyboard.press("r")
    page.keyboard.type("trùng số")
    page.keyboard.press("Enter")
    expect(page.locator(f'tr[data-id="{nxt}"]')).to_contain_text("từ chối")
    assert _states(ws)[nxt] == "rejected"


def test_upload_a_document_and_see_its_figures(server: tuple[str, Path], page: Page, tmp_path: Path) -> None:
    url, ws = server
    doc = tmp_path / "tin-tai-len.txt"
    doc.write_text(NEW_DOC, "utf-8")
    page.goto(url + "/docs")
    page.set_input_files("#upload input[type=file]", str(doc))
    page.click("#upload button")
    expect(page.locator(".ok")).to_contain_text("tin-tai-len.txt")
    row = page.locator('tr[data-doc="tin-tai-len"]')
    expect(row).to_contain_text("kien-giang")
    assert int(row.locator("td.n").inner_text()) == 2
    assert (ws / "seeds" / "tin-tai-len.txt").read_text("utf-8") == NEW_DOC


def test_make_a_report_see_it_and_download_the_pdf(server: tuple[str, Path], page: Page) -> None:
    url, ws = server
    page.goto(url + "/reports?province=kien-giang")
    page.select_option("#make select[name=province]", "kien-giang")
    page.fill('#make input[name=as_of]', "2025-06-30")
    page.click("#make button")
    expect(page.locator("iframe.preview")).to_be_visible()
    with page.expect_download() as info:
        page.click('#files a[href$="bao-cao-2025-06-30.pdf"]')
    saved = Path(info.value.path())
    assert saved.read_bytes().startswith(b"%PDF")
    assert saved.read_bytes() == (ws / "reports" / "kien-giang" / "bao-cao-2025-06-30.pdf").read_bytes()


def test_a_post_without_the_token_is_refused(server: tuple[str, Path], page: Page) -> None:
    url, ws = server
    before = _states(ws)
    fid = next(iter(before))
    r = page.request.post(url + f"/review/{fid}", form={"action": "accept", "seen": "0"})
    assert r.status == 403 and _states(ws) == before


def test_screenshots_of_dashboard_and_review(server: tuple[str, Path], page: Page, tmp_path: Path) -> None:
    """The pages render to pictures in a real browser (scripts/screenshots.py makes the ones in docs/)."""
    url, _ = server
    page.goto(url + f"/?as_of={date(2025, 6, 30).isoformat()}")
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=False)
    page.goto(url + "/review?province=kien-giang&state=")
    page.screenshot(path=str(tmp_path / "review.png"), full_page=False)
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000 and (tmp_path / "review.png").stat().st_size > 10_000


def test_a_document_opens_at_its_figure(server: tuple[str, Path], page: Page) -> None:
    url, _ = server
    page.goto(url + "/review?province=kien-giang&state=")
    href = page.locator("a.open").last.get_attribute("href")
    page.goto(url + str(href))
    mark = page.locator("mark#quote")
    expect(mark).not_to_be_empty()
    expect(mark).to_be_in_viewport()

"""Pictures of the web workspace for docs/: the dashboard and the review queue, taken by
Playwright in Debian's Chromium on a copy of this repository's workspace.

    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import copy_workspace  # noqa: E402
from tracker.web.app import create_app  # noqa: E402
from tracker.workspace import Workspace  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ws = copy_workspace(Path(tmp) / "ws")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(Workspace.at(ws)), host="127.0.0.1", port=port,
                                               log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium")
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(url + "/?as_of=2025-06-30")
            page.screenshot(path=str(ROOT / "docs" / "web-dashboard.png"))
            page.goto(url + "/review?province=kien-giang&state=")
            page.keyboard.press("j")
            page.screenshot(path=str(ROOT / "docs" / "web-review.png"))
            browser.close()
        server.should_exit = True


if __name__ == "__main__":
    main()

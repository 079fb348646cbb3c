"""`tracker serve`: the browser workspace on this computer (or, with a password, a network)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from tracker.cli.common import WorkspaceOpt, app, err, out, user_errors, workspace
from tracker.i18n import msg


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Địa chỉ lắng nghe; khác 127.0.0.1 thì cần TRACKER_PASSWORD.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Cổng.")] = 8765,
    open_browser: Annotated[bool, typer.Option("--open", help="Mở trình duyệt.")] = False,
    workspace_dir: WorkspaceOpt = None,
) -> None:
    """Mở không gian làm việc trên trình duyệt: tổng quan, duyệt số liệu bên cạnh văn bản, báo cáo."""
    import uvicorn

    from tracker.web.app import create_app
    from tracker.web.security import check_exposure, check_port

    password = os.environ.get("TRACKER_PASSWORD") or None
    with user_errors():
        check_exposure(host, password)
        check_port(host, port)
        ws = workspace(workspace_dir)
        application = create_app(ws, host=host, password=password, secret=os.environ.get("TRACKER_SECRET"))
    address = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    out.print(f"Không gian làm việc {ws.root} tại {address} (Ctrl+C để dừng)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(msg("Lưu ý:") + " " + msg("đang mở ra mạng; hãy đặt sau HTTPS (cookie phiên chỉ gửi qua HTTPS)."))
    if open_browser:
        import webbrowser

        webbrowser.open(address)
    uvicorn.run(application, host=host, port=port, log_level="warning")

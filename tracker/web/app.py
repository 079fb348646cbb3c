"""The ASGI application of `tracker serve`: routes, sessions, checks, templates.

Starlette because it is small, typed and maintained, with sessions, uploads and a test
client built in; uvicorn serves it. Pages are Jinja2 with autoescape (a document sentence
holding `<script>` stays text); htmx (shipped in `static/`, no CDN) swaps the parts that
change. Handlers live in `pages` (what is shown) and `actions` (what is changed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from tracker.errors import UserError
from tracker.web import actions, pages
from tracker.web.context import form_of, render
from tracker.web.security import CSRF_FIELD, CSRF_HEADER, is_loopback, new_token, same
from tracker.workspace import Workspace

STATIC = Path(__file__).parent / "static"
MAX_UPLOAD_BYTES = 100 * 1024 * 1024
_OPEN = {"/login", "/static"}


def create_app(ws: Workspace, *, host: str = "127.0.0.1", password: str | None = None,
               secret: str | None = None) -> Starlette:
    """The workspace app for `ws`. Off loopback, `password` is required (checked by the CLI)."""
    loopback = is_loopback(host)
    env = Environment(loader=PackageLoader("tracker.web", "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    routes = [
        Route("/", pages.dashboard), Route("/p/{slug}", pages.province),
        Route("/review", pages.review), Route("/review/{fid}", actions.review, methods=["POST"]),
        Route("/docs", pages.documents), Route("/docs/upload", actions.upload, methods=["POST"]),
        Route("/docs/{doc}", pages.document),
        Route("/manual", pages.manual), Route("/manual", actions.manual, methods=["POST"]),
        Route("/manual/import", actions.import_sheet, methods=["POST"]),
        Route("/reports", pages.reports), Route("/reports", actions.make, methods=["POST"]),
        Route("/reports/{slug}/{name}", pages.download),
        Route("/history", pages.history),
        Route("/login", login, methods=["GET", "POST"]), Route("/logout", logout, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    hosts = ["127.0.0.1", "localhost", "[::1]"] if loopback else ["*"]
    middleware = [
        Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
        Middleware(SessionMiddleware, secret_key=secret or new_token(), session_cookie="tracker_session",
                   same_site="strict", https_only=not loopback, max_age=12 * 3600),
        Middleware(_Guard),  # innermost: runs once the session is loaded
    ]
    app = Starlette(routes=routes, middleware=middleware, exception_handlers={UserError: _user_error})
    app.state.ws = ws
    app.state.env = env
    app.state.password = password
    app.state.loopback = loopback
    return app


class _Guard:
    """Login (off loopback) and the CSRF token on every state-changing request."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        receive = _Limited(receive)  # a body without Content-Length (chunked) is counted as it comes
        request = Request(scope, receive)
        session = scope["session"]
        session.setdefault("csrf", new_token())
        state = request.app.state
        path = scope["path"]
        if not state.loopback and not session.get("user") and not any(path.startswith(p) for p in _OPEN):
            await RedirectResponse("/login", status_code=303)(scope, receive, send)
            return
        if scope["method"] == "POST":
            length = int(request.headers.get("content-length") or 0)
            if length > MAX_UPLOAD_BYTES:
                await PlainTextResponse("Tệp tải lên quá lớn (tối đa 100 MB).", 413)(scope, receive, send)
                return
            token = request.headers.get(CSRF_HEADER)
            if token is None:
                try:
                    form = await request.form(max_files=50, max_fields=100)
                except _TooLarge:
                    await PlainTextResponse("Tệp tải lên quá lớn (tối đa 100 MB).", 413)(scope, receive, send)
                    return
                token = form.get(CSRF_FIELD)  # type: ignore[assignment]
                scope["tracker.form"] = form
            if not same(str(token or ""), session["csrf"]):
                await PlainTextResponse("Yêu cầu bị từ chối: thiếu hoặc sai mã CSRF; tải lại trang.", 403)(
                    scope, receive, send)
                return
        await self.app(scope, receive, send)


class _TooLarge(Exception):
    """The request body passed MAX_UPLOAD_BYTES."""


class _Limited:
    """`receive` that stops a request body at MAX_UPLOAD_BYTES, however it is sent."""

    def __init__(self, receive: Any) -> None:
        self.receive = receive
        self.seen = 0

    async def __call__(self) -> Any:
        message = await self.receive()
        if message["type"] == "http.request":
            self.seen += len(message.get("body", b""))
            if self.seen > MAX_UPLOAD_BYTES:
                raise _TooLarge
        return message


async def _user_error(request: Request, exc: Exception) -> Response:
    """A UserError is shown where the person acted: in the page's message area (htmx) or a page."""
    assert isinstance(exc, UserError)
    status = 409 if type(exc).__name__ == "ReviewConflict" else 400
    if request.headers.get("hx-request"):
        response = render(request, "_message.html.j2", status, error=exc)
        response.headers["HX-Retarget"] = "#messages"
        response.headers["HX-Reswap"] = "innerHTML"
        return response
    return render(request, "error.html.j2", status, error=exc)


async def login(request: Request) -> Response:
    state = request.app.state
    if request.method == "GET":
        return render(request, "login.html.j2")
    form = await form_of(request)
    name = str(form.get("name") or "").strip()
    if not name or not same(str(form.get("password") or ""), state.password):
        return render(request, "login.html.j2", 401, failed=True, name=name)
    request.session.clear()
    request.session.update(user=name[:60], csrf=new_token())
    return RedirectResponse("/", status_code=303)


async def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login" if not request.app.state.loopback else "/", status_code=303)

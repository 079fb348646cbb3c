"""What every handler of the web app shares: the workspace, the person, the form, rendering."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from functools import partial
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from tracker.store.db import current_user
from tracker.workspace import Workspace


async def form_of(request: Request) -> Any:
    """The request's form (read once, by the guard when it looked for the token)."""
    return request.scope.get("tracker.form") or await request.form(max_files=50, max_fields=100)


def user(request: Request) -> str:
    """Who acts: the login name given at sign-in, or the OS user on this computer."""
    return str(request.session.get("user") or current_user())


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    state = request.app.state
    html = state.env.get_template(template).render(
        request=request, csrf=request.session.get("csrf", ""), user=user(request), loopback=state.loopback,
        today=date.today().isoformat(), **context)
    return HTMLResponse(html, status_code=status)


def workspace(request: Request) -> Workspace:
    ws: Workspace = request.app.state.ws
    return ws


def run_sync(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Awaitable[Any]:
    """Run blocking library work (SQLite, WeasyPrint) in a worker thread."""
    from starlette.concurrency import run_in_threadpool

    return run_in_threadpool(partial(fn, *args, **kwargs))

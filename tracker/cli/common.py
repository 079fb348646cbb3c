"""What every command shares: the app, the consoles, the options, and error handling.

User errors print one located message with a hint and exit with status 2; bugs keep
their traceback. A progress bar shows only on a terminal, never in piped output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from tracker.errors import UserError
from tracker.i18n import LANGS, msg, set_lang

if TYPE_CHECKING:
    from tracker.store.db import Store
    from tracker.workspace import Workspace

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,  # plain help: 40 ms less
                  help="Theo dõi chỉ tiêu thông tin và truyền thông của tỉnh và lập báo cáo.")
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
_state: dict[str, Path | None] = {"db": None}


@app.callback()
def _root(
    db: Annotated[Path | None, typer.Option("--db", help="Tệp cơ sở dữ liệu số liệu (mặc định tracker.db "
                                                           "trong thư mục làm việc, hoặc $TRACKER_DB).")] = None,
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Ngôn ngữ thông báo: vi (mặc định) hoặc en; báo cáo luôn bằng tiếng Việt. Hoặc $TRACKER_LANG.",
    )] = None,
) -> None:
    _state["db"] = db.resolve() if db else None
    if lang is not None and lang not in LANGS:
        err.print(msg("Lỗi:") + " " + msg("--lang phải là vi hoặc en (không phải '{value}').", value=lang))
        raise typer.Exit(2)
    set_lang(lang)


WorkspaceOpt = Annotated[
    Path | None, typer.Option("--workspace", "-w", help="Thư mục làm việc (mặc định: tìm từ thư mục hiện tại).")
]
WorkersOpt = Annotated[int, typer.Option("--workers", "-j", min=1, help="Số tiến trình trích xuất song song.")]
StrictOpt = Annotated[bool, typer.Option(
    "--strict", help="Văn bản lỗi là lỗi (thoát mã 2, không ghi kết quả), không chỉ cảnh báo.")]
ProvinceOpt = Annotated[str, typer.Option("--province", "-p", help="Tỉnh, ví dụ kien-giang.")]


def workspace(path: Path | None) -> Workspace:
    from tracker.workspace import Workspace

    return Workspace.at(path, _state["db"]) if path else Workspace.find(store_path=_state["db"])




def fail(exc: UserError) -> NoReturn:
    err.print(f"[bold red]{msg('Lỗi:')}[/] {escape(exc.message)}", markup=True, soft_wrap=True)
    if exc.hint:
        err.print(f"{msg('Gợi ý:')} {exc.hint}", soft_wrap=True, markup=False)
    raise typer.Exit(2)


@contextmanager
def user_errors() -> Iterator[None]:
    """Run a command body; a UserError becomes the located message and exit status 2."""
    try:
        yield
    except UserError as exc:
        fail(exc)


@contextmanager
def progress(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress callback drawing a bar on a terminal; None when output is piped."""
    if not err.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("work", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


@contextmanager
def open_workspace_store(workspace_dir: Path | None, *, synced: bool = False,
                         workers: int = 1) -> Iterator[tuple[Store, Workspace]]:
    """The workspace's store; brought up to date with seeds/ first (warning about bad files) when `synced`."""
    from tracker import pipeline
    from tracker.extract.catalog import load_catalog

    ws = workspace(workspace_dir)
    with pipeline.open_store(ws) as st:
        if synced:
            with progress(msg("Đọc văn bản")) as tick:
                result = pipeline.update_store(ws, load_catalog(ws.catalog), st, workers=workers, progress=tick)
            warn_problems(result.problems)
        yield st, ws


def warn_problems(problems: list[Any]) -> None:
    for p in problems:
        err.print(f"[yellow]{msg('Cảnh báo:')}[/] " + escape(msg("bỏ qua {doc}: {reason}", doc=p.doc, reason=p.reason)),
                  soft_wrap=True)

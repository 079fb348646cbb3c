"""The `tracker` command: a thin shell over the library.

`core` holds report, status, extract, eval and the workspace checks; `documents` adds
source files and lists them; `store` holds the commands over the figures store (review,
actual, history, export, db); `provinces` the registry and the comparison between provinces;
`web` serves the browser workspace.
"""

from tracker.cli import core, documents, provinces, store, web  # noqa: F401  (importing registers the commands)
from tracker.cli.common import app
from tracker.i18n import msg

__all__ = ["app", "main"]


def main(args: list[str] | None = None) -> None:
    """The `tracker` command: `app`, with Click's usage errors (an unknown option, a missing or
    bad value) worded in the user's language (tracker.cli.usage). Exits with the status."""
    import sys

    import typer

    command = typer.main.get_command(app)
    try:
        code = command.main(args=args, prog_name="tracker", standalone_mode=False)
    except typer.Abort:
        print(msg("Đã hủy."), file=sys.stderr)
        sys.exit(1)
    except typer.TyperException as exc:  # Click's usage errors
        if not hasattr(exc, "format_message"):
            raise
        from tracker.cli.usage import show

        show(exc)
        sys.exit(getattr(exc, "exit_code", 2))
    sys.exit(code if isinstance(code, int) else 0)

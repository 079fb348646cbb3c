"""The `tracker` command: a thin shell over the library.

`core` holds report, status, extract, eval and the workspace checks; `documents` adds
source files and lists them; `store` holds the commands over the figures store (review,
actual, history, export, db); `provinces` the registry and the comparison between provinces;
`web` serves the browser workspace.
"""

from tracker.cli import core, documents, provinces, store, web  # noqa: F401  (importing registers the commands)
from tracker.cli.common import app

__all__ = ["app", "main"]


def main() -> None:  # pragma: no cover
    app()

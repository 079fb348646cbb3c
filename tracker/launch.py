"""The `tracker` command's entry point: what has to happen before the CLI is imported.

A single PDF report starts its WeasyPrint child here (`tracker.report.pdf`), before Typer,
Rich and the command modules are imported: that tenth of a second, and tracker's own work
after it, is time the child spends loading WeasyPrint instead of time the user waits.

The arguments are only glanced at, not parsed (Typer parses them next): a wrong guess
costs a child that is killed unused, or a report rendered without the head start, never a
different result.
"""

from __future__ import annotations

import sys


def main() -> None:
    if not wants_one_pdf(sys.argv[1:]):
        _run()  # --help and every other command: not even the PDF module is imported
        return
    from tracker.report.pdf import early_renderer

    with early_renderer():
        _run()


def _run() -> None:
    from tracker.cli import main

    main()


def wants_one_pdf(args: list[str]) -> bool:
    """Whether `args` look like one province's report that includes a PDF (the default)."""
    if "report" not in args or {"--all", "--help", "-h"} & set(args):
        return False
    for i, arg in enumerate(args):
        if arg == "--format":
            return i + 1 < len(args) and "pdf" in args[i + 1].lower()
        if arg.startswith("--format="):
            return "pdf" in arg.lower()
    return True

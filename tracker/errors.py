"""Exceptions raised by tracker.

The hierarchy separates what the user can fix (bad input: exit status 2, one located
message, no traceback) from what is a bug (anything else keeps its traceback)::

    TrackerError
    ├── UserError                 the user can fix it; the CLI exits with status 2
    │   ├── WorkspaceError        no workspace, missing folder, unwritable reports/
    │   ├── ProvinceError         unknown province slug (with a suggestion)
    │   ├── ConfigError           targets.yaml / catalog invalid (all problems at once)
    │   ├── DocumentError         one source document cannot be read
    │   └── StoreError            tracker.db is corrupt, newer, locked, or a review names no figure
    └── RenderError               the report could not be rendered
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.i18n import msg


class TrackerError(Exception):
    """Base of every error tracker raises on purpose."""


class UserError(TrackerError):
    """An error in the user's input; shown as one message with a hint, exit status 2."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{msg('Gợi ý:')} {self.hint}"


class WorkspaceError(UserError):
    """The workspace (targets.yaml, seeds/, reports/) is missing or unusable."""


class ProvinceError(UserError):
    """A province slug or alias that the registry does not know."""


@dataclass(frozen=True)
class Problem:
    """One located problem in a configuration file."""

    path: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class ConfigError(UserError):
    """A configuration file is invalid; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem], hint: str | None = None) -> None:
        self.problems = problems
        count = len(problems)
        head = msg("{count} lỗi trong {path}:", count=count, path=problems[0].path) if problems else \
            msg("Cấu hình không hợp lệ.")
        body = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{head}\n{body}", hint)


class DocumentError(UserError):
    """A source document that cannot be read; the others still go through."""

    def __init__(self, doc: str, reason: str) -> None:
        self.doc = doc
        self.reason = reason
        super().__init__(f"{doc}: {reason}")

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # Worker processes send these back to the parent; pickle the constructor's arguments.
        return (DocumentError, (self.doc, self.reason))


class StoreError(UserError):
    """The figures store cannot be used as asked (corrupt, newer schema, unknown figure id)."""


class RenderError(TrackerError):
    """The report could not be rendered (template or PDF engine failure)."""

"""Messages in Vietnamese (the default) or English (`tracker --lang en`, or TRACKER_LANG=en).

Vietnamese is the source text: a message is written in Vietnamese where it is raised, as a
template passed to `msg()`, so the code reads like what the user sees. The English text lives
in one table, tracker/messages_en.py, keyed by that template and loaded only by an English run;
a template without an English entry falls back to Vietnamese rather than to nothing (a test
checks that every template has one). The reports themselves are always Vietnamese: they are
official documents.

Covered: every user error, its message and its hint (a test refuses a user error built from a
literal instead of `msg()`): the command line's options and dates, the workspace, targets.yaml
and indicators.yaml (every problem, with its place), the figures store and its reviews, sheet
imports, `tracker add`, rendering, the browser workspace's errors; every document that cannot
be read (the warning naming it, and with --strict the error); the CLI's error, hint, warning
and note lines on stderr, its progress labels, and the failures of `report --all` (worker
processes are given the parent's language). Not covered: normal output on stdout (tables,
"Đã lập báo cáo ..."), `--help` texts, the browser workspace's pages, and the reports. A
document's problem is stored in tracker.db with its document, in the language of the run that
read it, and is shown in that language until the document is read again.
"""

from __future__ import annotations

import os
from contextvars import ContextVar

LANGS = ("vi", "en")
_lang: ContextVar[str | None] = ContextVar("tracker_lang", default=None)


def set_lang(code: str | None) -> None:
    """Choose the language of messages for this process (None: back to $TRACKER_LANG or vi)."""
    if code is not None and code not in LANGS:
        raise ValueError(code)
    _lang.set(code)


def lang() -> str:
    chosen = _lang.get() or os.environ.get("TRACKER_LANG", "vi")
    return chosen if chosen in LANGS else "vi"


def msg(template: str, /, **params: object) -> str:
    """The message in the current language, with `params` filled in."""
    if lang() == "en":
        from tracker.messages_en import EN  # only an English run loads the table

        template = EN.get(template, template)
    return template.format(**params) if params else template


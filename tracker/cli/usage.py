"""Click's own usage errors (an unknown option, a missing value, a bad number) in Vietnamese.

Typer parses the command line with a copy of Click whose messages are English literals, not
gettext: "No such option: --bogus". A user who typed a wrong option reads the same language
as every other message, so these few message shapes are recognised and reworded here; a
shape not listed is shown as Click wrote it. With --lang en, Click's text is shown as is.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from tracker.i18n import lang, msg

# (Click's message, its Vietnamese wording): tried in order, the first match wins.
_MESSAGES: list[tuple[re.Pattern[str], str]] = [(re.compile(p), v) for p, v in (
    (r"No such option: (?P<name>\S+) \(Possible options: (?P<options>.+)\)$",
     "Không có tùy chọn {name} (có phải: {options}?)."),
    (r"No such option: (?P<name>\S+)$", "Không có tùy chọn {name}."),
    (r"No such command '(?P<name>.*)'\.$", "Không có lệnh '{name}'."),
    (r"Missing command\.$", "Thiếu tên lệnh."),
    (r"Missing option (?P<name>.+?)\.(?: .*)?$", "Thiếu tùy chọn {name}."),
    (r"Missing argument (?P<name>.+?)\.(?: .*)?$", "Thiếu tham số {name}."),
    (r"Option (?P<name>.+?) requires an argument\.$", "Tùy chọn {name} cần một giá trị."),
    (r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)$", "Thừa tham số: {args}."),
    (r"Invalid value for (?P<name>.+?): (?P<detail>.*)$", "Giá trị không hợp lệ cho {name}: {detail}"),
)]

# What Click and pydantic say of a bad value, after "Invalid value for …:".
_DETAILS: list[tuple[re.Pattern[str], str]] = [(re.compile(p), v) for p, v in (
    (r"Input should be a valid integer.*", "cần một số nguyên."),
    (r"Input should be a valid number.*", "cần một số."),
    (r"Input should be greater than or equal to (?P<n>\S+)$", "cần lớn hơn hoặc bằng {n}."),
    (r"Input should be less than or equal to (?P<n>\S+)$", "cần nhỏ hơn hoặc bằng {n}."),
    (r"Input should be greater than (?P<n>\S+)$", "cần lớn hơn {n}."),
    (r"Input should be less than (?P<n>\S+)$", "cần nhỏ hơn {n}."),
    (r"'(?P<value>.*)' is not a valid boolean.*", "'{value}' không phải true hoặc false."),
)]


def reword(message: str) -> str:
    """Click's `message` in the user's language (unchanged in English or when not recognised)."""
    return message if lang() == "en" else _reword(message, _MESSAGES)


def _reword(text: str, table: list[tuple[re.Pattern[str], str]]) -> str:
    """The wording of the first shape of `table` that `text` has; a bad value's detail is
    reworded in turn ("Invalid value for '--port': Input should be a valid integer")."""
    for pattern, wording in table:
        m = pattern.match(text)
        if m:
            fields = {k: _reword(v, _DETAILS) if k == "detail" else v for k, v in m.groupdict().items()}
            return wording.format(**fields)
    return text


def show(exc: Any) -> None:
    """Print a Click usage error as Click would (usage line, where to find help, the error),
    in the user's language. A bare `tracker` is no error to reword: Click prints the help."""
    if type(exc).__name__ == "NoArgsIsHelpError":
        exc.show()
        return
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        usage = ctx.get_usage().replace("Usage:", msg("Cách dùng:"), 1)
        print(usage, file=sys.stderr)
        print(msg("Xem '{command} --help' để biết cách dùng.", command=ctx.command_path), file=sys.stderr)
        print(file=sys.stderr)
    print(msg("Lỗi:") + " " + reword(exc.format_message()), file=sys.stderr)

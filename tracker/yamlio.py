"""YAML loading that remembers where every key and item stood, for located error messages.

ruamel.yaml's round-trip loader keeps line and column of each key and sequence item; we
walk the tree once, record them by path, and hand pydantic plain data. A pydantic error's
`loc` is then looked up (or its nearest parent) to say `targets.yaml:12:5: …`.

The round-trip loader is pure Python and several times slower than the C parser, and
positions only matter when something is wrong; so `read_config` builds from a fast read
first and reads again, carefully, only to locate a problem.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError, RoundTripConstructor, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, ReusedAnchorWarning, YAMLError
from ruamel.yaml.reader import ReaderError

from tracker.errors import ConfigError, Problem
from tracker.i18n import msg
from tracker.text.normalize import nfc

Loc = tuple[int | str, ...]
Positions = dict[Loc, tuple[int, int]]


# A configuration file is a few hundred keys; nested aliases ("billion laughs") would expand
# one into millions of nodes and hold a run for ever. Past this many nodes it is refused.
MAX_NODES = 100_000


class _Budget:
    def __init__(self, path: str) -> None:
        self.left = MAX_NODES
        self.path = path

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise ConfigError([Problem(self.path, None, None, msg(
                "tệp mở rộng thành hơn {n} phần tử (alias lồng nhau?)", n=MAX_NODES))],
                msg("bỏ các alias (*tên) lồng nhau; viết giá trị trực tiếp"))


def _plain(node: Any, loc: Loc, positions: Positions, budget: _Budget | None = None) -> Any:
    if budget is not None:
        budget.spend()
    if isinstance(node, CommentedMap):
        out: dict[Any, Any] = {}
        for k, v in node.items():
            line, col = node.lc.key(k)
            key = nfc(k) if isinstance(k, str) else k
            positions[(*loc, key)] = (line + 1, col + 1)
            out[key] = _plain(v, (*loc, key), positions, budget)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for i, v in enumerate(node):
            line, col = node.lc.item(i)
            positions[(*loc, i)] = (line + 1, col + 1)
            items.append(_plain(v, (*loc, i), positions, budget))
        return items
    if isinstance(node, str):
        return nfc(str(node))
    if isinstance(node, datetime):
        return node.date()
    if isinstance(node, date):
        return node
    return node


class _DatesAsText(RoundTripConstructor):
    """Keep dates as written ("2025-02-30" must reach validation, located, not crash here)."""


_DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str)


class _FastDatesAsText(SafeConstructor):
    """The same reading of values as _DatesAsText, for the C parser."""


_FastDatesAsText.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)

T = TypeVar("T")


def _nfc_tree(node: Any, budget: _Budget) -> Any:
    budget.spend()
    if isinstance(node, dict):
        return {(nfc(k) if isinstance(k, str) else k): _nfc_tree(v, budget) for k, v in node.items()}
    if isinstance(node, list):
        return [_nfc_tree(v, budget) for v in node]
    return nfc(node) if isinstance(node, str) else node


@contextmanager
def _quiet() -> Iterator[None]:
    """A reused anchor ('&a' twice) is valid YAML (an alias takes the latest): no English
    warning on the user's terminal for it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReusedAnchorWarning)
        yield


def read_config(text: str, path: str, build: Callable[[Any, Positions], T]) -> T:
    """`build(data, positions)` on the YAML `text`: first on a fast read without positions;
    when that read or that build fails in any way, again on the careful read, whose
    positions let the ConfigError say file:line:col. `build` must have no side effects.
    Both reads give the same data: dates as written, strings in NFC, duplicate keys refused.
    """
    fast = YAML(typ="safe")
    fast.Constructor = _FastDatesAsText
    try:
        with _quiet():
            loaded = fast.load(text)
        return build(_nfc_tree(loaded, _Budget(path)), {})
    except Exception:  # any problem is found again, and located, by the careful read below
        pass
    data, positions = load_yaml_with_positions(text, path)
    return build(data, positions)


def read_config_text(file: Path) -> str:
    """A configuration file's text: UTF-8 (with or without BOM) or UTF-16 with its BOM; any
    other bytes are one located ConfigError, not a traceback."""
    raw = file.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        good = raw[: exc.start].decode("utf-8-sig", errors="replace")
        line, col = _line_col(good, len(good))
        raise ConfigError([Problem(file.name, line, col, msg(
            "tệp không phải văn bản UTF-8 (byte 0x{byte:02x})", byte=raw[exc.start]))],
            msg("mở tệp bằng trình soạn thảo và lưu lại với mã hóa UTF-8")) from None


# An explicit tag ("!!python/object/apply:os.system", "!include"): configuration is plain data.
_TAG = re.compile(r"(?<![^\s\[{,:-])!{1,2}[A-Za-z][\w/.:-]*")
_QUOTED_OR_COMMENT = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\n]|'')*'|#[^\n]*")


def _refuse_tags(text: str, path: str) -> None:
    bare = _QUOTED_OR_COMMENT.sub(lambda m: " " * len(m.group()), text)
    m = _TAG.search(bare)
    if m:
        line, col = _line_col(text, m.start())
        raise ConfigError([Problem(path, line, col, msg("thẻ YAML không được phép: {tag}", tag=m.group()))],
                          msg("tệp cấu hình chỉ chứa dữ liệu thuần; bỏ thẻ đó"))


def load_yaml_with_positions(text: str, path: str) -> tuple[Any, Positions]:
    """Parse YAML; raise ConfigError with file:line:col on a syntax error or duplicate key."""
    _refuse_tags(text, path)
    yaml = YAML(typ="rt")
    yaml.Constructor = _DatesAsText
    yaml.allow_duplicate_keys = False
    try:
        with _quiet():
            tree = yaml.load(text)
    except DuplicateKeyError as exc:
        mark = exc.problem_mark
        key = str(exc.problem).split('"')[1] if '"' in str(exc.problem) else "?"
        raise ConfigError(
            [Problem(path, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                     msg("khóa '{key}' bị lặp lại", key=key))],
            msg("mỗi khóa chỉ được xuất hiện một lần trong cùng một khối"),
        ) from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        hint = None
        if "\t" in text:
            hint = msg("YAML không cho phép ký tự tab để thụt lề; hãy dùng dấu cách")
        raise ConfigError(
            [Problem(path, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                     msg("lỗi cú pháp YAML: {detail}", detail=exc.problem or exc.context))],
            hint,
        ) from None
    except ReaderError as exc:  # a character YAML does not allow; it gives an offset, not a mark
        line, col = _line_col(text, exc.position)
        raise ConfigError([Problem(path, line, col, msg("ký tự không được phép trong YAML: {char}",
                                                                  char=repr(exc.character)))],
                          msg("xóa ký tự đó (thường do chép từ tài liệu khác)")) from None
    except YAMLError as exc:
        raise ConfigError([Problem(path, 1, 1, msg("lỗi cú pháp YAML: {detail}", detail=exc))]) from None
    positions: Positions = {}
    return _plain(tree, (), positions, _Budget(path)), positions


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


_MESSAGES = {
    "missing": "thiếu trường bắt buộc",
    "extra_forbidden": "khóa không được phép (có thể do gõ sai tên)",
    "string_type": "phải là một chuỗi ký tự",
    "int_type": "phải là một số nguyên",
    "int_parsing": "phải là một số nguyên",
    "float_type": "phải là một số",
    "float_parsing": "phải là một số",
    "bool_type": "phải là true hoặc false",
    "list_type": "phải là một danh sách",
    "dict_type": "phải là một khối khóa: giá trị",
    "model_type": "phải là một khối khóa: giá trị",
    "string_pattern_mismatch": "không đúng định dạng",
    "date_from_datetime_parsing": "không phải ngày hợp lệ",
    "date_parsing": "không phải ngày hợp lệ",
}


def _message(err: Any) -> str:
    kind = err["type"]
    if kind in ("value_error", "assertion_error"):
        text = str(err["msg"])
        for prefix in ("Value error, ", "Assertion failed, "):
            text = text.removeprefix(prefix)
        return text
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return msg("giá trị không hợp lệ; cần một trong: {expected}", expected=expected)
    base = msg(_MESSAGES[kind]) if kind in _MESSAGES else str(err["msg"])
    if kind == "extra_forbidden" and err["loc"]:
        return msg("khóa '{key}' không được phép (có thể do gõ sai tên)", key=err["loc"][-1])
    if kind == "missing" and err["loc"]:
        return msg("thiếu trường bắt buộc '{field}'", field=err["loc"][-1])
    return base


def locate(loc: Loc, positions: Positions) -> tuple[int | None, int | None]:
    """Line and column of a path, or of its nearest ancestor that has one; the file's start
    (1:1) for a problem of the whole document, so every message has a place."""
    loc = tuple(loc)
    while loc:
        if loc in positions:
            return positions[loc]
        loc = loc[:-1]
    return 1, 1


def problems_from_validation(exc: ValidationError, positions: Positions, path: str) -> list[Problem]:
    """Every pydantic error as a located Problem, in file order."""
    out: list[Problem] = []
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        # pydantic adds discriminator/union tags as loc parts that are not in the YAML.
        loc = tuple(p for p in loc if p in _keys_of(positions) or isinstance(p, int))
        line, col = locate(loc, positions)
        out.append(Problem(path, line, col, _message(err)))
    out.sort(key=lambda p: (p.line or 0, p.column or 0))
    return out


def _keys_of(positions: Positions) -> set[int | str]:
    return {part for loc in positions for part in loc}

"""Messages in Vietnamese (the default) or English (`tracker --lang en`, or TRACKER_LANG=en).

Vietnamese is the source text: a message is written in Vietnamese where it is raised, as a
template passed to `msg()`, so the code reads like what the user sees. The English text lives
in one table here, keyed by that template; a template without an English entry falls back to
Vietnamese rather than to nothing (a test checks that every template has one). The reports
themselves are always Vietnamese: they are official documents.

Covered: checking targets.yaml and indicators.yaml (every problem, with its place), dates,
and the CLI's error, hint and warning prefixes.
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
    text = EN.get(template, template) if lang() == "en" else template
    return text.format(**params) if params else text


EN: dict[str, str] = {
    "tệp mở rộng thành hơn {n} phần tử (alias lồng nhau?)":
        "the file expands to more than {n} nodes (nested aliases?)",
    "bỏ các alias (*tên) lồng nhau; viết giá trị trực tiếp": "remove the nested aliases (*name); write the values out",
    "tệp không phải văn bản UTF-8 (byte 0x{byte:02x})": "the file is not UTF-8 text (byte 0x{byte:02x})",
    "mở tệp bằng trình soạn thảo và lưu lại với mã hóa UTF-8": "open the file in an editor and save it as UTF-8",
    "thẻ YAML không được phép: {tag}": "YAML tag not allowed: {tag}",
    "tệp cấu hình chỉ chứa dữ liệu thuần; bỏ thẻ đó": "a configuration file holds plain data only; remove the tag",
    "phải là một số hữu hạn, không quá {max} (không phải {value})":
        "must be a finite number no larger than {max} (not {value})",
    "giá trị {value} không thể có với '{indicator}' (đơn vị {unit}: {bound})":
        "value {value} is impossible for '{indicator}' (unit {unit}: {bound})",
    # CLI prefixes
    "Lỗi:": "Error:",
    "Gợi ý:": "Hint:",
    "Cảnh báo:": "Warning:",
    "bỏ qua {doc}: {reason}": "skipped {doc}: {reason}",
    # configuration files as a whole
    "{count} lỗi trong {path}:": "{count} problem(s) in {path}:",
    "Cấu hình không hợp lệ.": "Invalid configuration.",
    "không tìm thấy tệp": "file not found",
    "tạo targets.yaml trong thư mục làm việc (xem README)": "create targets.yaml in the workspace (see README)",
    "tệp rỗng": "the file is empty",
    "cần ít nhất 'version: 1' và 'provinces:'": "it needs at least 'version: 1' and 'provinces:'",
    "cấp ngoài cùng phải là các cặp khóa: giá trị": "the top level must be key: value pairs",
    # YAML syntax
    "khóa '{key}' bị lặp lại": "key '{key}' appears twice",
    "mỗi khóa chỉ được xuất hiện một lần trong cùng một khối": "a key may appear only once in a block",
    "YAML không cho phép ký tự tab để thụt lề; hãy dùng dấu cách":
        "YAML does not allow tabs for indentation; use spaces",
    "lỗi cú pháp YAML: {detail}": "YAML syntax error: {detail}",
    "ký tự không được phép trong YAML: {char}": "character not allowed in YAML: {char}",
    "xóa ký tự đó (thường do chép từ tài liệu khác)": "delete that character (usually pasted from another document)",
    # schema (pydantic) problems
    "thiếu trường bắt buộc '{field}'": "required field '{field}' is missing",
    "thiếu trường bắt buộc": "a required field is missing",
    "khóa '{key}' không được phép (có thể do gõ sai tên)": "key '{key}' is not allowed (a typo?)",
    "khóa không được phép (có thể do gõ sai tên)": "key not allowed (a typo?)",
    "giá trị không hợp lệ; cần một trong: {expected}": "invalid value; expected one of: {expected}",
    "phải là một chuỗi ký tự": "must be a string",
    "phải là một số nguyên": "must be an integer",
    "phải là một số": "must be a number",
    "phải là true hoặc false": "must be true or false",
    "phải là một danh sách": "must be a list",
    "phải là một khối khóa: giá trị": "must be a block of key: value pairs",
    "không đúng định dạng": "wrong format",
    "không phải ngày hợp lệ": "not a valid date",
    # targets
    "tỉnh không rõ: '{slug}'": "unknown province: '{slug}'",
    "tỉnh không rõ: '{slug}' (có phải {close}?)": "unknown province: '{slug}' (did you mean {close}?)",
    "'{indicator}' đo bằng {unit}, không phải %": "'{indicator}' is measured in {unit}, not %",
    "xếp hạng càng nhỏ càng tốt: hãy dùng '<=' hoặc '<'": "a rank is better when lower: use '<=' or '<'",
    "mã chỉ tiêu bị trùng: '{id}'": "duplicate target id: '{id}'",
    "chỉ tiêu không có trong danh mục: '{key}'": "indicator not in the catalog: '{key}'",
    "chỉ tiêu không có trong danh mục: '{key}'; có phải ý bạn là {close}?":
        "indicator not in the catalog: '{key}'; did you mean {close}?",
    "mục tiêu không hiểu được: {target} (ví dụ đúng: \"> 30%\", \">= 80%\", \"<= 20\", \"từ 80% đến 90%\")":
        "target not understood: {target} (valid examples: \"> 30%\", \">= 80%\", \"<= 20\", \"từ 80% đến 90%\")",
    "mốc cơ sở (baseline) phải trước thời hạn (deadline)": "the baseline must come before the deadline",
    "mốc trung gian {milestone} phải trước thời hạn (deadline) {deadline}":
        "milestone {milestone} must come before the deadline {deadline}",
    "khoảng mục tiêu ngược: {target} (số nhỏ đứng trước)": "reversed range: {target} (the smaller number first)",
    # catalog
    "biểu thức chính quy không hợp lệ: {error}": "invalid regular expression: {error}",
    "khóa trùng: {key}": "duplicate key: {key}",
    "{field}: '{key}' không phải chỉ tiêu đơn vị {unit} trong danh mục":
        "{field}: '{key}' is not an indicator in {unit} in the catalog",
    # dates
    "ngày không hợp lệ: {value} (cần YYYY, YYYY-MM hoặc YYYY-MM-DD)":
        "invalid date: {value} (expected YYYY, YYYY-MM or YYYY-MM-DD)",
    "ngày không tồn tại: {value}": "no such date: {value}",
}

"""Bytes to text for Vietnamese documents.

Order of trust: a byte-order mark (UTF-8, UTF-16 LE/BE) is decisive; then strict UTF-8
(almost never decodes legacy 8-bit text by accident); then Windows-1258, the 8-bit code
page of Vietnamese Windows. The legacy font encodings TCVN3 (ABC) and VNI are not
detected yet: they decode as Windows-1258 garbage, which `looks_vietnamese` flags.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Letters that only Vietnamese uses; real Vietnamese prose has many of them.
_VIET = set("ăâđêôơưĂÂĐÊÔƠƯ" "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


class DecodeError(ValueError):
    """The bytes are not text in any supported encoding."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes; raise DecodeError with a reason a user can act on."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"có BOM {name} nhưng nội dung không hợp lệ: {exc}") from exc
    if b"\x00" in data[:4096]:
        raise DecodeError("tệp nhị phân (có byte NUL), không phải văn bản")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1258", errors="replace")
    if "\ufffd" in text:
        raise DecodeError("không nhận ra bảng mã (không phải UTF-8, UTF-16 hay Windows-1258)")
    return Decoded(text, "cp1258")


def looks_vietnamese(text: str) -> bool:
    """True when the text has the share of Vietnamese-only letters real prose has."""
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < 50:
        return True
    return sum(1 for ch in text if ch in _VIET) / letters > 0.02

"""Bytes to text for Vietnamese documents.

Order of trust: a byte-order mark (UTF-8, UTF-16 LE/BE) is decisive; UTF-16 without one is
known by its NUL in every other byte; then strict UTF-8
(legacy 8-bit text almost never decodes as UTF-8 by accident). What is left is one of the
8-bit encodings: Windows-1258, TCVN3 (ABC) or VNI. All three decode any byte string, so
each candidate is decoded and scored by how many of its words are common Vietnamese
syllables; garbage from the wrong table scores near zero. Ties go to Windows-1258, then
VNI, then TCVN3 (the order in which they are met in provincial archives, newest first).
A file with no clear winner is refused rather than guessed.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from tracker.i18n import msg
from tracker.text.legacy import decode_tcvn3, decode_vni

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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
                raise DecodeError(msg("có BOM {name} nhưng nội dung không hợp lệ: {detail}", name=name,
                                      detail=exc)) from exc
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise DecodeError(msg("tệp nhị phân (có byte NUL), không phải văn bản"))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Score a sample (cut at a line break so no letter is split), decode the whole once.
    cut = data.rfind(b"\n", 0, _SAMPLE) if len(data) > _SAMPLE else -1
    sample = data[: cut if cut > 0 else _SAMPLE]
    best: tuple[int, str] | None = None
    for name, decoder in _LEGACY:
        try:
            score = vietnamese_score(decoder(sample))
        except UnicodeDecodeError:
            continue
        if best is None or score > best[0]:
            best = (score, name)
    if best is None or best[0] == 0:
        raise DecodeError(msg("không nhận ra bảng mã (không phải UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI)"))
    name = best[1]
    try:
        return Decoded(dict(_LEGACY)[name](data), name)
    except UnicodeDecodeError as exc:  # cp1258 won on the sample but fails further on
        raise DecodeError(msg("bảng mã {name} nhưng có byte không hợp lệ: {detail}", name=name, detail=exc)) from exc


_SAMPLE = 4096


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 saved without its byte-order mark (some Windows tools do): text of Latin letters,
    digits and punctuation has a NUL in every other byte, all on one side. Anything else with
    NULs is binary."""
    sample = data[:_SAMPLE] if len(data) % 2 == 0 else data[: min(len(data) - 1, _SAMPLE)]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    name = "utf-16-le" if odd > 0.3 * half and even < 0.02 * half else \
        "utf-16-be" if even > 0.3 * half and odd < 0.02 * half else None
    if name is None:
        return None
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text[:2000])
    if printable < 0.95 * min(len(text), 2000):
        return None
    return Decoded(text, "utf-16")


def _cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258"))


_LEGACY = [("cp1258", _cp1258), ("vni", decode_vni), ("tcvn3", decode_tcvn3)]


# The most frequent syllables of administrative Vietnamese that carry a diacritic; words
# without one decode the same in every table and so cannot tell the tables apart.
_COMMON = frozenset(
    [
        "của", "và", "được", "các", "những", "trong", "người", "năm", "đã", "với", "cho", "có", "tỉnh",
        "là", "một", "này", "đến", "số", "thông", "tin", "dịch", "vụ", "công", "trực", "tuyến", "đạt", "tỷ",
        "lệ", "mức", "độ", "xã", "huyện", "thực", "hiện", "triển", "khai", "điện", "tử", "chính", "quyền",
        "chuyển", "đổi", "số", "sở", "ủy", "ban", "nhân", "dân", "từ", "trên", "đơn", "vị", "cơ", "quan",
        "hồ", "sơ", "về", "năng", "lực", "quản", "lý", "hệ", "thống", "tại", "đối", "việt", "phát", "triển",
        "chỉ", "tiêu", "kết", "quả", "tăng", "hành", "giải", "quyết", "đồng", "thời", "hộ", "gia", "đình",
        "mạng", "viễn", "thông", "địa", "bàn", "hoạt", "động", "theo", "nước",
    ]
)
_WORD = re.compile(r"\w+")


def vietnamese_score(text: str) -> int:
    """How many words of the text are common Vietnamese syllables with diacritics."""
    return sum(1 for w in _WORD.findall(text.lower()) if w in _COMMON and not w.isascii())



def _legacy_bytes(text: str) -> bytes | None:
    """The 8-bit codes behind text shown through a Latin font, or None if it holds other letters."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def legacy_table(text: str) -> str | None:
    """'tcvn3' or 'vni' when text extracted from a PDF (or a Word file) set in a legacy
    Vietnamese font reads as Vietnamese only through that table, else None. Such a font
    maps its glyphs to Latin-1 codes, so the extracted text is Latin look-alikes."""
    raw = _legacy_bytes(text[:20000])
    if raw is None:
        return None
    base = vietnamese_score(text[:20000])
    tables = (("vni", decode_vni), ("tcvn3", decode_tcvn3))
    score, name = max((vietnamese_score(dec(raw)), name) for name, dec in tables)
    return name if score >= 3 and score > 2 * base else None


def redecode(text: str, table: str) -> str:
    """Text of a legacy-font layer through its table (see legacy_table)."""
    raw = _legacy_bytes(text)
    if raw is None:
        return text
    return (decode_vni if table == "vni" else decode_tcvn3)(raw)

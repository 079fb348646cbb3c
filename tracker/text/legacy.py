"""The legacy 8-bit Vietnamese font encodings: TCVN3 (ABC) and VNI-Windows.

Provincial archives still hold documents typed in the .VnTime (TCVN3) and VNI-Times fonts
before Unicode was mandated in 2001-2008. Neither is a registered Python codec, so both are
written out here, each both ways (decoding is what the product needs; encoding makes test
fixtures and the benchmark corpus, and lets property tests check the round trip).

- TCVN3 is one byte per letter: ASCII below 0x80, the Vietnamese letters in 0xA1-0xFE (lower
  case with every tone, plus the seven upper-case base letters Ă Â Ê Ô Ơ Ư Đ) and five
  combining tone marks at 0xB0-0xB4. Upper-case letters *with* a tone have no code: the
  .VnTimeH fonts draw the lower-case codes as capitals, so such text decodes as lower case.
  That is the standard's limit, not ours; `encode_tcvn3` refuses those letters.
- VNI writes a base letter followed by a mark byte (VNI "Vieät" = "Việt"), with a few
  precomposed letters (đ, ơ, ư and the toned i / ỵ). Its bytes are Windows-1252 glyph
  positions, so decoding maps cp1252 characters, then composes with NFC.
"""

from __future__ import annotations

import codecs
import unicodedata

# --------------------------------------------------------------------------- TCVN3
# Lower-case letter rows: base letter, then grave, hook, tilde, acute, dot below codes.
_TCVN3_ROWS: tuple[tuple[str, tuple[int, int, int, int, int, int]], ...] = (
    ("a", (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9)),
    ("ă", (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6)),
    ("â", (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB)),
    ("e", (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1)),
    ("ê", (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6)),
    ("i", (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE)),
    ("o", (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4)),
    ("ô", (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9)),
    ("ơ", (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE)),
    ("u", (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4)),
    ("ư", (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9)),
    ("y", (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE)),
)
# Combining marks in the order of the rows above.
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_TCVN3_SINGLES = {0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ", 0xAE: "đ"}
_TCVN3_MARKS = {0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323"}


def _cp1252_char(byte: int) -> str:
    """The Windows-1252 character of a byte, Latin-1 where cp1252 leaves a hole."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def _build_tcvn3() -> tuple[str, dict[str, int]]:
    table = [_cp1252_char(b) for b in range(256)]
    viet: dict[int, str] = {**_TCVN3_SINGLES, **_TCVN3_MARKS}
    for base, codes in _TCVN3_ROWS:
        for tone, code in zip(_TONES, codes, strict=True):
            viet[code] = unicodedata.normalize("NFC", base + tone)
    for code, ch in viet.items():
        table[code] = ch
    # A letter that also sits at a spare cp1252 position is written with its TCVN3 code.
    reverse = {ch: code for code, ch in enumerate(table)} | {ch: code for code, ch in viet.items()}
    return "".join(table), reverse


_TCVN3_DECODE, _TCVN3_ENCODE = _build_tcvn3()


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes to NFC text. Every byte has a meaning, so this never fails."""
    return unicodedata.normalize("NFC", codecs.charmap_decode(data, "strict", _TCVN3_DECODE)[0])


def encode_tcvn3(text: str) -> bytes:
    """NFC text to TCVN3; raises UnicodeEncodeError for letters TCVN3 cannot hold."""
    out = bytearray()
    for i, ch in enumerate(unicodedata.normalize("NFC", text)):
        code = _TCVN3_ENCODE.get(ch)
        if code is None:
            raise UnicodeEncodeError("tcvn3", text, i, i + 1, "TCVN3 has no code for this letter")
        out.append(code)
    return bytes(out)


# --------------------------------------------------------------------------- VNI
# Mark bytes (as cp1252 characters) to the combining marks they stand for; lower and upper
# case forms of a mark are the same mark.
_VNI_MARKS: dict[str, str] = {}
for _lower, _marks in (
    ("ù", "\u0301"), ("ø", "\u0300"), ("û", "\u0309"), ("õ", "\u0303"), ("ï", "\u0323"),
    ("â", "\u0302"), ("á", "\u0302\u0301"), ("à", "\u0302\u0300"), ("å", "\u0302\u0309"),
    ("ã", "\u0302\u0303"), ("ä", "\u0302\u0323"),
    ("ê", "\u0306"), ("é", "\u0306\u0301"), ("è", "\u0306\u0300"), ("ú", "\u0306\u0309"),
    ("ü", "\u0306\u0303"), ("ë", "\u0306\u0323"),
):
    _VNI_MARKS[_lower] = _marks
    _VNI_MARKS[_lower.upper()] = _marks
# Precomposed letters: one cp1252 character stands for one Vietnamese letter.
_VNI_LETTERS: dict[str, str] = {}
for _lower, _letter in (
    ("ñ", "đ"), ("ô", "ơ"), ("ö", "ư"), ("í", "í"), ("ì", "ì"), ("æ", "ỉ"), ("ó", "ĩ"),
    ("ò", "ị"), ("î", "ỵ"),
):
    _VNI_LETTERS[_lower] = _letter
    _VNI_LETTERS[_lower.upper()] = _letter.upper()
_VNI_DECODE_MAP = {ord(k): v for k, v in {**_VNI_MARKS, **_VNI_LETTERS}.items()}
_VNI_BYTES = "".join(_cp1252_char(b) for b in range(256))


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes to NFC text. Every byte has a meaning, so this never fails."""
    text = codecs.charmap_decode(data, "strict", _VNI_BYTES)[0]
    return unicodedata.normalize("NFC", text.translate(_VNI_DECODE_MAP))


def _mark_key(marks: str) -> str:
    """Marks in canonical (NFD) order, so 'breve + dot' and 'dot + breve' are one key."""
    return unicodedata.normalize("NFD", "a" + marks)[1:]


# Encoding: the precomposed letters first, then base letter + marks from the NFD form.
_VNI_ENCODE_LETTERS = {v: k for k, v in _VNI_LETTERS.items()}
_VNI_ENCODE_MARKS = {(_mark_key(v), k.isupper()): k for k, v in _VNI_MARKS.items()}
_HORN_BASES = {"o": "ơ", "u": "ư", "O": "Ơ", "U": "Ư"}


def encode_vni(text: str) -> bytes:
    """NFC text to VNI-Windows bytes; raises UnicodeEncodeError for what VNI cannot hold."""
    out: list[str] = []
    for i, ch in enumerate(unicodedata.normalize("NFC", text)):
        if ch in _VNI_ENCODE_LETTERS:
            out.append(_VNI_ENCODE_LETTERS[ch])
            continue
        if ch.isascii():
            out.append(ch)
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        if marks.startswith("\u031b") and base in _HORN_BASES:  # horn: ơ / ư are letters in VNI
            base, marks = _HORN_BASES[base], marks[1:]
        if not marks:  # punctuation and symbols of cp1252 ("…", "–", "“") stand for themselves
            out.append(ch)
            continue
        base_code = _VNI_ENCODE_LETTERS.get(base, base)
        upper = base.isupper()
        mark_code = _VNI_ENCODE_MARKS.get((_mark_key(marks), upper))
        if mark_code is None or not (base_code.isascii() or base_code in _VNI_LETTERS):
            raise UnicodeEncodeError("vni", text, i, i + 1, "VNI has no code for this letter")
        out.append(base_code + mark_code)
    try:
        return "".join(out).encode("cp1252")
    except UnicodeEncodeError as exc:
        raise UnicodeEncodeError("vni", text, exc.start, exc.end, "VNI has no code for this letter") from exc


# --------------------------------------------------------------------------- Windows-1258
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encode_cp1258(text: str) -> bytes:
    """NFC text to Windows-1258, the way Vietnamese Windows writes it: letters with
    circumflex, breve or horn are precomposed, tones are separate combining marks.
    (Python's cp1258 codec only accepts text already split like that.)"""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONE_MARKS)
        if not tones:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        precomposed = unicodedata.normalize("NFC", base + tones)
        # Windows-1258 has a few toned letters of its own (à á é í ó ú ý …): use them.
        out.append(precomposed if _in_cp1258(precomposed) else base + tones)
    return "".join(out).encode("cp1258")


def _in_cp1258(ch: str) -> bool:
    try:
        ch.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True

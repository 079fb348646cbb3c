"""Unicode NFC normalisation and space folding that remembers where each character came from.

Web text often arrives decomposed (a base letter followed by combining tone marks), with
no-break or zero-width spaces, doubled spaces and Windows line ends. Extraction wants one
canonical form; the report wants the quote exactly as published. So the normalised text
keeps a sparse map of the spans it changed, and `original_span` maps any span back.

Only the changed spans are recorded, which keeps the common case (already clean NFC text)
at the cost of one regex scan.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

# Spans that change under normalisation, in priority order (alternation order matters).
_CHANGE = re.compile(
    r"(?P<crlf>\r\n?)"
    r"|(?P<zw>[\u200b\u200c\u200d\u2060\ufeff\u00ad]+)"
    r"|(?P<space>[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}"
    r"|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])"
    r"|(?P<comb>[^\r\n][\u0300-\u036f]+)"
    # a number glued to the word after it in scraped text ("99.854hồ sơ"): a space between,
    # only after thousands separators, so "4G" or "3G" stay whole
    r"|(?P<glue>(?<![\d.,])\d{1,3}(?:\.\d{3})+(?=[a-zđà-ỹ]))"
)


@dataclass(frozen=True)
class _Segment:
    norm_start: int
    norm_end: int
    orig_start: int
    orig_end: int


@dataclass(frozen=True)
class NormalizedText:
    """NFC text with folded spaces, and the map back to the original characters."""

    text: str
    original: str
    _segments: tuple[_Segment, ...] = field(default=(), repr=False)
    _starts: tuple[int, ...] = field(default=(), repr=False)

    def _locate(self, pos: int) -> tuple[int, _Segment | None]:
        """Return (delta, segment) for a normalised position."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return 0, None
        seg = self._segments[i]
        if pos < seg.norm_end:
            return 0, seg
        return seg.orig_end - seg.norm_end, None

    def original_offset(self, pos: int, *, end: bool = False) -> int:
        """Map a normalised offset to the original text (span ends map to segment ends)."""
        delta, seg = self._locate(pos)
        if seg is None:
            return pos + delta
        return seg.orig_end if end else seg.orig_start

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that the normalised span [start, end) came from."""
        if end <= start:
            o = self.original_offset(start)
            return o, o
        return self.original_offset(start), self.original_offset(end - 1, end=True) + (
            1 if self._locate(end - 1)[1] is None else 0
        )

    def original_text(self, start: int, end: int) -> str:
        """The published characters behind the normalised span [start, end)."""
        s, e = self.original_span(start, end)
        return self.original[s:e]


def _replacement(m: re.Match[str]) -> str:
    kind = m.lastgroup
    if kind == "crlf":
        return "\n"
    if kind == "zw":
        return ""
    if kind == "space":
        return " "
    if kind == "glue":
        return m.group() + " "
    return unicodedata.normalize("NFC", m.group())


# Anything `_CHANGE` could act on; one character-class scan is much cheaper than the
# alternation above, and clean text (most of it) needs nothing more.
_MAYBE_CHANGE = re.compile(
    r"[\r\u200b\u200c\u200d\u2060\ufeff\u00ad\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u0300-\u036f]|  "
    r"|\.\d{3}[a-zđà-ỹ]"
)


def normalize(original: str) -> NormalizedText:
    """Normalise to NFC, fold odd and doubled spaces, drop zero-width characters.

    Newlines are kept: paragraphs and line-based page chrome need them.
    """
    if not _MAYBE_CHANGE.search(original) and unicodedata.is_normalized("NFC", original):
        return NormalizedText(original, original)
    out: list[str] = []
    segments: list[_Segment] = []
    pos_out = 0
    last = 0
    for m in _CHANGE.finditer(original):
        rep = _replacement(m)
        if rep == m.group():
            continue
        chunk = original[last : m.start()]
        out.append(chunk)
        pos_out += len(chunk)
        segments.append(_Segment(pos_out, pos_out + len(rep), m.start(), m.end()))
        out.append(rep)
        pos_out += len(rep)
        last = m.end()
    out.append(original[last:])
    text = "".join(out)
    if not unicodedata.is_normalized("NFC", text):
        # Rare: singletons or marks outside U+0300..U+036F. Fall back to whole-text NFC
        # with one segment covering everything, so offsets stay valid if coarse.
        nfc = unicodedata.normalize("NFC", text)
        return NormalizedText(nfc, original, (_Segment(0, len(nfc), 0, len(original)),), (0,))
    return NormalizedText(text, original, tuple(segments), tuple(s.norm_start for s in segments))


def nfc(s: str) -> str:
    """Plain NFC, for short strings (names, YAML values) that need no offset map."""
    return unicodedata.normalize("NFC", s)


# Old-style tone placement ("hoá", "thuỷ") and new style ("hóa", "thủy") are both NFC and
# both in use. For matching, move the mark to the first vowel of an open "oa/oe/uy" at the
# end of a word; the swap keeps the length, so offsets stay valid.
_OLD_TONES = re.compile(r"(?<![qQ])([oOuU])([áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ])(?![^\W\d_])")
_TONE_OF = {c: i for i, c in enumerate("\u0301\u0300\u0309\u0303\u0323")}


def _move_tone(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    parts = unicodedata.normalize("NFD", tail)
    base, marks = parts[0], parts[1:]
    return unicodedata.normalize("NFC", head + marks) + base


# The Icelandic eth (Ð ð) stands for Đ đ in text converted from old Vietnamese encodings and
# in some fonts' output; it looks the same and is the same letter to a reader.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


# Syllables spelled with i or y alike ("xử lí"/"xử lý", "tỉ lệ"/"tỷ lệ", "kí số"/"ký số"):
# matched in the y spelling the catalog uses.
_I_SPELLING = re.compile(r"(?<![^\W\d_])([lLkKtTmM])([íìỉĩịÍÌỈĨỊ])(?![^\W\d_])")
_I_TO_Y = str.maketrans("íìỉĩịÍÌỈĨỊ", "ýỳỷỹỵÝỲỶỸỴ")


def canonical_tones(s: str) -> str:
    """'hoá' → 'hóa', 'thuỷ' → 'thủy', 'ðiểm' → 'điểm', 'xử lí' → 'xử lý' (same length); for
    matching, never for display."""
    s = _I_SPELLING.sub(lambda m: m.group(1) + m.group(2).translate(_I_TO_Y), s.translate(_LOOKALIKES))
    return _OLD_TONES.sub(_move_tone, s)

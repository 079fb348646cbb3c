"""Lines of a laid-out page back into paragraphs, without the page's running chrome.

A PDF or an OCR'd scan gives visual lines; the extractor reads a line break as the end of a
sentence, so a sentence wrapped over two lines must be one line again, while a table row
("Số trạm BTS 2.104"), a heading or the last line of a paragraph must stay on its own. A
wrapped line is nearly as long as the page's full lines, so length tells them apart better
than punctuation does (a wrapped line often ends in a plain word, and a heading without a
full stop is short). Headers, footers and page numbers repeat on every page, or are a bare
number at a page's edge; they are dropped.
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.text.sentences import LIST_ITEM

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–]?\s*\d{1,4}\s*[-–]?|trang\s+\d{1,4}(?:\s*/\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})\s*$", re.I)
_OPENER = re.compile(r"^(?:Kính\s+gửi|Nơi\s+nhận)\b")
_DIGITS = re.compile(r"\d+")
_END = re.compile(r"[.!?:;…][\"”’)]*$")
# Share of the page's full line length from which a line is taken to wrap.
_WRAP = 0.8


def strip_chrome(pages: list[list[str]]) -> list[list[str]]:
    """Each page's lines without running headers, footers and page numbers."""
    if len(pages) >= 2:
        seen: Counter[str] = Counter()
        for lines in pages:
            seen.update({_DIGITS.sub("#", ln.strip()) for ln in _edges(lines)})
        running = {k for k, n in seen.items() if k and n >= 2 and n >= len(pages) / 2}
    else:
        running = set()
    out = []
    for lines in pages:
        edges = set(range(min(2, len(lines)))) | set(range(max(0, len(lines) - 2), len(lines)))
        kept = [ln for i, ln in enumerate(lines)
                if not (i in edges and (_DIGITS.sub("#", ln.strip()) in running or _PAGE_NUMBER.match(ln)))]
        out.append(kept)
    return out


def _edges(lines: list[str]) -> list[str]:
    return lines[:2] + lines[-2:]


def join_lines(lines: list[str]) -> str:
    """Visual lines into paragraphs, one per line (blank lines dropped)."""
    lines = [ln.strip() for ln in lines]
    full = _full_length([ln for ln in lines if ln])
    out: list[str] = []
    current = current_last = ""
    for ln in lines:
        if not ln:
            if current:
                out.append(current)
            current = ""
            continue
        if current and not LIST_ITEM.match(ln) and not _opens(ln) and _wraps(current_last, full):
            current = current[:-1] if current.endswith("\u00ad") else current + " "
            current += ln
        else:
            if current:
                out.append(current)
            current = ln
        current_last = ln
    if current:
        out.append(current)
    return "\n".join(out)


def _opens(line: str) -> bool:
    """A line that starts a block of its own: a heading in capitals ("BÁO CÁO"), an address."""
    letters = [c for c in line if c.isalpha()]
    return (len(letters) >= 4 and all(c.isupper() for c in letters)) or bool(_OPENER.match(line))


def _full_length(lines: list[str]) -> int:
    """The length of the page's full lines: the 90th percentile of line lengths."""
    if not lines:
        return 0
    lengths = sorted(len(ln) for ln in lines)
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]


def _wraps(line: str, full: int) -> bool:
    """Does the paragraph go on after this line? A long line wraps; a short one ends its
    paragraph (a heading, a table row, a paragraph's last line) unless it stops mid-sentence
    on a soft hyphen."""
    if line.endswith("\u00ad"):
        return True
    return full >= 30 and len(line) >= _WRAP * full and not (line.isupper() and not _END.search(line))

"""Robustness of extraction to the ways official Vietnamese writes the same words.

    python -m bench.variants

Each variant rewrites every train document one systematic way a department might write it
(an abbreviation official reports use, an older tone placement, a spacing) and extracts
again; the table shows the right figures kept and the predictions made against the train
gold. A rule written from one spelling loses figures here without any document having to
show the other spelling first: a lost figure names a wording the rules depend on. Only the
train part is rewritten, so the test part stays unread.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from bench import accuracy
from bench.common import table
from tracker.extract.catalog import default_catalog
from tracker.extract.engine import Extractor
from tracker.extract.scoring import score
from tracker.ingest.documents import Document, parse_document


def _subs(*pairs: tuple[str, str | Callable[[re.Match[str]], str]]) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        for pattern, replacement in pairs:
            text = re.sub(pattern, replacement, text)
        return text
    return rewrite


VARIANTS: dict[str, Callable[[str], str]] = {
    "tỉ lệ for tỷ lệ": _subs((r"\b([Tt])ỷ lệ", r"\1ỉ lệ")),
    "older tone placement (hoá, thuỷ, hoà)": _subs(("hóa", "hoá"), ("Hóa", "Hoá"), ("thủy", "thuỷ"), ("hòa", "hoà")),
    "Uỷ for Ủy": _subs(("Ủy", "Uỷ"), ("ủy", "uỷ")),
    "DVCTT for dịch vụ công trực tuyến": _subs(("dịch vụ công trực tuyến", "DVCTT")),
    "DVC for dịch vụ công": _subs(("dịch vụ công", "DVC")),
    "TTHC for thủ tục hành chính": _subs(("thủ tục hành chính", "TTHC")),
    "CNTT for công nghệ thông tin": _subs(("công nghệ thông tin", "CNTT")),
    "CQNN for cơ quan nhà nước": _subs(("cơ quan nhà nước", "CQNN")),
    "UBND for Ủy ban nhân dân": _subs(("Ủy ban nhân dân", "UBND")),
    "TB for thuê bao after a number": _subs((r"(\d) thuê bao", r"\1 TB")),
    "a space before %": _subs((r"(\d)%", r"\1 %")),
    "phần trăm for %": _subs((r"(\d)\s?%", r"\1 phần trăm")),
    "no-break spaces": _subs((" ", "\u00a0")),
    "curly quotes": _subs(('"', "“")),
}


def _hard_wrapped(text: str, width: int = 80) -> str:
    """Each paragraph broken into lines of at most `width` characters, as a PDF's text gives it."""
    return "\n".join("\n".join(textwrap.wrap(line, width)) if line.strip() else line for line in text.split("\n"))


VARIANTS["hard-wrapped at 80 characters (a PDF's lines)"] = _hard_wrapped
# "1.936.755" written the English way, "1,936,755" (a web page's, a spreadsheet's); decimals kept
VARIANTS["comma thousands (1,936,755)"] = _subs(
    (r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)", lambda m: m.group().replace(".", ",")))


def rewritten(doc: Document, rewrite: Callable[[str], str]) -> Document:
    """The document as if its body had been written the variant's way (front matter kept)."""
    raw = doc.path.read_text("utf-8")
    _, front, body = raw.split("---", 2)
    return parse_document(doc.path, f"---{front}---{rewrite(body)}".encode())


def main() -> None:
    train = accuracy.sets()["train"]
    catalog = default_catalog()
    vocab = set(catalog.by_key)
    extractor = Extractor(catalog)
    base = score(accuracy.preds(train.observations), train.gold, vocab)
    rows = [["as written", str(base.tp), "", str(base.predictions), ""]]
    for name, rewrite in VARIANTS.items():
        obs = [o for d in train.docs for o in extractor.extract(rewritten(d, rewrite)).observations]
        s = score(accuracy.preds(obs), train.gold, vocab)
        rows.append([name, str(s.tp), f"{s.tp - base.tp:+d}", str(s.predictions),
                     f"{s.predictions - base.predictions:+d}"])
    print(table(f"Extraction of the train part ({len(train.docs)} documents) rewritten one way at a time",
                ["variant", "right", "Δ right", "predictions", "Δ predictions"], rows))


if __name__ == "__main__":
    main()

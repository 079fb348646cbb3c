"""A deterministic corpus of provincial news items for the benchmarks.

Sentences are taken from the seeds, their figures and years replaced by random ones, and
wrapped in the page chrome real portals add (menus, visit counters, "Tin liên quan"). Each
document gets a province, a publication date and one of the supported encodings, so the
benchmarks measure the whole text layer, legacy decoders included. The same seed gives the
same corpus, byte for byte.

    python -m bench.corpus OUT_DIR --docs 1000 [--seed 1]
"""

from __future__ import annotations

import argparse
import codecs
import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tracker.ingest.documents import document_paths, parse_document
from tracker.provinces import registry
from tracker.text.legacy import encode_cp1258, encode_tcvn3, encode_vni
from tracker.text.sentences import sentences

ROOT = Path(__file__).resolve().parent.parent

_CHROME_TOP = ["Trang chủ > Tin tức > Chuyển đổi số", "Chia sẻ Facebook Zalo In bài viết", "CHUYÊN MỤC"]
_CHROME_BOTTOM = [
    "Tin liên quan",
    "Hội nghị triển khai kế hoạch năm (12/3/2024)",
    "Thống kê truy cập",
    "Online: {n}",
    "Tổng lượt truy cập: {m}",
]


def _tcvn3_lenient(text: str) -> bytes:
    """TCVN3 as the .VnTimeH fonts wrote it: capitals with tones stored as lower case."""
    return encode_tcvn3("".join(ch if _tcvn3_ok(ch) else ch.lower() for ch in text))


def _tcvn3_ok(ch: str) -> bool:
    try:
        encode_tcvn3(ch)
    except UnicodeEncodeError:
        return False
    return True


ENCODINGS: list[tuple[str, float, Callable[[str], bytes]]] = [
    ("utf-8", 0.70, lambda t: t.encode("utf-8")),
    ("utf-8-nfd", 0.05, lambda t: unicodedata.normalize("NFD", t).encode("utf-8")),
    ("utf-16", 0.05, lambda t: t.encode("utf-16")),
    ("cp1258", 0.05, encode_cp1258),
    ("tcvn3", 0.10, _tcvn3_lenient),
    ("vni", 0.05, encode_vni),
]


def seed_sentences(seeds: Path = ROOT / "seeds") -> list[str]:
    """Content sentences of the seeds that hold at least one digit."""
    out: list[str] = []
    for path in document_paths(seeds):
        doc = parse_document(path)
        out.extend(s.text for s in sentences(doc.body.text) if re.search(r"\d", s.text))
    return out


def _vary(sentence: str, rng: random.Random) -> str:
    def number(m: re.Match[str]) -> str:
        s = m.group()
        if re.fullmatch(r"(?:19|20)\d\d", s):
            return str(rng.randint(2016, 2025))
        if "," in s:
            return f"{rng.uniform(1, 99):.2f}".replace(".", ",")
        return str(rng.randint(1, 999))

    return re.sub(r"\d+(?:,\d+)?", number, sentence)


def make_document(i: int, pool: list[str], rng: random.Random) -> tuple[str, str]:
    """One document's text (front matter included) and the name of its encoding."""
    provinces = sorted(registry().values(), key=lambda p: p.slug)
    province = provinces[rng.randrange(len(provinces))]
    published = date(2018, 1, 1) + timedelta(days=rng.randrange(8 * 365))
    body = [rng.choice(_CHROME_TOP)]
    body += [_vary(rng.choice(pool), rng) for _ in range(rng.randint(8, 30))]
    body += [line.format(n=rng.randint(1, 99), m=rng.randint(10**5, 10**7)) for line in _CHROME_BOTTOM]
    text = (
        f"---\nprovince: {province.slug}\npublished: {published.isoformat()}\nkind: tin-tuc\n"
        f'title: "Tin số {i}"\n---\n' + "\n\n".join(body) + "\n"
    )
    r = rng.random()
    for name, share, _ in ENCODINGS:
        if r < share:
            return text, name
        r -= share
    return text, "utf-8"


def build(out: Path, n: int, seed: int = 1) -> list[Path]:
    """Write n documents into `out` (created); return their paths."""
    rng = random.Random(seed)
    pool = seed_sentences()
    encoders = {name: enc for name, _, enc in ENCODINGS}
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text, encoding = make_document(i, pool, rng)
        path = out / f"tin-{i:06d}.txt"
        data = encoders[encoding](text)
        if encoding == "utf-8" and rng.random() < 0.1:
            data = codecs.BOM_UTF8 + data
        path.write_bytes(data)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = build(args.out, args.docs, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()

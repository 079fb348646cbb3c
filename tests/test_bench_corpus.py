"""The benchmark corpus stays loadable: every generated document decodes and parses."""

from collections import Counter
from pathlib import Path

from bench.corpus import build
from tracker.ingest.documents import load_documents


def test_corpus_documents_all_load_in_their_encodings(tmp_path: Path) -> None:
    paths = build(tmp_path, 60, seed=3)
    docs, problems = load_documents(paths)
    assert problems == []
    assert len(docs) == 60
    encodings = Counter(d.encoding for d in docs)
    assert {"utf-8", "tcvn3"} <= set(encodings)
    assert all("\ufffd" not in d.body.text for d in docs)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a = [p.read_bytes() for p in build(tmp_path / "a", 5, seed=7)]
    b = [p.read_bytes() for p in build(tmp_path / "b", 5, seed=7)]
    assert a == b

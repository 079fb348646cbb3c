"""The needle prefilter changes what is tried, never what is found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.extract import engine
from tracker.extract.catalog import default_catalog
from tracker.extract.needles import needles
from tracker.ingest.documents import parse_document

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"trạm", {"trạm"}),
    (r"\bBTS\b|trạm\s+(?:thu\s+)?phát\s+sóng", {"bts", "trạm"}),
    (r"(?:số\s+)?Thuê\s+bao", {"thuê"}),
    (r"\d+", None),
    (r"(?:trạm)?\s*BTS", {"bts"}),
    (r"(?:a|\d)", None),  # one branch has no word: nothing is required
])
def test_the_words_a_pattern_cannot_match_without(pattern: str, expected: set[str] | None) -> None:
    assert needles(pattern) == (frozenset(expected) if expected is not None else None)


def test_every_needle_occurs_in_every_match_on_the_corpus() -> None:
    """On real text: wherever a rule's pattern matches, one of its needles is there."""
    texts = [p.read_text("utf-8").lower() for p in sorted((ROOT / "tests" / "gold" / "corpus").glob("*.txt"))[:80]]
    checked = 0
    for ind in default_catalog().indicators:
        for rule in ind.rules:
            for pattern, found in ((rule.after, rule.after_needles), (rule.before, rule.before_needles)):
                if not pattern or not found:
                    continue
                regex = re.compile(pattern, re.I)
                for text in texts:
                    for m in regex.finditer(text):
                        assert any(n in m.group(0).lower() for n in found), (rule.id, m.group(0))
                        checked += 1
    assert checked > 500


def test_extraction_is_the_same_with_and_without_the_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "gold" / "dev").glob("*.txt")) + \
        sorted((ROOT / "tests" / "gold" / "corpus").glob("*.txt"))
    docs = [parse_document(p) for p in paths]
    extractor = engine.Extractor(default_catalog())
    fast = [extractor.extract(d) for d in docs]
    monkeypatch.setattr(engine, "PREFILTER", False)
    slow = [extractor.extract(d) for d in docs]
    assert len(docs) > 280
    assert [r.observations for r in fast] == [r.observations for r in slow]
    assert [r.targets for r in fast] == [r.targets for r in slow]


def test_a_concept_rule_is_tried_only_where_its_first_concept_stands_on_either_side() -> None:
    from tracker.extract.needles import RuleIndex

    ind = default_catalog().by_key["dossier_online_share"]
    rule = next(r for r in ind.rules if r.all)
    index = RuleIndex([(ind, rule)], [None], [None], [False], [rule.concept_needles])
    assert index.candidates(post=" được tiếp nhận trực tuyến", window="Về hồ sơ, ") == [(ind, rule)]
    assert index.candidates(post=" hồ sơ được tiếp nhận trực tuyến", window="Kết quả, ") == [(ind, rule)]
    assert index.candidates(post=" được tiếp nhận trực tuyến", window="Kết quả, ") == []

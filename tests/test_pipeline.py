"""The library's operations: extraction does not depend on the number of workers."""

from pathlib import Path

from bench.corpus import build
from tracker.extract.catalog import default_catalog
from tracker.extract.scoring import GoldRow, Pred, score_by_indicator
from tracker.pipeline import extract_folder


def test_two_workers_give_the_same_observations_in_the_same_order(tmp_path: Path) -> None:
    build(tmp_path / "docs", 150, seed=5)
    (tmp_path / "docs" / "hong.txt").write_bytes(b"\x00binary")
    catalog = default_catalog()
    seen: list[tuple[int, int]] = []
    one = extract_folder(tmp_path / "docs", catalog)
    two = extract_folder(tmp_path / "docs", catalog, lambda d, t: seen.append((d, t)), workers=2)
    assert [o.id for o in one.observations] == [o.id for o in two.observations]
    assert len(one.observations) > 100
    assert [p.doc for p in two.problems] == [p.doc for p in one.problems] == ["hong.txt"]
    assert seen[-1] == (151, 151)


def test_score_by_indicator_counts_only_that_indicators_gold() -> None:
    gold = [GoldRow("d", "bts_count", 10, "2020", "", False), GoldRow("d", "stations_5g", 3, "2020", "", False)]
    preds = [Pred("d", "bts_count", 10, "2020", ""), Pred("d", "stations_5g", 4, "2020", "")]
    by = score_by_indicator(preds, gold, {"bts_count", "stations_5g"})
    assert (by["bts_count"].precision, by["bts_count"].gold) == (1.0, 1)
    assert (by["stations_5g"].precision, by["stations_5g"].recall) == (0.0, 0.0)

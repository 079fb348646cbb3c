"""The extraction quality bar on the hand-labelled seeds (DESIGN.md §6 scoring)."""

from pathlib import Path

from tracker.extract.catalog import default_catalog
from tracker.extract.scoring import Pred, load_gold, score
from tracker.pipeline import extract_folder

ROOT = Path(__file__).resolve().parents[2]


def _scores():  # type: ignore[no-untyped-def]
    catalog = default_catalog()
    corpus = extract_folder(ROOT / "seeds", catalog)
    preds = [Pred(o.doc, o.indicator, o.value, o.as_of) for o in corpus.observations]
    gold = load_gold(ROOT / "tests" / "gold" / "seeds.jsonl")
    vocab = set(catalog.by_key)
    return score(preds, gold, vocab), score(preds, gold, vocab, dated=True)


def test_precision_and_recall_on_the_seeds():
    value, dated = _scores()
    assert value.precision >= 0.95, value.false_positives
    assert value.recall >= 0.90, value.misses
    assert abs(dated.precision - value.precision) <= 0.05
    assert abs(dated.recall - value.recall) <= 0.05


def test_scoring_counts_ignored_rows_neither_way():
    from tracker.extract.scoring import GoldRow

    gold = [GoldRow("d", "bts_count", 10, "2020", ""), GoldRow("d", "bts_count", 99, "2020", "", ignore=True)]
    s = score([Pred("d", "bts_count", 10, "2020"), Pred("d", "bts_count", 99, "2020"),
               Pred("d", "bts_count", 5, "2020")], gold, {"bts_count"})
    assert (s.tp, s.predictions, s.matched_gold, s.gold) == (1, 2, 1, 1)


def test_one_figures_verdict_counts_ignored_rows_neither_way():
    """bench.calibrate and bench.unseen judge one figure at a time, as `score` does."""
    from tracker.extract.scoring import GoldRow, verdict

    rows = [GoldRow("d", "bts_count", 10, "2020", ""), GoldRow("d", "bts_count", 99, "2020", "", ignore=True)]
    assert [verdict(v, rows) for v in (10.005, 99, 5)] == [True, None, False]

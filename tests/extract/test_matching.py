"""One rule tried on one number (extract.matching)."""

from tracker.extract.catalog import default_catalog
from tracker.extract.figure import NO_TOPIC, Candidate, Figure
from tracker.extract.matching import base_confidence, match
from tracker.text.numbers import iter_quantities

CATALOG = default_catalog()


def _try(text: str, key: str, rule_id: str) -> Candidate | None:
    q = next(iter_quantities(text))
    ind = CATALOG.by_key[key]
    rule = next(r for r in ind.rules if r.id == rule_id)
    return match(rule, ind, Figure(q, q.unit), text[: q.start], text[q.end :], text, 0, NO_TOPIC)


def test_the_phrase_after_the_number_names_it() -> None:
    cand = _try("Toàn tỉnh có 1.250 trạm BTS", "bts_count", "bts-after")
    assert cand is not None and cand.after_end > 0 and cand.label_start is None


def test_one_technology_s_stations_are_not_all_stations() -> None:
    assert _try("Toàn tỉnh có 734 trạm BTS 4G", "bts_count", "bts-after") is None
    assert _try("Toàn tỉnh có 734 trạm BTS 2G, 3G và 4G", "bts_count", "bts-after") is not None


def test_the_label_before_scores_and_its_distance_costs() -> None:
    near = _try("Số trạm BTS là 1.250 trạm", "bts_count", "bts-label")
    far = _try("Số trạm BTS trên địa bàn toàn tỉnh hiện nay là 1.250 trạm", "bts_count", "bts-label")
    assert near is not None and far is not None and near.score > far.score


def test_base_confidence_grows_with_the_words_a_rule_reads() -> None:
    both = _try("Số trạm BTS là 1.250 trạm", "bts_count", "bts-label")
    after = _try("Toàn tỉnh có 1.250 trạm BTS", "bts_count", "bts-after")
    assert both is not None and after is not None
    assert base_confidence(both) == 0.9 and base_confidence(after) == 0.85 and base_confidence(None) == 0.0

"""What the engine reads on new documents before any rule saw them is kept for train documents only."""

from bench.unseen import records


def test_the_records_of_a_round_are_its_train_documents_figures_each_right_or_not() -> None:
    # tien-giang-2017-k is a train document, quang-nam-2016-k a test one (tests/gold/held-out.txt)
    rows = records({"tien-giang-2017-k", "quang-nam-2016-k"}, "abc1234")
    assert {r["doc"] for r in rows} == {"tien-giang-2017-k"}
    assert {(r["indicator"], r["value"], r["right"]) for r in rows} >= {("dvc_total_count", 1899, True)}
    assert all(r["engine"] == "abc1234" and r["rule"] for r in rows)

"""One rule tried on one number (extract.matching)."""

from tracker.extract.catalog import default_catalog
from tracker.extract.figure import NO_TOPIC, Candidate, Figure
from tracker.extract.matching import base_confidence, coordinated_words, match
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


def _concept_rule(key: str):  # type: ignore[no-untyped-def]
    ind = CATALOG.by_key[key]
    return ind, next(r for r in ind.rules if r.all)


def _try_concepts(text: str, number: str, key: str) -> Candidate | None:
    ind, rule = _concept_rule(key)
    q = next(q for q in iter_quantities(text) if q.text.startswith(number))
    return match(rule, ind, Figure(q, q.unit), text[: q.start], text[q.end :], text, 0, NO_TOPIC)


def test_a_concept_rule_wants_every_concept_in_any_order() -> None:
    assert _try_concepts("Về hồ sơ, 62% được tiếp nhận trực tuyến.", "62", "dossier_online_share") is not None
    assert _try_concepts("Số hồ sơ gửi qua môi trường mạng chiếm 62%.", "62", "dossier_online_share") is not None
    assert _try_concepts("Về hồ sơ, 62% được tiếp nhận tại bộ phận một cửa.", "62", "dossier_online_share") is None


def test_a_concept_rule_reads_only_the_number_s_own_stretch_and_keeps_its_vetoes() -> None:
    # the words before an earlier figure of the clause are that figure's
    text = "Hồ sơ trực tuyến chiếm 45%, 62% được giải quyết trong ngày."
    assert _try_concepts(text, "62", "dossier_online_share") is None
    # a year is no figure
    assert _try_concepts("Hồ sơ trực tuyến năm 2023 chiếm 62%.", "62", "dossier_online_share") is not None
    assert _try_concepts("Hồ sơ trực tuyến được giải quyết đúng hạn chiếm 62%.", "62", "dossier_online_share") is None


def test_a_concept_rule_is_the_last_resort_below_the_report_s_threshold() -> None:
    from tracker.extract.model import MIN_CONFIDENCE

    cand = _try_concepts("Về hồ sơ, 62% được tiếp nhận trực tuyến.", "62", "dossier_online_share")
    phrase = _try("Toàn tỉnh có 1.250 trạm BTS", "bts_count", "bts-after")
    assert cand is not None and phrase is not None and cand.score < phrase.score
    assert base_confidence(cand) < MIN_CONFIDENCE


def test_a_count_s_concepts_start_with_the_noun_right_after_it() -> None:
    # the shipped catalog has no count concept rule (on train, all four it gave were wrong);
    # a workspace may add one, and then the noun after the number leads
    from tracker.extract.catalog import Rule

    ind = CATALOG.by_key["telecom_enterprises"]
    rule = Rule(id="mine", all=["doanh\\s+nghiệp", "viễn\\s+thông"], priority=-200)

    def read(text: str, number: str) -> Candidate | None:
        q = next(q for q in iter_quantities(text) if q.text.startswith(number))
        return match(rule, ind, Figure(q, q.unit), text[: q.start], text[q.end :], text, 0, NO_TOPIC)

    assert read("Trên địa bàn hiện có 7 doanh nghiệp đang cung cấp dịch vụ viễn thông.", "7") is not None
    assert read("Về viễn thông, hiện có 7 doanh nghiệp.", "7") is None
    assert read("Các doanh nghiệp viễn thông cho biết có 472.215 thuê bao cố định.", "472.215") is None


def test_denied_concepts_are_not_the_indicator() -> None:
    assert _try_concepts("Có 35/159 xã chưa có điểm bưu điện văn hóa xã.", "35", "commune_culture_post_share") is None
    assert _try_concepts("Có 124/159 xã có điểm bưu điện văn hóa xã.", "124", "commune_culture_post_share") is not None


def test_the_words_where_a_second_indicator_joined_by_va_may_stand() -> None:
    # the winning phrase ends before "và": the words after it may add the other indicator's concept
    after = _try("100% xã được phủ băng rộng cáp quang và sóng thông tin di động 4G", "commune_fiber_share",
                 "commune-fiber-after")
    assert after is not None
    assert coordinated_words(" xã được phủ băng rộng cáp quang và sóng thông tin di động 4G", after) == \
        (" xã được phủ băng rộng cáp quang", "sóng thông tin di động 4G")
    # the winning phrase runs through "và" to its own concept: the words before it may hold the other's
    through = _try("100% xã có sóng di động và mạng Internet cáp quang", "commune_fiber_share", "commune-fiber-after")
    assert through is not None
    assert coordinated_words(" xã có sóng di động và mạng Internet cáp quang", through) == \
        ("mạng Internet cáp quang", " xã có sóng di động")
    # "và" opening a clause of its own gives no second phrase
    clause = _try("100% xã có cáp quang và đạt chuẩn", "commune_fiber_share", "commune-fiber-after")
    assert clause is not None and coordinated_words(" xã có cáp quang và đạt chuẩn", clause) is None

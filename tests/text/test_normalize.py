import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tracker.text.normalize import canonical_tones, normalize


def test_decomposed_text_becomes_nfc_and_quotes_map_back():
    published = unicodedata.normalize("NFD", "Tỷ lệ  mức độ 4\u00a0đạt 12,8%\r\nHết")
    n = normalize(published)
    assert n.text == "Tỷ lệ mức độ 4 đạt 12,8%\nHết"
    i = n.text.index("mức độ 4")
    assert n.original_text(i, i + len("mức độ 4")) == unicodedata.normalize("NFD", "mức độ 4")
    assert n.original_text(0, len(n.text)) == published


def test_zero_width_and_bom_are_dropped():
    assert normalize("\ufeff1.936\u200b.755").text == "1.936.755"


@given(st.text(alphabet=st.sampled_from(list("aeo ê\u0301\u0323\u0300\t\u00a0\r\nđ12,%")), max_size=60))
def test_any_span_maps_to_a_span_whose_normal_form_contains_it(s: str) -> None:
    n = normalize(s)
    assert unicodedata.is_normalized("NFC", n.text)
    assert n.original_text(0, len(n.text)) == s
    for a in range(0, len(n.text), 3):
        b = min(len(n.text), a + 4)
        back = normalize(n.original_text(a, b)).text
        assert n.text[a:b].strip() in back or back.strip() in n.text[a:b]


def test_old_and_new_tone_placement_match_for_rules():
    assert canonical_tones("văn hoá xã") == "văn hóa xã"
    assert canonical_tones("toán") == "toán"  # closed syllable keeps its mark
    assert canonical_tones("quý") == "quý"


def test_syllables_spelled_with_i_or_y_match_alike() -> None:
    assert canonical_tones("xử lí hồ sơ, tỉ lệ, kí số, TỈ LỆ") == "xử lý hồ sơ, tỷ lệ, ký số, TỶ LỆ"
    assert canonical_tones("tỉnh, chỉ số, kính") == "tỉnh, chỉ số, kính"  # only whole syllables
    from tests.extract.test_engine import extract, values

    assert values(extract("Toàn tỉnh có 97% hồ sơ được xử lí trực tuyến.")) == {("dossier_online_share", 97)}


def test_the_eth_lookalike_matches_as_d_with_stroke_and_is_quoted_as_published() -> None:
    assert canonical_tones("120 ðiểm bưu ðiện, ÐẠT") == "120 điểm bưu điện, ĐẠT"  # same length
    from tests.extract.test_engine import extract

    (o,) = extract("Toàn tỉnh có 120 ðiểm bưu ðiện văn hóa xã.").observations
    assert (o.indicator, o.value) == ("commune_culture_post_points", 120) and "ðiểm bưu ðiện" in o.quote


def test_a_number_glued_to_its_word_is_read_and_quoted_as_published() -> None:
    from tracker.text.normalize import normalize

    n = normalize("Toàn tỉnh đã tiếp nhận 99.854hồ sơ; 4G phủ 100% xã.")
    assert n.text == "Toàn tỉnh đã tiếp nhận 99.854 hồ sơ; 4G phủ 100% xã."
    start = n.text.index("99.854")
    assert n.original_text(start, start + len("99.854 hồ sơ")) == "99.854hồ sơ"

"""The province registry against the merger table of Nghị quyết 202/2025/QH15, and lookup."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.errors import ProvinceError
from tracker.provinces import at, fold, lookup, merger_date, predecessors, registry

# Written from the resolution's table (new unit ← units merged into it), independently of the data file.
MERGERS = {
    "tuyen-quang": {"ha-giang"}, "lao-cai": {"yen-bai"}, "thai-nguyen": {"bac-kan"},
    "phu-tho": {"vinh-phuc", "hoa-binh"}, "bac-ninh": {"bac-giang"}, "hung-yen": {"thai-binh"},
    "hai-phong": {"hai-duong"}, "ninh-binh": {"ha-nam", "nam-dinh"}, "quang-tri": {"quang-binh"},
    "da-nang": {"quang-nam"}, "quang-ngai": {"kon-tum"}, "gia-lai": {"binh-dinh"}, "khanh-hoa": {"ninh-thuan"},
    "lam-dong": {"dak-nong", "binh-thuan"}, "dak-lak": {"phu-yen"}, "ho-chi-minh": {"binh-duong", "ba-ria-vung-tau"},
    "dong-nai": {"binh-phuoc"}, "tay-ninh": {"long-an"}, "can-tho": {"soc-trang", "hau-giang"},
    "vinh-long": {"ben-tre", "tra-vinh"}, "dong-thap": {"tien-giang"}, "ca-mau": {"bac-lieu"},
    "an-giang": {"kien-giang"},
}
UNCHANGED = {"ha-noi", "thua-thien-hue", "lai-chau", "dien-bien", "son-la", "lang-son", "quang-ninh",
             "thanh-hoa", "nghe-an", "ha-tinh", "cao-bang"}
CITIES_2025 = {"ha-noi", "ho-chi-minh", "hai-phong", "da-nang", "can-tho", "thua-thien-hue"}


def test_63_units_before_the_merger_and_34_after() -> None:
    before, after = at(date(2025, 6, 30)), at(merger_date())
    assert merger_date() == date(2025, 7, 1)
    assert len(before) == 63 and len(registry()) == 63
    assert {p.slug for p in after} == set(MERGERS) | UNCHANGED
    assert len(after) == 34


def test_merger_map_matches_the_resolution() -> None:
    for slug, merged in MERGERS.items():
        assert {p.slug for p in predecessors(slug, date(2025, 7, 1))} == merged, slug
        assert predecessors(slug, date(2025, 6, 30)) == []
    for slug in UNCHANGED:
        assert predecessors(slug, date(2026, 1, 1)) == []


def test_names_kinds_and_header_forms_by_date() -> None:
    hue = lookup("thua-thien-hue")
    assert hue.ubnd_at(date(2024, 12, 31)) == "UBND TỈNH THỪA THIÊN HUẾ"
    assert hue.ubnd_at(date(2025, 1, 1)) == "UBND THÀNH PHỐ HUẾ"
    assert hue.place_at(date(2024, 6, 1)) == "Thừa Thiên Huế" and hue.place_at(date(2025, 6, 1)) == "Huế"
    assert {p.slug for p in at(date(2026, 1, 1)) if p.kind_at(date(2026, 1, 1)) == "thanh-pho"} == CITIES_2025
    hcm = lookup("ho-chi-minh")
    assert hcm.ubnd == "UBND THÀNH PHỐ HỒ CHÍ MINH"
    assert hcm.place == "Thành phố Hồ Chí Minh"  # named after a person: written in full (NĐ 30)
    kg = lookup("kien-giang")
    assert kg.label_at(date(2020, 1, 1)) == "tỉnh Kiên Giang"
    assert kg.exists(date(2025, 6, 30)) and not kg.exists(date(2025, 7, 1))


@pytest.mark.parametrize(("name", "slug"), [
    ("kien-giang", "kien-giang"), ("Kiên Giang", "kien-giang"), ("KIEN GIANG", "kien-giang"),
    ("tỉnh Kiên Giang", "kien-giang"), ("TP.HCM", "ho-chi-minh"), ("Sài Gòn", "ho-chi-minh"),
    ("Thành phố Hồ Chí Minh", "ho-chi-minh"), ("BR-VT", "ba-ria-vung-tau"), ("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"),
    ("Thừa Thiên Huế", "thua-thien-hue"), ("TP Huế", "thua-thien-hue"), ("TP. Cần Thơ", "can-tho"),
    ("Đắk Lắk", "dak-lak"), ("dak lak", "dak-lak"),
])
def test_lookup_accepts_slugs_names_and_aliases(name: str, slug: str) -> None:
    assert lookup(name).slug == slug


@pytest.mark.parametrize(("name", "hint"), [
    ("kien-giag", "kien-giang"), ("vinh phuk", "vinh-phuc"), ("../../etc", "tracker provinces"),
    ("kien-giang/..", "kien-giang"),
])
def test_unknown_or_path_like_names_are_refused_with_a_hint(name: str, hint: str) -> None:
    with pytest.raises(ProvinceError) as e:
        lookup(name)
    assert hint in str(e.value.hint)


def test_every_alias_points_to_one_unit() -> None:
    seen: dict[str, str] = {}
    for p in registry().values():
        for form in (p.slug, p.name, *p.aliases):
            assert seen.setdefault(fold(form), p.slug) == p.slug, form


@given(st.text(max_size=40))
def test_lookup_never_fails_with_anything_but_a_province_error(name: str) -> None:
    try:
        found = lookup(name)
    except ProvinceError as e:
        assert e.hint
    else:
        assert registry()[found.slug] is found and "/" not in name


def test_the_department_in_charge_is_data_by_date() -> None:
    from datetime import date

    from tracker.provinces import department

    assert department(date(2025, 2, 28)) == ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT")
    assert department(date(2025, 3, 1)) == ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN")

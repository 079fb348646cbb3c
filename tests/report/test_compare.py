"""Provinces side by side: the value a report would use, ranks with ties, merged units marked."""

from datetime import date

import pytest

from tracker.errors import UserError
from tracker.extract.catalog import default_catalog
from tracker.extract.model import Observation
from tracker.report.compare import compare


def fig(province: str, value: float, as_of: str, *, indicator: str = "dvc_level4_share", conf: float = 0.9,
        qualifier: str = "eq") -> Observation:
    return Observation(id=f"{province}{value}{as_of}", doc=f"{province}-doc", province=province, indicator=indicator,
                       value=value, unit="%", qualifier=qualifier, as_of=as_of, period=None, scope="province",
                       numerator=None, denominator=None, quote=f"đạt {value}%", start=0, end=1, rule="r",
                       confidence=conf, published=as_of)


def test_latest_usable_value_per_province_ranked_with_ties() -> None:
    figures = [
        fig("gia-lai", 40.0, "2024-06-30"), fig("gia-lai", 55.0, "2026-06-30"),  # newest wins
        fig("an-giang", 55.0, "2025-12-31", qualifier="gt"),
        fig("ha-noi", 90.0, "2026-01-31", conf=0.5),  # below the report's confidence threshold
        fig("ha-noi", 20.0, "2025-12-31"),
        fig("cao-bang", 70.0, "2027-01-01"),  # after the comparison date
        fig("son-la", 60.0, "2026-01-01", indicator="dossier_online_share"),
    ]
    c = compare(figures, default_catalog(), "dvc_level4_share", date(2026, 11, 23))
    assert [(s.rank, s.province, s.text) for s in c.rows] == [
        (1, "an-giang", "trên 55%"), (1, "gia-lai", "55%"), (3, "ha-noi", "20%")]
    assert c.rows[0].note == "" and c.to_dict()["rows"][2]["quote"] == "đạt 20.0%"
    assert "1. tỉnh An Giang" in c.chart and "3. thành phố Hà Nội" in c.chart


def test_lower_is_better_indicators_rank_upwards() -> None:
    figures = [fig("gia-lai", 12, "2024", indicator="egov_rank"), fig("ha-noi", 3, "2024", indicator="egov_rank")]
    c = compare(figures, default_catalog(), "egov_rank", date(2025, 1, 1))
    assert c.lower_is_better and [s.province for s in c.rows] == ["ha-noi", "gia-lai"]


def test_merged_units_keep_their_rows_and_say_so() -> None:
    figures = [fig("kien-giang", 12.8, "2020-07-15"), fig("an-giang", 30.0, "2024-11-30")]
    after = compare(figures, default_catalog(), "dvc_level4_share", date(2026, 1, 1))
    notes = {s.province: s.note for s in after.rows}
    assert notes == {"kien-giang": "đã sáp nhập vào tỉnh An Giang từ 1/7/2025", "an-giang": "số liệu trước sáp nhập"}
    before = compare(figures, default_catalog(), "dvc_level4_share", date(2025, 1, 1))
    assert {s.note for s in before.rows} == {""}


def test_an_unknown_indicator_suggests_the_closest() -> None:
    with pytest.raises(UserError) as e:
        compare([], default_catalog(), "dvc_level4", date(2025, 1, 1))
    assert e.value.hint == "có phải ý bạn là dvc_level4_share?"
    empty = compare([], default_catalog(), "dvc_level4_share", date(2025, 1, 1))
    assert empty.rows == [] and "Chưa có số liệu" in empty.chart


@pytest.mark.parametrize("indicator", ["egov_rank", "bts_count", "dvc_level4_share"])
def test_an_indicator_without_any_figure_is_an_empty_comparison(indicator: str) -> None:
    c = compare([], default_catalog(), indicator, date(2026, 11, 23))
    assert c.rows == [] and "Chưa có số liệu" in c.chart

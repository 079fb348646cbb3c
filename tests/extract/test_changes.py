"""A number after or before the words of a change is no level (extract.changes)."""

import pytest

from tracker.extract.changes import is_change


@pytest.mark.parametrize(("prefix", "after"), [
    ("Số thuê bao Internet tăng ", "% so với năm 2020"),
    ("Doanh thu viễn thông đạt ", " tỷ đồng so với cùng kỳ"),  # the unit, then the comparison
    ("Tỷ lệ hồ sơ trực tuyến cao hơn bình quân cả nước ", "%"),
    ("Về đầu tư mới: Cấp xã: ", " điểm cầu"),
    ("Số trạm BTS đạt ", " lần năm 2015"),
    ("Doanh thu tăng trên ", "%"),
    ("Số thuê bao điện thoại ước phát triển trong năm ", " thuê bao"),  # a year's additions
    ("Mật độ điện thoại đạt 62 máy/100 dân (Kế hoạch đăng ký là ", " thuê bao/100 dân)"),  # the plan's figure
    ("Sau bão, hơn ", " trạm BTS gặp sự cố, trong đó 4 trạm bị gãy đổ"),  # an outage
    ("Có ", " trạm phát sóng bị mất liên lạc"),
])
def test_changes_gaps_and_new_investment(prefix: str, after: str) -> None:
    assert is_change(prefix, after)


@pytest.mark.parametrize(("prefix", "after"), [
    ("Tỷ lệ hồ sơ trực tuyến tăng lên ", "%"),
    ("Số xã chưa có cáp quang giảm còn ", " xã"),
    ("Số thuê bao Internet đạt ", " thuê bao, tăng 5%"),  # the change is the next number's
    ("Toàn tỉnh có trên ", " trạm BTS"),
    ("Toàn tỉnh có ", " trạm BTS, chưa có trạm nào bị hư hỏng"),  # the outage words of another clause
    # the level of an indicator that counts the work (the workspace's "Số trạm truyền thanh xã được sửa
    # chữa, nâng cấp"): vetoing it belongs to the stock's rules, not to every indicator
    ("đầu tư sửa chữa, nâng cấp ", " Trạm truyền thanh xã"),
    ("Hoàn thành phát triển ", "% xã có hạ tầng băng rộng cáp quang"),  # completing is reaching a level
])
def test_levels(prefix: str, after: str) -> None:
    assert not is_change(prefix, after)

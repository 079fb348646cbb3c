"""Click's own usage errors through `tracker.cli.main`: worded in Vietnamese (or left in English
with --lang en), exit status 2, the usage line kept."""

import pytest

from tracker.cli import main
from tracker.cli.usage import reword
from tracker.i18n import set_lang


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        main(args)
    set_lang(None)
    return int(done.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize(("args", "said"), [
    (["report", "--bogus"], "Lỗi: Không có tùy chọn --bogus."),
    (["serve", "--port", "abc"], "Lỗi: Giá trị không hợp lệ cho '--port': cần một số nguyên."),
    (["serve", "--port", "99999"], "Lỗi: Giá trị không hợp lệ cho '--port': cần nhỏ hơn hoặc bằng 65535."),
    (["nocmd"], "Lỗi: Không có lệnh 'nocmd'."),
    (["report", "-p"], "Lỗi: Tùy chọn '-p' cần một giá trị."),
    (["compare"], "Lỗi: Thiếu tùy chọn '--indicator' / '-i'."),
    (["provinces", "thừa"], "Lỗi: Thừa tham số: thừa."),
])
def test_usage_errors_in_vietnamese(args: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(args, capsys)
    assert code == 2 and said in err, err
    assert "Error:" not in err and "Usage:" not in err


def test_english_keeps_clicks_words_and_a_bare_command_prints_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(["--lang", "en", "report", "--bogus"], capsys)
    assert code == 2 and "Usage: tracker report [OPTIONS]" in err and "Error: No such option: --bogus" in err
    code, err = run([], capsys)
    assert code == 2 and "Theo dõi chỉ tiêu" in err and "Lỗi" not in err


def test_an_unknown_shape_is_shown_as_click_wrote_it() -> None:
    assert reword("Something new from Click.") == "Something new from Click."
    assert reword("Invalid value for '-x': a reason Click gave") == "Giá trị không hợp lệ cho '-x': a reason Click gave"


def test_a_command_that_succeeds_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["provinces", "--format", "json"])
    assert done.value.code == 0 and '"slug": "kien-giang"' in capsys.readouterr().out


def test_an_aborted_command_says_so_and_exits_one(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import typer

    class Aborting:
        def main(self, **_: object) -> None:
            raise typer.Abort()

    monkeypatch.setattr(typer.main, "get_command", lambda _app: Aborting())
    code, err = run(["status"], capsys)
    assert code == 1 and err.strip() == "Đã hủy."

"""Decoding: every supported encoding gives the same NFC text, and unknown bytes are refused."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.text.decode import DecodeError, decode
from tracker.text.legacy import decode_tcvn3, decode_vni, encode_cp1258, encode_tcvn3, encode_vni

SENTENCE = (
    "Đến tháng 8/2023, tỷ lệ dịch vụ công trực tuyến mức độ 4 của tỉnh đạt 84,35%; "
    "người dân được hưởng lợi từ việc chuyển đổi số, hồ sơ được giải quyết đúng hạn."
)


def _encodings(text: str) -> dict[str, bytes]:
    return {
        "utf-8": text.encode("utf-8"),
        "utf-8-bom": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16-le": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf-16-be": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "cp1258": encode_cp1258(text),
        "tcvn3": encode_tcvn3(text),
        "vni": encode_vni(text),
        "utf-8-nfd": unicodedata.normalize("NFD", text).encode("utf-8"),
    }


@pytest.mark.parametrize("name", list(_encodings(SENTENCE)))
def test_every_encoding_gives_the_same_nfc_text(name: str) -> None:
    decoded = decode(_encodings(SENTENCE)[name])
    assert unicodedata.normalize("NFC", decoded.text) == SENTENCE


@pytest.mark.parametrize(
    ("name", "expected"),
    [("cp1258", "cp1258"), ("tcvn3", "tcvn3"), ("vni", "vni"), ("utf-16-le", "utf-16"), ("utf-8-bom", "utf-8")],
)
def test_detected_encoding_is_reported(name: str, expected: str) -> None:
    assert decode(_encodings(SENTENCE)[name]).encoding == expected


def test_known_legacy_spellings() -> None:
    # How these words look when a TCVN3 or VNI file is opened as Latin-1: the classic mojibake.
    assert decode_tcvn3("c«ng nghÖ th«ng tin".encode("latin-1")) == "công nghệ thông tin"
    assert decode_vni("Vieät Nam".encode("latin-1")) == "Việt Nam"
    assert decode_vni("Nguyeãn Thò Ñaøo".encode("latin-1")) == "Nguyễn Thị Đào"


def test_tcvn3_cannot_hold_capitals_with_tones() -> None:
    with pytest.raises(UnicodeEncodeError):
        encode_tcvn3("Ủy ban")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "nhị phân"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "BOM"),
        (bytes(range(0x80, 0x100)) * 4, "bảng mã"),
    ],
)
def test_undecodable_bytes_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)


# Letters each legacy table can hold: ASCII, and every Vietnamese lower-case letter; VNI also
# holds the upper-case ones.
_LOWER = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
_TCVN3_ALPHABET = _LOWER + "ĂÂÊÔƠƯĐ" + "bcghklmnpqrstvx BCGHKLMNPQRSTVX0123456789.,;:%/()-"
_VNI_ALPHABET = _TCVN3_ALPHABET + _LOWER.upper()


@given(st.text(alphabet=_TCVN3_ALPHABET, max_size=200))
def test_tcvn3_round_trip(text: str) -> None:
    assert decode_tcvn3(encode_tcvn3(text)) == text


@given(st.text(alphabet=_VNI_ALPHABET, max_size=200))
def test_vni_round_trip(text: str) -> None:
    assert decode_vni(encode_vni(text)) == text


@given(st.text(alphabet=_VNI_ALPHABET, max_size=200))
def test_cp1258_round_trip(text: str) -> None:
    data = encode_cp1258(text)
    assert unicodedata.normalize("NFC", data.decode("cp1258")) == text


@given(st.binary(max_size=300))
def test_decode_never_raises_anything_but_decode_error(data: bytes) -> None:
    try:
        result = decode(data)
    except DecodeError:
        return
    assert isinstance(result.text, str)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(codec: str) -> None:
    text = "---\nprovince: kien-giang\npublished: 2024\n---\nToàn tỉnh có 1.250 trạm BTS.\n"
    got = decode(text.encode(codec))
    assert (got.text, got.encoding) == (text, "utf-16")


def test_binary_with_nul_bytes_is_still_refused() -> None:
    with pytest.raises(DecodeError):
        decode(bytes(range(256)) * 8)

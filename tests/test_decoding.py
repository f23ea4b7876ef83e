import os

import pytest

from newsx.analysis.decoding import decode
from newsx.analysis.errors import BinaryInputError, DecodeError

from conftest import SEED

TEXT = SEED.read_text(encoding="utf-8")
TRADITIONAL = (
    "鄭東新區舉行招商引資項目雲簽約儀式，總投資超過六十四億元，聚焦區塊鏈、人工智慧等領域。"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_detects_the_encodings_of_chinese_news(encoding):
    decoded = decode(TEXT.encode(encoding))
    assert decoded.text == TEXT
    assert decoded.warning is None


def test_detects_big5():
    decoded = decode(TRADITIONAL.encode("big5"))
    assert decoded.encoding == "big5"
    assert decoded.text == TRADITIONAL


def test_a_forced_encoding_is_used_and_checked():
    assert decode(TEXT.encode("gbk"), encoding="gbk").text == TEXT
    with pytest.raises(DecodeError, match="not valid utf-8"):
        decode(TEXT.encode("gbk"), encoding="utf-8")
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(b"abc", encoding="no-such-codec")


def test_a_character_cut_in_half_is_replaced_with_a_warning():
    data = TEXT.encode("utf-8")[:-1]
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.endswith("\ufffd")
    assert decoded.text[:-1] == TEXT[:-1]
    assert "replaced" in (decoded.warning or "")


def test_binary_and_random_bytes_are_refused():
    with pytest.raises(BinaryInputError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises((BinaryInputError, DecodeError)):
        decode(os.urandom(4096).replace(b"\x00", b"\x01"))


def test_crlf_is_kept_for_normalisation_to_handle():
    assert decode("一\r\n二".encode("gb18030")).text == "一\r\n二"


def test_a_utf16_text_cut_in_half_keeps_its_text_with_a_warning():
    # An odd last byte below 0x80 cannot be escaped; it was an internal error (exit 70).
    data = TEXT[:200].encode("utf-16") + b"\x00"
    decoded = decode(data)
    assert decoded.text.startswith(TEXT[:200]) and decoded.text.endswith("\ufffd")
    assert decoded.bad_bytes == 1 and "utf-16" in (decoded.warning or "")

"""Bytes to text: detect the encoding of one input.

Order: an explicit encoding; a byte-order mark; UTF-8; GB18030 or Big5
(charset-normalizer decides when both decode). A file with only a few bad bytes
(scraped text with a stray byte, a last character cut in half) is decoded with
U+FFFD in their place and a warning, instead of losing the whole file.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from newsx.analysis.errors import BinaryInputError, DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("gb18030", "big5")
_MAX_BAD_SHARE = 0.002  # bad bytes tolerated, as a share of the input (at least 3)
_MAX_CONTROL_SHARE = 0.05  # more control characters than this means binary
# Bytes a codec cannot decode come back as lone surrogates under "surrogateescape".
_ESCAPED = re.compile("[\udc80-\udcff]")
# Control characters other than whitespace (\t \n \v \f \r).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None
    bad_bytes: int = 0


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode one input; raise BinaryInputError or DecodeError when it is not text."""
    if encoding:
        return _checked(_decode_forced(data, encoding))
    bom = bom_encoding(data)
    if bom:
        return _checked(_decode_lenient(data, bom))
    if b"\x00" in data:
        raise BinaryInputError("binary file (contains NUL bytes)")
    utf8 = _decode_lenient(data, "utf-8")
    if not utf8.bad_bytes or _cut_short(data, "utf-8"):
        return _checked(utf8)
    legacy = _pick_legacy(data)
    if legacy:
        return _checked(Decoded(data.decode(legacy), legacy))
    if _cut_short(data, "gb18030"):
        return _checked(_decode_lenient(data, "gb18030"))
    tolerated = _MAX_BAD_SHARE * len(data)
    for name in ("utf-8", *_LEGACY):
        decoded = utf8 if name == "utf-8" else _decode_lenient(data, name)
        if decoded.bad_bytes <= tolerated:
            return _checked(decoded)
    raise DecodeError(
        "bytes do not decode as UTF-8, GB18030 or Big5; pass --encoding if you know the encoding"
    )


def _cut_short(data: bytes, encoding: str) -> bool:
    """Valid but for a last character cut in half (a truncated download)."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(data, final=False)
        return True
    except UnicodeDecodeError:
        return False


def detect_encoding(sample: bytes) -> str:
    """Encoding of a large file judged from its first block (for streaming)."""
    bom = bom_encoding(sample)
    if bom:
        return bom
    head = sample[:-3]  # the block may end mid-character
    if _decode_lenient(head, "utf-8").bad_bytes <= max(3, _MAX_BAD_SHARE * len(head)):
        return "utf-8"
    return _pick_legacy(head) or "utf-8"


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _decode_forced(data: bytes, encoding: str) -> Decoded:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}") from None
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"not valid {encoding} (bad byte at offset {error.start}); "
            "leave out --encoding to detect the encoding"
        ) from None


def _pick_legacy(data: bytes) -> str | None:
    """GB18030 or Big5 when exactly one decodes strictly, else ask charset-normalizer."""
    ok = []
    for name in _LEGACY:
        try:
            data.decode(name)
            ok.append(name)
        except UnicodeDecodeError:
            pass
    if len(ok) < 2:
        return ok[0] if ok else None
    # Both decode. Simplified text read as GB18030 is almost all GB2312 characters;
    # Big5 bytes read as GB18030 are about half GBK extensions.
    if _gb2312_share(data.decode("gb18030")) >= 0.9:
        return "gb18030"
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[:65536], cp_isolation=list(_LEGACY)).best()
    return best.encoding if best is not None and best.encoding in ok else ok[0]


def _gb2312_share(text: str) -> float:
    han = [ch for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    common = 0
    for ch in han:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(han)


def _decode_lenient(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)  # the common case, at C speed
    except UnicodeDecodeError:
        pass
    replaced = data.decode(encoding, errors="replace")  # one U+FFFD per bad sequence
    try:
        escaped = data.decode(encoding, errors="surrogateescape")
    except UnicodeDecodeError:
        # Bytes below 0x80 cannot be escaped (a UTF-16 text cut in half): the
        # replacements are the count.
        escaped = replaced.replace("\ufffd", "\udc80")
    bad = _ESCAPED.findall(escaped)
    if not bad:
        return Decoded(escaped, encoding)
    where = escaped.index(bad[0])
    return Decoded(
        replaced,
        encoding,
        f"{len(bad)} invalid {encoding} byte(s) replaced with U+FFFD (first at character {where})",
        len(bad),
    )


def _checked(decoded: Decoded) -> Decoded:
    sample = decoded.text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls > _MAX_CONTROL_SHARE * max(1, len(sample)):
        raise BinaryInputError("binary file (control characters)")
    return decoded

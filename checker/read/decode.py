"""Bytes to text: binary detection, encoding detection, and one definition of a line break."""

from __future__ import annotations

import codecs
import re
from typing import Final

from checker.read.errors import ReadError

# Bytes that never occur in text files; tab, newline, carriage return, form feed and escape do.
_CONTROL_BYTES: Final = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b") + b"\x7f"
# A text file may carry a few stray control bytes; a file where this share of the bytes are
# controls is a binary format whose NUL-free prefix fooled the first test.
_MAX_CONTROL_SHARE: Final = 0.10
_SNIFF_BYTES: Final = 64 * 1024

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried in order when there is no byte order mark; latin-1 decodes every byte, so it ends the list.
_FALLBACKS: Final = ("utf-8", "cp1252", "latin-1")

# Editors number lines by \n, \r\n and \r only. Other vertical separators (form feed, NEL,
# U+2028...) and stray C0/C1 controls become spaces, so that "line N" means the same thing to
# the tool, to str.splitlines() on the result, and to the person opening the file.
_ODD_CHARACTERS: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding actually used to decode it.

    Raises ``ReadError`` for binary content.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalize_breaks(data.decode(encoding)), encoding
            except UnicodeDecodeError as error:
                raise ReadError(
                    f"starts with a {encoding} byte order mark but is not valid {encoding} "
                    f"(byte {error.start})"
                ) from None
    _reject_binary(data)
    for encoding in _FALLBACKS:
        try:
            return normalize_breaks(data.decode(encoding)), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _reject_binary(data: bytes) -> None:
    if b"\x00" in data:
        raise ReadError("binary file (contains NUL bytes)")
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls / len(sample) > _MAX_CONTROL_SHARE:
        raise ReadError(f"binary file ({controls / len(sample):.0%} control bytes)")


def normalize_breaks(text: str) -> str:
    """``text`` with ``\\n`` as its only line break; length and line count are kept.

    ``\\r\\n`` becomes a space and ``\\n``, a lone ``\\r`` becomes ``\\n``.
    """
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    return _ODD_CHARACTERS.sub(" ", text)

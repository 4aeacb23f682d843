"""Bytes to text: encodings, binary files, line breaks."""

from __future__ import annotations

import codecs

import pytest

from checker.read import ReadError
from checker.read.decode import decode


def test_utf8_without_bom() -> None:
    assert decode("Größe: 3,8 Mrd.".encode()) == ("Größe: 3,8 Mrd.", "utf-8")


def test_utf8_bom_is_dropped() -> None:
    text, encoding = decode(codecs.BOM_UTF8 + "Modèle".encode())
    assert (text, encoding) == ("Modèle", "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    text, encoding = decode(bom + "7 Milliarden\nZeile 2".encode(codec))
    assert text == "7 Milliarden\nZeile 2"
    assert encoding == "utf-16"


def test_utf32_with_bom() -> None:
    text, encoding = decode(codecs.BOM_UTF32_LE + "x".encode("utf-32-le"))
    assert (text, encoding) == ("x", "utf-32")


def test_invalid_utf8_falls_back_to_cp1252() -> None:
    # 0x80 is the euro sign in cp1252 and invalid as a UTF-8 start byte.
    text, encoding = decode("Preis: 20 € für Größe".encode("cp1252"))
    assert text == "Preis: 20 € für Größe"
    assert encoding == "cp1252"


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    text, encoding = decode(b"caf\xe9 \x81")
    assert encoding == "latin-1"
    assert text == "café \x81".replace("\x81", " ")


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(ReadError, match="binary file"):
        decode(b"PK\x03\x04\x00\x00rest of a zip")


def test_mostly_control_bytes_are_binary() -> None:
    with pytest.raises(ReadError, match="binary file"):
        decode(bytes(range(1, 9)) * 100 + b"some text")


def test_a_few_stray_control_bytes_are_still_text() -> None:
    text, _ = decode(b"Title\x07\n" + b"word " * 100)
    assert text.startswith("Title \n")


def test_empty() -> None:
    assert decode(b"") == ("", "utf-8")


def test_broken_utf16_after_bom_is_a_read_error() -> None:
    with pytest.raises(ReadError, match="utf-16"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate


def test_line_breaks_keep_length_and_lines() -> None:
    raw = "a\r\nb\rc\nd\u2028e\x0cf\x85g"
    text, _ = decode(raw.encode())
    assert len(text) == len(raw)
    assert text == "a \nb\nc\nd e f g"
    assert text.split("\n") == text.splitlines()

"""read_document: one file into a Document, or a one-line ReadError."""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
from pathlib import Path

import pytest

from checker.read import ReadError, read_document


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_markdown_document(tmp_path: Path) -> None:
    data = b"# Modell\n\nDas Modell hat `x` 7 Milliarden Parameter.\n"
    doc = read_document(write(tmp_path / "a.md", data), "docs/a.md")
    assert doc.path == "docs/a.md"
    assert doc.language == "de"
    assert doc.encoding == "utf-8"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert "`x`" not in doc.text
    assert len(doc.text) == len(data.decode())


def test_explicit_language_overrides_detection(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "a.md", b"The model is new."), "a.md", language="fr")
    assert doc.language == "fr"


def test_masking_follows_the_extension(tmp_path: Path) -> None:
    content = b"Text `5` here.\n"
    assert "`5`" in read_document(write(tmp_path / "a.txt", content), "a.txt").text
    assert "`5`" not in read_document(write(tmp_path / "a.md", content), "a.md").text
    rst = b"Example::\n\n    code 1\n"
    assert "code" not in read_document(write(tmp_path / "a.rst", rst), "a.rst").text


def test_empty_file(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "e.md", b""), "e.md")
    assert (doc.text, doc.language, doc.directives) == ("", "en", [])


def test_cp1252_file_says_so(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "w.txt", "Größe: 5 €".encode("cp1252")), "w.txt")
    assert (doc.text, doc.encoding) == ("Größe: 5 €", "cp1252")


def test_utf16_file(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "Le modèle est très grand.".encode("utf-16-le")
    doc = read_document(write(tmp_path / "u.md", data), "u.md")
    assert (doc.text, doc.encoding, doc.language) == ("Le modèle est très grand.", "utf-16", "fr")


def test_binary_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"^binary file \(contains NUL bytes\)$"):
        read_document(write(tmp_path / "x.md", b"\x89PNG\r\n\x1a\n\x00\x00"), "x.md")


def test_too_large_file_names_size_and_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "big.md", b"a" * 3 * 1024 * 1024)
    with pytest.raises(ReadError) as error:
        read_document(path, "big.md", max_bytes=2 * 1024 * 1024)
    assert str(error.value) == "file too large (3.0 MB; the limit is 2.0 MB)"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"^is a directory$"):
        read_document(tmp_path, "dir")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"^no such file$"):
        read_document(tmp_path / "gone.md", "gone.md")


def test_pipe_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "p.md")
    with pytest.raises(ReadError, match=r"^not a regular file$"):
        read_document(tmp_path / "p.md", "p.md")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.md", b"x")
    path.chmod(0)
    try:
        with pytest.raises(ReadError, match=r"^permission denied$"):
            read_document(path, "locked.md")
    finally:
        path.chmod(0o644)


def test_malformed_directive_is_logged_with_file_and_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path / "d.md", b"A.\n\n<!-- claim-check: ignroe CC101 -->\n")
    with caplog.at_level(logging.WARNING):
        doc = read_document(path, "docs/d.md")
    assert doc.directives == []
    assert caplog.messages == [
        "docs/d.md:3: unknown claim-check directive 'ignroe' (expected ignore, disable, "
        "enable); the comment is ignored"
    ]


def test_reading_never_changes_the_file(tmp_path: Path) -> None:
    data = b"---\na: 1\n---\r\nText\r\n```\ncode\n"
    path = write(tmp_path / "k.md", data)
    before = os.stat(path).st_mtime_ns
    read_document(path, "k.md")
    assert path.read_bytes() == data
    assert os.stat(path).st_mtime_ns == before


def test_unreadable_file_even_for_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.md", b"x")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("checker.read.open", refuse, raising=False)
    with pytest.raises(ReadError, match=r"^permission denied$"):
        read_document(path, "locked.md")


def test_other_os_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "io.md", b"x")

    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("checker.read.open", fail, raising=False)
    with pytest.raises(ReadError, match=r"^Input/output error$"):
        read_document(path, "io.md")

"""Every bad input gets a clear answer through the command line, never a traceback.

For each: the exit status, the message on stderr, and that no input file changed. One bad file
among good ones is skipped with a warning, named in the report, and the run goes on (the good
files still conflict, hence status 1).
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import Any

import pytest

from tests.robustness.helpers import (
    CONFLICT,
    assert_no_traceback,
    assert_one_clean_line,
    claim_check,
    report,
    snapshot,
    write,
)


def check_json(folder: Path, *paths: str) -> tuple[int, str, dict[str, Any]]:
    result = claim_check(folder, "check", "--format", "json", "--no-cache", *paths)
    assert_no_traceback(result)
    return result.returncode, result.stderr, report(result)


def skipped_in(data: dict[str, Any]) -> dict[str, str]:
    return {entry["path"]: entry["reason"] for entry in data["skipped"]}


def one_bad_among_good(
    tmp_path: Path, name: str, content: str | bytes
) -> tuple[str, dict[str, str]]:
    """Run over the conflicting pair and one bad file; the warning line and the skipped list."""
    write(tmp_path, {**CONFLICT, name: content})
    before = snapshot(tmp_path)
    status, stderr, data = check_json(tmp_path, ".")
    assert status == 1, stderr
    assert snapshot(tmp_path) == before
    assert {d["path"] for d in data["documents"]} >= {"a.md", "b.md"}
    return stderr, skipped_in(data)


# --------------------------------------------------------------------------- paths


def test_a_path_that_does_not_exist_ends_the_run(tmp_path: Path) -> None:
    write(tmp_path, CONFLICT)
    before = snapshot(tmp_path)
    result = claim_check(tmp_path, "check", "a.md", "missing.md")
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_clean_line(result.stderr, "missing.md", "no such file or directory")
    assert snapshot(tmp_path) == before


def test_symlink_loop_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    write(tmp_path, CONFLICT)
    (tmp_path / "sub").mkdir()
    os.symlink("..", tmp_path / "sub" / "loop")
    before = snapshot(tmp_path)
    status, stderr, data = check_json(tmp_path, ".")
    assert status == 1
    assert skipped_in(data) == {"sub/loop": "symbolic link loop (points to a folder above it)"}
    assert "sub/loop: skipped: symbolic link loop" in stderr
    assert snapshot(tmp_path) == before


def test_links_leaving_the_tree_are_not_followed(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", CONFLICT)
    outside = write(tmp_path / "outside", {"secret.md": "Nimbus-7 has 9 billion parameters.\n"})
    os.symlink(outside, corpus / "out")
    os.symlink(outside / "secret.md", corpus / "secret.md")
    before = snapshot(tmp_path)
    status, stderr, data = check_json(corpus, ".")
    assert status == 1
    assert skipped_in(data) == {
        "out": "symbolic link leads outside the checked paths",
        "secret.md": "symbolic link leads outside the checked paths",
    }
    assert "secret" not in str(data["documents"])
    assert stderr.count("skipped") == 2
    assert snapshot(tmp_path) == before


def test_a_pipe_is_never_opened(tmp_path: Path) -> None:
    write(tmp_path, CONFLICT)
    os.mkfifo(tmp_path / "pipe.md")
    status, stderr, data = check_json(tmp_path, ".")
    assert status == 1
    assert skipped_in(data) == {"pipe.md": "not a regular file"}
    assert "pipe.md: skipped: not a regular file" in stderr


# --------------------------------------------------------------------------- file contents


def test_binary_file_among_good_ones(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    stderr, skipped = one_bad_among_good(tmp_path, "logo.md", png)
    assert skipped == {"logo.md": "binary file (contains NUL bytes)"}
    assert_one_clean_line(stderr, "logo.md: skipped: binary file")


def test_file_too_large_is_skipped_with_its_size(tmp_path: Path) -> None:
    big = tmp_path / "huge.md"
    write(tmp_path, CONFLICT)
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: quick to make
    before = snapshot(tmp_path)
    status, stderr, data = check_json(tmp_path, ".")
    assert status == 1
    assert skipped_in(data) == {"huge.md": "file too large (50.0 MB; the limit is 20.0 MB)"}
    assert_one_clean_line(stderr, "huge.md: skipped: file too large")
    assert snapshot(tmp_path) == before


def test_a_single_bad_file_named_alone_still_answers(tmp_path: Path) -> None:
    write(tmp_path, {"logo.md": b"\x00\x01\x02"})
    result = claim_check(tmp_path, "check", "--no-cache", "logo.md")
    assert_no_traceback(result)
    assert result.returncode == 0
    assert "logo.md: skipped: binary file" in result.stderr


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("Nimbus-7 hat 500 Milliarden Parameter für 5 €.\n".encode("cp1252"), "cp1252"),
        (b"Nimbus-7 a 500 milliards de param\xe8tres \x81.\n", "latin-1"),
        (codecs.BOM_UTF16_LE + "Nimbus-7 hat 500 Milliarden Parameter.\n".encode("utf-16-le"),
         "utf-16"),
    ],
)
def test_files_that_are_not_utf8_are_read(tmp_path: Path, content: bytes, encoding: str) -> None:
    write(tmp_path, {"legacy.md": content})
    before = snapshot(tmp_path)
    status, stderr, data = check_json(tmp_path, ".")
    assert status == 0, stderr
    (document,) = data["documents"]
    assert document["encoding"] == encoding
    assert document["claims"] >= 1
    assert snapshot(tmp_path) == before


def test_empty_files_are_fine(tmp_path: Path) -> None:
    write(tmp_path, {**CONFLICT, "empty.md": "", "blank.txt": "\n\n  \n"})
    status, stderr, data = check_json(tmp_path, ".")
    assert status == 1
    assert stderr == ""
    assert len(data["documents"]) == 4


def test_a_directory_named_like_a_document_is_walked(tmp_path: Path) -> None:
    write(tmp_path, {"folder.md/a.md": CONFLICT["a.md"], "b.md": CONFLICT["b.md"]})
    status, stderr, data = check_json(tmp_path, ".")
    assert status == 1
    assert stderr == ""
    assert {d["path"] for d in data["documents"]} == {"folder.md/a.md", "b.md"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    locked = write(tmp_path, {**CONFLICT, "locked.md": "secret"}) / "locked.md"
    locked.chmod(0)
    try:
        status, stderr, data = check_json(tmp_path, ".")
    finally:
        locked.chmod(0o644)
    assert status == 1
    assert skipped_in(data) == {"locked.md": "permission denied"}
    assert_one_clean_line(stderr, "locked.md: skipped: permission denied")


def test_unreadable_file_is_skipped_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same as above for a user root cannot be: the file refuses to open."""
    from checker.cli import main

    write(tmp_path, {**CONFLICT, "locked.md": "secret"})
    monkeypatch.chdir(tmp_path)
    real_open = open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file).endswith("locked.md"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("checker.read.open", guarded_open, raising=False)
    status = main(["check", "--no-cache", "--jobs", "1", "--format", "json", "."])
    captured = capsys.readouterr()
    assert status == 1
    assert '"locked.md"' in captured.out and "permission denied" in captured.out
    assert_one_clean_line(captured.err, "locked.md: skipped: permission denied")


# --------------------------------------------------------------------------- workflow files


@pytest.mark.parametrize(
    ("files", "args", "expected"),
    [
        ({".claim-check.toml": "extensions = [\n"}, (), ".claim-check.toml"),
        ({".claim-check.toml": "no_such_key = 1\n"}, (), "no_such_key"),
        ({"pyproject.toml": "[tool.claim-check]\nfail_on = 3\n"}, (), "fail_on"),
        ({}, ("--config", "nowhere.toml"), "nowhere.toml"),
        ({".claim-check-baseline.json": "{"}, (), ".claim-check-baseline.json"),
        ({".claim-check-baseline.json": b"\xff\xfe\x00"}, (), ".claim-check-baseline.json"),
        (
            {".claim-check.toml": 'claims = "claims"\n', "claims/x.yaml": "entities: [\n"},
            (),
            "claims/x.yaml",
        ),
        (
            {
                ".claim-check.toml": 'claims = "claims"\n',
                "claims/x.yaml": "claims: !!python/object/apply:os.system ['touch pwned']\n",
            },
            (),
            "claims/x.yaml",
        ),
    ],
    ids=[
        "config-syntax", "config-unknown-key", "pyproject-wrong-type", "config-missing",
        "baseline-syntax", "baseline-binary", "claims-syntax", "claims-code-execution",
    ],
)
def test_bad_workflow_file_is_one_line_and_status_2(
    tmp_path: Path, files: dict[str, str | bytes], args: tuple[str, ...], expected: str
) -> None:
    write(tmp_path, {**CONFLICT, **files})
    before = snapshot(tmp_path)
    result = claim_check(tmp_path, "check", "--no-cache", *args)
    assert result.returncode == 2, result.stderr
    assert_one_clean_line(result.stderr, expected)
    assert snapshot(tmp_path) == before
    assert not (tmp_path / "pwned").exists()


def test_a_damaged_cache_is_rebuilt_not_fatal(tmp_path: Path) -> None:
    write(tmp_path, CONFLICT)
    first = claim_check(tmp_path, "check", "--format", "json")
    cache = tmp_path / ".claim-check-cache"
    entries = [path for path in cache.rglob("*") if path.is_file() and path.name != ".gitignore"]
    assert entries, "the first run wrote a cache"
    for number, path in enumerate(entries):
        path.write_bytes([b"", b"{not json", b"\x00\xff" * 10, b'{"version": 999}'][number % 4])
    before = snapshot(tmp_path)
    second = claim_check(tmp_path, "check", "--format", "json")
    assert_no_traceback(second)
    assert second.returncode == first.returncode == 1
    assert report(second)["findings"] == report(first)["findings"]
    assert snapshot(tmp_path) == before

"""Hostile inputs for the read step: no regex may go super-linear.

Each input is 1 MB here; a quadratic pattern would need minutes on it, so a bound of a few
seconds tells linear from not. ``benchmarks/fuzz.py`` and the CLI tests use 5 MB.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from checker.read import read_document

SIZE = 1_000_000

HOSTILE = {
    "dots": "1." * (SIZE // 2),
    "commas": "1," * (SIZE // 2),
    "spaces": " " * SIZE,
    "space lines": (" " * 79 + "\n") * (SIZE // 80),
    "newlines": "\n" * SIZE,
    "one long line": "word " * (SIZE // 5),
    "backticks": "`" * SIZE,
    "backtick runs": "``a`" * (SIZE // 4),
    "unclosed backticks": "`a" * (SIZE // 2),
    "nested quotes and lists": "> " * (SIZE // 10) + "- " * (SIZE // 10) + "*" * (SIZE // 10)
    + "[" * (SIZE // 10) + "(" * (SIZE // 10),
    "nested lists": "".join("  " * depth + "- item\n" for depth in range(1000)),
    "link openers": "[a](" * (SIZE // 4),
    "comment openers": "<!--" * (SIZE // 4),
    "tag openers": "<a " * (SIZE // 3),
    "raw html openers": "<pre>" * (SIZE // 5),
    "url openers": "http://." * (SIZE // 8),
    "www openers": "(www." * (SIZE // 5),
    "fences": "```\n" * (SIZE // 4),
    "tilde fences": "~~~~\n~~~\n" * (SIZE // 9),
    "list continuations": "- a\n\n    b\n\n" * (SIZE // 12),
    "lazy lines": "x\n    y\n\n    z\n\n" * (SIZE // 16),
    "literal markers": "a::\n\n  b\n" * (SIZE // 9),
    "rst comments": ".. x\n  y\n" * (SIZE // 9),
    "reference labels": "[" + "a" * 998 + "]" * 5000,
    "at signs": "a@" * (SIZE // 2),
    "dotted addresses": "x@" + "a." * (SIZE // 2),
    "directives": "<!-- claim-check: ignore -->\n" * (SIZE // 30) + "para",
    "colons": ":a:" * (SIZE // 3),
}
BOUND_SECONDS = 8.0


@pytest.mark.parametrize("suffix", [".md", ".rst", ".txt"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_reads_in_linear_time(tmp_path: Path, name: str, suffix: str) -> None:
    text = HOSTILE[name]
    path = tmp_path / f"hostile{suffix}"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    document = read_document(path, path.name)
    elapsed = time.perf_counter() - started
    assert elapsed < BOUND_SECONDS, f"{name} ({suffix}) took {elapsed:.1f} s"
    assert len(document.text) == len(text)
    assert document.text.count("\n") == text.count("\n")

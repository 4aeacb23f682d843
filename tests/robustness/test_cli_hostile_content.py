"""Hostile content through the whole command line: it finishes, answers cleanly and leaves the
file alone. Half a megabyte each here; ``python benchmarks/fuzz.py --hostile`` runs the full
5 MB and 1 MB sizes, ``test_hostile_reading.py`` the read step alone at 1 MB."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.robustness.helpers import assert_no_traceback, claim_check, snapshot, write

SIZE = 500_000
# Far above what linear work needs here, far below what a quadratic pattern would.
BOUND_SECONDS = 60


def nested_markdown(depth: int) -> str:
    quotes = "> " * depth + "The model has 7 billion parameters.\n\n"
    lists = "".join("  " * level + f"- level {level}\n" for level in range(depth))
    inline = "*" * depth + "[" * depth + "(" * depth + "`" * 7 + "text" + "]" * depth + "\n"
    return quotes + lists + "\n" + inline


HOSTILE_CONTENT = {
    "dots": "1." * (SIZE // 2),
    "commas": "1," * (SIZE // 2),
    "spaces": " " * SIZE,
    "one long line": "The team met at noon and talked about 3 things for a while. " * (SIZE // 60),
    "nested markdown": nested_markdown(300),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_CONTENT))
def test_hostile_content_finishes_cleanly(tmp_path: Path, name: str) -> None:
    write(tmp_path, {"hostile.md": HOSTILE_CONTENT[name]})
    before = snapshot(tmp_path)
    started = time.perf_counter()
    result = claim_check(tmp_path, "check", "--no-cache", timeout=BOUND_SECONDS * 2)
    elapsed = time.perf_counter() - started
    assert_no_traceback(result)
    assert result.returncode in (0, 1)
    assert result.stderr == ""
    assert elapsed < BOUND_SECONDS, f"{name}: {elapsed:.0f} s"
    assert snapshot(tmp_path) == before

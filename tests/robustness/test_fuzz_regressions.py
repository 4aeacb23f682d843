"""Inputs ``benchmarks/fuzz.py`` found to break a layer, kept so they stay fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.numbers import find_quantities
from tests.robustness.helpers import CONFLICT, assert_no_traceback, claim_check, snapshot, write


@pytest.mark.parametrize("lang", ["de", "en"])
def test_huge_exponent_is_not_a_crash(lang: str) -> None:
    find_quantities("1e900", lang)


def test_huge_exponent_in_one_file_does_not_end_the_run(tmp_path: Path) -> None:
    write(tmp_path, {**CONFLICT, "c.md": "Das Modell hat 1e900 Parameter.\n"})
    before = snapshot(tmp_path)
    result = claim_check(tmp_path, "check", "--no-cache")
    assert_no_traceback(result)
    assert result.returncode == 1
    assert snapshot(tmp_path) == before

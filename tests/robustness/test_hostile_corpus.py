"""Bounded work on hostile corpora: a file naming 50 entities with thousands of different
values. The full 200,000 sentences run in ``python benchmarks/fuzz.py --hostile`` (under a
minute is the goal); here a tenth of a tenth of it, and a check that time grows linearly."""

from __future__ import annotations

import io
import json
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from checker.cli import main
from checker.extract import extract_claims
from checker.models import Document
from tests.robustness.helpers import assert_no_traceback, claim_check, snapshot
from tests.robustness.hostile import ENTITIES, TEMPLATES, hostile_text, write_hostile_corpus

CI_SENTENCES = 2_000


def test_hostile_corpus_gives_grouped_findings(tmp_path: Path) -> None:
    corpus = write_hostile_corpus(tmp_path / "corpus", CI_SENTENCES)
    before = snapshot(corpus)
    started = time.perf_counter()
    result = claim_check(corpus, "check", "--no-cache", "--format", "json", timeout=120)
    elapsed = time.perf_counter() - started
    assert_no_traceback(result)
    assert result.returncode in (0, 1)
    assert elapsed < 60
    findings = json.loads(result.stdout)["findings"]
    # One finding per entity and attribute, however many values disagree.
    groups = [(f["rule"], f["entity"], f["attribute"]) for f in findings]
    assert len(groups) == len(set(groups))
    assert len(findings) <= ENTITIES * len(TEMPLATES)
    assert snapshot(corpus) == before


def seconds_to_extract(text: str) -> float:
    document = Document(path="doc.md", language="en", sha256="0" * 64, text=text)
    started = time.perf_counter()
    extract_claims(document)
    return time.perf_counter() - started


def seconds_to_check(folder: Path, text: str) -> float:
    folder.mkdir()
    (folder / "doc.md").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        main(["check", "--no-cache", "--jobs", "1", str(folder / "doc.md")])
    return time.perf_counter() - started


def one_long_line(sentences: int) -> str:
    """Sentences on a single line, each with a name and two figures: the shape of a 1 MB line
    (a minified or machine-written document)."""
    return "".join(
        f"Vorta-7 has {n} billion parameters and {n % 97} GPUs. " for n in range(sentences)
    )


def many_values(values: int) -> str:
    """One entity, one attribute, every paragraph a different value."""
    return "\n\n".join(f"Vorta-7 has {n} billion parameters." for n in range(1, values + 1))


# Six times the input: about six times the time when linear, thirty-six when quadratic (less at
# these sizes, where the linear part still weighs).
GROWTH = 6
LINEAR_BOUND = 8.5


def test_extraction_time_grows_linearly_with_the_document() -> None:
    seconds_to_extract(one_long_line(50))  # tables loaded once
    small = seconds_to_extract(one_long_line(400))
    large = seconds_to_extract(one_long_line(400 * GROWTH))
    assert large < LINEAR_BOUND * small, f"{small:.2f} s, then {large:.2f} s for {GROWTH}x"


def test_checking_time_grows_linearly_with_the_number_of_values(tmp_path: Path) -> None:
    seconds_to_check(tmp_path / "warm", many_values(10))  # imports and tables loaded once
    small = seconds_to_check(tmp_path / "small", many_values(100))
    large = seconds_to_check(tmp_path / "large", many_values(100 * GROWTH))
    assert large < LINEAR_BOUND * small, f"{small:.2f} s, then {large:.2f} s for {GROWTH}x"


def test_output_stays_bounded_when_one_entity_has_thousands_of_values(tmp_path: Path) -> None:
    (tmp_path / "one.md").write_text(many_values(300), encoding="utf-8")
    result = claim_check(tmp_path, "check", "--no-cache", timeout=120)
    assert_no_traceback(result)
    output = result.stdout.splitlines()
    assert len(output) < 100, f"{len(output)} lines of output"
    assert max(map(len, output)) < 2_000


def test_the_generator_is_deterministic() -> None:
    text = hostile_text(500)
    assert text == hostile_text(500)
    assert len([line for line in text.splitlines() if line]) == 500

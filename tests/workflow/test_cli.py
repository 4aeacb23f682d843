"""The team workflow through the command line: configuration, curated claims, baseline,
suppression and cache, each run as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from tests.robustness.helpers import CONFLICT, REPOSITORY, claim_check


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def test_baseline_accepts_findings_and_new_ones_still_fail(tmp_path: Path) -> None:
    write(tmp_path, CONFLICT)
    assert claim_check(tmp_path, "check").returncode == 1

    written = claim_check(tmp_path, "baseline")
    assert written.returncode == 0, written.stderr
    assert ".claim-check-baseline.json: 1 finding(s) accepted" in written.stderr
    baseline = json.loads((tmp_path / ".claim-check-baseline.json").read_text(encoding="utf-8"))
    assert [entry["entity"] for entry in baseline["findings"]] == ["Nimbus-7"]

    accepted = claim_check(tmp_path, "check")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "1 known finding(s) not shown" in accepted.stderr

    write(tmp_path, {"c.md": "# More\n\nNimbus-7 uses a context of 32,000 tokens.\n"})
    write(tmp_path, {"d.md": "# Less\n\nNimbus-7 uses a context of 8,000 tokens.\n"})
    fresh = claim_check(tmp_path, "check")
    assert fresh.returncode == 1
    assert "context length" in fresh.stdout
    assert "400 billion" not in fresh.stdout

    (tmp_path / "b.md").write_text("# Notes\n\nNimbus-7 has 500 billion parameters.\n")
    fixed = claim_check(tmp_path, "check")
    assert "no longer found, can be removed: CC101 Nimbus-7 parameters in a.md, b.md" in (
        fixed.stderr
    )

    again = claim_check(tmp_path, "baseline", "-o", "accepted.json")
    assert again.returncode == 0
    assert "accepted.json: 1 finding(s) accepted" in again.stderr
    assert claim_check(tmp_path, "check", "--baseline", "accepted.json").returncode == 0


def test_inline_ignore_suppresses_the_next_paragraph(tmp_path: Path) -> None:
    write(tmp_path, CONFLICT)
    (tmp_path / "b.md").write_text(
        '# Notes\n\n<!-- claim-check: ignore CC101 reason="launch figure" -->\n'
        "Nimbus-7 was trained with 400 billion parameters.\n",
        encoding="utf-8",
    )
    result = claim_check(tmp_path, "check", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["findings"] == []


def test_ignore_file_suppresses_by_path_and_rule(tmp_path: Path) -> None:
    write(tmp_path, CONFLICT)
    write(tmp_path, {".claim-check-ignore": "b.md:3 CC101 the launch figure\n"})
    assert claim_check(tmp_path, "check").returncode == 0
    write(tmp_path, {".claim-check-ignore": "b.md:9 CC101 another line\n"})
    assert claim_check(tmp_path, "check").returncode == 1


def test_configuration_switches_a_rule_off_and_lowers_the_bar(tmp_path: Path) -> None:
    write(tmp_path, CONFLICT)
    write(tmp_path, {"pyproject.toml": "[tool.claim-check.rules.CC101]\nenabled = false\n"})
    assert claim_check(tmp_path, "check").returncode == 0
    write(tmp_path, {"pyproject.toml": '[tool.claim-check.rules.CC101]\nseverity = "warning"\n'})
    assert claim_check(tmp_path, "check").returncode == 0
    assert claim_check(tmp_path, "check", "--fail-on", "warning").returncode == 1


def test_curated_reference_claims_are_checked(tmp_path: Path) -> None:
    write(tmp_path, {"a.md": CONFLICT["a.md"]})
    write(
        tmp_path,
        {
            ".claim-check.toml": 'claims = "facts"\n',
            "facts/nimbus.yaml": (
                "claims:\n  - entity: Nimbus 7\n    attribute: parameters\n"
                "    value: 400 billion\n    source: https://example.org/nimbus-7\n"
            ),
        },
    )
    result = claim_check(tmp_path, "check", "--format", "json")
    assert result.returncode == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["kind"] == "reference-conflict"
    assert "https://example.org/nimbus-7" in finding["message"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"pyproject.toml": '[tool.claim-check]\nfail-on = "warnings"\n'},
            "pyproject.toml: [tool.claim-check] fail-on: must be one of error, warning, never",
        ),
        (
            {".claim-check.toml": 'claims = "facts"\n', "facts/a.yaml": "claims:\n  - entity: X\n"},
            "facts/a.yaml: claims[0] (X): attribute: required",
        ),
        ({".claim-check-baseline.json": "{"}, ".claim-check-baseline.json: not valid JSON"),
        ({".claim-check-ignore": "a.md CC1\n"}, ".claim-check-ignore:1: 'CC1' is not a rule code"),
    ],
)
def test_a_bad_workflow_file_is_one_line_and_exit_2(
    tmp_path: Path, files: dict[str, str], expected: str
) -> None:
    write(tmp_path, CONFLICT)
    write(tmp_path, files)
    result = claim_check(tmp_path, "check")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert expected in result.stderr


def test_second_run_of_an_unchanged_corpus_replays_without_reading_it(tmp_path: Path) -> None:
    corpus = tmp_path / "examples"
    shutil.copytree(REPOSITORY / "examples", corpus)
    past = time.time() - 3600
    for path in [corpus, *corpus.rglob("*")]:
        os.utime(path, (past, past))
    first = claim_check(tmp_path, "check", "examples", "--fail-on", "never")
    assert first.returncode == 0, first.stderr
    # Without its extraction cache, a run that read the documents would write it again.
    extraction_cache = tmp_path / ".claim-check-cache" / "v1"
    assert any(extraction_cache.rglob("*.json"))
    shutil.rmtree(extraction_cache)
    second = claim_check(tmp_path, "check", "examples", "--fail-on", "never")
    assert (second.returncode, second.stdout, second.stderr) == (0, first.stdout, first.stderr)
    assert not extraction_cache.exists()
    (corpus / "new.md").write_text("Nimbus-7 has 500 billion parameters.\n", encoding="utf-8")
    os.utime(corpus / "new.md", (past, past))
    third = claim_check(tmp_path, "check", "examples", "--fail-on", "never")
    assert third.returncode == 0, third.stderr
    assert extraction_cache.exists()


def test_extract_lists_claims_and_counts_them_in_words(tmp_path: Path) -> None:
    write(tmp_path, {"a.md": "# One\n\nNimbus-7 has 500 billion parameters.\n"})
    listed = claim_check(tmp_path, "extract")
    assert listed.returncode == 0, listed.stderr
    assert "Nimbus-7 parameters = 500 billion parameters" in listed.stdout
    assert listed.stderr.strip() == "1 claim in 1 document"

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main
from checker.rules import all_rules
from checker.rules.docs import markdown, rule_doc

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_docs_rules_md_is_generated_from_the_docstrings() -> None:
    expected = markdown([rule_doc(rule) for rule in all_rules()])
    assert DOCS.read_text(encoding="utf-8") == expected, (
        "docs/rules.md is stale: run `claim-check rules --format markdown -o docs/rules.md`"
    )


def test_rules_lists_every_rule_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["code"] for row in rows] == [rule.code for rule in all_rules()]
    assert rows[0] == {
        "code": "CC101",
        "name": "value-conflict",
        "kind": "value-conflict",
        "severity": "error",
        "summary": "Sources give incompatible values for the same entity and attribute.",
    }


def test_explain_prints_the_documented_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "cc102"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("CC102 scale-mismatch")
    assert "Failing example:" in out and "Passing example:" in out
    assert "4,2 billions de paramètres" in out


def test_explain_unknown_code_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "CC999"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "CC999" in captured.err

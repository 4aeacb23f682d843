"""Every example a rule's documentation shows (``claim-check explain``) is run here."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.models import Severity
from checker.rules import all_rules
from checker.rules.docs import Example, rule_doc
from rules.corpus_runner import reference, run_corpus

EXAMPLES = [
    pytest.param(
        rule.code, example, id=f"{rule.code}-{'failing' if example.failing else 'passing'}"
    )
    for rule in all_rules()
    for example in rule_doc(rule).examples
]


def test_every_rule_documents_a_failing_and_a_passing_example() -> None:
    for rule in all_rules():
        doc = rule_doc(rule)
        assert doc.summary and doc.description, rule.code
        assert sorted(e.failing for e in doc.examples) == [False, True], rule.code


@pytest.mark.parametrize(("code", "example"), EXAMPLES)
def test_documented_example(tmp_path: Path, code: str, example: Example) -> None:
    references = [reference(*parts) for parts in example.references]
    result = run_corpus(tmp_path, example.documents, references)
    raised = [f for f in result.findings if f.rule == code]
    if example.failing:
        assert [f for f in raised if f.severity.rank >= Severity.WARNING.rank], result.claims
    else:
        assert raised == [], raised

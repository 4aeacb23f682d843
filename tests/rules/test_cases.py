"""The rule cases in ``cases/*.yaml``, each run through the whole pipeline.

A case is short documents (file name -> text) and every finding the run must report, no more:
each expected finding names its rule and may name the kind, severity, entity, attribute, the
two spellings (``names``) and the files its claims come from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.models import Finding, RunResult
from rules.corpus_runner import reference, run_corpus

CASES = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            params.append(pytest.param(case, id=f"{path.stem}-{case['name']}"))
    return params


def _matches(expected: dict[str, Any], finding: Finding, result: RunResult) -> bool:
    files = {c.source.path for c in result.claims if c.id in finding.claims}
    return (
        expected["rule"] == finding.rule
        and expected.get("kind", finding.kind) == finding.kind
        and expected.get("severity", finding.severity.value) == finding.severity.value
        and expected.get("entity", finding.entity) == finding.entity
        and expected.get("attribute", finding.attribute) == finding.attribute
        and sorted(expected.get("names", finding.names)) == sorted(finding.names)
        and set(expected.get("files", [])) <= files
    )


@pytest.mark.parametrize("case", _cases())
def test_case(tmp_path: Path, case: dict[str, Any]) -> None:
    references = [reference(**entry) for entry in case.get("references", [])]
    result = run_corpus(tmp_path, case["documents"], references)
    unmatched = list(result.findings)
    for expected in case.get("findings", []):
        hit = next((f for f in unmatched if _matches(expected, f, result)), None)
        assert hit is not None, f"missing {expected}; got {result.findings}"
        unmatched.remove(hit)
    assert unmatched == [], [f.message for f in unmatched]

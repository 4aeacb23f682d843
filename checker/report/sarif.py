"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Each finding is a result on its first source, with the other sources as related locations.
``partialFingerprints`` hash what the finding is about (never line numbers), so an alert keeps
its identity when lines move.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from checker import __version__
from checker.baseline import fingerprint
from checker.models import Claim, Finding, RunResult, Severity
from checker.report.common import ClaimIndex, format_claim_value, ordered_findings
from checker.report.rulemeta import RuleInfo, rules_for

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "claim-check"
INFORMATION_URI = "https://pypi.org/project/claim-check/"
FINGERPRINT_KEY = "claimCheckFinding/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_sarif(result: RunResult, rules: Sequence[RuleInfo]) -> str:
    index = ClaimIndex(result.claims)
    findings = ordered_findings(result)
    described = rules_for(findings, rules)
    rule_index = {rule.code: position for position, rule in enumerate(described)}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule_descriptor(rule) for rule in described],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [
                    _result(finding, index, rule_index[finding.rule]) for finding in findings
                ],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule_descriptor(rule: RuleInfo) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.description},
        "help": {"text": rule.help_text or rule.description, "markdown": rule.help_markdown},
        "defaultConfiguration": {"level": LEVELS[rule.default_severity]},
        "properties": {"tags": ["fact-check", rule.kind]},
    }


def _result(finding: Finding, index: ClaimIndex, rule_position: int) -> dict[str, Any]:
    claims = index.of(finding)
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_position,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
    }
    if claims:
        result["locations"] = [{"physicalLocation": _physical_location(claims[0])}]
        result["relatedLocations"] = [
            {
                "id": position,
                "physicalLocation": _physical_location(claim),
                "message": {"text": f"{format_claim_value(claim)}: “{claim.text}”"},
            }
            for position, claim in enumerate(claims)
        ]
    result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint(finding, index.by_id)}
    result["properties"] = {
        "kind": finding.kind,
        "entity": finding.entity,
        "attribute": finding.attribute,
        "names": list(finding.names),
    }
    return result


def _physical_location(claim: Claim) -> dict[str, Any]:
    return {
        "artifactLocation": {"uri": artifact_uri(claim.source.path)},
        "region": {"startLine": claim.source.line, "startColumn": claim.source.column},
    }


def artifact_uri(path: str) -> str:
    """A relative path as a relative URI reference; an absolute one as a ``file:`` URI."""
    source = Path(path)
    if source.is_absolute():
        return source.as_uri()
    return quote(source.as_posix(), safe="/")

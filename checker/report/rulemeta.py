"""What the reports say about a rule (its name, kind, default severity and documentation),
taken from the rules registry, so that every format describes a rule the same way."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from checker.models import Finding, Severity


class RuleClass(Protocol):
    """The attributes a rule class of the registry carries; its docstring documents it."""

    code: str
    name: str
    kind: str
    default_severity: Severity


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    kind: str
    default_severity: Severity
    summary: str
    description: str

    @classmethod
    def from_rule(cls, rule: type[RuleClass]) -> RuleInfo:
        doc = inspect.cleandoc(rule.__doc__ or "")
        paragraphs = [part.strip() for part in doc.split("\n\n") if part.strip()]
        summary = " ".join(paragraphs[0].split()) if paragraphs else rule.name
        return cls(
            code=rule.code,
            name=rule.name,
            kind=rule.kind,
            default_severity=Severity(rule.default_severity),
            summary=summary,
            description=doc or summary,
        )

    @classmethod
    def from_finding(cls, finding: Finding) -> RuleInfo:
        """Metadata for a rule the registry does not know (a plugin, an older baseline)."""
        summary = f"Reports {finding.kind.replace('-', ' ')}s between sources."
        return cls(
            code=finding.rule,
            name=finding.kind,
            kind=finding.kind,
            default_severity=finding.severity,
            summary=summary,
            description=summary,
        )


def registry_rules() -> list[RuleInfo]:
    """Every rule of the registry, by code."""
    from checker.rules import all_rules

    return sorted((RuleInfo.from_rule(rule) for rule in all_rules()), key=lambda r: r.code)


def rules_for(findings: Iterable[Finding], known: Sequence[RuleInfo]) -> list[RuleInfo]:
    """The known rules, plus a described entry for each rule code only the findings name."""
    by_code = {rule.code: rule for rule in known}
    for finding in findings:
        if finding.rule not in by_code:
            by_code[finding.rule] = RuleInfo.from_finding(finding)
    return [by_code[code] for code in sorted(by_code)]

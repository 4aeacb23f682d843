"""What the reports say about a rule (its name, kind, default severity and documentation),
taken from the rules registry, so that every format describes a rule the same way."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checker.models import Finding, Severity
from checker.rules import all_rules
from checker.rules.docs import RuleDoc, explain_text, rule_doc


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    kind: str
    default_severity: Severity
    summary: str
    description: str
    help_text: str = ""

    @classmethod
    def from_doc(cls, doc: RuleDoc) -> RuleInfo:
        return cls(
            code=doc.code,
            name=doc.name,
            kind=doc.kind,
            default_severity=Severity(doc.severity),
            summary=doc.summary,
            description=" ".join(part for part in (doc.summary, doc.description) if part),
            help_text=explain_text(doc),
        )

    @classmethod
    def from_finding(cls, finding: Finding) -> RuleInfo:
        """Metadata for a rule the registry does not know (a plugin, an older baseline)."""
        summary = f"Reports {finding.kind.replace('-', ' ')} findings."
        return cls(
            code=finding.rule,
            name=finding.kind,
            kind=finding.kind,
            default_severity=finding.severity,
            summary=summary,
            description=summary,
        )

    @property
    def help_markdown(self) -> str:
        return f"{self.description}\n\n`claim-check explain {self.code}` shows examples."


def registry_rules() -> list[RuleInfo]:
    """Every rule of the registry, by code."""
    return [RuleInfo.from_doc(rule_doc(rule)) for rule in all_rules()]


def rules_for(findings: Iterable[Finding], known: Sequence[RuleInfo]) -> list[RuleInfo]:
    """The known rules, plus a described entry for each rule code only the findings name."""
    by_code = {rule.code: rule for rule in known}
    for finding in findings:
        if finding.rule not in by_code:
            by_code[finding.rule] = RuleInfo.from_finding(finding)
    return [by_code[code] for code in sorted(by_code)]

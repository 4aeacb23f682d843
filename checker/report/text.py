"""Linter-style text: ``path:line:col: CC101 error message``, grouped by entity, with every
other source of a finding indented below it and one summary line at the end."""

from __future__ import annotations

from itertools import groupby

from checker.models import Claim, Finding, RunResult, Severity
from checker.report.common import (
    ClaimIndex,
    findings_phrase,
    format_amount,
    format_claim_value,
    location,
    ordered_findings,
    plural,
)

RESET = "\033[0m"
BOLD = "\033[1m"
DIM = "\033[2m"
SEVERITY_COLORS = {
    Severity.ERROR: "\033[1;31m",
    Severity.WARNING: "\033[1;33m",
    Severity.INFO: "\033[1;36m",
}


class Painter:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, style: str) -> str:
        return f"{style}{text}{RESET}" if self.enabled else text


# Evidence lines shown under one finding; the JSON and Markdown reports keep every claim.
SHOWN_EVIDENCE = 12


def render_text(result: RunResult, *, color: bool = False) -> str:
    paint = Painter(color)
    index = ClaimIndex(result.claims)
    findings = ordered_findings(result)
    if not findings:
        return _quiet_success(result) + "\n"
    lines: list[str] = []
    for entity, group in groupby(findings, key=lambda finding: finding.entity):
        entity_findings = list(group)
        if lines:
            lines.append("")
        lines.append(paint(f"{entity} ({plural(len(entity_findings), 'finding')})", BOLD))
        for finding in entity_findings:
            lines.extend(_finding_lines(finding, index, paint))
    lines.append("")
    lines.append(_summary(result))
    return "\n".join(lines) + "\n"


def _finding_lines(finding: Finding, index: ClaimIndex, paint: Painter) -> list[str]:
    claims = index.of(finding)
    where = location(claims[0]) if claims else finding.entity
    severity = paint(finding.severity.value, SEVERITY_COLORS[finding.severity])
    lines = [f"{paint(where, BOLD)}: {finding.rule} {severity} {finding.message}"]
    lines.extend(_evidence_line(claim, paint) for claim in claims[:SHOWN_EVIDENCE])
    if len(claims) > SHOWN_EVIDENCE:
        hidden = len(claims) - SHOWN_EVIDENCE
        lines.append(f"    … and {plural(hidden, 'more claim')} (--format json lists them all)")
    if finding.reference is not None:
        reference = finding.reference
        origin = reference.source or reference.file or "curated claims"
        value = format_amount(reference.value, reference.unit or "", reference.upper)
        lines.append(f"    reference: {value} ({origin})")
    return lines


def _evidence_line(claim: Claim, paint: Painter) -> str:
    quote = paint(f"“{claim.text}”", DIM)
    return f"    {location(claim)}: {claim.entity_text}: {format_claim_value(claim)}  {quote}"


def _summary(result: RunResult) -> str:
    summary = (
        f"{findings_phrase(result.findings)} in {plural(len(result.documents), 'document')}, "
        f"{plural(len(result.claims), 'claim')}"
    )
    extras = []
    if result.baselined:
        extras.append(f"{result.baselined} baselined")
    if result.suppressed:
        extras.append(f"{result.suppressed} suppressed")
    if result.skipped:
        extras.append(f"{plural(len(result.skipped), 'file')} skipped")
    return summary + (f" ({', '.join(extras)})" if extras else "")


def _quiet_success(result: RunResult) -> str:
    line = (
        f"No disagreements in {plural(len(result.documents), 'document')} "
        f"({plural(len(result.claims), 'claim')})."
    )
    if result.skipped:
        line += f" {plural(len(result.skipped), 'file')} skipped."
    return line

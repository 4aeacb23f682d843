"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` annotation per
finding, placed on its first source, with the other sources in the message body."""

from __future__ import annotations

from checker.models import Finding, RunResult, Severity
from checker.report.common import ClaimIndex, format_claim_value, location, ordered_findings

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escaping of a workflow command's message, as the Actions runner decodes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escaping of a workflow command's property value: the message's, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: RunResult) -> str:
    index = ClaimIndex(result.claims)
    return "".join(annotation(finding, index) + "\n" for finding in ordered_findings(result))


def annotation(finding: Finding, index: ClaimIndex) -> str:
    claims = index.of(finding)
    properties: list[tuple[str, str]] = []
    if claims:
        first = claims[0].source
        properties += [("file", first.path), ("line", str(first.line)), ("col", str(first.column))]
    subject = " ".join(part for part in (finding.entity, finding.attribute) if part)
    properties.append(("title", f"{finding.rule} {finding.kind}: {subject}"))
    body = [finding.message]
    body += [f"{location(claim)}: {format_claim_value(claim)} “{claim.text}”" for claim in claims]
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    message = escape_data("\n".join(body))
    return f"::{COMMANDS[finding.severity]} {rendered}::{message}"

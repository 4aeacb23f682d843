"""Hand-built claims and findings for the workflow tests."""

from __future__ import annotations

from checker.models import Claim, Finding, Severity, SourceLocation


def make_claim(
    claim_id: str,
    path: str,
    line: int,
    value: float | str = 5e11,
    *,
    entity: str = "Nimbus-7",
    attribute: str = "parameters",
    unit: str = "parameter",
) -> Claim:
    return Claim(
        id=claim_id,
        entity=entity,
        entity_text=entity,
        attribute=attribute,
        value=value,
        unit=unit,
        text=str(value),
        language="en",
        source=SourceLocation(path=path, line=line, column=1),
    )


def make_finding(
    claim_ids: list[str],
    *,
    rule: str = "CC101",
    kind: str = "value-conflict",
    entity: str = "Nimbus-7",
    attribute: str | None = "parameters",
    names: list[str] | None = None,
) -> Finding:
    return Finding(
        rule=rule,
        kind=kind,
        severity=Severity.ERROR,
        entity=entity,
        attribute=attribute,
        message="The sources disagree.",
        claims=claim_ids,
        names=names or [],
    )


def by_id(*claims: Claim) -> dict[str, Claim]:
    return {claim.id: claim for claim in claims}

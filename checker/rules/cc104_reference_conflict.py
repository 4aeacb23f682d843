from __future__ import annotations

from checker.models import Claim, Finding, ReferenceClaim, Severity
from checker.resolve import EntityIndex
from checker.rules.base import Rule, RuleContext
from checker.rules.values import agree, power_of_ten, quoted, spoken


def _reference_value(reference: ReferenceClaim) -> str:
    if isinstance(reference.value, str):
        return reference.value
    value = power_of_ten(reference.value)
    if reference.upper is not None:
        value += f"-{power_of_ten(reference.upper)}"
    hedge = "" if reference.qualifier == "exact" else f" ({reference.qualifier.value})"
    unit = f" {reference.unit}" if reference.unit else ""
    if reference.unit and reference.unit.islower() and reference.value != 1:
        unit += "s"  # "23 days", "16 experts"; currency codes stay as they are
    return f"{value}{unit}{hedge}"


class ReferenceConflict(Rule):
    """A document contradicts a curated reference claim.

    Curated claims (the `claims/` folder) record what is known for sure. A document's figure
    for the same entity (after resolution, so any spelling of the name matches) and attribute
    contradicts it when the two cannot both be true, read with their hedges exactly as CC101
    reads two documents. One finding per reference lists every document that contradicts it.

    Failing example:

        reference: Nimbus-2 | context_length | 32000 | token
        a.md: Nimbus-2 reads a context of 8,000 tokens.

    Passing example:

        reference: Nimbus-2 | context_length | 32000 | token
        a.md: Nimbus-2 reads a context of up to 32,000 tokens.
    """

    code = "CC104"
    name = "reference-conflict"
    kind = "reference-conflict"
    default_severity = Severity.ERROR

    def check(self, context: RuleContext) -> list[Finding]:
        index = EntityIndex(context.resolution.entities)
        by_subject: dict[tuple[str, str], list[Claim]] = {}
        for claim in context.resolution.claims:
            by_subject.setdefault((claim.entity, claim.attribute), []).append(claim)
        findings: list[Finding] = []
        for reference in context.references:
            entity = index.canonical(reference.entity)
            if entity is None:
                continue
            tolerance = context.tolerance(reference.attribute)
            contradicting = [
                claim
                for claim in by_subject.get((entity, reference.attribute), [])
                if reference.unit in (None, claim.unit) and not agree(claim, reference, tolerance)
            ]
            if not contradicting:
                continue
            stated = "; ".join(f"{quoted(c)} in {c.source.path}" for c in contradicting)
            origin = ", ".join(part for part in (reference.source, reference.file) if part)
            findings.append(
                self.finding(
                    entity=entity,
                    attribute=reference.attribute,
                    message=(
                        f"The reference gives {_reference_value(reference)} for the "
                        f"{spoken(reference.attribute)} of {entity}"
                        f"{f' ({origin})' if origin else ''}, but "
                        f"{'a document says' if len(contradicting) == 1 else 'documents say'} "
                        f"otherwise: {stated}."
                    ),
                    claims=contradicting,
                    reference=reference,
                )
            )
        return findings

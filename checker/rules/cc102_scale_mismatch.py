from __future__ import annotations

from checker.models import Claim, Finding, Severity
from checker.rules.base import Rule, RuleContext
from checker.rules.values import (
    documents_disagree,
    files,
    power_of_ten,
    quoted,
    scale_explanation,
    spoken,
)


def _reading(claims: list[Claim]) -> str:
    """'4,2 billions' (fr 'billions' read as 4.2×10^12) in a.md"""
    first = claims[0]
    word = f" '{first.scale_word}'" if first.scale_word else ""
    value = power_of_ten(float(first.value))
    return f"{quoted(first)} ({first.language}{word} read as {value}) in {files(claims)}"


class ScaleMismatch(Rule):
    """Figures for the same entity and attribute differ by an exact power of 1000.

    A factor of a thousand (or a million, ...) between otherwise equal figures is the mark of a
    scale-word slip: French "billion" and German "Billion" are 10^12 where English "billion" is
    10^9, "milliard"/"Milliarde" is 10^9, and "Mio."/"Mrd." or "K"/"M" are easily swapped. The
    message names the words and how each was read, so the reader sees which one to fix. When a
    factor of 1000 explains the whole disagreement, this rule reports it instead of CC101.
    As for CC101, the finding is `info` only when no two documents contradict each other.

    Failing example:

        a.md: Nimbus-2 has 4.2 billion parameters.
        b.md: Nimbus-2 compte 4,2 billions de paramètres.

    Passing example:

        a.md: Nimbus-2 has 4.2 billion parameters.
        b.md: Nimbus-2 compte 4,2 milliards de paramètres.
    """

    code = "CC102"
    name = "scale-mismatch"
    kind = "scale-mismatch"
    default_severity = Severity.ERROR

    def check(self, context: RuleContext) -> list[Finding]:
        findings: list[Finding] = []
        for (entity, attribute, _unit, _event), claims in context.groups().items():
            tolerance = context.tolerance(attribute)
            steps = scale_explanation(claims, tolerance)
            if steps is None:
                continue
            by_scale: dict[int, list[Claim]] = {}
            for claim in claims:
                by_scale.setdefault(steps[claim.id], []).append(claim)
            readings = " vs ".join(
                _reading(group) for _, group in sorted(by_scale.items(), reverse=True)
            )
            factor = power_of_ten(1000.0 ** (max(by_scale) - min(by_scale)))
            findings.append(
                self.finding(
                    entity=entity,
                    attribute=attribute,
                    message=(
                        f"The {spoken(attribute)} of {entity} differ by a factor of {factor}: "
                        f"{readings}; one scale word is likely misread or mistyped."
                    ),
                    claims=claims,
                    severity=None if documents_disagree(claims, tolerance) else Severity.INFO,
                )
            )
        return findings

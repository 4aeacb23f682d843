from __future__ import annotations

from checker.models import Finding, Severity
from checker.rules.base import Rule, RuleContext
from checker.rules.values import (
    all_agree,
    by_value,
    documents_disagree,
    files,
    quoted,
    scale_explanation,
    spoken,
)

# A message names this many values at most: a corpus may give an entity thousands.
SHOWN_VALUES = 8


class ValueConflict(Rule):
    """Sources give incompatible values for the same entity and attribute.

    Every figure is read with its hedge: "up to 500 billion" agrees with 500 billion and with
    anything below it, "about 15,000" with figures within 7%, "more than 100,000" with figures
    from 100,000 to 140,000 (a writer would have rounded a larger one to a larger figure), a
    range with what it contains; a context length "of up to 256K tokens" is 256K, since "up to"
    states a capacity, and "8K tokens" of context agree with 8,192. Two exact figures conflict
    when they differ by more than the attribute's tolerance (1% unless `[tool.claim-
    check.tolerance]` sets another), unless they are millions or more and the one written with
    fewer digits is the other rounded and within 5% of it ("11 milliards" and "11.17 billion",
    "7 Mrd." and "6.9 billion"; "2 trillion" and "2.3 trillion", "40 days" and "41 days" still
    conflict); dates conflict when neither is a more precise form of the other. Only figures in
    the same unit compare (dollars never against euros), and money raised in rounds the sources
    date to different months is two rounds, not one disputed figure (an undated sum belongs to
    the round whose sum it states, or is compared with every round). One finding lists every
    distinct figure with its documents. A disagreement that a factor of 1000 fully explains is
    left to CC102. When no two documents contradict each other (every two documents share an
    agreeing figure; the odd figure comes from a document that also states the common one), the
    finding is `info` only: that is more often a sentence about something else read as a claim
    than a wrong fact.

    Failing example:

        a.md: Nimbus-2 was trained for 30 days on 2,048 GPUs.
        b.md: Nimbus-2 wurde 45 Tage lang auf 2.048 GPUs trainiert.

    Passing example:

        a.md: Nimbus-2 was trained on about 2,000 GPUs.
        b.md: Nimbus-2 wurde auf 2.048 GPUs trainiert.
    """

    code = "CC101"
    name = "value-conflict"
    kind = "value-conflict"
    default_severity = Severity.ERROR

    def check(self, context: RuleContext) -> list[Finding]:
        findings: list[Finding] = []
        for (entity, attribute, _unit, _event), claims in context.groups().items():
            tolerance = context.tolerance(attribute)
            if all_agree(claims, tolerance) or scale_explanation(claims, tolerance) is not None:
                continue
            clusters = by_value(claims)
            values = "; ".join(
                f"{quoted(cluster[0])} in {files(cluster)}" for cluster in clusters[:SHOWN_VALUES]
            )
            if len(clusters) > SHOWN_VALUES:
                values += f"; and {len(clusters) - SHOWN_VALUES} more values"
            findings.append(
                self.finding(
                    entity=entity,
                    attribute=attribute,
                    message=f"Sources disagree on the {spoken(attribute)} of {entity}: {values}.",
                    claims=claims,
                    severity=None if documents_disagree(claims, tolerance) else Severity.INFO,
                )
            )
        return findings

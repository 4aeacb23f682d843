from __future__ import annotations

from collections import defaultdict

from checker.models import Claim, Finding, Severity
from checker.rules.base import Rule, RuleContext
from checker.rules.values import interval, quoted

# (part, whole): the part can never exceed the whole.
PART_OF_WHOLE = (("active_parameters", "parameters"),)


class Arithmetic(Rule):
    """A stated figure contradicts a figure it is part of.

    Checks one relation that holds for every model: the parameters active per token (a
    mixture-of-experts model) can never exceed the model's total parameters. Both figures must
    come from the same document and entity, be in the same unit, and the smallest value the
    active figure allows must exceed the largest the total allows by more than the tolerance,
    so hedged figures ("up to", "more than") only count when they cannot both be true. Other
    sanity checks (GPU counts against training days, say) are judgement, not arithmetic, and
    are not made. A document that gives several totals for one entity may be giving one of a
    part; the active figure must then exceed all of them. Figures that the scale-slip rule
    (CC102) reports as read at the wrong scale are not reported again.

    Failing example:

        a.md: Nimbus-2 has 12 billion parameters. Per token, 40 billion parameters are active.

    Passing example:

        a.md: Nimbus-2 has 47 billion parameters. Per token, 13 billion parameters are active.
    """

    code = "CC105"
    name = "arithmetic"
    kind = "arithmetic"
    default_severity = Severity.WARNING

    def check(self, context: RuleContext) -> list[Finding]:
        by_document: defaultdict[tuple[str, str, str], dict[str, list[Claim]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for (entity, attribute, unit, _event), claims in context.groups().items():
            for claim in claims:
                if not isinstance(claim.value, str):
                    by_document[(entity, claim.source.path, unit)][attribute].append(claim)
        findings: list[Finding] = []
        for (entity, path, _unit), attributes in sorted(by_document.items()):
            for part, whole in PART_OF_WHOLE:
                tolerance = context.tolerance(whole)
                totals = attributes.get(whole, [])
                for big_part in attributes.get(part, []):
                    too_small = [
                        total
                        for total in totals
                        if interval(big_part)[0] > interval(total)[1] * (1 + tolerance)
                    ]
                    # A document with several totals may give one of a part ("a dense block
                    # of 10 billion parameters"): only exceeding every total is a contradiction.
                    if not too_small or len(too_small) < len(totals):
                        continue
                    stated = ", ".join(quoted(total) for total in too_small)
                    findings.append(
                        self.finding(
                            entity=entity,
                            attribute=part,
                            message=(
                                f"In {path}, {entity} has {quoted(big_part)} as {part}, "
                                f"more than its {whole} {stated}."
                            ),
                            claims=[big_part, *too_small],
                        )
                    )
        return findings

from __future__ import annotations

from collections.abc import Iterable

from checker.extract import MEMBER_SEPARATORS
from checker.models import Claim, Finding, NameCandidate, Severity
from checker.rules.base import Rule, RuleContext
from checker.rules.values import agree, files, quoted, spoken


def _by_attribute(pairs: list[tuple[Claim, Claim]]) -> dict[str, list[tuple[Claim, Claim]]]:
    grouped: dict[str, list[tuple[Claim, Claim]]] = {}
    for pair in pairs:
        grouped.setdefault(pair[0].attribute, []).append(pair)
    return dict(sorted(grouped.items()))


def _shared_figures(
    context: RuleContext, firsts: list[Claim], seconds: list[Claim]
) -> list[tuple[Claim, Claim]]:
    """Claims of the two spellings that state the same figure, each paired with one of the
    other side. Distinct figures are compared, not every two claims: a name a corpus uses a
    thousand times states a handful of figures."""

    def by_figure(claims: list[Claim]) -> dict[tuple[object, ...], list[Claim]]:
        groups: dict[tuple[object, ...], list[Claim]] = {}
        for claim in claims:
            key = (claim.attribute, claim.unit, claim.value, claim.qualifier, claim.upper)
            groups.setdefault(key, []).append(claim)
        return groups

    pairs: list[tuple[Claim, Claim]] = []
    other_side = by_figure(seconds).values()
    for ours in by_figure(firsts).values():
        for theirs in other_side:
            a, b = ours[0], theirs[0]
            if (
                a.attribute == b.attribute
                and a.unit == b.unit
                and agree(a, b, context.tolerance(a.attribute))
            ):
                pairs += [(claim, b) for claim in ours] + [(a, claim) for claim in theirs[1:]]
    return pairs


def _texts(claims: Iterable[Claim]) -> str:
    return ", ".join(dict.fromkeys(quoted(claim) for claim in claims))


def _misspelling(names: list[str]) -> tuple[str, str, str]:
    """What one spelling changes in the other, with what comes before it: "InterLM2.5-7B" /
    "InternLM2.5-7B" and "InterLM2.5" / "InternLM2.5" both give ("Inter", "", "n"), so the
    names of one family written with one misspelling share it."""
    a, b = names
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(a), len(b)) - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return a[:prefix], a[prefix : len(a) - suffix], b[prefix : len(b) - suffix]




def _family_root(members: list[NameCandidate]) -> NameCandidate | None:
    """The pair of family names that every other pair's names extend ("OpenEML" of
    "OpenEML-3B"), when the documents write the family alone too."""
    if len(members) < 2:
        return None
    root = min(members, key=lambda m: len(m.names[0]))
    if all(
        m is root
        or all(
            name.startswith(stem) and name[len(stem) : len(stem) + 1] in MEMBER_SEPARATORS
            for name, stem in zip(m.names, root.names, strict=True)
        )
        for m in members
    ):
        return root
    return None


class NameMismatch(Rule):
    """Two spellings look like one entity's name written two ways.

    The names have the same shape and the same numbers, one word differs by two swapped
    letters or a small edit (longer words allow more), and no document writes both (a
    document naming both means two things). Different versions and variants (`X-2` / `X-2.5`,
    `X-4` / `X-4o`, `X-1` / `X-1-preview`) never qualify. The evidence is the figures the two
    spellings share: the same attribute with agreeing values, listed in the finding's claims.
    Without such evidence the look-alike is reported at `info` severity only. One misspelling
    seen in several names of a family (`OpenEML`, `OpenEML-270M`, `OpenEML-3B`) is reported
    once, with the evidence of them all: for the family's name when the documents give the
    family figures of its own under both spellings, else for the name whose figures show it
    best (the most figures shared with the other spelling; the more specific name when they
    show it equally); the finding names the others. Names that are truly distinct go into the
    curated aliases (`distinct`).

    Failing example:

        a.md: Kestrel-7 hat rund 70 Milliarden Parameter.
        b.md: Ketsrel-7 has 70 billion parameters.

    Passing example:

        a.md: Kestrel-7 hat rund 70 Milliarden Parameter.
        b.md: Kestrel-7 has 70 billion parameters.
    """

    code = "CC103"
    name = "name-mismatch"
    kind = "name-mismatch"
    default_severity = Severity.WARNING

    def check(self, context: RuleContext) -> list[Finding]:
        by_entity: dict[str, list[Claim]] = {}
        for claim in context.resolution.claims:
            by_entity.setdefault(claim.entity, []).append(claim)
        # Grouped by what the misspelling changes, not compared pair by pair: a corpus may
        # hold thousands of look-alikes.
        groups: dict[tuple[str, str, str], list[NameCandidate]] = {}
        for candidate in context.resolution.similar_names:
            groups.setdefault(_misspelling(candidate.names), []).append(candidate)
        findings = []
        for members in groups.values():
            evidence = {
                tuple(m.names): _shared_figures(
                    context, by_entity.get(m.names[0], []), by_entity.get(m.names[1], [])
                )
                for m in members
            }
            root = _family_root(members)
            if root is not None and not all(by_entity.get(name) for name in root.names):
                root = None  # "das Vihkr-Team": a family written alone but given no figure
            best = root or max(
                members,
                key=lambda m: (
                    len(evidence[tuple(m.names)]),
                    len(by_entity.get(m.names[0], [])) + len(by_entity.get(m.names[1], [])),
                    len(m.names[0]),  # the more specific name
                    m.names,
                ),
            )
            others = [m.names[0] for m in members if m is not best]
            # What any member's figures share is evidence of the one misspelling.
            shared = list(
                dict.fromkeys(pair for m in members for pair in evidence[tuple(m.names)])
            )
            findings.append(self._finding(context, best, by_entity, shared, others))
        return findings

    def _finding(
        self,
        context: RuleContext,
        candidate: NameCandidate,
        by_entity: dict[str, list[Claim]],
        shared: list[tuple[Claim, Claim]],
        others: list[str],
    ) -> Finding:
        first, second = candidate.names
        claims_of = {name: by_entity.get(name, []) for name in (first, second)}
        names = f"'{first}' and '{second}' look like one name written two ways"
        if others:
            names += f" (so do {', '.join(repr(other) for other in sorted(others))})"
        if not shared:
            return self.finding(
                entity=first,
                attribute=None,
                message=f"{names} ({', '.join(candidate.paths)}); no shared figure supports it.",
                claims=[],
                severity=Severity.INFO,
                names=candidate.names,
            )
        evidence = "; ".join(
            f"{spoken(attribute)} as {_texts(a for a, _ in pairs)} "
            f"and {_texts(b for _, b in pairs)}"
            for attribute, pairs in _by_attribute(shared).items()
        )
        claims = list({claim.id: claim for pair in shared for claim in pair}.values())
        sides = f"'{first}' in {files(claims_of[first])}, '{second}' in {files(claims_of[second])}"
        return self.finding(
            entity=first,
            attribute=None,
            message=f"{names} ({sides}): they state the same {evidence}.",
            claims=claims,
            names=candidate.names,
        )

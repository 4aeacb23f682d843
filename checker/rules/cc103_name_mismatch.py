from __future__ import annotations

from collections.abc import Iterable

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


def _shorter_forms(names: list[str]) -> set[tuple[str, str]]:
    """ "SmolML2" / "SmolLM2" for "SmolML2-1.7B" / "SmolLM2-1.7B": the pairs the two names
    leave when their shared ending is cut off (in either order). A look-alike pair among these
    is the same misspelling, and the longer names say more."""
    a, b = names
    forms: set[tuple[str, str]] = set()
    for cut in range(1, len(a)):
        ending = a[cut:]
        if len(b) > len(ending) and b.endswith(ending):
            first, second = a[:cut], b[: len(b) - len(ending)]
            forms.update({(first, second), (second, first)})
    return forms


def _family(names: list[str]) -> tuple[str, str] | None:
    """ "OpenEML-270M" / "OpenELM-270M": the family names the members' shared ending leaves."""
    a, b = names
    for index, char in enumerate(a):
        ending = a[index:]
        if char in " -" and b.endswith(ending) and len(b) > len(ending):
            return a[:index], b[: len(b) - len(ending)]
    return None


class NameMismatch(Rule):
    """Two spellings look like one entity's name written two ways.

    The names have the same shape and the same numbers, one word differs by two swapped
    letters or a small edit (longer words allow more), and no document writes both (a
    document naming both means two things). Different versions and variants (`X-2` / `X-2.5`,
    `X-4` / `X-4o`, `X-1` / `X-1-preview`) never qualify. The evidence is the figures the two
    spellings share: the same attribute with agreeing values, listed in the finding's claims.
    Without such evidence the look-alike is reported at `info` severity only. A misspelling
    seen in a family's name and in one member's (`SmolML2`, `SmolML2-1.7B`) is reported once,
    for the member; seen in several members' names (`OpenEML-270M`, `OpenEML-3B`), once for
    the family. Names that are
    truly distinct go into the curated aliases (`distinct`).

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
        # Indexed, not compared pair by pair: a corpus may hold thousands of look-alikes.
        shorter = {
            form
            for candidate in context.resolution.similar_names
            for form in _shorter_forms(candidate.names)
        }
        candidates = [
            candidate
            for candidate in context.resolution.similar_names
            if (candidate.names[0], candidate.names[1]) not in shorter
        ]
        # "OpenEML-270M" and "OpenEML-3B" beside "OpenELM-270M" and "OpenELM-3B": one
        # misspelling of the family's name, reported once for the family.
        families: dict[tuple[str, str], list[NameCandidate]] = {}
        for candidate in candidates:
            shared = _family(candidate.names)
            if shared is not None:
                families.setdefault(shared, []).append(candidate)
        findings = []
        merged: set[tuple[str, ...]] = set()
        for (first, second), members in families.items():
            if len(members) < 2:
                continue
            merged.update(tuple(m.names) for m in members)
            claims = {
                first: [c for m in members for c in by_entity.get(m.names[0], [])],
                second: [c for m in members for c in by_entity.get(m.names[1], [])],
            }
            paths = sorted({p for m in members for p in m.paths})
            findings.append(
                self._finding(context, NameCandidate(names=[first, second], paths=paths), claims)
            )
        findings += [
            self._finding(context, candidate, by_entity)
            for candidate in candidates
            if tuple(candidate.names) not in merged
        ]
        return findings

    def _finding(
        self, context: RuleContext, candidate: NameCandidate, by_entity: dict[str, list[Claim]]
    ) -> Finding:
        first, second = candidate.names
        claims_of = {name: by_entity.get(name, []) for name in (first, second)}
        shared = _shared_figures(context, claims_of[first], claims_of[second])
        names = f"'{first}' and '{second}' look like one name written two ways"
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

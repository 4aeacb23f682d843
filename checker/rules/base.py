"""What every rule shares: the rule class, the context it reads, and how a finding is built."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

from checker.config import Settings
from checker.models import Claim, Finding, ReferenceClaim, Resolution, Severity
from checker.rules.values import DEFAULT_TOLERANCE, agree

# (entity, attribute, unit, the date of the event when figures of several are compared apart)
GroupKey = tuple[str, str, str, str]


@dataclass(frozen=True)
class RuleContext:
    """The resolved claims of a run, the curated references and the configuration."""

    resolution: Resolution
    references: list[ReferenceClaim] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)

    def tolerance(self, attribute: str) -> float:
        """Relative difference under which two exact figures count as the same."""
        return self.settings.tolerance.get(attribute, DEFAULT_TOLERANCE)

    def groups(self) -> dict[GroupKey, list[Claim]]:
        """Claims by (entity, attribute, unit), in source order: only these compare. When the
        figures of a group are dated to different events (a funding round's month), each event
        is a group of its own: two rounds are two facts. An undated figure joins the event whose
        figure it agrees with, or else every event."""
        return self._groups

    @cached_property
    def _groups(self) -> dict[GroupKey, list[Claim]]:
        # Every rule asks; sorting all claims once is enough.
        grouped: defaultdict[tuple[str, str, str], list[Claim]] = defaultdict(list)
        for claim in sorted(self.resolution.claims, key=source_order):
            grouped[(claim.entity, claim.attribute, claim.unit)].append(claim)
        events: dict[GroupKey, list[Claim]] = {}
        for (entity, attribute, unit), claims in grouped.items():
            dates = {claim.as_of for claim in claims} - {None}
            if len(dates) <= 1:
                events[(entity, attribute, unit, "")] = claims
                continue
            tolerance = self.tolerance(attribute)
            rounds: dict[str, list[Claim]] = {}
            for claim in claims:
                if claim.as_of is not None:
                    rounds.setdefault(claim.as_of, []).append(claim)
            dated_rounds = list(rounds.values())
            for claim in claims:
                if claim.as_of is not None:
                    continue
                # "105 Mio. Euro im Juni", with no year: the round whose figure it states, else
                # every round.
                agreeing = [
                    group
                    for group in dated_rounds
                    if any(agree(other, claim, tolerance) for other in group)
                ]
                for group in agreeing or dated_rounds:
                    group.append(claim)
            for date, group in rounds.items():
                events[(entity, attribute, unit, date)] = sorted(group, key=source_order)
        return dict(sorted(events.items()))


def source_order(claim: Claim) -> tuple[str, int, int, str]:
    return (claim.source.path, claim.source.line, claim.source.column, claim.id)


class Rule(ABC):
    """One check. The class docstring is the rule's documentation: a one-line summary, a
    paragraph, and a failing and a passing example that the test suite runs."""

    code: ClassVar[str]
    name: ClassVar[str]
    kind: ClassVar[str]
    default_severity: ClassVar[Severity]

    def __init__(self, severity: Severity | None = None) -> None:
        self.severity = severity or self.default_severity

    @abstractmethod
    def check(self, context: RuleContext) -> list[Finding]:
        """Every finding of this rule, in any order."""

    def finding(
        self,
        *,
        entity: str,
        attribute: str | None,
        message: str,
        claims: list[Claim],
        severity: Severity | None = None,
        names: list[str] | None = None,
        reference: ReferenceClaim | None = None,
    ) -> Finding:
        return Finding(
            rule=self.code,
            kind=self.kind,
            severity=severity or self.severity,
            entity=entity,
            attribute=attribute,
            message=message,
            claims=[claim.id for claim in sorted(claims, key=source_order)],
            names=names or [],
            reference=reference,
        )

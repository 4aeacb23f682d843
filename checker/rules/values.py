"""Qualifier-aware comparison of stated figures, shared by every rule that compares values.

A figure is read as the interval it allows: "500B" is [500B, 500B], "about 15,000" is 15,000
give or take ``APPROX_WIDTH``, "up to 500B" is [0, 500B], "more than 100,000" is [100,000, ∞),
"7-8B" is [7B, 8B]. Two figures agree when their intervals meet, with the attribute's relative
tolerance as slack. Dates agree when one is a prefix of the other ("2024-08" and "2024-08-20"),
other strings when they are equal ignoring case.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

from checker.models import Claim, Qualifier

DEFAULT_TOLERANCE = 0.01
APPROX_WIDTH = 0.10
# Scale slips worth naming: thousand, million, billion, trillion, quadrillion apart.
MAX_SCALE_STEPS = 4


class Stated(Protocol):
    """A claim or a curated reference: a value with its qualifier."""

    @property
    def value(self) -> float | str: ...

    @property
    def qualifier(self) -> Qualifier: ...

    @property
    def upper(self) -> float | None: ...


def interval(stated: Stated, scale: float = 1.0) -> tuple[float, float]:
    """The values a numeric figure allows, multiplied by ``scale``."""
    value = float(stated.value) * scale
    match stated.qualifier:
        case Qualifier.APPROX:
            return value * (1 - APPROX_WIDTH), value * (1 + APPROX_WIDTH)
        case Qualifier.UP_TO:
            return min(0.0, value), value
        case Qualifier.AT_LEAST:
            return value, math.inf
        case Qualifier.RANGE if stated.upper is not None:
            return value, stated.upper * scale
        case _:
            return value, value


def agree(a: Stated, b: Stated, tolerance: float, scale: float = 1.0) -> bool:
    """Whether ``a`` (multiplied by ``scale``) and ``b`` can both be true."""
    if isinstance(a.value, str) or isinstance(b.value, str):
        left, right = str(a.value).casefold(), str(b.value).casefold()
        return left.startswith(right) or right.startswith(left)
    low_a, high_a = interval(a, scale)
    low_b, high_b = interval(b)
    low, high = max(low_a, low_b), min(high_a, high_b)
    return low <= high or low - high <= tolerance * abs(low)


def scale_steps(a: Stated, b: Stated, tolerance: float) -> int | None:
    """The k != 0 for which ``a`` times 1000**k agrees with ``b``, if there is one.

    Hedged figures ("up to", "more than") agree with too much to show a slip, so only exact,
    approximate and range figures count.
    """
    open_ended = {Qualifier.UP_TO, Qualifier.AT_LEAST}
    if isinstance(a.value, str) or isinstance(b.value, str):
        return None
    if a.qualifier in open_ended or b.qualifier in open_ended:
        return None
    for steps in sorted(range(-MAX_SCALE_STEPS, MAX_SCALE_STEPS + 1), key=abs):
        if steps and agree(a, b, tolerance, scale=1000.0**steps):
            return steps
    return None


def all_agree(claims: Sequence[Stated], tolerance: float) -> bool:
    return all(agree(a, b, tolerance) for i, a in enumerate(claims) for b in claims[i + 1 :])


def power_of_ten(value: float) -> str:
    """A large figure in a form every language reads the same: 4.2×10^12."""
    if value == 0 or abs(value) < 1e5:
        return f"{value:,.10g}"
    exponent = 3 * math.floor(math.log10(abs(value)) / 3)
    return f"{value / 10**exponent:.10g}×10^{exponent}"


def quoted(claim: Claim) -> str:
    """The figure as the document wrote it."""
    return f"'{claim.text.strip()}'"


def scale_explanation(claims: Sequence[Claim], tolerance: float) -> dict[str, int] | None:
    """Powers of 1000 (claim id -> k) that make every figure agree, when such exist and at least
    one is not zero; None when the disagreement is not a pure scale slip.

    The anchor is the figure most others agree with, so the odd one out is the one rescaled.
    """
    anchor = max(claims, key=lambda claim: sum(agree(claim, other, tolerance) for other in claims))
    steps: dict[str, int] = {}
    for claim in claims:
        if agree(claim, anchor, tolerance):
            steps[claim.id] = 0
            continue
        found = scale_steps(claim, anchor, tolerance)
        if found is None:
            return None
        steps[claim.id] = found
    if not any(steps.values()):
        return None
    consistent = all(
        agree(a, b, tolerance, scale=1000.0 ** (steps[a.id] - steps[b.id]))
        for i, a in enumerate(claims)
        for b in claims[i + 1 :]
    )
    return steps if consistent else None


def documents_disagree(claims: Sequence[Claim], tolerance: float) -> bool:
    """Whether two documents agree on no figure at all.

    A document that states the figure the others state and also another one has most likely
    had a sentence about something else read as a claim; only documents that share no
    figure contradict each other.
    """
    by_path: dict[str, list[Claim]] = {}
    for claim in claims:
        by_path.setdefault(claim.source.path, []).append(claim)
    documents = list(by_path.values())
    return any(
        not any(agree(a, b, tolerance) for a in left for b in right)
        for i, left in enumerate(documents)
        for right in documents[i + 1 :]
    )


def by_value(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims stating the same figure, in order of first appearance."""
    clusters: dict[tuple[float | str, str, float | None], list[Claim]] = {}
    for claim in claims:
        clusters.setdefault((claim.value, claim.qualifier.value, claim.upper), []).append(claim)
    return list(clusters.values())


def files(claims: Sequence[Claim]) -> str:
    return ", ".join(sorted({claim.source.path for claim in claims}))

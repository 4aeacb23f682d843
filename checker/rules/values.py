"""Qualifier-aware comparison of stated figures, shared by every rule that compares values.

A figure is read as the interval it allows: "500B" is [500B, 500B], "about 15,000" is 15,000
give or take ``APPROX_WIDTH``, "up to 500B" is [0, 500B], "more than 100,000" is [100,000,
140,000] (``AT_LEAST_REACH``), "7-8B" is [7B, 8B]. A capacity is what "up to" says it is: a
context window "of up to 256K tokens" holds 256K, so it is read as [256K, 256K]. Two figures
agree when their intervals meet, with the attribute's relative tolerance as slack. Dates agree
when one is a prefix of the other ("2024-08" and "2024-08-20"), other strings when they are
equal ignoring case.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Protocol

from checker.models import Claim, Qualifier

DEFAULT_TOLERANCE = 0.01
# "About 15,000" is 14,000 to 16,000; "about 25 trillion" and "rund 21 Billionen" disagree.
APPROX_WIDTH = 0.07
# "More than 16,000" rounds down to a figure a reader takes as near: 24,000 GPUs would have
# been written "more than 20,000".
AT_LEAST_REACH = 1.4
# Scale slips worth naming: thousand, million, billion, trillion, quadrillion apart.
MAX_SCALE_STEPS = 4
BINARY_KILO = 1.024
# "11 milliards" for 11.17 billion, "7 Mrd." for 6.9 billion: a figure written with fewer
# digits agrees with a more precise one that rounds to it, while the two stay this close
# ("2 trillion" and "2.3 trillion" still disagree). Only figures a scale word writes: counts
# ("40 days", "2,000 GPUs") are exact.
ROUNDING_REACH = 0.05
ROUNDED_FROM = 1e6
# Attributes that state how much something holds: "up to" gives the amount itself.
CAPACITY_ATTRIBUTES = frozenset({"context_length"})


class Stated(Protocol):
    """A claim or a curated reference: a value with its qualifier."""

    @property
    def attribute(self) -> str: ...

    @property
    def value(self) -> float | str: ...

    @property
    def qualifier(self) -> Qualifier: ...

    @property
    def upper(self) -> float | None: ...


def interval(stated: Stated, scale: float = 1.0) -> tuple[float, float]:
    """The values a numeric figure allows, multiplied by ``scale``."""
    value = float(stated.value) * scale
    # "8K tokens" of context are 8,192 as often as 8,000: windows are powers of two.
    kilo = stated.attribute in CAPACITY_ATTRIBUTES and value >= 1000 and value % 1000 == 0
    match stated.qualifier:
        case Qualifier.APPROX:
            return value * (1 - APPROX_WIDTH), value * (1 + APPROX_WIDTH)
        case Qualifier.UP_TO | Qualifier.EXACT if kilo:
            return value, value * BINARY_KILO
        case Qualifier.UP_TO if stated.attribute in CAPACITY_ATTRIBUTES:
            return value, value
        case Qualifier.UP_TO:
            return min(0.0, value), value
        case Qualifier.AT_LEAST:
            return value, value * AT_LEAST_REACH
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
    if low <= high or low - high <= tolerance * abs(low):
        return True
    exact = a.qualifier is Qualifier.EXACT and b.qualifier is Qualifier.EXACT
    return exact and rounds_to_each_other(float(a.value) * scale, float(b.value))


def significant_digits(value: float) -> int:
    """How many digits a figure is written with, trailing zeros aside (11e9: 2, 7e9: 1)."""
    mantissa = f"{abs(value):.12e}".split("e")[0].replace(".", "").rstrip("0")
    return max(1, len(mantissa))


def rounds_to_each_other(a: float, b: float) -> bool:
    """Whether the figure written with fewer digits is the other one rounded, and near it."""
    rounded, precise = sorted((a, b), key=significant_digits)
    digits = significant_digits(rounded)
    if digits == significant_digits(precise) or min(abs(a), abs(b)) < ROUNDED_FROM:
        return False
    return (
        float(f"{precise:.{digits}g}") == rounded
        and abs(precise - rounded) <= ROUNDING_REACH * abs(rounded)
    )


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
    figures = Figures(claims)
    return all(figures.agree(i, j, tolerance) for i, j in figures.ordered_pairs(repeats=True))


FigureKey = tuple[float | str, Qualifier, float | None]


class Figures:
    """The distinct figures of a group of claims, for comparisons that depend on the figure
    only: a thousand documents stating one figure compare as one figure, so the pairwise work
    grows with the number of different figures, not with the number of claims."""

    def __init__(self, claims: Sequence[Stated]) -> None:
        self.first: dict[FigureKey, int] = {}
        self.last: dict[FigureKey, int] = {}
        self.count: Counter[FigureKey] = Counter()
        self.representative: list[Stated] = []
        for position, claim in enumerate(claims):
            key = figure_key(claim)
            if key not in self.first:
                self.first[key] = position
                self.representative.append(claim)
            self.last[key] = position
            self.count[key] += 1
        self.keys = list(self.first)
        self.position = {key: i for i, key in enumerate(self.keys)}
        self._known: dict[tuple[int, int, float, int], bool] = {}

    def of(self, claim: Stated) -> int:
        """The index of ``claim``'s figure."""
        return self.position[figure_key(claim)]

    def agree(self, i: int, j: int, tolerance: float, steps: int = 0) -> bool:
        """``agree`` of figure i, times 1000**steps, and figure j (each pair computed once)."""
        known = self._known.get((i, j, tolerance, steps))
        if known is None:
            a, b = self.representative[i], self.representative[j]
            known = agree(a, b, tolerance, scale=1000.0**steps)
            self._known[(i, j, tolerance, steps)] = known
        return known

    def multiplicity(self, i: int) -> int:
        return self.count[self.keys[i]]

    def ordered_pairs(self, *, repeats: bool) -> Iterator[tuple[int, int]]:
        """(i, j) for every order in which figure i stands before figure j among the claims;
        with ``repeats``, (i, i) too for a figure stated more than once. Lazily, so that a
        check that stops at the first disagreement does not pay for every pair."""
        for i, left in enumerate(self.keys):
            for j, right in enumerate(self.keys):
                if i == j:
                    if repeats and self.count[left] > 1:
                        yield (i, i)
                elif self.first[left] < self.last[right]:
                    yield (i, j)


def figure_key(stated: Stated) -> FigureKey:
    """What a comparison of two figures depends on."""
    return (stated.value, stated.qualifier, stated.upper)


def power_of_ten(value: float) -> str:
    """A large figure in a form every language reads the same: 4.2×10^12."""
    if value == 0 or abs(value) < 1e5:
        return f"{value:,.10g}"
    exponent = 3 * math.floor(math.log10(abs(value)) / 3)
    return f"{value / 10**exponent:.10g}×10^{exponent}"


def quoted(claim: Claim) -> str:
    """The figure as the document wrote it."""
    return f"'{claim.text.strip()}'"


# More distinct figures than this are a spread of values, not one figure with scale slips.
SCALE_SLIP_FIGURES = 12


def scale_explanation(claims: Sequence[Claim], tolerance: float) -> dict[str, int] | None:
    """Powers of 1000 (claim id -> k) that make every figure agree, when such exist and at least
    one is not zero; None when the disagreement is not a pure scale slip.

    The anchor is the figure most others agree with, so the odd one out is the one rescaled.
    """
    figures = Figures(claims)
    if len(figures.keys) > SCALE_SLIP_FIGURES:
        return None  # a slip rescales a figure or two, not dozens of different ones
    count = range(len(figures.keys))
    # Every claim counts, its own figure included: weight each figure by how often it stands.
    anchor = max(
        count,
        key=lambda i: sum(figures.agree(i, j, tolerance) * figures.multiplicity(j) for j in count),
    )
    figure_steps: list[int] = []
    for i in count:
        if figures.agree(i, anchor, tolerance):
            figure_steps.append(0)
            continue
        found = scale_steps(figures.representative[i], figures.representative[anchor], tolerance)
        if found is None:
            return None
        figure_steps.append(found)
    if not any(figure_steps):
        return None
    consistent = all(
        figures.agree(i, j, tolerance, figure_steps[i] - figure_steps[j])
        for i, j in figures.ordered_pairs(repeats=True)
    )
    return {claim.id: figure_steps[figures.of(claim)] for claim in claims} if consistent else None


def documents_disagree(claims: Sequence[Claim], tolerance: float) -> bool:
    """Whether two documents agree on no figure at all.

    A document that states the figure the others state and also another one has most likely
    had a sentence about something else read as a claim; only documents that share no
    figure contradict each other.
    """
    figures = Figures(claims)
    by_path: dict[str, set[int]] = {}
    for claim in claims:
        by_path.setdefault(claim.source.path, set()).add(figures.of(claim))
    # Documents stating the same figures compare alike: compare each kind of document once,
    # and a kind with itself when two documents are of it.
    kinds = Counter(frozenset(stated) for stated in by_path.values())
    documents = list(kinds)
    return any(
        not any(figures.agree(a, b, tolerance) for a in left for b in right)
        for i, left in enumerate(documents)
        for right in documents[i if kinds[left] > 1 else i + 1 :]
    )


def by_value(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims stating the same figure, in order of first appearance."""
    clusters: dict[tuple[float | str, str, float | None], list[Claim]] = {}
    for claim in claims:
        clusters.setdefault((claim.value, claim.qualifier.value, claim.upper), []).append(claim)
    return list(clusters.values())


def files(claims: Sequence[Claim]) -> str:
    return ", ".join(sorted({claim.source.path for claim in claims}))


def spoken(attribute: str) -> str:
    """An attribute as a sentence says it: "training_duration" -> "training duration"."""
    return attribute.replace("_", " ")

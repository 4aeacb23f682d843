"""What every report format shares: a stable order of findings, claims looked up by id,
figures written for people, and links into the sources."""

from __future__ import annotations

import math
import os
import posixpath
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from checker.models import Claim, Finding, Qualifier, RunResult, Severity

# How a canonical unit reads after a figure: (singular, plural). Currencies and dates are
# written differently (see ``format_amount``), and an unknown unit is shown as it is.
UNIT_WORDS: dict[str, tuple[str, str]] = {
    "parameter": ("parameter", "parameters"),
    "token": ("token", "tokens"),
    "gpu": ("GPU", "GPUs"),
    "expert": ("expert", "experts"),
    "day": ("day", "days"),
    "rank": ("rank", "rank"),
    "percent": ("%", "%"),
}

# The report speaks English, so large figures are named on the short scale.
MAGNITUDES: tuple[tuple[float, str], ...] = (
    (1e12, "trillion"),
    (1e9, "billion"),
    (1e6, "million"),
)

QUALIFIER_WORDS: dict[Qualifier, str] = {
    Qualifier.EXACT: "",
    Qualifier.APPROX: "about ",
    Qualifier.UP_TO: "up to ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.RANGE: "",
}

SUPERSCRIPT_DIGITS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"


def is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def format_number(value: float) -> str:
    """``500000000000.0`` -> ``500 billion``; ``32768.0`` -> ``32,768``; ``3.5`` -> ``3.5``."""
    magnitude = abs(value)
    for size, word in MAGNITUDES:
        if magnitude >= size:
            return f"{_trim(value / size)} {word}"
    if magnitude >= 1000 and float(value).is_integer():
        return f"{int(value):,}"
    return _trim(value)


def _trim(value: float) -> str:
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_amount(value: float | str, unit: str, upper: float | None = None) -> str:
    """A value (or a range up to ``upper``) with its unit, without the qualifier."""
    if isinstance(value, str):
        return value if upper is None else f"{value}–{upper}"
    figure = format_number(value)
    if upper is not None and upper != value:
        figure = f"{figure}–{format_number(upper)}"
    if is_currency(unit):
        return f"{unit} {figure}"
    if unit == "rank":
        return f"rank {figure}"
    if unit == "percent":
        return f"{figure}%"
    singular, plural_form = UNIT_WORDS.get(unit, (unit, unit))
    word = singular if value == 1 and upper is None else plural_form
    return f"{figure} {word}".rstrip()


def format_claim_value(claim: Claim) -> str:
    """``up to 500 billion parameters``: the value as the claim hedges it."""
    amount = format_amount(claim.value, claim.unit, claim.upper)
    return QUALIFIER_WORDS[claim.qualifier] + amount


def power_of_ten(exponent: int) -> str:
    return "10" + str(exponent).translate(SUPERSCRIPT_DIGITS)


def scale_reading(claim: Claim) -> int | None:
    """The power of ten the claim's scale word was read as, e.g. 12 for "2 Billionen".

    The figure before the word is below 1000 in practice ("2 Billionen", "500 milliards"),
    so the reading is the largest power of 1000 not above the value.
    """
    if claim.scale_word is None or isinstance(claim.value, str) or claim.value <= 0:
        return None
    return 3 * math.floor(math.log10(claim.value) / 3 + 1e-9)


def location(claim: Claim) -> str:
    return f"{claim.source.path}:{claim.source.line}:{claim.source.column}"


def claim_sort_key(claim: Claim) -> tuple[str, int, int, str]:
    return (claim.source.path, claim.source.line, claim.source.column, claim.id)


def finding_sort_key(finding: Finding) -> tuple[str, str, str, int, str, str, tuple[str, ...]]:
    return (
        finding.entity.casefold(),
        finding.entity,
        finding.attribute or "",
        -finding.severity.rank,
        finding.rule,
        finding.message,
        tuple(finding.claims),
    )


def ordered_findings(result: RunResult) -> list[Finding]:
    """Findings grouped by entity and attribute, most severe first within a group."""
    return sorted(result.findings, key=finding_sort_key)


@dataclass(frozen=True)
class ValueGroup:
    """One distinct value among a finding's claims, with every claim that states it."""

    value: str
    claims: tuple[Claim, ...]


class ClaimIndex:
    """Claims looked up by id; a finding's claims in a stable order of source location."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        self.by_id = {claim.id: claim for claim in claims}

    def of(self, finding: Finding) -> list[Claim]:
        found = (self.by_id.get(claim_id) for claim_id in finding.claims)
        return sorted((claim for claim in found if claim is not None), key=claim_sort_key)

    def value_groups(self, finding: Finding) -> list[ValueGroup]:
        """The distinct values a finding's claims state, in order of first source location."""
        groups: dict[str, list[Claim]] = {}
        for claim in self.of(finding):
            groups.setdefault(format_claim_value(claim), []).append(claim)
        return [ValueGroup(value, tuple(claims)) for value, claims in groups.items()]


def severity_counts(findings: Sequence[Finding]) -> dict[Severity, int]:
    counts = {severity: 0 for severity in sorted(Severity, key=lambda s: -s.rank)}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def findings_phrase(findings: Sequence[Finding]) -> str:
    """``3 findings (1 error, 2 warnings)``."""
    counts = severity_counts(findings)
    # "info" is a mass noun: "5 info", not "5 infos".
    parts = [
        plural(count, severity.value, "info" if severity is Severity.INFO else None)
        for severity, count in counts.items()
        if count
    ]
    head = plural(len(findings), "finding")
    return f"{head} ({', '.join(parts)})" if parts else head


Linker = Callable[[str, int], str]


def make_linker(link_base: str | os.PathLike[str] | None) -> Linker:
    """Links ``path#Lnn`` to a source line, as seen from where the report is read.

    ``link_base`` is the folder the report is written to (source paths are relative to the
    current directory, so links are made relative to that folder), or a URL prefix ending in
    ``/`` (for a report shown away from the files, such as a CI job summary), or ``None`` for
    links relative to the current directory.
    """
    if isinstance(link_base, str) and "://" in link_base:
        prefix = link_base if link_base.endswith("/") else link_base + "/"
        return lambda path, line: f"{prefix}{_url_path(path)}#L{line}"
    base = Path(link_base) if link_base is not None else Path()

    def relative(path: str, line: int) -> str:
        target = os.path.relpath(Path(path).absolute(), base.absolute())
        return f"{_url_path(Path(target).as_posix())}#L{line}"

    return relative


def _url_path(path: str) -> str:
    return quote(posixpath.normpath(path), safe="/._-~")

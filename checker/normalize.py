"""Normalize step: every claim's value in its attribute's canonical unit.

The units live in ``checker/units.txt``, loaded into one pint ``UnitRegistry``: durations
become days, counts stay counts of what they count, money stays in its own currency.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from importlib import resources
from math import inf
from typing import Any

from checker.models import Claim

# In canonical units, figures outside these are not what the attribute counts: "one parameter"
# is no model size, a minute of audio no training run.
PLAUSIBLE_MINIMUM = {
    "parameters": 1e5,
    "active_parameters": 1e5,
    "training_tokens": 1e6,
    "context_length": 256,
    "rank": 1,
    "training_duration": 1 / 24,
}
PLAUSIBLE_MAXIMUM = {"training_duration": 3650.0, "rank": 10_000}

CANONICAL_UNIT = {"[time]": "day"}
# Units that are already canonical: converting them would only pay pint's start-up.
ALREADY_CANONICAL = frozenset(
    {"parameter", "token", "gpu", "expert", "day", "rank", "percent", "date"}
)


@cache
def registry() -> Any:
    """The one ``UnitRegistry`` of the program (pint is imported only when a run needs it)."""
    import pint

    units: Any = pint.UnitRegistry(None, autoconvert_offset_to_baseunit=False, cache_folder=None)
    with resources.as_file(resources.files("checker").joinpath("units.txt")) as path:
        units.load_definitions(str(path))
    return units


def canonical(value: float, unit: str) -> tuple[float, str]:
    """``value`` in ``unit`` expressed in the canonical unit of its dimension."""
    units = registry()
    if unit not in units:
        return value, unit
    quantity = units.Quantity(value, unit)
    dimension = str(quantity.dimensionality)
    target = CANONICAL_UNIT.get(dimension)
    if target is None:
        return value, unit
    return float(quantity.to(target).magnitude), target


def normalize_claim(claim: Claim) -> Claim:
    if isinstance(claim.value, str) or not claim.unit or claim.unit in ALREADY_CANONICAL:
        return claim
    if claim.unit.isupper() and len(claim.unit) == 3:
        return claim
    value, unit = canonical(claim.value, claim.unit)
    if unit == claim.unit:
        return claim
    upper = canonical(claim.upper, claim.unit)[0] if claim.upper is not None else None
    return replace(claim, value=value, unit=unit, upper=upper)


def plausible(claim: Claim) -> bool:
    if isinstance(claim.value, str):
        return True
    low = PLAUSIBLE_MINIMUM.get(claim.attribute, -inf)
    return low <= claim.value <= PLAUSIBLE_MAXIMUM.get(claim.attribute, inf)


def normalize_claims(claims: list[Claim]) -> list[Claim]:
    """The claims in canonical units, without those no sensible reading makes true."""
    return [c for c in map(normalize_claim, claims) if plausible(c)]

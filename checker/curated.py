"""Curated claims: what a team knows for sure, kept as YAML files in a folder (``claims/``).

Every ``*.yaml`` / ``*.yml`` file below the folder may hold three sections (see
``claims/README.md`` for the format with examples):

- ``entities``: spellings that name one entity, with its canonical name;
- ``distinct``: names that look alike but are different things;
- ``claims``: reference claims (entity, attribute, value, qualifier, source URL) that documents
  are checked against.

Values are stored in the attribute's canonical unit (counts as plain numbers, durations in
days, money in its ISO currency, dates as ISO strings), exactly as claims from documents are,
so the rules compare like with like. A value written as text ("3.8 billion", "2024-08-20",
"$1.3 billion") is read by the number layer, in English.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from checker.config import WorkflowError
from checker.models import Aliases, EntityGroup, Qualifier, Quantity, ReferenceClaim
from checker.normalize import canonical, registry
from checker.numbers import find_quantities
from checker.resolve import name_key

SECTIONS = ("entities", "distinct", "claims")
VALUE_LANGUAGE = "en"
# The unit an attribute's values are counted in; money has no default (the currency is the unit).
ATTRIBUTE_UNITS = {
    "parameters": "parameter",
    "active_parameters": "parameter",
    "experts": "expert",
    "training_gpus": "gpu",
    "training_tokens": "token",
    "context_length": "token",
    "training_duration": "day",
    "release_date": "date",
    "rank": "rank",
}
MONEY_ATTRIBUTES = frozenset({"funding", "investment", "price"})
VALUE_FIELDS = {
    "value": "must be a number, a date, or a text like 3.8 billion",
    "upper": "must be a number or a text like 14 billion",
}

EntryModel = TypeVar("EntryModel", bound=BaseModel)
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class CuratedError(WorkflowError):
    """A claim file that cannot be used; ``str()`` is one line naming file, entry and field."""


class Curated(BaseModel):
    model_config = ConfigDict(frozen=True)

    aliases: Aliases = Field(default_factory=Aliases)
    references: list[ReferenceClaim] = Field(default_factory=list)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class EntityEntry(_Strict):
    canonical: Name
    aliases: list[Name] = Field(default_factory=list)


class ClaimEntry(_Strict):
    entity: Name
    attribute: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
    value: int | float | str | dt.date
    unit: Name | None = None
    qualifier: Qualifier = Field(default=Qualifier.EXACT, strict=False)
    upper: int | float | str | None = None
    source: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    note: str | None = None


def _display(path: Path, folder: Path) -> str:
    """The file as findings name it: relative to the current directory when below it, else
    from the claims folder's name on (``claims/models.yaml``)."""
    absolute = path.absolute()
    for base in (Path.cwd(), folder.absolute().parent):
        if absolute.is_relative_to(base):
            return absolute.relative_to(base).as_posix()
    return path.as_posix()


def load_curated(folder: Path | None) -> Curated:
    """Every claim file below ``folder``; no folder (or none configured) means nothing curated."""
    if folder is None:
        return Curated()
    if not folder.is_dir():
        raise CuratedError(f"{folder}: the claims folder does not exist")
    groups: list[EntityGroup] = []
    distinct: list[list[str]] = []
    references: list[ReferenceClaim] = []
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    for path in files:
        label = _display(path, folder)
        sections = _read_sections(path, label)
        groups += [_entity(label, i, e) for i, e in enumerate(sections.get("entities") or [])]
        distinct += [_distinct(label, i, e) for i, e in enumerate(sections.get("distinct") or [])]
        references += [_claim(label, i, e) for i, e in enumerate(sections.get("claims") or [])]
    aliases = Aliases(groups=groups, distinct=distinct)
    _check_consistent(aliases, folder)
    return Curated(aliases=aliases, references=references)


def _read_sections(path: Path, label: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise CuratedError(f"{label}: cannot read: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise CuratedError(f"{label}: invalid YAML{where}: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CuratedError(f"{label}: expected a mapping with {', '.join(SECTIONS)}")
    for key, value in data.items():
        if key not in SECTIONS:
            raise CuratedError(f"{label}: {key}: unknown section (known: {', '.join(SECTIONS)})")
        if value is not None and not isinstance(value, list):
            raise CuratedError(f"{label}: {key}: must be a list")
    return data


def _entry_label(label: str, section: str, index: int, entry: object, name_field: str) -> str:
    name = entry.get(name_field) if isinstance(entry, dict) else None
    return f"{label}: {section}[{index}]" + (f" ({name})" if isinstance(name, str) else "")


def _validated(model: type[EntryModel], entry: object, where: str) -> EntryModel:
    if not isinstance(entry, dict):
        raise CuratedError(f"{where}: must be a mapping of fields")
    try:
        return model.model_validate(entry)
    except ValidationError as error:
        detail = error.errors(include_url=False)[0]
        field = str(detail["loc"][0]) if detail["loc"] else "(entry)"
        if field in VALUE_FIELDS and len(detail["loc"]) > 1:
            # A union reports one error per member type; the reader needs one sentence.
            raise CuratedError(f"{where}: {field}: {VALUE_FIELDS[field]}") from None
        field = ".".join(str(part) for part in detail["loc"]) or field
        raise CuratedError(f"{where}: {field}: {_problem(detail['type'], detail)}") from None


def _problem(kind: str, detail: Any) -> str:
    if kind == "missing":
        return "required"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "string_pattern_mismatch":
        field = str(detail["loc"][-1])
        return {
            "source": "must be an http(s) URL",
            "attribute": "must be an attribute name (lowercase with underscores)",
        }.get(field, str(detail["msg"]).lower())
    if kind in ("enum", "literal_error"):
        return f"must be one of {', '.join(q.value for q in Qualifier)}"
    return str(detail["msg"]).lower()


def _entity(label: str, index: int, entry: object) -> EntityGroup:
    where = _entry_label(label, "entities", index, entry, "canonical")
    parsed = _validated(EntityEntry, entry, where)
    variants = sorted({parsed.canonical, *parsed.aliases})
    return EntityGroup(canonical=parsed.canonical, variants=variants)


def _distinct(label: str, index: int, entry: object) -> list[str]:
    where = f"{label}: distinct[{index}]"
    if not isinstance(entry, list) or not all(isinstance(n, str) and n.strip() for n in entry):
        raise CuratedError(f"{where}: must be a list of names")
    names = sorted({name.strip() for name in entry})
    if len(names) < 2:
        raise CuratedError(f"{where}: must name at least two different names")
    return names


def _claim(label: str, index: int, entry: object) -> ReferenceClaim:
    where = _entry_label(label, "claims", index, entry, "entity")
    parsed = _validated(ClaimEntry, entry, where)
    value, unit, upper = _value(parsed.value, parsed.unit, parsed.attribute, f"{where}: value")
    if parsed.upper is not None:
        if upper is not None:
            raise CuratedError(f"{where}: upper: value already gives a range")
        upper_value, upper_unit, _ = _value(
            parsed.upper, parsed.unit, parsed.attribute, f"{where}: upper"
        )
        if isinstance(upper_value, str) or upper_unit != unit:
            raise CuratedError(f"{where}: upper: must be a number in the unit of value ({unit})")
        upper = upper_value
    qualifier = Qualifier.RANGE if upper is not None else parsed.qualifier
    return ReferenceClaim(
        entity=parsed.entity,
        attribute=parsed.attribute,
        value=value,
        unit=unit,
        qualifier=qualifier,
        upper=upper,
        source=parsed.source,
        file=label,
    )


def _value(
    raw: int | float | str | dt.date, unit: str | None, attribute: str, where: str
) -> tuple[float | str, str, float | None]:
    """``raw`` in the attribute's canonical unit, that unit, and the upper end of a range."""
    if isinstance(raw, dt.date):
        return raw.isoformat(), _expect_unit("date", unit, attribute, where), None
    upper: float | None = None
    if isinstance(raw, str):
        quantity = _read_text(raw, where)
        if isinstance(quantity.value, str):
            return quantity.value, _expect_unit("date", unit, attribute, where), None
        found = quantity.unit
        if found is not None and unit is not None and found != _canonical_unit(unit):
            raise CuratedError(f"{where}: says {found!r} but unit says {unit!r}")
        unit = unit or found
        raw, upper = quantity.value, quantity.upper
    given = unit or ATTRIBUTE_UNITS.get(attribute)
    if given is None:
        needed = "an ISO currency code like USD" if attribute in MONEY_ATTRIBUTES else "a unit"
        raise CuratedError(f"{where}: needs {needed} (give it in unit)")
    if given == "date":
        raise CuratedError(f"{where}: {attribute} needs a date like 2024-08-20")
    if not _known_unit(given):
        raise CuratedError(f"{where}: unknown unit {given!r}")
    number, canonical_unit = canonical(float(raw), given)
    expected = ATTRIBUTE_UNITS.get(attribute)
    if expected is not None and canonical_unit != expected:
        raise CuratedError(f"{where}: {attribute} is counted in {expected}, not {canonical_unit}")
    if upper is not None:
        upper = canonical(upper, given)[0]
    return number, canonical_unit, upper


def _read_text(text: str, where: str) -> Quantity:
    try:
        # YAML reads 7e9 (without a dot and a sign) as a string.
        number = float(text)
    except ValueError:
        number = math.nan
    if math.isfinite(number):
        return Quantity(text=text, start=0, end=len(text), value=number)
    quantities = find_quantities(text, VALUE_LANGUAGE)
    if len(quantities) != 1 or quantities[0].text.strip() != text.strip():
        raise CuratedError(
            f"{where}: cannot read {text!r} as one value (write a number like 3.8 billion, "
            "a date like 2024-08-20, or an amount like 1.3 billion USD)"
        )
    return quantities[0]


def _canonical_unit(unit: str) -> str:
    return canonical(1.0, unit)[1] if _known_unit(unit) else unit


def _known_unit(unit: str) -> bool:
    return unit == "date" or unit in registry()


def _expect_unit(expected: str, unit: str | None, attribute: str, where: str) -> str:
    wanted = ATTRIBUTE_UNITS.get(attribute)
    if (unit is not None and unit != expected) or (wanted is not None and wanted != expected):
        raise CuratedError(f"{where}: a date, but {attribute} is counted in {unit or wanted}")
    return expected


def _check_consistent(aliases: Aliases, folder: Path) -> None:
    """A spelling in two groups, or names kept distinct that a group joins, is a contradiction."""
    group_of: dict[str, str] = {}
    for group in aliases.groups:
        for name in group.variants:
            other = group_of.setdefault(name_key(name), group.canonical)
            if other != group.canonical:
                raise CuratedError(
                    f"{folder}: entities: {name!r} is an alias of both {other!r} and "
                    f"{group.canonical!r}"
                )
    for names in aliases.distinct:
        owners = [group_of.get(name_key(name)) for name in names]
        for name, owner in zip(names, owners, strict=True):
            if owner is not None and owners.count(owner) > 1:
                raise CuratedError(
                    f"{folder}: distinct: {name!r} is kept apart from a name that entities "
                    f"makes an alias of the same entity ({owner!r})"
                )

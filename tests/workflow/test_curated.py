from __future__ import annotations

from pathlib import Path

import pytest

from checker.curated import ClaimEntry, CuratedError, EntityEntry, load_curated
from checker.models import Qualifier

REPOSITORY = Path(__file__).resolve().parents[2]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_folder_means_nothing_curated() -> None:
    curated = load_curated(None)
    assert curated.references == []
    assert curated.aliases.groups == []


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CuratedError, match="the claims folder does not exist"):
        load_curated(tmp_path / "nowhere")


def test_aliases_and_distinct_names(tmp_path: Path) -> None:
    write(
        tmp_path,
        "aliases.yaml",
        """
entities:
  - canonical: Nimbus-7
    aliases: [Nimbus 7, NIMBUS7]
distinct:
  - [Orion, Orin]
""",
    )
    aliases = load_curated(tmp_path).aliases
    assert [(g.canonical, g.variants) for g in aliases.groups] == [
        ("Nimbus-7", ["NIMBUS7", "Nimbus 7", "Nimbus-7"])
    ]
    assert aliases.distinct == [["Orin", "Orion"]]


@pytest.mark.parametrize(
    ("fields", "value", "unit", "qualifier", "upper"),
    [
        ("attribute: parameters\n    value: 3.8 billion", 3.8e9, "parameter", "exact", None),
        (
            "attribute: parameters\n    value: 500bn\n    qualifier: up_to",
            5e11,
            "parameter",
            "up_to",
            None,
        ),
        ("attribute: parameters\n    value: 7 to 14 billion", 7e9, "parameter", "range", 14e9),
        ("attribute: parameters\n    value: 7e9\n    upper: 14e9", 7e9, "parameter", "range", 14e9),
        ("attribute: training_gpus\n    value: 15000", 15000, "gpu", "exact", None),
        ("attribute: training_duration\n    value: 23 days", 23, "day", "exact", None),
        ("attribute: training_duration\n    value: 2\n    unit: weeks", 14, "day", "exact", None),
        ("attribute: context_length\n    value: 128K", 128000, "token", "exact", None),
        ("attribute: release_date\n    value: 2024-08-20", "2024-08-20", "date", "exact", None),
        ("attribute: release_date\n    value: '2024-08-20'", "2024-08-20", "date", "exact", None),
        ("attribute: funding\n    value: $1.3 billion", 1.3e9, "USD", "exact", None),
        ("attribute: price\n    value: 650 million\n    unit: EUR", 6.5e8, "EUR", "exact", None),
        ("attribute: rank\n    value: 13", 13, "rank", "exact", None),
    ],
)
def test_reference_values_are_in_canonical_units(
    tmp_path: Path,
    fields: str,
    value: float | str,
    unit: str,
    qualifier: str,
    upper: float | None,
) -> None:
    write(
        tmp_path,
        "facts.yaml",
        f"claims:\n  - entity: Nimbus-7\n    {fields}\n    source: https://example.org/n7\n",
    )
    (reference,) = load_curated(tmp_path).references
    assert reference.entity == "Nimbus-7"
    assert reference.value == pytest.approx(value) if isinstance(value, float) else value
    assert reference.unit == unit
    assert reference.qualifier == Qualifier(qualifier)
    assert reference.upper == (pytest.approx(upper) if upper is not None else None)
    assert reference.source == "https://example.org/n7"
    assert reference.file == f"{tmp_path.name}/facts.yaml"  # named from the claims folder on


GOOD = (
    "entity: Nimbus-7\n    attribute: parameters\n    value: 3.8 billion\n    source: https://x.org"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("claims: [", "facts.yaml: invalid YAML (line 2)"),
        ("- just a list", "facts.yaml: expected a mapping with entities, distinct, claims"),
        ("facts: []", "facts.yaml: facts: unknown section"),
        ("claims: {}", "facts.yaml: claims: must be a list"),
        ("claims:\n  - 3", "facts.yaml: claims[0]: must be a mapping of fields"),
        ("claims:\n  - entity: Nimbus-7", "facts.yaml: claims[0] (Nimbus-7): attribute: required"),
        (f"claims:\n  - {GOOD}\n    colour: red", "claims[0] (Nimbus-7): colour: unknown field"),
        (
            f"claims:\n  - {GOOD}\n  - {GOOD.replace('https://x.org', 'x.org')}",
            "facts.yaml: claims[1] (Nimbus-7): source: must be an http(s) URL",
        ),
        (
            f"claims:\n  - {GOOD.replace('entity: Nimbus-7', 'entity: ')}",
            "claims[0]: entity: input should be a valid string",
        ),
        (
            f"claims:\n  - {GOOD.replace('parameters', 'Parameters')}",
            "claims[0] (Nimbus-7): attribute: must be an attribute name",
        ),
        (
            f"claims:\n  - {GOOD}\n    qualifier: roughly",
            "claims[0] (Nimbus-7): qualifier: must be one of exact, approx, up_to, at_least, range",
        ),
        (
            f"claims:\n  - {GOOD.replace('3.8 billion', '3.8 bilion')}",
            "claims[0] (Nimbus-7): value: cannot read '3.8 bilion' as one value",
        ),
        (
            f"claims:\n  - {GOOD.replace('3.8 billion', 'true')}",
            "claims[0] (Nimbus-7): value: must be a number, a date, or a text like 3.8 billion",
        ),
        (
            f"claims:\n  - {GOOD.replace('3.8 billion', '23 days')}",
            "claims[0] (Nimbus-7): value: parameters is counted in parameter, not day",
        ),
        (
            f"claims:\n  - {GOOD}\n    unit: furlong",
            "claims[0] (Nimbus-7): value: unknown unit 'furlong'",
        ),
        (
            f"claims:\n  - {GOOD.replace('parameters', 'funding')}",
            "claims[0] (Nimbus-7): value: needs an ISO currency code like USD (give it in unit)",
        ),
        (
            f"claims:\n  - {GOOD.replace('parameters', 'release_date')}",
            "claims[0] (Nimbus-7): value: release_date needs a date like 2024-08-20",
        ),
        (
            f"claims:\n  - {GOOD.replace('3.8 billion', '2024-08-20')}",
            "claims[0] (Nimbus-7): value: a date, but parameters is counted in parameter",
        ),
        (
            f"claims:\n  - {GOOD}\n    upper: 2024-09-01",
            "claims[0] (Nimbus-7): upper: must be a number or a text like 14 billion",
        ),
        (
            f"claims:\n  - {GOOD.replace('3.8 billion', '1 to 2 billion')}\n    upper: 3e9",
            "claims[0] (Nimbus-7): upper: value already gives a range",
        ),
        (
            f"claims:\n  - {GOOD.replace('3.8 billion', '3.8 billion tokens')}",
            "claims[0] (Nimbus-7): value: parameters is counted in parameter, not token",
        ),
        (
            f"claims:\n  - {GOOD}\n    unit: token\n    note: typo",
            "claims[0] (Nimbus-7): value: parameters is counted in parameter, not token",
        ),
        ("entities:\n  - aliases: [N7]", "facts.yaml: entities[0]: canonical: required"),
        (
            "entities:\n  - canonical: Nimbus-7\n    aliases: N7",
            "entities[0] (Nimbus-7): aliases: input should be a valid list",
        ),
        ("distinct:\n  - Orion", "facts.yaml: distinct[0]: must be a list of names"),
        ("distinct:\n  - [Orion, Orion]", "distinct[0]: must name at least two different names"),
    ],
)
def test_malformed_claim_file_names_file_entry_and_field(
    tmp_path: Path, text: str, expected: str
) -> None:
    write(tmp_path, "facts.yaml", text + "\n")
    with pytest.raises(CuratedError) as caught:
        load_curated(tmp_path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{tmp_path.name}/facts.yaml")
    assert expected in message


def test_a_name_in_two_entities_is_a_contradiction(tmp_path: Path) -> None:
    write(
        tmp_path,
        "aliases.yaml",
        "entities:\n  - canonical: Orion\n    aliases: [Orin]\n  - canonical: Orin\n",
    )
    with pytest.raises(CuratedError, match="'Orin' is an alias of both 'Orion' and 'Orin'"):
        load_curated(tmp_path)


def test_distinct_names_of_one_entity_are_a_contradiction(tmp_path: Path) -> None:
    write(tmp_path, "aliases.yaml", "entities:\n  - canonical: Orion\n    aliases: [Orin]\n")
    write(tmp_path, "more/distinct.yml", "distinct:\n  - [Orin, Orion]\n")
    with pytest.raises(CuratedError, match="'Orin' is kept apart from a name"):
        load_curated(tmp_path)


def test_files_below_the_folder_are_read_in_name_order(tmp_path: Path) -> None:
    claim = (
        "claims:\n  - entity: {}\n    attribute: experts\n    value: 8\n    source: https://x.org\n"
    )
    write(tmp_path, "b.yaml", claim.format("Beta"))
    write(tmp_path, "a/z.yml", claim.format("Alpha"))
    write(tmp_path, "notes.md", "not a claim file")
    assert [r.entity for r in load_curated(tmp_path).references] == ["Alpha", "Beta"]


def test_shipped_claims_load() -> None:
    curated = load_curated(REPOSITORY / "claims")
    assert curated.references
    assert all(reference.source for reference in curated.references)


def test_every_claim_field_is_documented() -> None:
    documentation = (REPOSITORY / "claims" / "README.md").read_text(encoding="utf-8")
    for model in (ClaimEntry, EntityEntry):
        for name in model.model_fields:
            assert f"| `{name}` |" in documentation, name
    for section in ("entities", "distinct", "claims"):
        assert f"## `{section}`" in documentation

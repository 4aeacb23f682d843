from __future__ import annotations

import pytest

from checker.config import RuleSettings, Settings
from checker.models import (
    Aliases,
    Claim,
    Finding,
    Qualifier,
    ReferenceClaim,
    Resolution,
    Severity,
)
from checker.resolve import resolve
from checker.rules import all_rules, rule_by_code, run_rules
from checker.rules.values import agree
from rules.fixtures import claim, document

A, U, L, R = Qualifier.APPROX, Qualifier.UP_TO, Qualifier.AT_LEAST, Qualifier.RANGE


def findings(
    claims: list[Claim],
    references: list[ReferenceClaim] | None = None,
    settings: Settings | None = None,
) -> list[Finding]:
    by_path: dict[str, list[Claim]] = {}
    for c in claims:
        by_path.setdefault(c.source.path, []).append(c)
    docs = [document(path, cs) for path, cs in sorted(by_path.items())]
    return run_rules(resolve(docs, Aliases()), references or [], settings or Settings())


def kinds(found: list[Finding]) -> list[tuple[str, Severity]]:
    return [(f.rule, f.severity) for f in found]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ((500e9, U), (500e9, Qualifier.EXACT), True),
        ((500e9, U), (600e9, Qualifier.EXACT), False),
        ((15000, A), (15000, Qualifier.EXACT), True),
        ((15000, A), (16000, Qualifier.EXACT), True),
        ((15000, A), (25000, Qualifier.EXACT), False),
        ((100000, L), (100000, Qualifier.EXACT), True),
        ((100000, L), (130000, Qualifier.EXACT), True),
        ((100000, L), (150000, Qualifier.EXACT), False),
        ((100000, L), (90000, Qualifier.EXACT), False),
        ((100, Qualifier.EXACT), (100.5, Qualifier.EXACT), True),
        ((100, Qualifier.EXACT), (103, Qualifier.EXACT), False),
    ],
)
def test_qualifier_aware_agreement(
    left: tuple[float, Qualifier], right: tuple[float, Qualifier], expected: bool
) -> None:
    a = claim("X-1", "parameters", left[0], qualifier=left[1])
    b = claim("X-1", "parameters", right[0], qualifier=right[1])
    assert agree(a, b, 0.01) is expected
    assert agree(b, a, 0.01) is expected


def test_range_contains_values() -> None:
    ranged = claim("X-1", "parameters", 7e9, qualifier=R, upper=8e9)
    assert agree(ranged, claim("X-1", "parameters", 7.5e9), 0.01)
    assert not agree(ranged, claim("X-1", "parameters", 9e9), 0.01)


def test_dates_agree_by_precision_and_differ_otherwise() -> None:
    day = claim("X-1", "release_date", "2024-08-20", unit="date")
    assert agree(day, claim("X-1", "release_date", "2024-08", unit="date"), 0.01)
    assert not agree(day, claim("X-1", "release_date", "2024-08-21", unit="date"), 0.01)


def test_value_conflict_is_one_finding_listing_every_value() -> None:
    found = findings(
        [
            claim("Nimbus-2", "training_duration", 30, "a.md", unit="day", text="30 days"),
            claim("Nimbus-2", "training_duration", 30, "b.md", unit="day", text="30 Tage"),
            claim("Nimbus-2", "training_duration", 45, "c.md", unit="day", text="45 jours"),
            claim("Nimbus-2", "training_duration", 60, "d.md", unit="day", text="60 days"),
        ]
    )
    assert kinds(found) == [("CC101", Severity.ERROR)]
    message = found[0].message
    assert "'30 days' in a.md, b.md" in message
    assert "'45 jours' in c.md" in message and "'60 days' in d.md" in message
    assert len(found[0].claims) == 4


def test_hedged_values_that_can_all_be_true_do_not_conflict() -> None:
    assert not findings(
        [
            claim("Nimbus-2", "parameters", 500e9, "a.md", qualifier=U),
            claim("Nimbus-2", "parameters", 500e9, "b.md"),
            claim("Nimbus-2", "training_gpus", 15000, "a.md", unit="gpu", qualifier=A),
            claim("Nimbus-2", "training_gpus", 16000, "b.md", unit="gpu"),
        ]
    )


def test_different_units_and_different_entities_never_compare() -> None:
    assert not findings(
        [
            claim("Nimbus-2", "funding", 600e6, "a.md", unit="EUR"),
            claim("Nimbus-2", "funding", 650e6, "b.md", unit="USD"),
            claim("Nimbus-2", "parameters", 7e9, "a.md"),
            claim("Nimbus-2.5", "parameters", 9e9, "b.md"),
        ]
    )


def test_tolerance_is_configurable_per_attribute() -> None:
    claims = [
        claim("Nimbus-2", "training_gpus", 2000, "a.md", unit="gpu"),
        claim("Nimbus-2", "training_gpus", 2048, "b.md", unit="gpu"),
    ]
    assert kinds(findings(claims)) == [("CC101", Severity.ERROR)]
    assert not findings(claims, settings=Settings(tolerance={"training_gpus": 0.05}))


def test_a_document_contradicting_only_itself_is_info() -> None:
    found = findings(
        [
            claim("Nimbus-2", "parameters", 7e9, "a.md"),
            claim("Nimbus-2", "parameters", 9e9, "a.md", line=4),
        ]
    )
    assert kinds(found) == [("CC101", Severity.INFO)]


def test_factor_of_1000_is_a_scale_mismatch_not_a_value_conflict() -> None:
    found = findings(
        [
            claim(
                "Nimbus-2", "parameters", 4.2e9, "a.md", text="4.2 billion", scale_word="billion"
            ),
            claim("Nimbus-2", "parameters", 4.2e9, "b.md", text="4,2 Milliarden", language="de"),
            claim(
                "Nimbus-2",
                "parameters",
                4.2e12,
                "c.md",
                text="4,2 billions",
                language="fr",
                scale_word="billions",
            ),
        ]
    )
    assert kinds(found) == [("CC102", Severity.ERROR)]
    message = found[0].message
    assert "'4,2 billions' (fr 'billions' read as 4.2×10^12) in c.md" in message
    assert "'4.2 billion' (en 'billion' read as 4.2×10^9) in a.md, b.md" in message
    assert "factor of 1,000" in message


def test_scale_slip_mixed_with_another_disagreement_is_a_value_conflict() -> None:
    found = findings(
        [
            claim("Nimbus-2", "parameters", 4.2e9, "a.md"),
            claim("Nimbus-2", "parameters", 4.2e12, "b.md"),
            claim("Nimbus-2", "parameters", 7e9, "c.md"),
        ]
    )
    assert kinds(found) == [("CC101", Severity.ERROR)]


def test_name_mismatch_with_shared_evidence_is_a_warning() -> None:
    found = findings(
        [
            claim("MIA-1", "parameters", 500e9, "a.md", qualifier=U),
            claim("MAI-1", "parameters", 500e9, "b.md"),
            claim("MAI-1", "training_gpus", 15000, "b.md", unit="gpu"),
        ]
    )
    assert kinds(found) == [("CC103", Severity.WARNING)]
    assert found[0].names == ["MAI-1", "MIA-1"]
    assert len(found[0].claims) == 2
    assert "parameters" in found[0].message


def test_name_mismatch_without_evidence_is_info() -> None:
    found = findings(
        [
            claim("MIA-1", "parameters", 50e9, "a.md"),
            claim("MAI-1", "parameters", 500e9, "b.md"),
        ]
    )
    assert kinds(found) == [("CC103", Severity.INFO)]
    assert found[0].claims == []


def test_reference_conflict_uses_resolved_names_and_hedges() -> None:
    reference = ReferenceClaim(
        entity="nimbus 2", attribute="context_length", value=32000, unit="token", file="ref.toml"
    )
    claims = [
        claim("Nimbus-2", "context_length", 32000, "a.md", unit="token", qualifier=U),
        claim("Nimbus-2", "context_length", 8000, "b.md", unit="token", text="8,000 tokens"),
    ]
    found = [f for f in findings(claims, [reference]) if f.rule == "CC104"]
    assert kinds(found) == [("CC104", Severity.ERROR)]
    assert found[0].entity == "Nimbus-2"
    assert found[0].reference == reference
    assert len(found[0].claims) == 1
    assert "'8,000 tokens' in b.md" in found[0].message
    assert "ref.toml" in found[0].message


def test_arithmetic_active_parameters_exceeding_total() -> None:
    found = findings(
        [
            claim("Nimbus-2", "parameters", 12e9, "a.md"),
            claim("Nimbus-2", "active_parameters", 40e9, "a.md"),
            claim("Nimbus-3", "parameters", 47e9, "a.md"),
            claim("Nimbus-3", "active_parameters", 13e9, "a.md"),
            claim("Nimbus-4", "parameters", 10e9, "a.md", qualifier=L),
            claim("Nimbus-4", "active_parameters", 13e9, "a.md"),
        ]
    )
    assert [(f.rule, f.entity) for f in found] == [("CC105", "Nimbus-2")]


def test_arithmetic_only_within_one_document() -> None:
    assert not findings(
        [
            claim("Nimbus-2", "parameters", 12e9, "a.md"),
            claim("Nimbus-2", "active_parameters", 40e9, "b.md"),
        ]
    )


def test_settings_disable_a_rule_and_override_severity() -> None:
    claims = [
        claim("Nimbus-2", "parameters", 7e9, "a.md"),
        claim("Nimbus-2", "parameters", 9e9, "b.md"),
    ]
    lowered = Settings(rules={"CC101": RuleSettings(severity=Severity.WARNING)})
    assert kinds(findings(claims, settings=lowered)) == [("CC101", Severity.WARNING)]
    assert not findings(claims, settings=Settings(rules={"CC101": RuleSettings(enabled=False)}))


def test_findings_do_not_depend_on_input_order() -> None:
    claims = [
        claim("Nimbus-2", "parameters", 7e9, "a.md"),
        claim("Nimbus-2", "parameters", 9e9, "b.md"),
        claim("Kestrel-7", "parameters", 70e9, "c.md"),
        claim("Ketsrel-7", "parameters", 70e9, "d.md"),
    ]
    resolution = resolve([document(c.source.path, [c]) for c in claims], Aliases())
    reordered = Resolution(
        claims=resolution.claims[::-1],
        entities=resolution.entities,
        similar_names=resolution.similar_names,
    )
    assert run_rules(resolution, [], Settings()) == run_rules(reordered, [], Settings())


def test_registry() -> None:
    codes = [rule.code for rule in all_rules()]
    assert codes == sorted(codes) == ["CC101", "CC102", "CC103", "CC104", "CC105"]
    assert len({rule.name for rule in all_rules()}) == len(codes)
    assert rule_by_code("cc102") is rule_by_code("scale-mismatch") is all_rules()[1]
    assert rule_by_code("CC999") is None

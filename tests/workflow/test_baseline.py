from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.baseline import BaselineError, fingerprint, load_baseline, write_baseline
from checker.models import ReferenceClaim
from tests.workflow.helpers import by_id, make_claim, make_finding


def test_fingerprint_ignores_lines_ids_and_order() -> None:
    first = by_id(make_claim("c1", "a.md", 3, 5e11), make_claim("c2", "b.md", 9, 5e14))
    moved = by_id(make_claim("c7", "b.md", 40, 5e14), make_claim("c8", "a.md", 1, 5e11))
    assert fingerprint(make_finding(["c1", "c2"]), first) == fingerprint(
        make_finding(["c8", "c7"]), moved
    )


@pytest.mark.parametrize(
    "changed",
    [
        {"rule": "CC102"},
        {"entity": "Nimbus-8"},
        {"attribute": "active_parameters"},
        {"names": ["Nimbus-7", "Nimubs-7"]},
    ],
)
def test_fingerprint_changes_with_what_the_finding_is_about(changed: dict[str, object]) -> None:
    claims = by_id(make_claim("c1", "a.md", 3, 5e11), make_claim("c2", "b.md", 9, 5e14))
    finding = make_finding(["c1", "c2"])
    assert fingerprint(finding, claims) != fingerprint(finding.model_copy(update=changed), claims)


def test_fingerprint_changes_with_a_value_or_a_file() -> None:
    finding = make_finding(["c1", "c2"])
    base = by_id(make_claim("c1", "a.md", 3, 5e11), make_claim("c2", "b.md", 9, 5e14))
    other_value = by_id(make_claim("c1", "a.md", 3, 5e11), make_claim("c2", "b.md", 9, 6e14))
    other_file = by_id(make_claim("c1", "a.md", 3, 5e11), make_claim("c2", "c.md", 9, 5e14))
    marks = {fingerprint(finding, claims) for claims in (base, other_value, other_file)}
    assert len(marks) == 3


def test_reference_value_is_part_of_the_fingerprint() -> None:
    claims = by_id(make_claim("c1", "a.md", 3, 5e11))
    reference = ReferenceClaim(
        entity="Nimbus-7", attribute="parameters", value=4e11, unit="parameter"
    )
    finding = make_finding(["c1"], rule="CC104", kind="reference-conflict")
    with_reference = finding.model_copy(update={"reference": reference})
    other = finding.model_copy(update={"reference": reference.model_copy(update={"value": 3e11})})
    assert fingerprint(with_reference, claims) != fingerprint(other, claims)


def test_written_baseline_is_sorted_stable_and_without_lines(tmp_path: Path) -> None:
    claims = by_id(
        make_claim("c1", "a.md", 3, 5e11),
        make_claim("c2", "b.md", 9, 5e14),
        make_claim("c3", "a.md", 5, 90, entity="Alpha", attribute="training_duration", unit="day"),
        make_claim("c4", "c.md", 5, 60, entity="Alpha", attribute="training_duration", unit="day"),
    )
    findings = [
        make_finding(["c1", "c2"]),
        make_finding(["c3", "c4"], entity="Alpha", attribute="training_duration"),
    ]
    path = tmp_path / "baseline.json"
    assert write_baseline(path, findings, claims) == 2
    text = path.read_text(encoding="utf-8")
    write_baseline(path, list(reversed(findings)), claims)
    assert path.read_text(encoding="utf-8") == text
    data = json.loads(text)
    assert [entry["entity"] for entry in data["findings"]] == ["Alpha", "Nimbus-7"]
    assert data["findings"][1]["files"] == ["a.md", "b.md"]
    assert data["findings"][1]["values"] == ["500000000000 parameter", "5e+14 parameter"]
    assert '"line"' not in text
    assert text.endswith("}\n")
    assert not list(tmp_path.glob(".*.tmp"))


def test_filter_keeps_new_counts_known_and_lists_stale(tmp_path: Path) -> None:
    claims = by_id(
        make_claim("c1", "a.md", 3, 5e11),
        make_claim("c2", "b.md", 9, 5e14),
        make_claim("c3", "a.md", 5, 90, entity="Alpha", attribute="training_duration", unit="day"),
        make_claim("c4", "c.md", 5, 60, entity="Alpha", attribute="training_duration", unit="day"),
    )
    accepted = make_finding(["c1", "c2"])
    gone = make_finding(["c3", "c4"], entity="Alpha", attribute="training_duration")
    path = tmp_path / "baseline.json"
    write_baseline(path, [accepted, gone], claims)

    edited = by_id(
        make_claim("c1", "a.md", 30, 5e11),
        make_claim("c2", "b.md", 2, 5e14),
        make_claim("c5", "d.md", 1, 7, entity="Beta", attribute="experts", unit="expert"),
        make_claim("c6", "e.md", 1, 8, entity="Beta", attribute="experts", unit="expert"),
    )
    new = make_finding(["c5", "c6"], entity="Beta", attribute="experts")
    kept, suppressed, stale = load_baseline(path).filter([accepted, new], edited)
    assert kept == [new]
    assert suppressed == 1
    assert len(stale) == 1
    assert stale[0].startswith("CC101 Alpha training_duration in a.md, c.md (")


def test_missing_baseline_is_empty(tmp_path: Path) -> None:
    baseline = load_baseline(tmp_path / "absent.json")
    finding = make_finding(["c1"])
    assert baseline.filter([finding], by_id(make_claim("c1", "a.md", 1))) == ([finding], 0, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{not json", "not valid JSON"),
        (
            '{"version": 1, "findings": [{"rule": "CC101"}]}',
            "findings.0.fingerprint: field required",
        ),
        ('{"version": 1, "findings": "all"}', "findings: input should be a valid list"),
        ('{"version": 9, "findings": []}', "version 9 is not supported"),
        ('{"version": 1, "extra": 1}', "extra: extra inputs are not permitted"),
    ],
)
def test_malformed_baseline_is_one_line(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError) as caught:
        load_baseline(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert expected in message
    assert "\n" not in message

"""Text, JSON, GitHub and SARIF output of a hand-made run."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from checker.models import Finding, Qualifier, RunResult, Severity, SourceLocation
from checker.report import FORMATS, RuleInfo, append_step_summary, render, render_chunks
from checker.report.github import escape_data, escape_property

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

CONTRACT_TOP = ["version", "documents", "claims", "findings"]
CONTRACT_DOCUMENT = ["path", "language", "sha256", "claims"]
CONTRACT_CLAIM = [
    "id",
    "entity",
    "entity_text",
    "attribute",
    "value",
    "unit",
    "qualifier",
    "text",
    "language",
    "source",
]
CONTRACT_FINDING = [
    "rule",
    "kind",
    "severity",
    "entity",
    "attribute",
    "message",
    "claims",
    "names",
]


# --------------------------------------------------------------------------- every format


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_renders_are_byte_identical(
    fmt: str, run_result: RunResult, rules: list[RuleInfo]
) -> None:
    first = render(run_result, fmt, rules=rules, link_base="reports")
    second = render(run_result.model_copy(deep=True), fmt, rules=rules, link_base="reports")
    assert first.encode() == second.encode()


@pytest.mark.parametrize("fmt", FORMATS)
def test_order_of_findings_and_documents_does_not_change_the_output(
    fmt: str, run_result: RunResult, rules: list[RuleInfo]
) -> None:
    shuffled = run_result.model_copy(
        update={
            "findings": list(reversed(run_result.findings)),
            "documents": list(reversed(run_result.documents)),
        }
    )
    assert render(shuffled, fmt, rules=rules) == render(run_result, fmt, rules=rules)


def test_unknown_format_is_refused(run_result: RunResult) -> None:
    with pytest.raises(ValueError, match="unknown report format 'html'"):
        render(run_result, "html")


# --------------------------------------------------------------------------- json


def test_json_follows_the_contract_field_names_and_order(run_result: RunResult) -> None:
    output = json.loads(render(run_result, "json"))
    assert list(output)[: len(CONTRACT_TOP)] == CONTRACT_TOP
    assert output["version"] == 1
    for document in output["documents"]:
        assert list(document)[: len(CONTRACT_DOCUMENT)] == CONTRACT_DOCUMENT
    for claim in output["claims"]:
        assert list(claim)[: len(CONTRACT_CLAIM)] == CONTRACT_CLAIM
        assert list(claim["source"]) == ["path", "line", "column"]
    for finding in output["findings"]:
        assert list(finding)[: len(CONTRACT_FINDING)] == CONTRACT_FINDING


def test_json_values_are_plain_and_unicode_is_kept(run_result: RunResult) -> None:
    text = render(run_result, "json")
    output = json.loads(text)
    first = output["claims"][0]
    assert first["value"] == 70_000_000_000.0
    assert first["qualifier"] == "approx"
    assert first["source"] == {"path": "news/de/kestrel.md", "line": 3, "column": 18}
    assert "80 milliards de paramètres" in text
    name_mismatch = next(f for f in output["findings"] if f["kind"] == "name-mismatch")
    assert name_mismatch["names"] == ["ZNE-4", "ZEN-4"]
    assert output["summary"]["by_severity"] == {"error": 1, "warning": 2, "info": 1}
    assert output["skipped"] == [{"path": "news/scan.pdf", "reason": "binary file"}]


def test_json_gives_a_range_by_its_middle_and_its_bounds(run_result: RunResult) -> None:
    first = run_result.claims[0]
    ranged = replace(first, value=115.0, upper=120.0, qualifier=Qualifier.RANGE, unit="day")
    exact = replace(first, id="c99")
    output = json.loads(render(run_result.model_copy(update={"claims": [ranged, exact]}), "json"))
    by_id = {claim["id"]: claim for claim in output["claims"]}
    assert (by_id[first.id]["value"], by_id[first.id]["lower"], by_id[first.id]["upper"]) == (
        117.5,
        115.0,
        120.0,
    )
    assert by_id["c99"]["value"] == first.value
    assert by_id["c99"]["lower"] is None


def test_json_has_one_document_and_one_claim_a_line(run_result: RunResult) -> None:
    text = render(run_result, "json")
    assert "".join(render_chunks(run_result, "json")) == text
    lines = text.splitlines()
    claim_lines = [line for line in lines if line.startswith('    {"id": ')]
    assert [json.loads(line.rstrip(","))["id"] for line in claim_lines] == [
        claim.id for claim in run_result.claims
    ]
    document_lines = [line for line in lines if line.startswith('    {"path": ')]
    assert len(document_lines) == len(run_result.documents)


def test_json_of_an_empty_run_is_valid(quiet_result: RunResult) -> None:
    empty = quiet_result.model_copy(update={"claims": [], "documents": []})
    output = json.loads("".join(render_chunks(empty, "json")))
    assert (output["claims"], output["documents"]) == ([], [])


# --------------------------------------------------------------------------- text


def test_text_lines_are_linter_style_and_end_with_a_summary(run_result: RunResult) -> None:
    lines = render(run_result, "text").splitlines()
    assert "news/de/kestrel.md:3:18: CC101 error Kestrel-3 has 80 billion" in "\n".join(lines)
    assert lines[0] == "Kestrel-3 (2 findings)"
    evidence = [line for line in lines if line.startswith("    news/fr/kestrel.md:2:14")]
    assert evidence == [
        "    news/fr/kestrel.md:2:14: Kestrel 3: 80 billion parameters"
        "  “80 milliards de paramètres”"
    ]
    assert lines[-1] == (
        "4 findings (1 error, 2 warnings, 1 info) in 4 documents, 14 claims "
        "(1 suppressed, 1 file skipped)"
    )


def test_text_colour_only_when_asked(run_result: RunResult) -> None:
    assert "\033[" not in render(run_result, "text")
    coloured = render(run_result, "text", color=True)
    assert "\033[1;31merror\033[0m" in coloured


def test_text_quiet_success_is_one_line(quiet_result: RunResult) -> None:
    assert render(quiet_result, "text") == (
        "No disagreements in 4 documents (14 claims). 1 file skipped.\n"
    )


# --------------------------------------------------------------------------- github


def test_github_escaping_follows_the_runner() -> None:
    assert escape_data("50% more\r\nnext") == "50%25 more%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations(run_result: RunResult) -> None:
    lines = render(run_result, "github").splitlines()
    assert len(lines) == 4
    assert lines[0].startswith(
        "::error file=news/de/kestrel.md,line=3,col=18,"
        "title=CC101 value-conflict%3A Kestrel-3 parameters::Kestrel-3 has 80 billion"
    )
    assert "%0Anews/fr/kestrel.md:2:14: 80 billion parameters" in lines[0]
    assert lines[1].startswith("::warning ")
    assert lines[3].startswith("::notice ")


def test_github_escapes_properties_and_message(run_result: RunResult) -> None:
    odd = Finding(
        rule="CC101",
        kind="value-conflict",
        severity=Severity.ERROR,
        entity="A,B:1",
        attribute="price",
        message="up 50%\nsee below",
        claims=[],
    )
    output = render(run_result.model_copy(update={"findings": [odd]}), "github")
    assert output == "::error title=CC101 value-conflict%3A A%2CB%3A1 price::up 50%25%0Asee below\n"


def test_step_summary_is_appended_with_links_to_the_repository(
    run_result: RunResult, rules: list[RuleInfo], tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    environ = {
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_REPOSITORY": "octo/news",
        "GITHUB_SHA": "abc123",
    }
    assert append_step_summary(run_result, environ=environ, rules=rules) == summary
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n# claim-check report")
    assert "(https://github.com/octo/news/blob/abc123/news/de/kestrel.md#L3)" in text


def test_step_summary_needs_the_variable(run_result: RunResult) -> None:
    assert append_step_summary(run_result, environ={}) is None


# --------------------------------------------------------------------------- sarif


def sarif(result: RunResult, rules: list[RuleInfo]) -> dict[str, object]:
    log: dict[str, object] = json.loads(render(result, "sarif", rules=rules))
    return log


def test_sarif_is_valid_against_the_2_1_0_schema(
    run_result: RunResult, rules: list[RuleInfo]
) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(sarif(run_result, rules)))
    assert errors == []


def test_sarif_without_findings_is_valid(quiet_result: RunResult, rules: list[RuleInfo]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif(quiet_result, rules))


def test_sarif_results_point_at_sources(run_result: RunResult, rules: list[RuleInfo]) -> None:
    run = json.loads(render(run_result, "sarif", rules=rules))["runs"][0]
    driver = run["tool"]["driver"]
    assert [rule["id"] for rule in driver["rules"]] == ["CC101", "CC102", "CC103", "CC104", "CC105"]
    assert driver["rules"][0]["defaultConfiguration"] == {"level": "error"}
    assert driver["rules"][0]["help"]["markdown"].startswith(
        "Sources give incompatible values for the same fact.\n\nTolerances apply."
    )
    first = run["results"][0]
    assert first["ruleId"] == "CC101"
    assert driver["rules"][first["ruleIndex"]]["id"] == "CC101"
    assert first["level"] == "error"
    location = first["locations"][0]["physicalLocation"]
    assert location == {
        "artifactLocation": {"uri": "news/de/kestrel.md"},
        "region": {"startLine": 3, "startColumn": 18},
    }
    related = [r["physicalLocation"]["artifactLocation"]["uri"] for r in first["relatedLocations"]]
    assert related == ["news/de/kestrel.md", "news/en/kestrel.md", "news/fr/kestrel.md"]
    assert [result["level"] for result in run["results"]] == ["error", "warning", "warning", "note"]


def test_sarif_describes_rules_the_registry_does_not_know(run_result: RunResult) -> None:
    run = json.loads(render(run_result, "sarif", rules=[]))["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == [
        "CC101",
        "CC102",
        "CC103",
        "CC104",
    ]


def fingerprints(result: RunResult, rules: list[RuleInfo]) -> list[str]:
    run = json.loads(render(result, "sarif", rules=rules))["runs"][0]
    return [r["partialFingerprints"]["claimCheckFinding/v1"] for r in run["results"]]


def test_sarif_fingerprints_survive_moved_lines_but_not_changed_values(
    run_result: RunResult, rules: list[RuleInfo]
) -> None:
    moved = run_result.model_copy(
        update={
            "claims": [
                replace(
                    claim,
                    source=SourceLocation(
                        path=claim.source.path,
                        line=claim.source.line + 40,
                        column=claim.source.column + 3,
                    ),
                )
                for claim in run_result.claims
            ]
        }
    )
    original = fingerprints(run_result, rules)
    assert len(set(original)) == len(original)
    assert fingerprints(moved, rules) == original
    changed = run_result.model_copy(
        update={
            "claims": [
                replace(claim, value=9e10) if claim.id == "c8" else claim
                for claim in run_result.claims
            ]
        }
    )
    assert fingerprints(changed, rules)[0] != original[0]
    assert fingerprints(changed, rules)[1:] == original[1:]

"""JSON output, version 1 (CONTRACT.md): the contract's fields first, in the contract's order,
then the fields added since; lists in a stable order so that two runs diff cleanly."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from checker.baseline import fingerprint
from checker.models import Claim, Finding, Qualifier, ReferenceClaim, RunResult
from checker.report.common import ClaimIndex, ordered_findings, severity_counts

JSON_VERSION = 1


def render_json(result: RunResult) -> str:
    return "".join(json_chunks(result))


def json_chunks(result: RunResult) -> Iterator[str]:
    """The JSON report in pieces, for writing it without holding it whole.

    The long lists, documents and claims, have one compact record per line: the report of a
    large corpus is written at the speed of the C encoder, and a diff of two reports shows a
    changed claim as one changed line. The rest is indented."""
    index = ClaimIndex(result.claims)
    findings = ordered_findings(result)
    yield f'{{\n  "version": {JSON_VERSION},\n  "documents": '
    yield from _one_per_line(
        {
            "path": info.path,
            "language": info.language,
            "sha256": info.sha256,
            "claims": info.claims,
            "encoding": info.encoding,
        }
        for info in sorted(result.documents, key=lambda info: info.path)
    )
    yield ',\n  "claims": '
    yield from _one_per_line(claim_dict(claim) for claim in result.claims)
    rest = {
        "findings": [finding_dict(finding, index) for finding in findings],
        "entities": [
            {"canonical": group.canonical, "variants": list(group.variants)}
            for group in sorted(result.entities, key=lambda group: group.canonical)
        ],
        "skipped": [
            {"path": skipped.path, "reason": skipped.reason}
            for skipped in sorted(result.skipped, key=lambda skipped: skipped.path)
        ],
        "summary": {
            "documents": len(result.documents),
            "claims": len(result.claims),
            "findings": len(findings),
            "by_severity": {
                severity.value: count for severity, count in severity_counts(findings).items()
            },
            "suppressed": result.suppressed,
            "baselined": result.baselined,
            "stale_baseline": sorted(result.stale_baseline),
        },
    }
    for key, value in rest.items():
        indented = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        yield f",\n  {json.dumps(key)}: {indented}"
    yield "\n}\n"


def _one_per_line(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    opened = False
    for record in records:
        yield ",\n    " if opened else "[\n    "
        opened = True
        yield json.dumps(record, ensure_ascii=False)
    yield "\n  ]" if opened else "[]"


def _value(claim: Claim) -> float | str:
    """The one number a claim states: a range's middle ("zwischen 115 und 120 Tagen" is
    117.5), which `lower` and `upper` bound."""
    if claim.qualifier is Qualifier.RANGE and claim.upper is not None:
        return (float(claim.value) + claim.upper) / 2
    return claim.value


def claim_dict(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "entity": claim.entity,
        "entity_text": claim.entity_text,
        "attribute": claim.attribute,
        "value": _value(claim),
        "unit": claim.unit,
        "qualifier": claim.qualifier.value,
        "text": claim.text,
        "language": claim.language,
        "source": {
            "path": claim.source.path,
            "line": claim.source.line,
            "column": claim.source.column,
        },
        "lower": claim.value if claim.qualifier is Qualifier.RANGE else None,
        "upper": claim.upper,
        "scale_word": claim.scale_word,
        "as_of": claim.as_of,
        "sentence": claim.sentence,
    }


def finding_dict(finding: Finding, index: ClaimIndex) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "kind": finding.kind,
        "severity": finding.severity.value,
        "entity": finding.entity,
        "attribute": finding.attribute,
        "message": finding.message,
        "claims": list(finding.claims),
        "names": list(finding.names),
        "reference": _reference_dict(finding.reference),
        "fingerprint": fingerprint(finding, index.by_id),
    }


def _reference_dict(reference: ReferenceClaim | None) -> dict[str, Any] | None:
    if reference is None:
        return None
    return {
        "entity": reference.entity,
        "attribute": reference.attribute,
        "value": reference.value,
        "unit": reference.unit,
        "qualifier": reference.qualifier.value,
        "upper": reference.upper,
        "source": reference.source,
        "file": reference.file,
    }

"""Extraction cases as data (cases.yaml): each document's claims, entity by entity."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.extract import extract_claims
from checker.models import Claim, Document
from checker.normalize import normalize_claims

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases.yaml").read_text("utf-8")
)


def claims_of(text: str, lang: str) -> list[Claim]:
    document = Document(
        path="case.md", language=lang, sha256=hashlib.sha256(text.encode()).hexdigest(), text=text
    )
    return normalize_claims(extract_claims(document).claims)


def matches(claim: Claim, expected: list[Any]) -> bool:
    entity, attribute, value, *rest = expected
    value = as_number(value)
    if claim.entity_text != entity or claim.attribute != attribute:
        return False
    if isinstance(value, str) or isinstance(claim.value, str):
        same = str(claim.value) == str(value)
    else:
        same = abs(claim.value - float(value)) <= 1e-6 * max(1.0, abs(float(value)))
    return same and (not rest or claim.qualifier.value == rest[0])


def as_number(value: Any) -> Any:
    """YAML reads ``340.0e9`` as a string; the cases write figures that way for legibility."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


def describe(claims: list[Claim]) -> list[str]:
    return [f"{c.entity_text} {c.attribute} {c.value} {c.qualifier.value}" for c in claims]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    claims = claims_of(case["text"], case["lang"])
    expected = case.get("only", case.get("expect", []))
    for item in expected:
        assert any(matches(c, item) for c in claims), f"missing {item}; got {describe(claims)}"
    if "only" in case:
        extra = [c for c in claims if not any(matches(c, item) for item in expected)]
        assert not extra, f"unexpected {describe(extra)}"

"""The hand labels of the second development corpus must stay in step with its documents.

A label for a file that was renamed, an attribute outside the contract or a finding that names
a file no label covers would silently lower every score computed from them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent
LABELS = CORPUS / "labels.json"
DOCS = CORPUS / "docs"
CORE_ATTRIBUTES = {
    "parameters",
    "active_parameters",
    "experts",
    "training_gpus",
    "training_tokens",
    "training_duration",
    "context_length",
    "funding",
    "investment",
    "price",
    "release_date",
    "rank",
}
PARTIAL_ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def load() -> dict[str, Any]:
    labels: dict[str, Any] = json.loads(LABELS.read_text(encoding="utf-8"))
    return labels


def article_names() -> set[str]:
    return {p.name for p in DOCS.iterdir() if p.suffix in {".md", ".txt"}}


def test_every_article_is_labelled_and_every_label_has_an_article() -> None:
    assert set(load()["claims"]) == article_names()


def test_claims_use_core_attributes_and_canonical_values() -> None:
    for file_name, rows in load()["claims"].items():
        for entity, attribute, value in rows:
            assert entity in (DOCS / file_name).read_text(encoding="utf-8"), (file_name, entity)
            assert attribute in CORE_ATTRIBUTES, (file_name, attribute)
            if attribute == "release_date":
                assert PARTIAL_ISO_DATE.match(value), (file_name, value)
            else:
                assert isinstance(value, int | float) and value > 0, (file_name, value)


def test_findings_point_at_labelled_files_and_names() -> None:
    labels = load()
    labelled_entities = {row[0] for rows in labels["claims"].values() for row in rows}
    ids = [finding["id"] for finding in labels["findings"]]
    assert len(ids) == len(set(ids))
    for finding in labels["findings"]:
        if "names" in finding:
            assert finding["kinds"] == ["name-mismatch"]
            assert set(finding["names"]) <= labelled_entities, finding["id"]
            continue
        assert set(finding["files"]) <= set(labels["claims"]), finding["id"]
        for file_name in finding["files"]:
            attributes = {
                attribute
                for entity, attribute, _ in labels["claims"][file_name]
                if entity in finding["entities"]
            }
            assert finding["attribute"] in attributes, (finding["id"], file_name)


def test_each_value_conflict_has_two_disagreeing_files() -> None:
    labels = load()
    for finding in labels["findings"]:
        if finding["kinds"] != ["value-conflict"]:
            continue
        values = {
            value
            for file_name in finding["files"]
            for entity, attribute, value in labels["claims"][file_name]
            if entity in finding["entities"] and attribute == finding["attribute"]
        }
        assert len(finding["files"]) >= 2 and len(values) >= 2, finding["id"]

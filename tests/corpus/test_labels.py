"""The hand labels (of the example corpus and both development corpora) must stay in step
with the documents they describe.

A label for a file that was renamed, an attribute outside the contract or a finding that names
a file no label covers would silently lower every score computed from them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).parent
REPO = CORPUS.parent.parent
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
LABELLED_FOLDERS = [
    (CORPUS / "labels.json", CORPUS / "docs"),
    (CORPUS / "examples-labels.json", REPO / "examples"),
    (REPO / "tests" / "corpus2" / "labels.json", REPO / "tests" / "corpus2" / "docs"),
    (REPO / "tests" / "corpus3" / "labels.json", REPO / "tests" / "corpus3" / "docs"),
    (REPO / "tests" / "corpus4" / "labels.json", REPO / "tests" / "corpus4" / "docs"),
    (REPO / "tests" / "corpus5" / "labels.json", REPO / "tests" / "corpus5" / "docs"),
    (REPO / "tests" / "corpus6" / "labels.json", REPO / "tests" / "corpus6" / "docs"),
    (REPO / "tests" / "corpus7" / "labels.json", REPO / "tests" / "corpus7" / "docs"),
    (REPO / "tests" / "corpus8" / "labels.json", REPO / "tests" / "corpus8" / "docs"),
    (REPO / "tests" / "corpus9" / "labels.json", REPO / "tests" / "corpus9" / "docs"),
    (REPO / "tests" / "corpus10" / "labels.json", REPO / "tests" / "corpus10" / "docs"),
    (REPO / "tests" / "corpus11" / "labels.json", REPO / "tests" / "corpus11" / "docs"),
    (REPO / "tests" / "corpus12" / "labels.json", REPO / "tests" / "corpus12" / "docs"),
    (REPO / "tests" / "corpus13" / "labels.json", REPO / "tests" / "corpus13" / "docs"),
    (REPO / "tests" / "corpus14" / "labels.json", REPO / "tests" / "corpus14" / "docs"),
    (REPO / "tests" / "corpus16" / "labels.json", REPO / "tests" / "corpus16" / "docs"),
    (REPO / "tests" / "corpus15" / "labels.json", REPO / "tests" / "corpus15" / "docs"),
    (REPO / "tests" / "corpus18" / "labels.json", REPO / "tests" / "corpus18" / "docs"),
    (REPO / "tests" / "corpus17" / "labels.json", REPO / "tests" / "corpus17" / "docs"),
    (REPO / "tests" / "corpus20" / "labels.json", REPO / "tests" / "corpus20" / "docs"),
    (REPO / "tests" / "corpus19" / "labels.json", REPO / "tests" / "corpus19" / "docs"),
    (REPO / "tests" / "corpus21" / "labels.json", REPO / "tests" / "corpus21" / "docs"),
    (REPO / "tests" / "corpus22" / "labels.json", REPO / "tests" / "corpus22" / "docs"),
    (REPO / "tests" / "corpus23" / "labels.json", REPO / "tests" / "corpus23" / "docs"),
    (REPO / "tests" / "corpus24" / "labels.json", REPO / "tests" / "corpus24" / "docs"),
    (REPO / "tests" / "corpus25" / "labels.json", REPO / "tests" / "corpus25" / "docs"),
    (REPO / "tests" / "corpus26" / "labels.json", REPO / "tests" / "corpus26" / "docs"),
    (REPO / "tests" / "corpus27" / "labels.json", REPO / "tests" / "corpus27" / "docs"),
    (REPO / "tests" / "corpus28" / "labels.json", REPO / "tests" / "corpus28" / "docs"),
    (REPO / "tests" / "corpus29" / "labels.json", REPO / "tests" / "corpus29" / "docs"),
    (REPO / "tests" / "corpus30" / "labels.json", REPO / "tests" / "corpus30" / "docs"),
    (REPO / "tests" / "corpus32" / "labels.json", REPO / "tests" / "corpus32" / "docs"),
    (REPO / "tests" / "corpus31" / "labels.json", REPO / "tests" / "corpus31" / "docs"),
    (REPO / "tests" / "corpus33" / "labels.json", REPO / "tests" / "corpus33" / "docs"),
    (REPO / "tests" / "corpus34" / "labels.json", REPO / "tests" / "corpus34" / "docs"),
    (REPO / "tests" / "corpus35" / "labels.json", REPO / "tests" / "corpus35" / "docs"),
    (REPO / "tests" / "corpus36" / "labels.json", REPO / "tests" / "corpus36" / "docs"),
    (REPO / "tests" / "corpus37" / "labels.json", REPO / "tests" / "corpus37" / "docs"),
    (REPO / "tests" / "corpus38" / "labels.json", REPO / "tests" / "corpus38" / "docs"),
    (REPO / "tests" / "corpus39" / "labels.json", REPO / "tests" / "corpus39" / "docs"),
    (REPO / "tests" / "corpus41" / "labels.json", REPO / "tests" / "corpus41" / "docs"),
    (REPO / "tests" / "corpus40" / "labels.json", REPO / "tests" / "corpus40" / "docs"),
    (REPO / "tests" / "corpus42" / "labels.json", REPO / "tests" / "corpus42" / "docs"),
    (REPO / "tests" / "corpus43" / "labels.json", REPO / "tests" / "corpus43" / "docs"),
    (REPO / "tests" / "corpus44" / "labels.json", REPO / "tests" / "corpus44" / "docs"),
    (REPO / "tests" / "corpus45" / "labels.json", REPO / "tests" / "corpus45" / "docs"),
    (REPO / "tests" / "corpus46" / "labels.json", REPO / "tests" / "corpus46" / "docs"),
    (REPO / "tests" / "corpus47" / "labels.json", REPO / "tests" / "corpus47" / "docs"),
    (REPO / "tests" / "corpus48" / "labels.json", REPO / "tests" / "corpus48" / "docs"),
    (REPO / "tests" / "corpus49" / "labels.json", REPO / "tests" / "corpus49" / "docs"),
    (REPO / "tests" / "corpus50" / "labels.json", REPO / "tests" / "corpus50" / "docs"),
    (REPO / "tests" / "corpus51" / "labels.json", REPO / "tests" / "corpus51" / "docs"),
    (REPO / "tests" / "corpus52" / "labels.json", REPO / "tests" / "corpus52" / "docs"),
    (REPO / "tests" / "corpus53" / "labels.json", REPO / "tests" / "corpus53" / "docs"),
    (REPO / "tests" / "corpus54" / "labels.json", REPO / "tests" / "corpus54" / "docs"),
    (REPO / "tests" / "corpus55" / "labels.json", REPO / "tests" / "corpus55" / "docs"),
    (REPO / "tests" / "corpus56" / "labels.json", REPO / "tests" / "corpus56" / "docs"),
    (REPO / "tests" / "corpus57" / "labels.json", REPO / "tests" / "corpus57" / "docs"),
    (REPO / "tests" / "corpus58" / "labels.json", REPO / "tests" / "corpus58" / "docs"),
    (REPO / "tests" / "corpus59" / "labels.json", REPO / "tests" / "corpus59" / "docs"),
    (REPO / "tests" / "corpus60" / "labels.json", REPO / "tests" / "corpus60" / "docs"),
    (REPO / "tests" / "corpus61" / "labels.json", REPO / "tests" / "corpus61" / "docs"),
    (REPO / "tests" / "corpus62" / "labels.json", REPO / "tests" / "corpus62" / "docs"),
    (REPO / "tests" / "corpus63" / "labels.json", REPO / "tests" / "corpus63" / "docs"),
    (REPO / "tests" / "corpus64" / "labels.json", REPO / "tests" / "corpus64" / "docs"),
    (REPO / "tests" / "corpus65" / "labels.json", REPO / "tests" / "corpus65" / "docs"),
]


def load(labels_path: Path) -> dict[str, Any]:
    labels: dict[str, Any] = json.loads(labels_path.read_text(encoding="utf-8"))
    return labels


def article_names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.suffix in {".md", ".txt"} and p.stem != "README"}


@pytest.mark.parametrize(("labels_path", "folder"), LABELLED_FOLDERS)
def test_every_article_is_labelled_and_every_label_has_an_article(
    labels_path: Path, folder: Path
) -> None:
    assert set(load(labels_path)["claims"]) == article_names(folder)


@pytest.mark.parametrize(("labels_path", "folder"), LABELLED_FOLDERS)
def test_claims_use_core_attributes_and_canonical_values(labels_path: Path, folder: Path) -> None:
    for file_name, rows in load(labels_path)["claims"].items():
        for entity, attribute, value in rows:
            assert entity in (folder / file_name).read_text(encoding="utf-8"), (file_name, entity)
            assert attribute in CORE_ATTRIBUTES, (file_name, attribute)
            if attribute == "release_date":
                assert PARTIAL_ISO_DATE.match(value), (file_name, value)
            else:
                assert isinstance(value, int | float) and value > 0, (file_name, value)


@pytest.mark.parametrize(("labels_path", "folder"), LABELLED_FOLDERS)
def test_findings_point_at_labelled_files_and_names(labels_path: Path, folder: Path) -> None:
    labels = load(labels_path)
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


@pytest.mark.parametrize(("labels_path", "folder"), LABELLED_FOLDERS[2:])
def test_each_value_conflict_has_two_disagreeing_files(labels_path: Path, folder: Path) -> None:
    labels = load(labels_path)
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

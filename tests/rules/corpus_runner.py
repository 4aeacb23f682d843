"""Runs the whole pipeline on a small corpus written out to a temporary folder."""

from __future__ import annotations

from pathlib import Path

from checker.config import Settings
from checker.curated import Curated
from checker.models import ReferenceClaim, RunResult


def run_corpus(
    folder: Path, documents: dict[str, str], references: list[ReferenceClaim]
) -> RunResult:
    from checker import pipeline

    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    return pipeline.run(
        [folder],
        Settings(),
        use_cache=False,
        jobs=1,
        curated=Curated(references=references),
        root=folder,
    )


def reference(entity: str, attribute: str, value: str, unit: str | None = None) -> ReferenceClaim:
    number: float | str
    try:
        number = float(value)
    except ValueError:
        number = value
    return ReferenceClaim(entity=entity, attribute=attribute, value=number, unit=unit)

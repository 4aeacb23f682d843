"""A defect met while extracting one document skips that document, never the whole run."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import pipeline
from checker.config import Settings
from checker.models import Document, DocumentClaims


def test_a_document_that_breaks_extraction_is_skipped_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good.md").write_text("Vireo-2 has 7 billion parameters.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_text("Vireo-2 has 8 billion parameters.\n", encoding="utf-8")
    real = pipeline.extract_claims

    def fragile(document: Document) -> DocumentClaims:
        if document.path.endswith("bad.md"):
            raise ValueError("a defect")
        return real(document)

    monkeypatch.setattr(pipeline, "extract_claims", fragile)
    monkeypatch.chdir(tmp_path)
    result = pipeline.run([tmp_path], Settings(), use_cache=False, jobs=1)

    assert [d.path for d in result.documents] == ["good.md"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("bad.md", "internal error while extracting: ValueError")
    ]
    assert [c.value for c in result.claims] == [7e9]

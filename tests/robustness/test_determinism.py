"""Findings do not depend on the order of files, and output is deterministic."""

from __future__ import annotations

import io
import json
import os
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.cli import main
from checker.extract import extract_claims
from checker.models import Document

NAMES = ["Vorta-7", "Kelpie-2", "Quasar"]
SENTENCES = [
    "{name} has {value} billion parameters.",
    "{name} hat {value} Milliarden Parameter.",
    "{name} a été entraîné sur {value} GPU pendant {days} jours.",
    "The {name} model was trained on {value} trillion tokens.",
    "{name} kostet {value} Millionen Euro.",
]
SENTENCE = st.builds(
    lambda template, name, value, days: template.format(name=name, value=value, days=days),
    st.sampled_from(SENTENCES),
    st.sampled_from(NAMES),
    st.integers(min_value=1, max_value=900),
    st.integers(min_value=1, max_value=90),
)
CORPUS = st.lists(
    st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join), min_size=2, max_size=4
)


def run_json(folder: Path, paths: list[str], *extra: str) -> dict[str, Any]:
    out = io.StringIO()
    previous = Path.cwd()
    os.chdir(folder)
    try:
        with redirect_stdout(out), redirect_stderr(io.StringIO()):
            main(["check", "--no-cache", "--format", "json", *extra, *paths])
    finally:
        os.chdir(previous)
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CORPUS, st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_the_order_of_files(texts: list[str], rng: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        names = [f"doc{index}.md" for index in range(len(texts))]
        for name, text in zip(names, texts, strict=True):
            (Path(folder) / name).write_text(text + "\n", encoding="utf-8")
        shuffled = list(names)
        rng.shuffle(shuffled)
        in_order = run_json(Path(folder), names)
        reordered = run_json(Path(folder), shuffled)
        again = run_json(Path(folder), names)
    assert reordered == in_order
    assert again == in_order


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CORPUS)
def test_worker_processes_do_not_change_the_output(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for index, text in enumerate(texts):
            (Path(folder) / f"doc{index}.md").write_text(text + "\n", encoding="utf-8")
        assert run_json(Path(folder), ["."], "--jobs", "2") == run_json(
            Path(folder), ["."], "--jobs", "1"
        )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["de", "fr", "en", "es"]))
def test_extraction_never_raises_on_arbitrary_unicode(text: str, language: str) -> None:
    document = Document(path="x.md", language=language, sha256="0" * 64, text=text)
    first = extract_claims(document)
    assert extract_claims(document) == first

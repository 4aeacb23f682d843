"""Extraction gives the same run whatever executes it: one process, a pool, or Dask."""

from __future__ import annotations

import pickle
import random
from pathlib import Path
from typing import Any

import pytest

from checker import pipeline
from checker.config import Settings
from checker.curated import Curated
from checker.engine import POOL_THRESHOLD, EngineError, available_cores, run_engine
from checker.models import Aliases
from checker.report import render
from checker.resolve import resolve

SENTENCES = {
    "en": [
        "{model} has {n} billion parameters.",
        "{model} was trained for {d} days on 1,024 GPUs.",
        "Reviewers found the documentation thorough.",
    ],
    "de": [
        "{model} hat {n} Milliarden Parameter.",
        "{model} wurde {d} Tage lang auf 1.024 GPUs trainiert.",
        "Die Dokumentation gilt als gründlich.",
    ],
}
MODELS = ["Torvik-2", "Selmar-3", "Quendo-1", "Brival-4"]


def write_corpus(folder: Path, documents: int) -> None:
    rng = random.Random(7)
    for index in range(documents):
        lang = "en" if index % 2 else "de"
        sentences = []
        for _ in range(6):
            model = rng.choice(MODELS)
            sentence = rng.choice(SENTENCES[lang])
            sentences.append(sentence.format(model=model, n=rng.choice((7, 12)), d=21))
        (folder / f"{index:03d}.md").write_text(" ".join(sentences) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, POOL_THRESHOLD + 8)
    return folder


def check(corpus: Path, **options: Any) -> str:
    result = pipeline.run(
        [corpus], Settings(), use_cache=False, curated=Curated(), root=corpus, **options
    )
    assert result.findings, "the corpus is made to hold disagreements"
    return render(result, "json")


def test_pool_output_is_byte_identical_to_one_process(corpus: Path) -> None:
    assert check(corpus, jobs=2) == check(corpus, jobs=1)


def test_dask_output_is_byte_identical_to_local(corpus: Path) -> None:
    pytest.importorskip("dask")
    assert check(corpus, jobs=2, engine="dask") == check(corpus, jobs=1)


def test_claims_written_as_json_lines_resolve_to_the_run_claims(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "claims.jsonl"
    result = pipeline.run(
        [corpus], Settings(), use_cache=False, curated=Curated(), root=corpus, claims_out=out
    )
    documents = pipeline.read_claims(out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(result.documents)
    assert resolve(documents, Aliases()).claims == result.claims


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(EngineError, match="unknown engine"):
        list(run_engine("spark", str, [1], 1))


def test_jobs_default_to_every_core_unless_configured() -> None:
    assert pipeline.worker_count(None, Settings()) == available_cores()
    assert pipeline.worker_count(None, Settings(jobs=3)) == 3
    assert pipeline.worker_count(2, Settings(jobs=3)) == 2
    assert pipeline.worker_count(0, Settings(jobs=3)) == pipeline.worker_count(None, Settings())


def test_claims_from_worker_processes_share_the_words_every_document_repeats(
    corpus: Path,
) -> None:
    tasks = [
        pipeline.FileTask(path, path.name, "auto") for path in sorted(corpus.iterdir())[0:4:2]
    ]
    sent = [pipeline.process_file(task) for task in tasks]
    received = [pickle.loads(pickle.dumps(document)) for document in sent]
    assert received == sent
    first, second = (
        next(c for c in document.claims if c.attribute == "parameters") for document in received
    )
    assert first.attribute is second.attribute
    assert first.unit is second.unit and first.language is second.language

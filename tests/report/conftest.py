"""A hand-made run over a small invented corpus: German, French and English articles about two
made-up models, with one finding of each kind the report has to present."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.models import (
    Claim,
    DocumentInfo,
    EntityGroup,
    Finding,
    Qualifier,
    ReferenceClaim,
    RunResult,
    Severity,
    SkippedFile,
    SourceLocation,
)
from checker.report import RuleInfo

DOCUMENTS = {
    "news/de/kestrel.md": "de",
    "news/en/kestrel.md": "en",
    "news/fr/kestrel.md": "fr",
    "news/de/zen-4.md": "de",
}


def claim(
    number: int,
    path: str,
    line: int,
    column: int,
    entity_text: str,
    attribute: str,
    value: float | str,
    unit: str,
    text: str,
    *,
    entity: str | None = None,
    qualifier: Qualifier = Qualifier.EXACT,
    scale_word: str | None = None,
    upper: float | None = None,
) -> Claim:
    return Claim(
        id=f"c{number}",
        entity=entity or entity_text,
        entity_text=entity_text,
        attribute=attribute,
        value=value,
        unit=unit,
        qualifier=qualifier,
        upper=upper,
        text=text,
        sentence=text,
        language=DOCUMENTS[path],
        source=SourceLocation(path=path, line=line, column=column),
        scale_word=scale_word,
    )


CLAIMS = [
    claim(
        1,
        "news/de/kestrel.md",
        3,
        18,
        "Kestrel-3",
        "parameters",
        7e10,
        "parameter",
        "rund 70 Milliarden Parameter",
        qualifier=Qualifier.APPROX,
        scale_word="Milliarden",
    ),
    claim(
        2,
        "news/de/kestrel.md",
        5,
        1,
        "Kestrel-3",
        "training_tokens",
        2e12,
        "token",
        "2 Billionen Token",
        scale_word="Billionen",
    ),
    claim(
        3, "news/de/kestrel.md", 7, 12, "Kestrel-3", "training_gpus", 4096.0, "gpu", "4.096 GPUs"
    ),
    claim(
        4,
        "news/en/kestrel.md",
        2,
        30,
        "Kestrel-3",
        "parameters",
        7e10,
        "parameter",
        "70 billion parameters",
        scale_word="billion",
    ),
    claim(
        5,
        "news/en/kestrel.md",
        4,
        9,
        "Kestrel-3",
        "training_tokens",
        2e9,
        "token",
        "2 billion tokens",
        scale_word="billion",
    ),
    claim(6, "news/en/kestrel.md", 6, 1, "Kestrel-3", "training_gpus", 4096.0, "gpu", "4,096 GPUs"),
    claim(
        7,
        "news/en/kestrel.md",
        8,
        5,
        "Kestrel-3",
        "context_length",
        32768.0,
        "token",
        "a 32,768-token context window",
    ),
    claim(
        8,
        "news/fr/kestrel.md",
        2,
        14,
        "Kestrel 3",
        "parameters",
        8e10,
        "parameter",
        "80 milliards de paramètres",
        entity="Kestrel-3",
        scale_word="milliards",
    ),
    claim(
        9,
        "news/fr/kestrel.md",
        4,
        3,
        "Kestrel 3",
        "training_gpus",
        4096.0,
        "gpu",
        "4 096 GPU",
        entity="Kestrel-3",
    ),
    claim(
        10,
        "news/de/zen-4.md",
        2,
        5,
        "ZNE-4",
        "parameters",
        1.2e11,
        "parameter",
        "bis zu 120 Milliarden Parameter",
        entity="ZEN-4",
        qualifier=Qualifier.UP_TO,
        scale_word="Milliarden",
    ),
    claim(
        11,
        "news/de/zen-4.md",
        4,
        22,
        "ZNE-4",
        "funding",
        1e9,
        "USD",
        "$1 Mrd. *Startkapital*",
        entity="ZEN-4",
        scale_word="Mrd.",
    ),
    claim(
        12,
        "news/en/kestrel.md",
        10,
        7,
        "ZEN-4",
        "parameters",
        1.2e11,
        "parameter",
        "up to 120 billion parameters",
        qualifier=Qualifier.UP_TO,
        scale_word="billion",
    ),
    claim(
        13,
        "news/en/kestrel.md",
        11,
        2,
        "ZEN-4",
        "funding",
        1e9,
        "USD",
        "$1 billion | seed funding",
        scale_word="billion",
    ),
    claim(
        14,
        "news/en/kestrel.md",
        12,
        2,
        "ZEN-4",
        "release_date",
        "2024-03-12",
        "date",
        "released on March 12, 2024",
    ),
]

FINDINGS = [
    Finding(
        rule="CC101",
        kind="value-conflict",
        severity=Severity.ERROR,
        entity="Kestrel-3",
        attribute="parameters",
        message="Kestrel-3 has 80 billion parameters in news/fr/kestrel.md but about 70 billion "
        "in 2 other sources.",
        claims=["c1", "c4", "c8"],
    ),
    Finding(
        rule="CC102",
        kind="scale-mismatch",
        severity=Severity.WARNING,
        entity="Kestrel-3",
        attribute="training_tokens",
        message="Kestrel-3 was trained on 2 trillion tokens in news/de/kestrel.md but on "
        "2 billion in news/en/kestrel.md: a factor of 1000, a scale word slip?",
        claims=["c5", "c2"],
    ),
    Finding(
        rule="CC103",
        kind="name-mismatch",
        severity=Severity.WARNING,
        entity="ZEN-4",
        message="ZNE-4 looks like ZEN-4 written with two letters swapped: both have up to "
        "120 billion parameters and USD 1 billion funding.",
        claims=["c10", "c11", "c12", "c13"],
        names=["ZNE-4", "ZEN-4"],
    ),
    Finding(
        rule="CC104",
        kind="reference-conflict",
        severity=Severity.INFO,
        entity="ZEN-4",
        attribute="release_date",
        message="ZEN-4 was released on 2024-03-12 according to news/en/kestrel.md; the "
        "reference says 2024-05-02.",
        claims=["c14"],
        reference=ReferenceClaim(
            entity="ZEN-4",
            attribute="release_date",
            value="2024-05-02",
            unit="date",
            source="vendor announcement",
            file="claims/zen.yaml",
        ),
    ),
]

RULES = [
    RuleInfo(
        "CC101",
        "value-conflict",
        "value-conflict",
        Severity.ERROR,
        "Sources give incompatible values for the same fact.",
        "Sources give incompatible values for the same fact.\n\nTolerances apply.",
    ),
    RuleInfo(
        "CC102",
        "scale-mismatch",
        "scale-mismatch",
        Severity.WARNING,
        "Values differ by a power of 1000.",
        "Values differ by a power of 1000.",
    ),
    RuleInfo(
        "CC103",
        "name-mismatch",
        "name-mismatch",
        Severity.WARNING,
        "Two spellings of one name.",
        "Two spellings of one name.",
    ),
    RuleInfo(
        "CC104",
        "reference-conflict",
        "reference-conflict",
        Severity.ERROR,
        "A document contradicts a curated claim.",
        "A document contradicts a curated claim.",
    ),
    RuleInfo(
        "CC105",
        "arithmetic",
        "arithmetic",
        Severity.WARNING,
        "A stated figure contradicts the figures it derives from.",
        "A stated figure contradicts the figures it derives from.",
    ),
]


def sample_run() -> RunResult:
    counts = {path: sum(1 for c in CLAIMS if c.source.path == path) for path in DOCUMENTS}
    return RunResult(
        documents=[
            DocumentInfo(path=path, language=language, sha256=f"{index:064x}", claims=counts[path])
            for index, (path, language) in enumerate(sorted(DOCUMENTS.items()))
        ],
        claims=CLAIMS,
        findings=FINDINGS,
        entities=[
            EntityGroup(canonical="Kestrel-3", variants=["Kestrel-3", "Kestrel 3"]),
            EntityGroup(canonical="ZEN-4", variants=["ZEN-4"]),
        ],
        skipped=[SkippedFile(path="news/scan.pdf", reason="binary file")],
        suppressed=1,
    )


@pytest.fixture
def run_result() -> RunResult:
    return sample_run()


@pytest.fixture
def quiet_result() -> RunResult:
    result = sample_run()
    return result.model_copy(update={"findings": []})


@pytest.fixture
def rules() -> list[RuleInfo]:
    return RULES


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample's documents on disk (enough lines for every claim), as the current folder."""
    for path in [*DOCUMENTS, "claims/zen.yaml"]:
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("line\n" * 20, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path

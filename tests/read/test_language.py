"""Language detection from function words."""

from __future__ import annotations

import pytest

from checker.read import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Modell hat 7 Milliarden Parameter.", "de"),
        ("Le modèle a été entraîné sur 2 000 GPU.", "fr"),
        ("The model was trained on 2,000 GPUs.", "en"),
        ("El modelo fue entrenado con más de 2.000 GPU.", "es"),
        (
            "Das Open-Source-Modell schlägt in Benchmarks die Konkurrenz: Es wurde mit "
            "15 Billionen Tokens trainiert, sagt der Hersteller.",
            "de",
        ),
        (
            "Selon l'entreprise, le nouveau Large Language Model open source dépasse les "
            "benchmarks avec une fenêtre de contexte de 128K tokens.",
            "fr",
        ),
        ("Mistral Large Benchmark Tokens GPU Cloud", "en"),
        ("", "en"),
        ("1234 5678 !!!", "en"),
    ],
)
def test_detects(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_candidates_restrict_the_answer() -> None:
    assert detect_language("Das Modell ist neu und groß.", candidates=["fr", "en"]) == "en"
    assert detect_language("Le modèle est très grand.", candidates=["de", "fr"]) == "fr"


def test_without_evidence_the_first_candidate_wins_when_english_is_not_one() -> None:
    assert detect_language("12345", candidates=["fr", "de"]) == "fr"


def test_unknown_candidates_fall_back_to_english() -> None:
    assert detect_language("Das Modell ist neu.", candidates=[]) == "en"


def test_typographic_apostrophe_is_an_elision() -> None:
    assert detect_language("L’entreprise d’IA l’annonce") == "fr"

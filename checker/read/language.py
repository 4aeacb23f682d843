"""Which language a text is written in, from data: function words and letters per language.

Function words (articles, pronouns, prepositions) are what a language cannot avoid, even in a
tech article full of English nouns, so counting them is robust on short texts and on German or
French texts that borrow "Open Source", "Tokens" and "Benchmarks".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Final

from pydantic import BaseModel, ConfigDict

from checker import lang

DEFAULT_LANGUAGE: Final = "en"
# The opening of a document tells its language; reading further only costs time.
_SAMPLE_CHARS: Final = 5_000
_LETTER_WEIGHT: Final = 0.5
# Apostrophes split words, which is what elided French articles need ("l'entreprise" gives
# "l" and "entreprise").
_WORD: Final = re.compile(r"\w+")


class DetectTable(BaseModel):
    """``checker/lang/<code>/detect.toml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: frozenset[str] = frozenset()
    letters: str = ""


@cache
def detect_table(code: str) -> DetectTable:
    table = DetectTable.model_validate(lang.load_table(code, "detect"))
    return table.model_copy(update={"words": frozenset(w.lower() for w in table.words)})


def detect_language(text: str, candidates: Sequence[str] | None = None) -> str:
    """The most likely language of ``text`` among ``candidates`` (default: every language with
    detection data); ``en`` when nothing is known (or the first candidate if ``en`` is not one).
    """
    codes = _known(tuple(candidates) if candidates is not None else None)
    if not codes:
        return DEFAULT_LANGUAGE if candidates is None or not candidates else candidates[0]
    sample = text[:_SAMPLE_CHARS].lower()
    words = Counter(_WORD.findall(sample))
    scores = {code: _score(detect_table(code), words, sample) for code in codes}
    best = max(scores.values())
    if best <= 0:
        return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in codes else codes[0]
    # Ties go to the default language, then alphabetically, so the answer never depends on order.
    return min(
        (code for code, score in scores.items() if score == best),
        key=lambda code: (code != DEFAULT_LANGUAGE, code),
    )


@cache
def _known(candidates: tuple[str, ...] | None) -> list[str]:
    """The candidates (default: every language folder) that have detection data."""
    codes = candidates if candidates is not None else lang.available()
    return [code for code in codes if detect_table(code).words or detect_table(code).letters]


def _score(table: DetectTable, words: Counter[str], sample: str) -> float:
    word_hits = sum(words[word] for word in table.words if word in words)
    letter_hits = sum(sample.count(letter) for letter in table.letters)
    return word_hits + _LETTER_WEIGHT * letter_hits

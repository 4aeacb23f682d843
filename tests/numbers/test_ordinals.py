"""Ordinals as ranks: "ranked 13th", "la 13e place", "auf dem dritten Platz"."""

from __future__ import annotations

import pytest

from checker.models import QuantityKind
from checker.numbers import find_ordinals, find_quantities


@pytest.mark.parametrize(
    ("lang", "text", "ordinal_text", "value"),
    [
        ("en", "The model ranked 13th on the board.", "13th", 13),
        ("en", "It placed third.", "third", 3),
        ("en", "It finished twenty-first.", "twenty-first", 21),
        ("en", "the one hundred and first entry", "one hundred and first", 101),
        ("fr", "Il a pris la 13e place.", "13e", 13),
        ("fr", "Il arrive troisième.", "troisième", 3),
        ("fr", "la 1ère place", "1ère", 1),
        ("fr", "le vingt et unième jour", "vingt et unième", 21),
        ("fr", "quatre-vingtième", "quatre-vingtième", 80),
        ("en", "It came in thirty fifth.", "thirty fifth", 35),
        ("fr", "la trente-cinquième édition", "trente-cinquième", 35),
        ("de", "Es landete auf dem dritten Platz.", "dritten", 3),
        ("de", "Es kam auf den 3. Platz.", "3.", 3),
        ("de", "der dreiundzwanzigste Lauf", "dreiundzwanzigste", 23),
        ("es", "Quedó en el 3º puesto.", "3º", 3),
        ("es", "Quedó tercero.", "tercero", 3),
    ],
)
def test_ranks_read_as_numbers(lang: str, text: str, ordinal_text: str, value: float) -> None:
    found = find_ordinals(text, lang)
    assert [(q.text, q.value, q.kind) for q in found] == [
        (ordinal_text, value, QuantityKind.NUMBER)
    ]
    assert text[found[0].start : found[0].end] == ordinal_text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It grew by one third."),
        ("en", "It shrank by a billionth."),
        ("en", "A 30 second clip."),
        ("en", "Released on May 4th."),
        ("en", "It took milliseconds, firstly."),
        ("de", "Er kam auf 13. Danach ging es weiter."),
        ("de", "Am 16. Mai 2024."),
        ("de", "Zuerst kam der Achtern."),
    ],
)
def test_fractions_units_dates_and_other_words_are_no_ordinals(lang: str, text: str) -> None:
    assert find_ordinals(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It ranked 13th and placed third."),
        ("fr", "la 13e place"),
        ("de", "dem dritten Platz"),
    ],
)
def test_quantities_leave_ordinals_out(lang: str, text: str) -> None:
    assert find_quantities(text, lang) == []

"""Any number written in a supported language's conventions reads back as itself."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.numbers import find_quantities

GROUPING = {
    "de": [".", " ", "\u00a0", "\u202f"],
    "fr": [" ", "\u00a0", "\u202f"],
    "es": [".", " ", "\u00a0"],
    "en": [",", " ", "\u00a0", "\u202f"],
}
DECIMAL = {"de": ",", "fr": ",", "es": ",", "en": "."}
SCALES = {
    "de": [
        ("Tausend", 1e3),
        ("Millionen", 1e6),
        ("Milliarden", 1e9),
        ("Mrd.", 1e9),
        ("Billionen", 1e12),
    ],
    "fr": [("mille", 1e3), ("millions", 1e6), ("milliards", 1e9), ("billions", 1e12)],
    "es": [("mil", 1e3), ("millones", 1e6), ("mil millones", 1e9), ("billones", 1e12)],
    "en": [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("bn", 1e9), ("trillion", 1e12)],
}


def grouped(integer: int, separator: str) -> str:
    digits = str(integer)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return separator.join(groups)


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, str, float]:
    lang = draw(st.sampled_from(sorted(GROUPING)))
    integer = draw(st.integers(min_value=0, max_value=10**12))
    separator = draw(st.sampled_from(GROUPING[lang]))
    text = grouped(integer, separator)
    value = float(integer)
    if draw(st.booleans()):
        # A decimal part that cannot be mistaken for a thousands group.
        decimals = draw(st.sampled_from(["5", "25", "0001", "75", "1234"]))
        text = f"{text}{DECIMAL[lang]}{decimals}"
        value = float(f"{integer}.{decimals}")
    if draw(st.booleans()) and integer < 10**6:
        word, multiplier = draw(st.sampled_from(SCALES[lang]))
        text = f"{text} {word}"
        value *= multiplier
    return lang, text, value


@given(
    written_numbers(),
    st.sampled_from(["Es sind {} im Jahr.", "{}", "(total: {})", "über {}, dann"]),
)
@settings(max_examples=400, deadline=None)
def test_written_number_reads_back(case: tuple[str, str, float], frame: str) -> None:
    lang, written, value = case
    sentence = frame.format(written)
    found = [q for q in find_quantities(sentence, lang) if q.kind.value != "date"]
    if found == [] and len(written) == 4 and written.isdigit():
        return
    assert len(found) == 1, (sentence, found)
    quantity = found[0]
    assert quantity.text == written
    assert sentence[quantity.start : quantity.end] == written
    assert quantity.value == pytest.approx(value, rel=1e-12)


@given(
    st.text(alphabet="0123456789.,- abcH€$%\u00a0\u202fMrdK", max_size=80),
    st.sampled_from(sorted(GROUPING)),
)
@settings(max_examples=300, deadline=None)
def test_any_text_gives_ordered_disjoint_exact_slices(text: str, lang: str) -> None:
    found = find_quantities(text, lang)
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


@pytest.mark.parametrize("piece", ["1.", "1,", "1-", "1 ", "eins", "one "])
def test_long_degenerate_input_is_linear(piece: str) -> None:
    def seconds(repeats: int) -> float:
        text = piece * repeats
        started = time.perf_counter()
        find_quantities(text, "de")
        return time.perf_counter() - started

    small, large = seconds(20_000), seconds(80_000)
    # Four times the input may cost about four times the time, never sixteen.
    assert large < 8 * small + 0.5


def test_five_megabytes_of_dotted_or_comma_digits_finish_quickly() -> None:
    for piece in ("1.", "1,"):
        started = time.perf_counter()
        assert find_quantities(piece * 2_500_000, "en") == []
        assert time.perf_counter() - started < 20


def test_long_words_of_number_morphemes_do_not_backtrack() -> None:
    # Words past the backtracking limit that read as numbers until their last letter.
    words = [
        (stem * 40)[:length] + "q"
        for stem in ("zwoelf", "einhalb", "hundert")
        for length in (60, 90, 119)
    ]
    text = " ".join(words * 300)
    started = time.perf_counter()
    assert find_quantities(text, "de") == []
    assert time.perf_counter() - started < 5

"""The trie-built word-list regex matches what a longest-first alternation matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from checker.lang.wordlist import alternation


def longest_first(words: list[str], *, bounded: bool) -> re.Pattern[str]:
    parts = []
    entries = []
    for word in set(words):
        prefix = bounded and word.endswith("*") and len(word) > 1
        entries.append((word[:-1] if prefix else word, prefix))
    # Longest stem first; at equal stems the prefix first, as in the trie.
    for stem, prefix in sorted(entries, key=lambda e: (-len(e[0]), not e[1])):
        body = re.escape(stem).replace(r"\ ", r"\s+")
        left = r"(?<!\w)" if bounded and stem[:1].isalnum() else ""
        right = r"\w*" if prefix else (r"(?!\w)" if bounded and stem[-1:].isalnum() else "")
        parts.append(left + body + right)
    return re.compile("|".join(parts), re.IGNORECASE)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_whole_words_prefixes_and_spaces() -> None:
    pattern = re.compile(
        alternation(["bis", "bis zu", "gut über", "Modell*", "rund", "~"], bounded=True),
        re.IGNORECASE,
    )
    text = "Bis  zu 5, rundum 7, Modellreihe, gut\nüber 9, ~3, bist"
    assert [m.group() for m in pattern.finditer(text)] == [
        "Bis  zu",
        "Modellreihe",
        "gut\nüber",
        "~",
    ]


def test_unbounded_words_match_inside_words() -> None:
    pattern = re.compile(alternation(["zwei", "zwanzig"]), re.IGNORECASE)
    assert [m.group() for m in pattern.finditer("zweiundZwanzig")] == ["zwei", "Zwanzig"]


def test_case_kept_without_folding() -> None:
    pattern = re.compile(alternation(["Billion", "billion"], fold_case=False))
    assert [m.group() for m in pattern.finditer("Billion billion BILLION")] == [
        "Billion",
        "billion",
    ]


def test_no_words_give_an_empty_pattern() -> None:
    assert alternation([]) == ""


WORD = st.text(alphabet="abAB ü-.~", min_size=1, max_size=6).filter(lambda w: w.strip() == w)


@given(
    words=st.lists(st.one_of(WORD, WORD.map(lambda w: w + "*")), min_size=1, max_size=8),
    text=st.text(alphabet="abAB ü-.~\n", max_size=40),
    bounded=st.booleans(),
)
def test_same_matches_as_a_longest_first_alternation(
    words: list[str], text: str, bounded: bool
) -> None:
    words = [w for w in words if w.rstrip("*")]
    if not words:
        return
    trie = re.compile(alternation(words, bounded=bounded), re.IGNORECASE)
    assert spans(trie, text) == spans(longest_first(words, bounded=bounded), text)


def test_the_empty_word_lets_the_pattern_match_nothing() -> None:
    pattern = re.compile("troisième(?:" + alternation(["", "s"]) + ")(?!\\w)")
    assert [m.group() for m in pattern.finditer("troisième, troisièmes")] == [
        "troisième",
        "troisièmes",
    ]

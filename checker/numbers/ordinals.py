"""Ordinals: ranks and positions ("ranked 13th", "la 13e place", "auf dem dritten Platz",
"placed third", "vingt-cinquième").

They are kept apart from ``find_quantities``: most ordinals in prose are no amount ("the first
model", "May 4th", "a second version"), and counting them as numbers would make every "first"
a figure. A caller that looks for ranks asks ``find_ordinals`` and judges the context.

An ordinal word is read through the cardinal it is made from: the stem is replaced by its
cardinal ("vingtième" by "vingt", "dritt" by "drei") and the words before it are read with the
language's number grammar, so "quatre-vingtième" is 80, "twenty-first" 21 and
"dreiundzwanzigsten" 23.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from checker.models import Quantity, QuantityKind
from checker.numbers.finder import Spans, find_quantities
from checker.numbers.grammar import GAP, NEVER, Grammar, grammar_for
from checker.numbers.words import alternation

# How far before an ordinal stem its cardinal prefix may reach ("one hundred and twenty-").
PREFIX_WINDOW = 60
LETTERS_BEFORE = re.compile(r"[^\W\d_]*\Z")
WORD_AFTER = re.compile(GAP + r"+([^\W\d_])")


@dataclass(frozen=True)
class OrdinalGrammar:
    digits: re.Pattern[str]
    words: re.Pattern[str]
    cardinals: dict[str, str]
    punctuation_suffixes: frozenset[str]
    opener: re.Pattern[str]


@cache
def _ordinal_grammar(lang: str) -> OrdinalGrammar:
    table = grammar_for(lang).table
    suffixes = alternation(table.ordinal_suffixes)
    digits = (
        re.compile(
            r"(?<![\w.,/-])(\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+)(" + suffixes + r")"
            r"(?![^\W_])"
        )
        if suffixes
        else re.compile(NEVER)
    )
    stems = alternation(list(table.ordinal_words), fold_case=True)
    endings = alternation(table.ordinal_endings, fold_case=True)
    words = (
        re.compile(r"(" + stems + r")(?:" + endings + r")(?![^\W\d_])", re.IGNORECASE)
        if stems
        else re.compile(NEVER)
    )
    openers = alternation(table.ordinal_openers, fold_case=True)
    return OrdinalGrammar(
        digits=digits,
        words=words,
        cardinals={stem.lower(): cardinal for stem, cardinal in table.ordinal_words.items()},
        punctuation_suffixes=frozenset(s for s in table.ordinal_suffixes if not s[0].isalnum()),
        opener=re.compile(
            rf"(?<![^\W_])(?i:{openers}){GAP}+\Z" if openers else NEVER,
        ),
    )


def find_ordinals(text: str, lang: str, quantities: list[Quantity] | None = None) -> list[Quantity]:
    """The ordinals of ``text`` as numbers (kind ``number``, value 13 for "13th"), ordered by
    start and non-overlapping. Ordinals that are part of a quantity ("one third", "30 second",
    "May 4th") are left to ``find_quantities``; a caller that already has the text's
    quantities passes them to save reading the text twice."""
    grammar = grammar_for(lang)
    ordinals = _ordinal_grammar(lang)
    if quantities is None:
        quantities = find_quantities(text, lang)
    found = [
        *_digit_ordinals(text, ordinals),
        *_word_ordinals(text, grammar, ordinals),
    ]
    found.sort(key=lambda span: (span[0], -span[1]))
    starts: list[int] = []
    ends: list[int] = []
    for start, end, _ in found:
        if not ends or start >= ends[-1]:
            starts.append(start)
            ends.append(end)
    # A plain number inside an ordinal is part of it ("3.", "one hundred and first"); any
    # other quantity keeps its words ("one third", "a trillionth", "30 second", "May 4th").
    blocking = Spans()
    for quantity in quantities:
        index = bisect_right(starts, quantity.start) - 1
        inside = index >= 0 and quantity.end < ends[index]
        is_plain = quantity.kind is QuantityKind.NUMBER and quantity.unit is None
        if not (is_plain and inside):
            blocking.add(quantity.start, quantity.end)
    result: list[Quantity] = []
    for start, end, value in found:
        if blocking.overlaps(start, end) or (result and start < result[-1].end):
            continue
        result.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                value=value,
                kind=QuantityKind.NUMBER,
            )
        )
    return result


def _digit_ordinals(text: str, ordinals: OrdinalGrammar) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    for match in ordinals.digits.finditer(text):
        if match.group(2) in ordinals.punctuation_suffixes and not _punctuation_ordinal(
            text, match, ordinals
        ):
            continue
        value = float(re.sub(r"\D", "", match.group(1)))
        if value > 0:
            found.append((match.start(), match.end(), value))
    return found


def _punctuation_ordinal(text: str, match: re.Match[str], ordinals: OrdinalGrammar) -> bool:
    """German "3.": an ordinal before a word, after an article or preposition ("die 3. Runde")
    or before a lower-case word ("3. größte"); otherwise the end of a sentence."""
    after = WORD_AFTER.match(text, match.end())
    if after is None:
        return False
    if after.group(1).islower():
        return True
    start = match.start()
    return ordinals.opener.search(text, max(0, start - 20), start) is not None


def _word_ordinals(
    text: str, grammar: Grammar, ordinals: OrdinalGrammar
) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    for match in ordinals.words.finditer(text):
        stem_start = match.start()
        window_start = max(0, stem_start - PREFIX_WINDOW)
        window = text[window_start:stem_start]
        glued = LETTERS_BEFORE.search(window)
        word_start = window_start + (glued.start() if glued is not None else len(window))
        read = _cardinal_before(window, ordinals.cardinals[match.group(1).lower()], grammar)
        if read is None:
            continue
        offset, value = read
        start = window_start + offset
        # Letters glued before the stem must be part of the number ("dreiund|zwanzigste"), not
        # of another word ("zu|erst").
        if start > word_start or value <= 0 or value != int(value):
            continue
        found.append((start, match.end(), value))
    return found


def _cardinal_before(window: str, cardinal: str, grammar: Grammar) -> tuple[int, float] | None:
    """The number that ``window`` followed by ``cardinal`` ends with: its offset in the window
    and its value."""
    candidate = window + cardinal
    last = None
    for match in grammar.number_words_re.finditer(candidate):
        last = match
    if last is None or last.end() != len(candidate):
        return None
    numbers = grammar.words.read(last.group(0))
    if not numbers or last.start() + numbers[-1].end != len(candidate):
        return None
    number = numbers[-1]
    offset = last.start() + number.start
    if offset > len(window):
        return None
    return offset, number.value

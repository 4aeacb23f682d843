"""Numbers written in words: "dreihundertzwanzig", "vingt-cinq", "one and a half", "a dozen".

A word sequence is cut into morphemes from the language table (number words, multipliers such as
hundred or dozen, scale words, fractions, articles and joiners) and evaluated left to right. A
sequence that does not read as one number ("ten and twelve") is split where a new number starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from checker.lang.wordlist import alternation as trie_alternation

# Tens and the units whose denominators join them ("twenty-fifth" is one twenty-fifth, "vingt
# et unième" one twenty-first); a denominator of one only ever ends such a compound.
COMPOUND_TENS = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})
COMPOUND_UNITS = frozenset({1, *range(3, 10)})
# A dozen, below a hundred, counts only the units after the hundreds ("three hundred and two
# dozen"); a denominator of a hundred or more after a count ends a scale ordinal ("two
# millionth"); tens after "hundred and" belong to the count ("one hundred and thirty fifths").
HUNDRED = 100.0
TEN = 10.0


class Role(Enum):
    NUMBER = "number"
    MULTIPLIER = "multiplier"
    SCALE = "scale"
    FRACTION = "fraction"
    DENOMINATOR = "denominator"
    ARTICLE = "article"
    JOINER = "joiner"
    DECIMAL = "decimal"


# What a multiplier or denominator may follow: nothing, or a count of it ("a dozen", "two
# thirds", "half a dozen").
COUNTING_ROLES: tuple[Role | None, ...] = (
    None,
    Role.NUMBER,
    Role.FRACTION,
    Role.DENOMINATOR,
    Role.ARTICLE,
)


@dataclass(frozen=True)
class Morpheme:
    role: Role
    value: float
    # A denominator written as a singular ordinal ("fifth", not "fifths"): after a count above
    # one it ends an ordinal ("the twenty fifth time", "the two millionth visitor").
    ordinal: bool = False


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    morpheme: Morpheme


@dataclass(frozen=True)
class WordNumber:
    """One number read from words, with offsets relative to the scanned sequence."""

    start: int
    end: int
    value: float
    scale_word: str | None
    trailing_scale: float = 1.0


def alternation(words: list[str], *, fold_case: bool = False) -> str:
    """A regex alternation of ``words`` that matches what they match tried longest first,
    spaces matching any whitespace, built as a trie of their letters (``checker.lang.wordlist``).
    ``fold_case`` for a pattern read case-insensitively (``re.IGNORECASE`` or ``(?i:...)``)."""
    return trie_alternation(words, fold_case=fold_case)


class WordReader:
    """Tokenizes and evaluates number words of one language."""

    def __init__(
        self,
        exact: dict[str, Morpheme],
        folded: dict[str, Morpheme],
        tens_taking_teens: frozenset[int] = frozenset(),
        *,
        denominator_after_hundreds: bool = False,
    ) -> None:
        """``exact`` holds case-sensitive words ("Billion" in German), ``folded`` the others
        under their lower-case form; a word is looked up exactly first. ``tens_taking_teens``
        are the tens a teen may follow ("quatre-vingt-quinze")."""
        self._tens_taking_teens = tens_taking_teens
        counts = (Role.NUMBER, Role.MULTIPLIER) if denominator_after_hundreds else (Role.NUMBER,)
        self._denominator_counts = frozenset({Role.ARTICLE, *counts})
        self._exact = exact
        self._folded = folded
        self._token = re.compile(
            r"[\s-]*(" + alternation([*exact, *folded], fold_case=True) + r")", re.IGNORECASE
        )

    def _morpheme(self, text: str) -> Morpheme | None:
        spaced = re.sub(r"\s+", " ", text)
        return self._exact.get(spaced) or self._folded.get(spaced.lower())

    def _tokens(self, sequence: str) -> list[Token] | None:
        tokens: list[Token] = []
        position = 0
        while position < len(sequence):
            match = self._token.match(sequence, position)
            if match is None or match.end() == position:
                return tokens or None
            morpheme = self._morpheme(match.group(1))
            if morpheme is None:
                return tokens or None
            tokens.append(Token(match.start(1), match.end(1), match.group(1), morpheme))
            position = match.end()
        return tokens

    def read(self, sequence: str) -> list[WordNumber]:
        """The numbers in ``sequence`` (a span the scanner matched as number words)."""
        tokens = self._tokens(sequence)
        if not tokens:
            return []
        tokens = _fractions_of_next_scale(tokens)
        tokens = _joined_fractions(_compound_denominators(tokens, self._denominator_counts))
        numbers: list[WordNumber] = []
        state = _Accumulator(self._tens_taking_teens)
        follows_number = False
        for token in tokens:
            if not state.accepts(token.morpheme):
                follows_number = _settle(state, numbers, follows_number=follows_number)
                state = _Accumulator(self._tens_taking_teens)
                if not state.accepts(token.morpheme):
                    follows_number = False
                    continue
            state.add(token)
        _settle(state, numbers, follows_number=follows_number)
        return numbers


def _settle(state: _Accumulator, numbers: list[WordNumber], *, follows_number: bool) -> bool:
    """Adds the number ``state`` read to ``numbers``; returns whether it added one that a
    following ordinal may divide. An ordinal is no number, but a count right before it is
    counted in that ordinal's parts: "one one hundred fifth" is 1/105."""
    if state.ordinal is None:
        finished = state.finish()
        numbers.extend(finished)
        return bool(finished)
    if follows_number:
        count = numbers.pop()
        end = state.tokens[-1].end
        numbers.append(WordNumber(count.start, end, count.value / state.ordinal, None))
    return False


class _Accumulator:
    """The running value of one word number (total of finished scale groups plus the current
    group below a thousand)."""

    def __init__(self, tens_taking_teens: frozenset[int]) -> None:
        self.tens_taking_teens = tens_taking_teens
        self.tokens: list[Token] = []
        self.total = 0.0
        self.current = 0.0
        self.pending_article = False
        self.pending_joiner: Token | None = None
        self.decimal_digits: str | None = None
        self.last: Morpheme | None = None
        self.scale_word: str | None = None
        self.smallest_scale = float("inf")
        self.largest_scale = 0.0
        # What the number words added since the last multiplier or scale ("two" in "three
        # hundred and two").
        self.tail = 0.0
        # The ordinal the words make ("twenty fifth" is 25), once a singular denominator has
        # followed a count above one; it ends the number.
        self.ordinal: float | None = None

    def accepts(self, morpheme: Morpheme) -> bool:
        role, value = morpheme.role, morpheme.value
        if self.ordinal is not None:
            return False
        last = self.last.role if self.last is not None else None
        has_number = last is not None and any(
            token.morpheme.role is not Role.ARTICLE for token in self.tokens
        )
        if self.decimal_digits is not None:
            if role is Role.NUMBER:
                return value < 100 and value == int(value)
            return role is Role.SCALE and self.decimal_digits != ""
        if role is Role.JOINER:
            return has_number and self.pending_joiner is None
        if role is Role.DECIMAL:
            return last in (Role.NUMBER, Role.MULTIPLIER)
        if role is Role.ARTICLE:
            # "a dozen", and "half a dozen" / "half a million".
            return not self.tokens or last in (Role.FRACTION, Role.DENOMINATOR)
        if self.pending_article and role is Role.NUMBER:
            return False
        if role is Role.NUMBER:
            if last in (None, Role.MULTIPLIER, Role.SCALE):
                return self._fits(value)
            return last is Role.NUMBER and (self._fits(value) or self._german_tens(value))
        if role is Role.FRACTION:
            whole = self.current == int(self.current)
            return whole and last not in (Role.FRACTION, Role.DENOMINATOR)
        if role is Role.DENOMINATOR:
            if value >= 1:
                # A denominator of one ("first") stands only in a compound ("twenty-first").
                return False
            # "ninety-five hundred fifths", "a hundred thousand trillionths": everything
            # before counts the parts.
            return last in (*COUNTING_ROLES, Role.MULTIPLIER, Role.SCALE)
        if role is Role.MULTIPLIER:
            return last in COUNTING_ROLES
        # A scale multiplies everything before it when it is larger ("dos mil quinientos
        # millones"), else adds a group below the smallest scale so far ("two million three
        # hundred thousand"); "Millionen Millionen" starts a new number.
        return value > self.total + self.current or value < self.smallest_scale

    def _fits(self, value: float) -> bool:
        teen_after_tens = 10 <= value < 20 and int(self.current) % 100 in self.tens_taking_teens
        return _fits(self.current, value) or teen_after_tens

    def _add_decimal_digits(self, digits: int) -> None:
        """Digits after "point"/"Komma": one by one ("zero three") or as a pair ("fifty-two")."""
        assert self.decimal_digits is not None
        after_tens = (
            self.last is not None and self.last.role is Role.NUMBER and self.last.value >= 20
        )
        if digits < 10 and after_tens and self.decimal_digits.endswith("0"):
            self.decimal_digits = self.decimal_digits[:-1] + str(digits)
        else:
            self.decimal_digits += str(digits)

    def _german_tens(self, value: float) -> bool:
        """Units before tens joined by a joiner inside one word ("dreiundzwanzig"); apart,
        the words are two numbers ("sept et vingt milliards")."""
        if self.pending_joiner is None or self.last is None:
            return False
        if self.pending_joiner.start != self.tokens[-1].end:
            return False
        unit = self.last.value
        tens = (20, 30, 40, 50, 60, 70, 80, 90)
        return 0 < unit < 10 and value in tens and self.current % 100 == unit

    def add(self, token: Token) -> None:
        role, value = token.morpheme.role, token.morpheme.value
        if role is Role.JOINER:
            self.pending_joiner = token
            return
        if self.decimal_digits is not None and role is Role.NUMBER:
            self._add_decimal_digits(int(value))
        elif role is Role.DENOMINATOR:
            self._add_denominator(token.morpheme)
        elif role is Role.DECIMAL:
            self.decimal_digits = ""
        elif role is Role.ARTICLE:
            self.pending_article = True
        elif role is Role.FRACTION and self.last is not None and self.last.role is Role.SCALE:
            # "un million et demi": the fraction is of the scale before it.
            self.total += value * self.last.value
        elif role in (Role.NUMBER, Role.FRACTION):
            self.current += value
            self.tail += value
        elif role is Role.MULTIPLIER:
            self._keep_hundreds_out_of(value)
            self.current = (self.current or 1.0) * value
            self.tail = 0.0
        else:
            self._apply_scale(value, token.text)
        if role is not Role.ARTICLE:
            self.pending_article = False
        self.pending_joiner = None
        self.tokens.append(token)
        self.last = token.morpheme

    def _keep_hundreds_out_of(self, value: float) -> None:
        """ "three hundred and two dozen": a dozen multiplies only the units after the
        hundreds (324), unless nothing follows them ("two hundred dozen" is 2400)."""
        if value < HUNDRED and 0 < self.tail < self.current:
            self.total += self.current - self.tail
            self.current = self.tail

    def _add_denominator(self, morpheme: Morpheme) -> None:
        """The parts counted by everything before: "three fifths", "one million two thousand
        two hundred three fifths". A singular after a count above one that an ordinal can
        continue makes that ordinal: "twenty fifth" (25th), "one hundred fifth", "two
        millionth"; "three fifth" stays a fraction written without its plural."""
        count = self.total + self.current
        parts = round(1 / morpheme.value)
        continued = _fits(count, parts) or parts >= HUNDRED
        if morpheme.ordinal and count > 1 and continued:
            self.ordinal = count + parts if _fits(count, parts) else count * parts
            return
        self.total = 0.0
        self.current = (count or 1.0) * morpheme.value
        self.tail = 0.0

    def _apply_scale(self, value: float, text: str) -> None:
        if self.decimal_digits is not None:
            self.current = float(f"{int(self.current)}.{self.decimal_digits}")
            self.decimal_digits = None
        self._keep_hundreds_out_of(value)
        if value > self.total + self.current:
            self.total = ((self.total + self.current) or 1.0) * value
        else:
            self.total += (self.current or 1.0) * value
        self.current = 0.0
        self.tail = 0.0
        if value > self.largest_scale:
            self.largest_scale = value
            self.scale_word = text
        self.smallest_scale = min(self.smallest_scale, value)

    def finish(self) -> list[WordNumber]:
        tokens = self.tokens
        if not tokens:
            return []
        if all(token.morpheme.role is Role.ARTICLE for token in tokens):
            # A lone article may be the number one before a unit ("a week", "einen Euro"); the
            # finder decides.
            if len(tokens) > 1:
                return []
            return [WordNumber(tokens[0].start, tokens[0].end, 1.0, None)]
        if tokens[-1].morpheme.role is Role.DECIMAL:
            tokens = tokens[:-1]
        if all(_is_bare_fraction(token.morpheme) for token in tokens):
            # "half", "the final third": a fraction word alone is no amount ("a half" is).
            return []
        if tokens[-1].morpheme.role is Role.ARTICLE:
            tokens = tokens[:-1]
        value = self.total + self.current
        if self.decimal_digits:
            value = self.total + float(f"{int(self.current)}.{self.decimal_digits}")
        last = tokens[-1].morpheme
        ends_with_scale = last.role is Role.SCALE and last.value == self.largest_scale
        trailing = last.value if ends_with_scale else 1.0
        return [WordNumber(tokens[0].start, tokens[-1].end, value, self.scale_word, trailing)]


def _joined_fractions(tokens: list[Token]) -> list[Token]:
    """ "five and a quarter", "cinq et un quart", "twenty and three fifths": a joiner followed by
    a count of a fraction adds that fraction, so the count and the fraction become one token."""
    joined: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1 : index + 3]
        # After "hundred" the joiner joins tens to the count itself: "one hundred and thirty
        # fifths" is 130/5, "cent et trois quarts" 100.75.
        after_hundred = (
            len(joined) >= 2
            and joined[-2].morpheme.role is Role.MULTIPLIER
            and token.morpheme.role is Role.NUMBER
            and token.morpheme.value >= TEN
        )
        is_fraction = (
            joined
            and joined[-1].morpheme.role is Role.JOINER
            and not after_hundred
            and token.morpheme.role in (Role.NUMBER, Role.ARTICLE)
            and len(following) >= 1
            and following[0].morpheme.role is Role.DENOMINATOR
        )
        if is_fraction:
            count = 1.0 if token.morpheme.role is Role.ARTICLE else token.morpheme.value
            denominator = following[0]
            value = count * denominator.morpheme.value
            joined.append(
                Token(token.start, denominator.end, token.text, Morpheme(Role.FRACTION, value))
            )
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


def _fractions_of_next_scale(tokens: list[Token]) -> list[Token]:
    """ "one billion and a half million", "un milliard et demi million": a fraction between two
    scales, the second smaller, counts the second one."""
    read = list(tokens)
    for index in range(1, len(read) - 1):
        before, token, after = read[index - 1], read[index], read[index + 1]
        if (
            token.morpheme.role is Role.FRACTION
            and before.morpheme.role is Role.SCALE
            and after.morpheme.role is Role.SCALE
            and after.morpheme.value < before.morpheme.value
        ):
            read[index] = Token(
                token.start, token.end, token.text, Morpheme(Role.NUMBER, token.morpheme.value)
            )
    return read


def _compound_denominators(tokens: list[Token], counts: frozenset[Role]) -> list[Token]:
    """ "one twenty-fifth", "one hundred thirty fifths", "un vingt et unième": tens followed by
    a unit's denominator are one denominator after a count (a token of one of the roles
    ``counts``), and always when the unit is singular ("the twenty fifth time" is one ordinal)
    or one ("twenty-first"). Alone, a plural stays a count of parts: "twenty fifths" is 4."""
    joined: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        unit_at = index + 1
        if unit_at < len(tokens) and tokens[unit_at].morpheme.role is Role.JOINER:
            unit_at += 1
        unit = tokens[unit_at].morpheme if unit_at < len(tokens) else None
        parts = round(1 / unit.value) if unit is not None and unit.role is Role.DENOMINATOR else 0
        # Only a unit of one follows a joiner ("vingt et unième").
        joins = parts in COMPOUND_UNITS and (unit_at == index + 1 or parts == 1)
        counted = bool(joined) and joined[-1].morpheme.role in counts
        if (
            unit is not None
            and joins
            and token.morpheme.role is Role.NUMBER
            and token.morpheme.value in COMPOUND_TENS
            and (counted or unit.ordinal or parts == 1)
        ):
            morpheme = Morpheme(Role.DENOMINATOR, 1 / (token.morpheme.value + parts), unit.ordinal)
            joined.append(Token(token.start, tokens[unit_at].end, token.text, morpheme))
            index = unit_at + 1
            continue
        joined.append(token)
        index += 1
    return joined


def _is_bare_fraction(morpheme: Morpheme) -> bool:
    return morpheme.role in (Role.FRACTION, Role.DENOMINATOR) and morpheme.value < 1


def _fits(current: float, value: float) -> bool:
    """Whether ``value`` can be added to ``current`` in one number: "twenty" + "one", "hundred"
    + "five", but not "one" + "twenty"."""
    if current == 0:
        return True
    if current != int(current) or value != int(value) or value == 0:
        return False
    magnitude = 10 ** len(str(int(value)))
    return bool(int(current) % magnitude == 0)

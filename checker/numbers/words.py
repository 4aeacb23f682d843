"""Numbers written in words: "dreihundertzwanzig", "vingt-cinq", "one and a half", "a dozen".

A word sequence is cut into morphemes from the language table (number words, multipliers such as
hundred or dozen, scale words, fractions, articles and joiners) and evaluated left to right. A
sequence that does not read as one number ("ten and twelve") is split where a new number starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

# Tens and the units whose denominators join them ("twenty-fifth" is one twenty-fifth).
COMPOUND_TENS = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})
COMPOUND_UNITS = frozenset(range(3, 10))


class Role(Enum):
    NUMBER = "number"
    MULTIPLIER = "multiplier"
    SCALE = "scale"
    FRACTION = "fraction"
    DENOMINATOR = "denominator"
    ARTICLE = "article"
    JOINER = "joiner"
    DECIMAL = "decimal"


@dataclass(frozen=True)
class Morpheme:
    role: Role
    value: float


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


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    escaped = [
        re.escape(word).replace(r"\ ", r"\s+") for word in sorted(set(words), key=len, reverse=True)
    ]
    return "|".join(escaped)


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
        self._denominator_counts = frozenset(counts)
        self._exact = exact
        self._folded = folded
        self._token = re.compile(r"[\s-]*(" + alternation([*exact, *folded]) + r")", re.IGNORECASE)

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
        for token in tokens:
            if not state.accepts(token.morpheme):
                numbers.extend(state.finish())
                state = _Accumulator(self._tens_taking_teens)
                if not state.accepts(token.morpheme):
                    continue
            state.add(token)
        numbers.extend(state.finish())
        return numbers


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

    def accepts(self, morpheme: Morpheme) -> bool:
        role, value = morpheme.role, morpheme.value
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
        if role is Role.DENOMINATOR and last is Role.MULTIPLIER:
            # "ninety-five hundred fifths": the hundreds are counted in fifths.
            return True
        if role in (Role.MULTIPLIER, Role.DENOMINATOR):
            return last in (None, Role.NUMBER, Role.FRACTION, Role.DENOMINATOR, Role.ARTICLE)
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
        """Units before tens joined by a joiner inside one word ("dreiundzwanzig")."""
        if self.pending_joiner is None or self.last is None:
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
        elif role is Role.DECIMAL:
            self.decimal_digits = ""
        elif role is Role.ARTICLE:
            self.pending_article = True
        elif role is Role.FRACTION and self.last is not None and self.last.role is Role.SCALE:
            # "un million et demi": the fraction is of the scale before it.
            self.total += value * self.last.value
        elif role in (Role.NUMBER, Role.FRACTION):
            self.current += value
        elif role in (Role.MULTIPLIER, Role.DENOMINATOR):
            self.current = (self.current or 1.0) * value
        else:
            self._apply_scale(value, token.text)
        if role is not Role.ARTICLE:
            self.pending_article = False
        self.pending_joiner = None
        self.tokens.append(token)
        self.last = token.morpheme

    def _apply_scale(self, value: float, text: str) -> None:
        if self.decimal_digits is not None:
            self.current = float(f"{int(self.current)}.{self.decimal_digits}")
            self.decimal_digits = None
        if value > self.total + self.current:
            self.total = ((self.total + self.current) or 1.0) * value
        else:
            self.total += (self.current or 1.0) * value
        self.current = 0.0
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
        is_fraction = (
            joined
            and joined[-1].morpheme.role is Role.JOINER
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
    """ "one twenty-fifth", "one hundred thirty fifths", "un vingt-cinquième": after a count
    (a token of one of the roles ``counts``), tens followed by a unit's denominator (third to
    ninth) are one denominator."""
    joined: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        counted = bool(joined) and joined[-1].morpheme.role in counts
        tens = token.morpheme.value
        if (
            counted
            and following is not None
            and token.morpheme.role is Role.NUMBER
            and tens in COMPOUND_TENS
            and following.morpheme.role is Role.DENOMINATOR
            and round(1 / following.morpheme.value) in COMPOUND_UNITS
        ):
            denominator = tens + round(1 / following.morpheme.value)
            morpheme = Morpheme(Role.DENOMINATOR, 1 / denominator)
            joined.append(Token(token.start, following.end, token.text, morpheme))
            index += 2
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

"""Finding the quantities of a text: numbers in digits or words, with their scale word, unit or
currency, ranges and dates.

The scan first collects *cores* (a digit run or a sequence of number words) and date spans,
then grows each core into a quantity by looking at the few characters around it with anchored
patterns. Every step is a single pass over the text or an anchored match at one position, so the
whole scan is linear in the length of the text.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_right
from typing import NamedTuple

from checker.models import Quantity, QuantityKind
from checker.numbers.digits import DIGIT_RUN, parse_digit_run, split_spaced_run
from checker.numbers.grammar import (
    DIGIT_FRACTION,
    EXPONENT,
    HARDWARE_CODE,
    LINE_GAP,
    POWER,
    SUPERSCRIPTS,
    TIMES_TEN,
    Grammar,
    UnitInfo,
    grammar_for,
)

# The patterns scanned over a whole text start with the class of their first character, so that
# the regex engine skips ahead to such characters instead of trying every position; a lookbehind
# that belongs before that character is checked right after it (``\d(?<![\w.]\d)``), which
# tests the same character before the match.
#
# Strings made of digits that are no quantities: phone numbers, chains like 12-34-56 or 1/2/3,
# and a time of day or a lap time: "11:30", "17:22:05", "1:36.6".
NOT_QUANTITIES = re.compile(
    r"[+(\d](?:"
    r"(?<=\+)(?<![\w.]\+)\d[\d \u00a0()/.-]{6,}\d"
    r"|(?<=\()\d{2,6}\)[ \u00a0]?\d[\d \u00a0-]{3,}\d"
    r"|(?<=\d)\d*(?:[-/]\d+){2,}"
    r"|(?<=\d)(?<![\d.,:]\d)\d?:\d{2}(?::\d{2})?(?:[.,]\d+)?(?![\d:])"
    r")"
)
# Two small whole numbers joined by a hyphen: a score or the part of a standard when the second
# is not larger ("2-2", "9-2", "ISO 3888-2"); a range goes up.
SCORE = re.compile(r"(\d(?<![\w.,-]\d)\d{0,3})-(\d{1,3})(?![\w-]|[.,]\d)")
# The end of a span of years ("2014-15", "2023/24") or of days after a date ("Sept. 20-24"):
# part of the date, no number of its own.
YEAR_SPAN = re.compile(r"((?:19|20)(?<![\d.,]..)\d\d)([-–/]\d\d)(?![\d/⁄]|[.,]\d)")
# Characters before a date where a day listed with it may start ("11. beziehungsweise ").
LISTED_DAY_REACH = 30
# A number followed by "heures", "h" or "pm" up to this tells the time of day.
HOURS_IN_A_DAY = 24
# The century a year written by its last two digits ("'23") falls in.
CENTURY = 2000
MINUTES_AFTER_HOUR = re.compile(r"\s?[0-5]\d(?!\d)")
DAY_SPAN_END = re.compile(r"[-–]([0-3]?\d)(?!\d|[.,]\d)")
MINUS_SIGNS = "-−"
# A minus and a space opening a line: a Markdown list item ("- 10 GPUs"), unless a bare number
# is all the line holds ("- 10 k").
LINE_OPENING_MINUS = re.compile(r"(?<![^\n])[ \t]{0,3}[-−][ \t]{1,3}\Z")
LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
HYPHENATED_WORD = re.compile(r"-[^\W\d_]")
TIMES_HARDWARE = re.compile(rf"[x×](?={LINE_GAP}(?:(?:NVIDIA|Nvidia){LINE_GAP})?{HARDWARE_CODE})")
MIXED_FRACTION_GAP = re.compile(r"[ \u00a0\u202f]+")
# Digits added after a scale word: "3 hundred and 21", "4 thousand 3 hundred".
ADDEND_DIGITS = re.compile(r"\d{1,3}(?![\d.,]?\d)")
HUNDRED = 100.0
# "4 thousand 3 hundred and 21" holds at most this many groups after its first scale word.
MOST_ADDENDS = 3
TWO_DIGITS = re.compile(r"\d{1,2}(?!\d|[.,]\d)")
# A name before a number is one word of at most this many characters ("PlayStation").
LONGEST_NAME = 30
OPENING_MARKS = "\"'“‘«(["
SENTENCE_END = ".!?:;\n"
# Where an amount ends: punctuation that closes a clause, or the end of the text.
AMOUNT_END = re.compile(r"[ \t]*(?:[.!?;,:)](?!\d)|\Z)")


# Cores and drafts are named tuples: thousands are made and copied per document, and a tuple is
# made and copied several times faster than a frozen dataclass.
class Core(NamedTuple):
    """A bare number before its scale word, unit or range is attached."""

    start: int
    end: int
    value: float
    from_digits: bool
    scale_word: str | None = None
    scale: float = 1.0
    upper: float | None = None
    needs_unit: bool = False


class Draft(NamedTuple):
    """A quantity being assembled."""

    start: int
    end: int
    value: float
    kind: QuantityKind = QuantityKind.NUMBER
    unit: str | None = None
    unit_text: str | None = None
    scale: float = 1.0
    scale_word: str | None = None
    upper: float | None = None


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """The quantities in ``text`` read with the conventions of ``lang``, ordered by start and
    non-overlapping."""
    grammar = grammar_for(lang)
    holidays = _holiday_dates(text, grammar)
    taken = Spans()
    for holiday in holidays:
        taken.add(holiday.start, holiday.end)
    dates = holidays + [d for d in _dates(text, grammar) if not taken.overlaps(d.start, d.end)]
    dates = sorted(dates + _listed_days(text, grammar, dates), key=lambda q: q.start)
    blocked = Spans()
    for quantity in dates:
        blocked.add(quantity.start, quantity.end)
    for start, end in _span_ends(text, dates):
        if not blocked.overlaps(start, end):
            blocked.add(start, end)
    for match in NOT_QUANTITIES.finditer(text):
        if not blocked.overlaps(*match.span()):
            blocked.add(*match.span())
    for match in SCORE.finditer(text):
        if int(match.group(2)) <= int(match.group(1)) and not blocked.overlaps(*match.span()):
            blocked.add(*match.span())
    cores = _cores(text, grammar, blocked)
    quantities: list[Quantity] = list(dates)
    consumed_until = 0
    index = 0
    while index < len(cores):
        core = cores[index]
        index += 1
        if core.start < consumed_until:
            continue
        share = _share_of_scale(text, grammar, core, cores, index)
        if share is not None:
            core, index = share
        ratio = _ratio(text, grammar, core, cores, index)
        if ratio is not None:
            fraction, index = ratio
            consumed_until = fraction.end
            quantities.append(_quantity(text, fraction))
            continue
        draft = _grow(text, grammar, core)
        if draft is None:
            continue
        ranged = _range(text, grammar, draft, cores, index)
        if ranged is not None:
            draft, index = ranged
        consumed_until = draft.end
        if draft.scale > 1 and draft.upper is None:
            _share_scale_backwards(text, grammar, draft, quantities)
        quantities.append(_quantity(text, draft, is_year=_looks_like_year(text, core, draft)))
    quantities.sort(key=lambda quantity: quantity.start)
    # A figure beyond a float's range ("1e900") is not a quantity anyone can compare.
    return _without_overlaps([q for q in quantities if _finite(q)])


def _share_scale_backwards(
    text: str, grammar: Grammar, draft: Draft, quantities: list[Quantity]
) -> None:
    """ "1,6 et 1,7 milliard", "13, 12 and 9.15 billion parameters": the bare numbers listed
    right before a scaled one take its scale word and unit (replaced in ``quantities``)."""
    start = draft.start
    # A comma alone does not list ("on page 12, 7 billion"): the last gap has a word.
    gaps = grammar.list_gap_re
    for position in range(len(quantities) - 1, -1, -1):
        listed = quantities[position]
        gap = gaps.fullmatch(text, listed.end, start)
        gaps = grammar.list_comma_re
        if (
            gap is None
            or listed.kind is not QuantityKind.NUMBER
            or listed.unit is not None
            or listed.scale_word is not None
            or listed.upper is not None
            or not isinstance(listed.value, float)
        ):
            return
        quantities[position] = listed.model_copy(
            update={
                "value": _clean(listed.value * draft.scale),
                "unit": draft.unit,
                "kind": draft.kind,
                "scale_word": draft.scale_word,
                "unit_text": draft.unit_text,
            }
        )
        start = listed.start


def _without_overlaps(quantities: list[Quantity]) -> list[Quantity]:
    kept: list[Quantity] = []
    for quantity in quantities:
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(quantity)
    return kept


class Spans:
    """Disjoint spans of the text, kept sorted, so that an overlap test costs a bisection."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self._starts, start) - 1
        if index >= 0 and self._ends[index] > start:
            return True
        following = index + 1
        return following < len(self._starts) and self._starts[following] < end

    def add(self, start: int, end: int) -> None:
        """Adds a span that overlaps none of the kept ones."""
        index = bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)


# --------------------------------------------------------------------------- dates


def _dates(text: str, grammar: Grammar) -> list[Quantity]:
    found: list[Quantity] = []
    taken = Spans()
    declaration = grammar.day_first_declaration
    day_first = declaration is not None and declaration.search(text) is not None
    for pattern in grammar.day_first_date_res if day_first else grammar.date_res:
        for match in pattern.finditer(text):
            if taken.overlaps(*match.span()):
                continue
            iso = _iso_date(match, grammar)
            if iso is None:
                continue
            taken.add(*match.span())
            found.append(_date(match.group(0), match.start(), match.end(), iso))
    return found


def _date(text: str, start: int, end: int, iso: str) -> Quantity:
    return Quantity(
        text=text, start=start, end=end, value=iso, unit="date", kind=QuantityKind.DATE
    )


def _holiday_dates(text: str, grammar: Grammar) -> list[Quantity]:
    """ "am Pfingstmontag 2023", "le lundi de Pâques 2024": a holiday in a year."""
    found = []
    for match in grammar.holiday_re.finditer(text):
        year = int(match.group(2))
        day = grammar.holidays[" ".join(match.group(1).casefold().split())]
        if day.startswith("easter"):
            on = easter_sunday(year) + dt.timedelta(days=int(day[len("easter") :]))
            iso = on.isoformat()
        else:
            iso = f"{year:04d}-{day}"
        found.append(_date(match.group(0), match.start(), match.end(), iso))
    return found


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_century, leap_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_century - moon + 15) % 30
    quarter, remainder = divmod(rest, 4)
    weekday = (32 + 2 * leap_rest + 2 * quarter - epact - remainder) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def _listed_days(text: str, grammar: Grammar, dates: list[Quantity]) -> list[Quantity]:
    """ "am 11. beziehungsweise 26. Oktober 2023", "le 11 et le 26 octobre 2023": a day listed
    before a full date, in its month and year."""
    found = []
    for date in dates:
        iso = str(date.value)
        if iso.count("-") != 2 or not date.text[:1].isdigit():
            continue
        window = max(0, date.start - LISTED_DAY_REACH)
        listed = grammar.listed_day_re.search(text, window, date.start)
        if listed is None or not 1 <= int(listed.group(2)) <= 31:
            continue
        day = int(listed.group(2))
        found.append(_date(listed.group(1), listed.start(1), listed.end(1), f"{iso[:8]}{day:02d}"))
    return found


def _span_ends(text: str, dates: list[Quantity]) -> list[tuple[int, int]]:
    ends = []
    for match in YEAR_SPAN.finditer(text):
        if int(match.group(2)[1:]) == (int(match.group(1)) + 1) % 100:
            ends.append(match.span(2))
    for date in dates:
        day_end = DAY_SPAN_END.match(text, date.end)
        day = str(date.value)[-2:] if str(date.value).count("-") >= 2 else None
        if day is not None and day_end is not None and int(day) < int(day_end.group(1)) <= 31:
            ends.append(day_end.span())
    return ends


def _iso_date(match: re.Match[str], grammar: Grammar) -> str | None:
    groups = match.groupdict()
    if groups.get("month"):
        month_value = grammar.months.get(groups["month"])
        if not isinstance(month_value, int):
            return None
        month = month_value
    else:
        month = int(groups["month_num"])
    if not 1 <= month <= 12:
        return None
    day: int | None = int(groups["day"]) if groups.get("day") else None
    if groups.get("day_word"):
        day_value = grammar.day_words.get(groups["day_word"])
        day = day_value if isinstance(day_value, int) else None
    if day is not None and not 1 <= day <= 31:
        return None
    if groups.get("short_year"):
        year = CENTURY + int(groups["short_year"])
    elif groups.get("year") is None:
        # ISO 8601 for a day without its year.
        return f"--{month:02d}-{day:02d}" if day is not None else None
    else:
        year = int(groups["year"])
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


# --------------------------------------------------------------------------- cores


def _cores(text: str, grammar: Grammar, blocked: Spans) -> list[Core]:
    cores = [*_digit_cores(text, grammar, blocked), *_word_cores(text, grammar, blocked)]
    # At one start the longest core wins, and a vague amount wins over the same words read as
    # a number ("millions" is a range, not exactly a million).
    cores.sort(key=lambda core: (core.start, -core.end, core.upper is None))
    return cores


def _finite(quantity: Quantity) -> bool:
    return not isinstance(quantity.value, float) or math.isfinite(quantity.value)


def scaled(value: float, exponent: int) -> float:
    """``value`` × 10^``exponent``, infinite rather than an error past a float's range
    ("1e900" is text, not a crash)."""
    try:
        return value * 10.0**exponent
    except OverflowError:
        return float("inf") if value > 0 else float("-inf")


def _digit_cores(text: str, grammar: Grammar, blocked: Spans) -> list[Core]:
    cores: list[Core] = []
    fractions: dict[int, Core] = {}
    has_slash = "/" in text or "⁄" in text
    for match in DIGIT_FRACTION.finditer(text) if has_slash else ():
        numerator, denominator = int(match.group(1)), int(match.group(2))
        if denominator and not blocked.overlaps(*match.span()):
            fraction = Core(match.start(), match.end(), numerator / denominator, True)
            cores.append(fraction)
            fractions[fraction.start] = fraction
    for match in grammar.vulgar_re.finditer(text):
        value = grammar.vulgar_fractions[match.group(0)]
        cores.append(Core(match.start(), match.end(), value, from_digits=False))
    for match in DIGIT_RUN.finditer(text):
        start, end = match.span()
        if blocked.overlaps(start, end):
            continue
        run = match.group(0)
        parsed = parse_digit_run(run, grammar.decimal_mark)
        if parsed is None:
            for offset, piece in split_spaced_run(run):
                piece_value = parse_digit_run(piece, grammar.decimal_mark)
                if piece != run and piece_value is not None:
                    piece_start = start + offset
                    cores.append(Core(piece_start, piece_start + len(piece), piece_value, True))
            continue
        value = parsed
        bare_decimal = start >= 1 and text[start - 1] in ".," and run.isdigit()
        if bare_decimal and (start == 1 or not text[start - 2].isalnum()):
            # ".5", ",75": a decimal without its leading zero (not the end of a sentence).
            start, value = start - 1, float(f"0.{run}")
        exponent = EXPONENT.match(text, end)
        if exponent is not None:
            value, end = scaled(value, int(exponent.group(1))), exponent.end()
        times_ten = TIMES_TEN.match(text, end)
        if times_ten is not None:
            written = next(group for group in times_ten.groups() if group is not None)
            value, end = scaled(value, int(written.translate(SUPERSCRIPTS))), times_ten.end()
        power = POWER.match(text, end)
        if power is not None:
            powered = _power(value, power)
            if powered is not None:
                value, end = powered, power.end()
        gap = MIXED_FRACTION_GAP.match(text, end)
        proper = fractions.get(gap.end()) if gap is not None else None
        if proper is not None and run.isdigit() and proper.value < 1:
            # "2 1/4": a whole number and a proper fraction.
            value, end = value + proper.value, proper.end
        cores.append(Core(start, end, value, from_digits=True))
    return cores


def _power(base: float, power: re.Match[str]) -> float | None:
    exponent = int(power.group(2)) * (-1) ** power.group(1).count("-")
    try:
        return float(base**exponent)
    except (OverflowError, ZeroDivisionError):
        return None


def _word_cores(text: str, grammar: Grammar, blocked: Spans) -> list[Core]:
    cores: list[Core] = []
    for match in grammar.vague_re.finditer(text):
        value = grammar.vague.get(match.group(0))
        if isinstance(value, float):
            cores.append(Core(match.start(), match.end(), value, False, upper=value * 10))
    for match in grammar.number_words_re.finditer(text):
        if blocked.overlaps(match.start(), match.end()):
            continue
        sequence = match.group(0)
        for number in grammar.words.read(sequence):
            written = sequence[number.start : number.end]
            if (
                number.trailing_scale > 1
                and number.value == number.trailing_scale
                and len(written.split()) == 1
            ):
                continue  # "every few billion tokens", "par milliard de jetons": no count
            cores.append(
                Core(
                    match.start() + number.start,
                    match.start() + number.end,
                    number.value / number.trailing_scale,
                    from_digits=False,
                    scale_word=number.scale_word,
                    scale=number.trailing_scale,
                    # "ein", "a", "un" are articles unless a unit follows ("einen Euro").
                    needs_unit=written.lower() in grammar.standalone_excluded,
                )
            )
    return cores


# --------------------------------------------------------------------------- growing a core


def _is_part_of_name(text: str, start: int, grammar: Grammar) -> bool:
    """A number glued to letters, or hyphenated to a name, belongs to that name: "GPT-4",
    "Phi-3.5", "H100", "Qwen2.5"; so does the number of a section or page."""
    before = text[start - 1] if start > 0 else " "
    if before.isalpha() or before == "_":
        return True
    if before == "-" and grammar.bound_prefix_re.search(text, max(0, start - 12), start):
        return False
    if before in "-./" and start > 1:
        previous = text[start - 2]
        if previous.isalpha() or (before in "./" and previous.isdigit()):
            return True
    return bool(grammar.reference_re.search(text, max(0, start - 20), start))


def _follows_a_name(text: str, grammar: Grammar, start: int) -> bool:
    """Whether the number at ``start`` is written after a name ("iPhone 12", "S&P 500",
    "Boeing 737"), not after a counting noun ("page 12", "Platz 13") or a sentence's first word."""
    gap = start - 1
    if gap < 1 or text[gap] not in " \u00a0":
        return False
    word_start = gap
    while word_start > 0 and gap - word_start < LONGEST_NAME and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:gap].lstrip(OPENING_MARKS)
    if not word or not word[-1].isalpha():
        return False
    if word.lower() in grammar.counting_nouns or grammar.months.get(word) is not None:
        return False
    if any(character.isupper() for character in word[1:]):
        return True
    return (
        word[0].isupper()
        and not grammar.capitalised_nouns
        and not _starts_sentence(text, word_start)
    )


def _starts_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - LONGEST_NAME) : position].rstrip(" \t" + OPENING_MARKS)
    return not before or before[-1] in SENTENCE_END


def _glued_tail_ok(text: str, end: int) -> bool:
    """Nothing but a recognised suffix may follow a number without a gap."""
    return end >= len(text) or not (text[end].isalnum() or text[end] == "_")


def _grow(text: str, grammar: Grammar, core: Core) -> Draft | None:
    draft = Draft(
        core.start,
        core.end,
        core.value,
        scale=core.scale,
        scale_word=core.scale_word,
        upper=core.upper,
    )
    if core.from_digits:
        draft = _with_sign_and_prefix(text, grammar, draft)
        # "minus-5 yards": a negative word hyphenated to the number is no name.
        negated = draft.value < 0
        exempt = negated or draft.kind is QuantityKind.CURRENCY
        if not exempt and _is_part_of_name(text, core.start, grammar):
            return None
        draft = _with_scale(text, grammar, draft)
    else:
        draft = _with_negative_word(text, grammar, draft)
    if draft.value <= HOURS_IN_A_DAY and _tells_the_time(text, grammar, draft):
        return None  # "à 14 heures" tells the time; "150 heures", "en 22 heures" last
    times = TIMES_HARDWARE.match(text, draft.end) if core.from_digits else None
    if times is not None:
        draft = draft._replace(end=times.end())  # "8x H100 each": so many of the hardware
    grown = _with_unit(text, grammar, draft)
    unitless = grown.end == draft.end
    if core.needs_unit and unitless:
        # "a single A100", "einer einzigen A100": one of the hardware the words name.
        single = grammar.partitive_designation_re.match(text, draft.end)
        if single is None:
            return None
        grown = draft._replace(end=single.end())
    elif core.needs_unit and not _article_counts(text, grammar, core, grown):
        return None
    if unitless and _is_pronoun(text, grammar, core):
        return None
    if not core.from_digits and unitless and _is_capitalised_name_word(text, grammar, core):
        return None
    if not core.from_digits and unitless and HYPHENATED_WORD.match(text, core.end):
        # A number word hyphenated to another word is part of it: "third-party", "one-off".
        return None
    if core.from_digits and grown.end == core.end and not _glued_tail_ok(text, core.end):
        return None
    if unitless and _is_name_number(text, grammar, core, grown):
        return None
    if grown.end == draft.end and draft.end > core.end and not _glued_tail_ok(text, draft.end):
        return None
    return _with_line_sign(text, grown) if core.from_digits else grown


def _with_line_sign(text: str, draft: Draft) -> Draft:
    """ "- 10 k" alone on its line is minus ten thousand; "- 10 GPUs" and "- 2024" are list
    items."""
    if draft.kind is not QuantityKind.NUMBER or draft.value < 0 or draft.upper is not None:
        return draft
    if _is_bare_year(text, draft):
        return draft
    sign = LINE_OPENING_MINUS.search(text, max(0, draft.start - 8), draft.start)
    if sign is None or LINE_END.match(text, draft.end) is None:
        return draft
    start = sign.start() + len(sign.group(0)) - len(sign.group(0).lstrip(" \t"))
    return draft._replace(start=start, value=-draft.value)


def _is_name_number(text: str, grammar: Grammar, core: Core, grown: Draft) -> bool:
    """A bare whole number after a name, other than a year, is part of the name."""
    written = text[core.start : core.end]
    return (
        core.from_digits
        and written.isdigit()
        and (grown.start, grown.scale, grown.kind) == (core.start, 1.0, QuantityKind.NUMBER)
        and not (len(written) == 4 and 1900 <= core.value <= 2099)
        and _follows_a_name(text, grammar, core.start)
    )


def _is_capitalised_name_word(text: str, grammar: Grammar, core: Core) -> bool:
    """A capitalised number word after a capitalised word, in a language that writes nouns in
    lower case, continues a name: "BBC One", "the Kick Six"."""
    if grammar.capitalised_nouns or not text[core.start].isupper():
        return False
    if core.start < 2 or text[core.start - 1] != " " or not text[core.start - 2].isalpha():
        return False
    word_start = text.rfind(" ", max(0, core.start - 2 - LONGEST_NAME), core.start - 1) + 1
    word_start = max(word_start, core.start - 1 - LONGEST_NAME)
    return text[word_start].isupper() and not _starts_sentence(text, word_start)


def _article_counts(text: str, grammar: Grammar, core: Core, grown: Draft) -> bool:
    """Whether an article before a unit is the number one: "einen Euro", "einen Monat", "took a
    week", but not "an expert" or the "a" of a rate ("$5 a day", "hours a week")."""
    if grown.kind is QuantityKind.CURRENCY:
        # "a dollar", "un penny", but not the "a" of "a $300 million contract".
        currency_word = grammar.currency_words.get(grown.unit_text or "") is not None
        return currency_word or grown.unit in grammar.hundredth_units
    if grown.kind is QuantityKind.PERCENTAGE:
        return True
    if grown.unit not in grammar.article_units:
        return False
    if text[core.start : core.end].lower() not in grammar.rate_articles:
        return True
    opener = grammar.duration_opener_re.search(text, max(0, core.start - 30), core.start)
    return opener is not None


def _tells_the_time(text: str, grammar: Grammar, draft: Draft) -> bool:
    """ "11 a.m.", "8 Uhr", "à 22 heures", "22 heures 30": a time of day, no quantity."""
    if grammar.not_quantity_re.match(text, draft.end) is not None:
        return True
    clock = grammar.clock_re.match(text, draft.end)
    if clock is None:
        return False
    opener = grammar.clock_opener_re.search(text, max(0, draft.start - 20), draft.start)
    return opener is not None or MINUTES_AFTER_HOUR.match(text, clock.end()) is not None


def _is_pronoun(text: str, grammar: Grammar, core: Core) -> bool:
    """ "Which one", "the one you chose": a number word after a determiner names a thing."""
    if text[core.start : core.end].lower() not in grammar.pronoun_numbers:
        return False
    return grammar.pronoun_opener_re.search(text, max(0, core.start - 20), core.start) is not None


def _with_negative_word(text: str, grammar: Grammar, draft: Draft) -> Draft:
    negative = grammar.negative_re.search(text, max(0, draft.start - 12), draft.start)
    if negative is None:
        return draft
    return draft._replace(start=negative.start(), value=-draft.value)


def _with_sign_and_prefix(text: str, grammar: Grammar, draft: Draft) -> Draft:
    start = draft.start
    # "$-50.8bn": a minus between the currency sign and the amount.
    signed = (
        start >= 2
        and text[start - 1] in MINUS_SIGNS
        and not (text[start - 2].isspace() or text[start - 2].isalnum())
    )
    prefix_end = start - 1 if signed else start
    prefix = grammar.currency_before_re.search(text, max(0, prefix_end - 8), prefix_end)
    if prefix is not None:
        code = grammar.currency_symbols.get(prefix.group(1))
        if isinstance(code, str):
            draft = draft._replace(
                value=-draft.value if signed else draft.value,
                start=prefix.start(),
                kind=QuantityKind.CURRENCY,
                unit=code,
                unit_text=prefix.group(1),
            )
    negative = _with_negative_word(text, grammar, draft)
    if negative is not draft:
        return negative
    sign_at = draft.start - 1
    if (
        sign_at >= 0
        and text[sign_at] in MINUS_SIGNS
        and (sign_at == 0 or text[sign_at - 1] in " \t\n(\u00a0")
    ):
        draft = draft._replace(start=sign_at, value=-draft.value)
    return draft


def _with_scale(text: str, grammar: Grammar, draft: Draft) -> Draft:
    """The draft with the scale suffix or scale words after it ("128K", "4 hundred million")."""
    suffixes = [
        (grammar.scale_suffix_re, grammar.scale_suffixes),
        (grammar.spaced_suffix_re, grammar.scale_suffixes),
    ]
    money_suffix = grammar.money_suffix_re.match(text, draft.end)
    if draft.kind is QuantityKind.CURRENCY or (
        # "1.2m tons": a unit word after the suffix shows it is no unit itself.
        money_suffix is not None and grammar.unit_word_re.match(text, money_suffix.end())
    ):
        suffixes.append((grammar.money_suffix_re, grammar.money_suffixes))
    digits = sum(character.isdigit() for character in text[draft.start : draft.end])
    for pattern, table in suffixes:
        suffix = pattern.match(text, draft.end)
        scale = table.get(suffix.group(1)) if suffix is not None else None
        if suffix is None or not isinstance(scale, float):
            continue
        if digits >= grammar.suffix_min_digits.get(suffix.group(1), 1):
            return draft._replace(end=suffix.end(), scale=scale, scale_word=suffix.group(1))
    words: list[str] = []
    while (word := grammar.scale_word_re.match(text, draft.end)) is not None:
        scale = grammar.scales.get(word.group(1))
        if not isinstance(scale, float) or scale <= draft.scale:
            break
        draft = draft._replace(end=word.end(), scale=draft.scale * scale)
        words.append(word.group(1))
    if not words:
        return draft
    # "1,3 milliard et 600 millions": a decimal says all it means; what follows is another
    # number.
    last_scale = grammar.scales.get(words[-1]) if draft.value.is_integer() else None
    for _ in range(MOST_ADDENDS):
        if not isinstance(last_scale, float):
            break
        extended, last_scale = _with_addend(text, grammar, draft, last_scale)
        if extended is draft:
            break
        draft = extended
    # The largest scale word explains the value ("hundred million": "million").
    return draft._replace(scale_word=words[-1])


def _scaled(
    text: str, grammar: Grammar, position: int, below: float
) -> tuple[float, float, int] | None:
    """The product of the scale words at ``position``, the smallest of them and their end; None
    when they do not stay below ``below`` ("7 billion and 13 billion" is two numbers)."""
    scale, smallest = 1.0, below
    while (word := grammar.scale_word_re.match(text, position)) is not None:
        value = grammar.scales.get(word.group(1))
        if not isinstance(value, float) or value * scale >= below:
            return None
        scale, smallest, position = scale * value, min(smallest, value), word.end()
    return scale, smallest, position


def _with_addend(
    text: str, grammar: Grammar, draft: Draft, last_scale: float
) -> tuple[Draft, float]:
    """A number written with digits and scale words continued by a smaller group: "3 million and
    a half", "3 millions et demi", "3 hundred and 21", "4 thousand 3 hundred". A group without
    its own scale word follows "hundred" and a joiner, and a unit after it belongs to it ("5
    hundred and 2 years"). Returns the draft and the smallest scale word it now ends with."""
    fraction = grammar.fraction_tail_re.match(text, draft.end)
    share = grammar.fraction_tails.get(fraction.group(1)) if fraction is not None else None
    if fraction is not None and isinstance(share, float):
        return draft._replace(end=fraction.end(), value=draft.value + share), 1.0
    lead = grammar.hundredths_lead_re.match(text, draft.end)
    if lead is None:
        return draft, last_scale
    digits = ADDEND_DIGITS.match(text, lead.end())
    if digits is not None:
        addend, end = float(digits.group(0)), digits.end()
    else:
        words = grammar.number_words_re.match(text, lead.end())
        numbers = grammar.words.read(words.group(0)) if words is not None else []
        if not numbers or numbers[0].start != 0 or numbers[0].scale_word is not None:
            return draft, last_scale
        addend, end = numbers[0].value, lead.end() + numbers[0].end
    scaled = _scaled(text, grammar, end, last_scale)
    if scaled is None:
        return draft, last_scale
    scale, smallest, end = scaled
    joined = any(character.isalpha() for character in lead.group(0))
    if scale == 1.0 and not (joined and last_scale == HUNDRED and addend < HUNDRED):
        return draft, last_scale
    if addend * scale >= last_scale or grammar.unit_word_re.match(text, end) is not None:
        return draft, last_scale
    return draft._replace(end=end, value=draft.value + addend * scale / draft.scale), smallest


def _with_unit(text: str, grammar: Grammar, draft: Draft) -> Draft:
    """The draft with the unit, currency or percent sign after it, when there is one."""
    position = draft.end
    has_scale = draft.scale != 1.0 or draft.scale_word is not None
    if has_scale:
        connector = grammar.connector_re.match(text, position)
        if connector is not None and _names_unit(text, grammar, connector.end()):
            position = connector.end()
    percent = grammar.percent_re.match(text, position)
    if percent is not None and draft.kind is QuantityKind.NUMBER:
        written = percent.group(1) or percent.group(2)
        return draft._replace(
            end=percent.end(),
            kind=QuantityKind.PERCENTAGE,
            unit="percent",
            unit_text=written,
        )
    currency = grammar.currency_after_re.match(text, position)
    hundredth = grammar.unit_word_re.match(text, position)
    if (
        currency is not None
        and hundredth is not None
        and hundredth.end() > currency.end()
        and isinstance(info := grammar.unit_words.get(hundredth.group(1)), UnitInfo)
        and info.name in grammar.hundredth_units
    ):
        currency = None  # "15 euro cents": the hundredths the longer words name
    if currency is not None:
        written = currency.group(1) or currency.group(2)
        forms = grammar.currency_symbols if currency.group(1) else grammar.currency_words
        code = forms.get(written)
        if isinstance(code, str) and draft.unit in (None, code):
            money = draft._replace(
                end=currency.end(), kind=QuantityKind.CURRENCY, unit=code, unit_text=written
            )
            return _with_hundredths(text, grammar, money) if currency.group(2) else money
    if draft.kind is QuantityKind.CURRENCY:
        return draft
    for pattern, table in (
        (grammar.unit_symbol_re, grammar.unit_symbols),
        (grammar.unit_word_re, grammar.unit_words),
        (grammar.designated_re, grammar.designated_words),
    ):
        match = pattern.match(text, position)
        if match is None:
            continue
        info = table.get(match.group(1))
        if isinstance(info, UnitInfo):
            measured = _with_unit_info(draft, match.end(), info, match.group(1))
            return _with_fraction_after_unit(text, grammar, measured)
    compound = grammar.compound_re.match(text, position)
    if compound is not None:
        info = grammar.compound_unit(compound.group(1))
        if info is not None:
            return _with_unit_info(draft, compound.end(), info, compound.group(1))
    # "acht Billionen sorgfältig ausgewählten Token", "32 gemieteten H100-Karten"; not "zwei
    # geteilte Experten", "eine einzelne GPU", where the words say which ones, not how many.
    patterns = [grammar.qualified_unit_re, grammar.partitive_unit_re, grammar.described_unit_re]
    for pattern in patterns:
        qualified = pattern.match(text, position)
        if qualified is None:
            continue
        info = grammar.unit_words.get(qualified.group(1))
        # Unscaled, only hardware a designation names: "32 gemieteten H100-Karten".
        designated = any(c.isdigit() for c in text[position : qualified.start(1)])
        if isinstance(info, UnitInfo) and (
            pattern is not grammar.described_unit_re
            or draft.scale_word is not None
            or (info.name == "gpu" and designated)
        ):
            return _with_unit_info(draft, qualified.end(), info, qualified.group(1))
    return draft


def _with_fraction_after_unit(text: str, grammar: Grammar, measured: Draft) -> Draft:
    """ "a day and a half", "un jour et demi": a fraction after a measure's unit adds to it."""
    if measured.kind is not QuantityKind.DIMENSION or measured.upper is not None:
        return measured
    fraction = grammar.fraction_tail_re.match(text, measured.end)
    share = grammar.fraction_tails.get(fraction.group(1)) if fraction is not None else None
    if fraction is None or not isinstance(share, float):
        return measured
    return measured._replace(end=fraction.end(), value=measured.value + share)


def _with_hundredths(text: str, grammar: Grammar, money: Draft) -> Draft:
    """An amount in the main unit and its hundredths: "15 dollars and 15 cents", "zwei Euro
    fünfzig", "thirteen dollars forty-five" (the last only where the amount ends, or before
    what it is a rate of: "einen Dollar fünfzig pro Million")."""
    if money.scale != 1.0:
        return money
    lead = grammar.hundredths_lead_re.match(text, money.end)
    if lead is None:
        return money
    position = lead.end()
    digits = TWO_DIGITS.match(text, position)
    if digits is not None:
        cents, end = float(digits.group(0)), digits.end()
    else:
        words = grammar.number_words_re.match(text, position)
        sequence = words.group(0) if words is not None else ""
        hundredth = grammar.hundredth_tail_re.search(sequence)
        numbers = grammar.words.read(sequence[: hundredth.start()] if hundredth else sequence)
        if not numbers or numbers[0].start != 0 or numbers[0].scale_word is not None:
            return money
        cents, end = numbers[0].value, position + numbers[0].end
    if not 0 < cents < 100 or cents != int(cents):
        return money
    unit = grammar.hundredth_re.match(text, end)
    if unit is not None:
        end = unit.end()
    elif AMOUNT_END.match(text, end) is None and grammar.rate_after_re.match(text, end) is None:
        return money
    return money._replace(end=end, value=money.value + cents / 100)


def _names_unit(text: str, grammar: Grammar, position: int) -> bool:
    """Whether a currency or unit word starts at ``position`` ("de dollars", "de paramètres")."""
    return any(
        pattern.match(text, position) is not None
        for pattern in (grammar.currency_after_re, grammar.unit_word_re)
    )


def _with_unit_info(draft: Draft, end: int, info: UnitInfo, written: str) -> Draft:
    return draft._replace(end=end, kind=QuantityKind(info.kind), unit=info.name, unit_text=written)


# --------------------------------------------------------------------------- ranges


def _range(
    text: str, grammar: Grammar, lower: Draft, cores: list[Core], index: int
) -> tuple[Draft, int] | None:
    """``lower`` joined to the next core as a range ("100 bis 300 Milliarden", "10–12")."""
    # Cores inside the lower end (the scale word of "$1 million") are passed over.
    while index < len(cores) and cores[index].start < lower.end:
        index += 1
    if index >= len(cores):
        return None
    upper_core = cores[index]
    joiners = [grammar.range_re]
    for opener, joiner in grammar.range_pairs:
        if opener.search(text, max(0, lower.start - 20), lower.start) is not None:
            joiners.insert(0, joiner)
    # A bare number joins the upper end directly; a grown one only through its unit's end.
    connector = next(
        (match for joiner in joiners if (match := joiner.match(text, lower.end)) is not None), None
    )
    if connector is None:
        return None
    connector_end = connector.end()
    worded = any(character.isalpha() for character in connector.group(0))
    upper_start = upper_core.start
    prefix = grammar.currency_before_re.search(text, max(0, upper_start - 8), upper_start)
    if prefix is not None and prefix.start() == connector_end:
        upper_start = prefix.start()
    if upper_start != connector_end:
        return None
    upper = _grow(text, grammar, upper_core)
    if upper is None or upper.value < 0:
        return None
    if _is_bare_year(text, lower) and upper.scale != 1.0:
        # "rose in 2018 to 3.9 million": a year, then the amount reached.
        return None
    low_value = lower.value * lower.scale
    high_value = upper.value * upper.scale
    distributed = lower.value * upper.scale
    if lower.scale == 1.0 and lower.scale_word is None and distributed < high_value:
        # "$10-12 million": the scale of the upper end is the lower end's too, unless that
        # would pass the upper end ("$500,000 to $1 million").
        low_value = distributed
    if upper.upper is not None or lower.upper is not None:
        return None
    if lower.unit is not None and upper.unit != lower.unit and (worded or upper.unit is not None):
        # "0.4 per cent to 13176" is a change, not a range: a range written with words repeats
        # its unit ("$160 to $180"); "$10-12 million" defers it.
        return None
    if high_value <= low_value:
        return None
    merged = lower._replace(
        end=upper.end,
        value=low_value,
        scale=1.0,
        upper=high_value,
        kind=upper.kind if lower.kind is QuantityKind.NUMBER else lower.kind,
        unit=lower.unit or upper.unit,
        unit_text=lower.unit_text or upper.unit_text,
        scale_word=lower.scale_word or upper.scale_word,
    )
    return merged, index + 1


def _ratio(
    text: str, grammar: Grammar, core: Core, cores: list[Core], index: int
) -> tuple[Draft, int] | None:
    """Two bare numbers joined by a ratio word as one number: "one over three", "2 out of 5",
    "un sur trois" (the article is a numerator here)."""
    connector = grammar.ratio_re.match(text, core.end)
    if connector is None or index >= len(cores) or cores[index].start != connector.end():
        return None
    if core.needs_unit:
        numerator: Draft | None = Draft(core.start, core.end, core.value, scale=core.scale)
    else:
        numerator = _grow(text, grammar, core)
    denominator = _grow(text, grammar, cores[index])
    if numerator is None or denominator is None:
        return None
    if any(
        part.kind is not QuantityKind.NUMBER or part.upper is not None
        for part in (numerator, denominator)
    ):
        return None
    divisor = denominator.value * denominator.scale
    if numerator.end != core.end or denominator.start != connector.end() or divisor == 0:
        return None
    value = numerator.value * numerator.scale / divisor
    return Draft(numerator.start, denominator.end, value), index + 1


def _share_of_scale(
    text: str, grammar: Grammar, core: Core, cores: list[Core], index: int
) -> tuple[Core, int] | None:
    """A fraction of a scale as one number: "two thirds of a million", "deux tiers d’un
    million"."""
    if not 0 < core.value < 1 or core.scale != 1.0 or core.upper is not None:
        return None
    connector = grammar.share_re.match(text, core.end)
    while index < len(cores) and cores[index].start < core.end:
        index += 1
    if connector is None or index >= len(cores):
        return None
    whole = cores[index]
    is_scale = not whole.from_digits and whole.value == 1 and whole.scale != 1.0
    if whole.start != connector.end() or not is_scale or whole.upper is not None:
        return None
    share = core._replace(end=whole.end, scale=whole.scale, scale_word=whole.scale_word)
    return share, index + 1


def _looks_like_year(text: str, core: Core, draft: Draft) -> bool:
    """A bare four-digit number from 1900 to 2099 is a year ("in 2019", "the 2024 model")."""
    return (draft.start, draft.end) == (core.start, core.end) and _is_bare_year(text, draft)


def _is_bare_year(text: str, draft: Draft) -> bool:
    written = text[draft.start : draft.end]
    return (
        len(written) == 4
        and written.isdigit()
        and 1900 <= draft.value <= 2099
        and draft.kind is QuantityKind.NUMBER
        and draft.upper is None
    )


def _quantity(text: str, draft: Draft, *, is_year: bool = False) -> Quantity:
    if is_year:
        return Quantity(
            text=text[draft.start : draft.end],
            start=draft.start,
            end=draft.end,
            value=text[draft.start : draft.end],
            unit="date",
            kind=QuantityKind.DATE,
        )
    value = draft.value * draft.scale
    return Quantity(
        text=text[draft.start : draft.end],
        start=draft.start,
        end=draft.end,
        value=_clean(value),
        unit=draft.unit,
        kind=draft.kind,
        upper=None if draft.upper is None else _clean(draft.upper),
        scale_word=draft.scale_word,
        unit_text=draft.unit_text,
    )


def _clean(value: float) -> float:
    """Scaled decimals without float noise: 3.8 * 1e9 is 3800000000.0, not 3799999999.9999995."""
    return float(f"{value:.15g}")

"""The shape of ``checker/lang/<code>/numbers.toml``: everything the number layer knows about a
language, validated once when the language is first used.

``checker/lang/_shared/numbers.toml`` holds what every language shares (unit symbols, currency
signs); a language's own table is merged on top of it.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from checker.lang import load_table

SHARED_TABLE = "_shared"


# A holiday's day: "12-25", or days from Easter Sunday: "easter+50", "easter-2".
HOLIDAY_DAY = re.compile(r"(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|easter[+-]\d{1,2}")

# What the calendar tables hold, and their largest number: months 1..12, days 1..31.
CALENDAR_RANGES = {"months": ("month numbers", 12), "day_words": ("days", 31)}


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ScaleEntry(_Strict):
    """A scale word ("Milliarden", "mil millones") or suffix ("K", "bn") and its multiplier.

    ``words`` need a word boundary on both sides; ``suffixes`` may be glued to the digits
    ("128K", "70B"). Words match case-insensitively unless ``case_sensitive`` is set (German
    "Billion" is 1e12 where a lower-case English "billion" in the same text is 1e9); suffixes
    always match case-sensitively. ``currency_suffixes`` count only on an amount of money
    ("£5m" is five million pounds, "5m" is five metres). A word that is no scale after digits
    has ``after_digits`` false (French "cent": "trois cents" is 300, "50 cents" is money). A
    suffix scales only an amount of at least ``suffix_min_digits`` digits ("10G" is ten
    billion, "5G" a network generation).
    """

    value: float = Field(gt=0)
    words: list[str] = Field(default_factory=list)
    suffixes: list[str] = Field(default_factory=list)
    currency_suffixes: list[str] = Field(default_factory=list)
    case_sensitive: bool = False
    after_digits: bool = True
    suffix_min_digits: int = Field(default=1, ge=1)


class CurrencyEntry(_Strict):
    """An ISO currency with the signs that may stand before or after an amount ("$", "US$")
    and the words that follow it ("US-Dollar", "millions de dollars")."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    symbols: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)


class UnitEntry(_Strict):
    """A unit or counted noun.

    ``words`` are whole words (case-insensitive, several words allowed: "cartes graphiques");
    ``symbols`` are case-sensitive and may be glued to the number ("80GB"). A currency unit that
    is a hundredth of the main one has ``hundredth_of_currency`` set ("cents", "pence"): "15
    dollars and 15 cents" is 15.15 dollars, "50 cents" alone stays 50 cents. German compounds are
    matched by a noun stem at the start (``compound_starts``: "Expertenmodulen") or at the end
    (``compound_ends``: "Trainingstokens"). ``designation`` allows a hardware name between the
    number and the noun ("512 NVIDIA H100 GPUs"); ``designated_words`` count the unit only after
    such a name ("512 H100 systems": "512 systems" alone counts nothing known). ``currency`` is
    the currency a hundredth is of where the text names none (a German "Cent" is a euro's).
    """

    name: str
    kind: Literal["count", "dimension", "percentage", "currency"]
    words: list[str] = Field(default_factory=list)
    symbols: list[str] = Field(default_factory=list)
    compound_starts: list[str] = Field(default_factory=list)
    compound_ends: list[str] = Field(default_factory=list)
    designation: bool = False
    designated_words: list[str] = Field(default_factory=list)
    hundredth_of_currency: bool = False
    currency: str | None = None


class RangePair(_Strict):
    """A range written with an opening word and a joining word: "zwischen 10 und 12"."""

    opener: str
    joiner: str


class NumberTable(_Strict):
    """One language's number knowledge (merged with the shared table).

    An article ("einen", "un", "a") counts as one only before a currency, a percent sign or one
    of ``article_units`` ("einen Monat", "a week"). ``rate_articles`` also mean "per" ("$5 a
    day", "hours a week"); before a unit they count only after one of ``duration_openers``
    ("took a week", "for a month"). A word of ``pronoun_numbers`` after one of
    ``pronoun_openers`` is a pronoun when no unit follows ("which one", "the one you chose").

    ``vague_words`` are round amounts that stand for a range from the value to ten times it
    ("Tausende", "tens of thousands"); ``not_quantity_suffixes`` mark a number that is a time of
    day ("11 a.m.", "8 Uhr"), and ``clock_suffixes`` do so only after one of ``clock_openers``
    ("à 22 heures", where "en 22 heures" lasts); ``reference_words`` mark a number that is no
    quantity at all (a phone or fax number). A number hyphenated to a word is part of a name
    ("GPT-4") unless the word is one of ``bound_prefixes`` ("sub-7 nanometre") or
    ``negative_words`` ("minus-5").

    A whole number right after a name ("iPhone 12", "S&P 500", "Boeing 737") is part of that
    name. A word is name-shaped when it has a capital letter after its first letter, is in
    capitals, or, in languages that write common nouns in lower case, starts with a capital
    mid-sentence; in languages that capitalise every noun (``capitalised_nouns``) only the first
    two shapes count. ``counting_nouns`` take a number after them that stays a number ("page
    12", "Platz 13", "No. 5", "rank 13"). ``ratio_words`` between two bare numbers make one
    ratio ("one over three", "1 out of 3", "un sur trois"). A fraction joined by one of
    ``unit_qualifiers`` may stand between a count and its noun ("17 billion active parameters");
    so may ``unit_partitives`` and a hardware designation ("4,096 of those GH200 chips"), and,
    where nouns are capitalised, one or two lower-case words with ``adjective_endings``
    ("acht Billionen sorgfältig ausgewählten Token").
    ``list_connectors`` join bare numbers to a last one that carries the scale word and unit of
    all ("1,6 et 1,7 milliard", "3 and 7 billion parameters").
    ``share_connectors`` to a scale is that share of it ("two thirds of a million", "deux tiers
    d’un million").

    Ordinals ("13th", "13e", "3.", "dritten", "vingt-cinquième") are read by
    ``checker/numbers/ordinals.py``: ``ordinal_suffixes`` follow digits; ``ordinal_words`` map an
    ordinal stem to the cardinal it is made from ("vingtième": "vingt", "dritt": "drei"), so
    that a compound reads through the cardinal grammar ("quatre-vingtième" is "quatre-vingt");
    ``ordinal_endings`` are the inflections a stem takes ("dritt" + "en"). A suffix that is
    punctuation (German "3.") counts only after one of ``ordinal_openers`` ("die 3. Runde") or
    before a lower-case word.

    After a count, tens and a unit's denominator are one denominator ("one twenty-fifth"); with
    ``denominator_after_hundreds`` also after "hundred" ("one hundred thirty fifths" is 100/35
    in English, "cent trente cinquièmes" 130/5 in French). A denominator of one ("first",
    "unième") only ends such a compound ("twenty-first"). ``ordinal_denominators`` are the
    denominators written as singular ordinals ("fifth", "millionth", "cinquième"): after a count
    above one they make an ordinal, no fraction ("the twenty fifth time", "the two millionth
    visitor"), and a count right before that ordinal counts its parts ("one one hundred fifth"
    is 1/105).
    """

    decimal_mark: Literal[",", "."] = "."
    tens_taking_teens: list[int] = Field(default_factory=list)
    denominator_after_hundreds: bool = False
    scales: list[ScaleEntry] = Field(default_factory=list)
    number_words: dict[str, float] = Field(default_factory=dict)
    multiplier_words: dict[str, float] = Field(default_factory=dict)
    fraction_words: dict[str, float] = Field(default_factory=dict)
    denominator_words: dict[str, float] = Field(default_factory=dict)
    ordinal_denominators: list[str] = Field(default_factory=list)
    article_words: list[str] = Field(default_factory=list)
    article_units: list[str] = Field(default_factory=list)
    rate_articles: list[str] = Field(default_factory=list)
    duration_openers: list[str] = Field(default_factory=list)
    standalone_excluded: list[str] = Field(default_factory=list)
    pronoun_numbers: list[str] = Field(default_factory=list)
    pronoun_openers: list[str] = Field(default_factory=list)
    word_joiners: list[str] = Field(default_factory=list)
    decimal_words: list[str] = Field(default_factory=list)
    percent_words: list[str] = Field(default_factory=list)
    percent_symbols: list[str] = Field(default_factory=list)
    currencies: list[CurrencyEntry] = Field(default_factory=list)
    units: list[UnitEntry] = Field(default_factory=list)
    scale_unit_connectors: list[str] = Field(default_factory=list)
    months: dict[str, int] = Field(default_factory=dict)
    date_patterns: list[str] = Field(default_factory=list)
    # Days of the month written as words, for ``{day_word}`` in date patterns: "the second of
    # April 2024".
    day_words: dict[str, int] = Field(default_factory=dict)
    # "Pfingstmontag 2023", "Christmas Day 2023": a holiday and a year make a date; a holiday
    # falls on a month and day ("12-25") or a number of days after Easter Sunday ("easter+50").
    holidays: dict[str, str] = Field(default_factory=dict)
    # "Dates are written day/month/year": a text that says so writes a numeric date's day
    # where the language's patterns put its month.
    day_first_declarations: list[str] = Field(default_factory=list)
    range_connectors: list[str] = Field(default_factory=list)
    range_pairs: list[RangePair] = Field(default_factory=list)
    reference_words: list[str] = Field(default_factory=list)
    # "einen Dollar fünfzig pro Million": words before which an amount in words ends.
    rate_words: list[str] = Field(default_factory=list)
    counting_nouns: list[str] = Field(default_factory=list)
    ratio_words: list[str] = Field(default_factory=list)
    share_connectors: list[str] = Field(default_factory=list)
    list_connectors: list[str] = Field(default_factory=list)
    unit_qualifiers: list[str] = Field(default_factory=list)
    unit_partitives: list[str] = Field(default_factory=list)
    adjective_endings: list[str] = Field(default_factory=list)
    capitalised_nouns: bool = False
    negative_words: list[str] = Field(default_factory=list)
    bound_prefixes: list[str] = Field(default_factory=list)
    not_quantity_suffixes: list[str] = Field(default_factory=list)
    clock_suffixes: list[str] = Field(default_factory=list)
    clock_openers: list[str] = Field(default_factory=list)
    vague_words: dict[str, float] = Field(default_factory=dict)
    vulgar_fractions: dict[str, float] = Field(default_factory=dict)
    ordinal_suffixes: list[str] = Field(default_factory=list)
    ordinal_words: dict[str, str] = Field(default_factory=dict)
    ordinal_endings: list[str] = Field(default_factory=lambda: [""])
    ordinal_openers: list[str] = Field(default_factory=list)

    @field_validator("ordinal_denominators")
    @classmethod
    def _ordinals_are_denominators(cls, words: list[str], info: ValidationInfo) -> list[str]:
        known = {word.lower() for word in info.data.get("denominator_words", {})}
        unknown = [word for word in words if word.lower() not in known]
        if unknown:
            raise ValueError(f"ordinal denominators must be denominator words: {unknown}")
        return words

    @field_validator("holidays")
    @classmethod
    def _holidays_are_days(cls, holidays: dict[str, str]) -> dict[str, str]:
        for name, day in holidays.items():
            if HOLIDAY_DAY.fullmatch(day) is None:
                raise ValueError(f"holiday {name!r}: {day!r} is neither MM-DD nor easter+N")
        return holidays

    @field_validator("months", "day_words")
    @classmethod
    def _within_the_calendar(cls, numbers: dict[str, int], info: ValidationInfo) -> dict[str, int]:
        what, top = CALENDAR_RANGES[info.field_name or ""]
        bad = [word for word, number in numbers.items() if not 1 <= number <= top]
        if bad:
            raise ValueError(f"{what} must be 1..{top}: {bad}")
        return numbers

    @field_validator("date_patterns")
    @classmethod
    def _date_placeholders(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            if "{month}" not in pattern and "{month_num}" not in pattern:
                raise ValueError(f"date pattern needs a month: {pattern!r}")
        return patterns


def _merge(shared: dict[str, object], own: dict[str, object]) -> dict[str, object]:
    """The language's entries after the shared ones: lists concatenate, tables update."""
    merged = dict(shared)
    for key, value in own.items():
        base = merged.get(key)
        if isinstance(base, list) and isinstance(value, list):
            merged[key] = [*value, *base]
        elif isinstance(base, dict) and isinstance(value, dict):
            merged[key] = {**base, **value}
        else:
            merged[key] = value
    return merged


def load_number_table(lang: str) -> NumberTable:
    """The validated number table of ``lang`` merged over the shared one."""
    return NumberTable.model_validate(
        _merge(load_table(SHARED_TABLE, "numbers"), load_table(lang, "numbers"))
    )

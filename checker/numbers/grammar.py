"""One language's number table compiled into regular expressions and lookup tables, once.

Every pattern here is linear: alternations of fixed words, digit runs whose separators must be
followed by a digit, and anchored matches tried at one position. No nested quantifiers over
overlapping alternatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.lang import available
from checker.lang.wordlist import split_first_character
from checker.numbers.table import NumberTable, UnitEntry, load_number_table
from checker.numbers.words import Morpheme, Role, WordReader, alternation

FALLBACK_LANGUAGE = "en"
# Spaces that may sit between a number and its scale word or unit.
GAP = r"[ \t\u00a0\u202f\u2009]"
# The same, where text wrapped at a fixed width may break the line: spaces around at most one
# line break ("1,6 Billionen\nParametern"), never a blank line. Possessive, so a long run of
# spaces is read once.
LINE_GAP = r"(?=[ \t\u00a0\u202f\u2009\n])(?:[ \t\u00a0\u202f\u2009]*+\n)?[ \t\u00a0\u202f\u2009]*+"
# A hardware designation between a count and its noun: "H100", "NVIDIA H100", "A100 80GB",
# "Nvidia-H100-GPUs", "TPUv5p", "Cerebras CS-2", "AMD Instinct MI250"; wrapped text may break
# the line between its words.
DESIGNATION = (
    r"(?:(?:[A-Z][A-Za-z]+(?:" + LINE_GAP + r"|-)){0,2}[A-Z][A-Za-z]{0,5}-?\d{1,4}[A-Za-z0-9]*"
    r"(?:" + GAP + r"+\d+GB)?(?:" + LINE_GAP + r"|-)"
    # "3,072 H100 80GB Tensor Core GPUs": a product line's words after the model code.
    r"(?:[A-Z][A-Za-z]+" + LINE_GAP + r"){0,2}"
    # "768 AWS Trainium accelerators": a vendor's and a product's name without a code.
    r"|(?:[A-Z][A-Za-z]+" + LINE_GAP + r"){1,2}"
    # "512 Ascend 910 processors", "8 RTX 2080 Ti cards": a product's name and its number.
    r"|(?:[A-Z][A-Za-z]+" + LINE_GAP + r"){1,2}\d{1,4}[A-Za-z]{0,2}(?:" + LINE_GAP + r"|-)"
    r"(?:[A-Z][A-Za-z]+" + LINE_GAP + r"){0,2})"
)
# A hardware designation's code alone: "A100", "H100", "MI300X", "TPUv5p".
HARDWARE_CODE = r"[A-Z][A-Za-z]{0,5}[- ]?\d{1,4}[A-Za-z0-9]*(?![\w-])"
# The letters of a number word read with backtracking, and of any number word at all.
SEARCHED_WORD = 50
LONGEST_WORD = 120
NOT_LETTER_OR_DIGIT_AFTER = r"(?![^\W_])"
NEVER = r"(?!x)x"
# A fraction written with digits: "3/4", "1⁄32".
# It starts with its first digit, so that a scan skips ahead to digits (see ``finder.py``).
DIGIT_FRACTION = re.compile(r"(\d(?<![\d/⁄.,]\d)\d{0,5})[/⁄](\d{1,6})(?![\d/⁄]|[.,]\d)")
EXPONENT = re.compile(r"[eE]([+-]?\d{1,3})(?![^\W_])")
# A power: "1.1^23", "2.5^-1"; each minus of the exponent flips its sign ("^--23" is "^23").
POWER = re.compile(r"\^([+-]{0,2})(\d{1,3})(?![\d.,]\d)")
# Scientific notation: "3.8×10^25", "2.998 x 10−8", "1.99×10⁻³⁰". The exponent is required, so
# "3 x 10" stays two numbers.
TIMES_TEN = re.compile(
    r"[ \u00a0]?[×x·*][ \u00a0]?10"
    r"(?:\^(?P<caret>[+\-−]?\d{1,3})|(?P<superscript>[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(?P<minus>[−-]\d{1,3}))"
    r"(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹]|[.,]\d)"
)
SUPERSCRIPTS = str.maketrans("⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹−", "+-0123456789-")
# The placeholders of a date template, and the same cut after their first character.
DATE_FIELDS = {
    "day": r"(?P<day>[0-3]?\d)",
    "month_num": r"(?P<month_num>[01]?\d)",
    "year": r"(?P<year>\d{4})(?!\d)",
    # "6 Nov '23": a year of this century by its last two digits.
    "short_year": r"['’](?P<short_year>\d{2})(?!\d)",
}
SPLIT_DATE_FIELDS = {
    "day": (r"(?P<day>\d", r"(?:(?<=[0-3])\d)?)"),
    "month_num": (r"(?P<month_num>\d", r"(?:(?<=[01])\d)?)"),
    "year": (r"(?P<year>\d", r"\d{3})(?!\d)"),
}
# A negative lookbehind on one character class, and a run of them.
LOOKBEHIND = r"\(\?<!\[(?:\\.|[^\]\\])*\]\)"
LEADING_LOOKBEHINDS = re.compile(f"(?:{LOOKBEHIND})*")
# What separates a number from a word after it; an elided "d’" needs no space ("d’euros").
WORD_GAP = f"(?:{LINE_GAP}|-|(?<=['’]))"


@dataclass(frozen=True)
class UnitInfo:
    name: str
    kind: str


class WordTable:
    """Case-sensitive forms looked up exactly, the others under their lower-case form."""

    def __init__(self) -> None:
        self.exact: dict[str, object] = {}
        self.folded: dict[str, object] = {}

    def add(self, form: str, value: object, *, case_sensitive: bool) -> None:
        normal = re.sub(r"\s+", " ", form)
        if case_sensitive:
            self.exact.setdefault(normal, value)
        self.folded.setdefault(normal.lower(), value)

    def get(self, text: str) -> object | None:
        normal = re.sub(r"\s+", " ", text)
        found = self.exact.get(normal)
        return found if found is not None else self.folded.get(normal.lower())

    def pattern(self) -> str:
        """An alternation: case-sensitive forms as written, the others case-insensitively."""
        parts = []
        if self.exact:
            parts.append(alternation(list(self.exact)))
        if insensitive := self._insensitive():
            parts.append("(?i:" + alternation(insensitive, fold_case=True) + ")")
        return "|".join(parts) or NEVER

    def split_first_character(self) -> tuple[str, str] | None:
        """``pattern()`` cut after the first character (see ``wordlist.split_first_character``):
        the inside of a class of the characters a form starts with, and the rest of each form."""
        classes, parts = "", []
        for forms, fold_case in ((list(self.exact), False), (self._insensitive(), True)):
            if not forms:
                continue
            split = split_first_character(forms, fold_case=fold_case)
            if split is None:
                return None
            classes += split[0]
            parts.append(f"(?i:{split[1]})" if fold_case else split[1])
        return (classes, "|".join(parts)) if parts else None

    def _insensitive(self) -> list[str]:
        exact = {form.lower() for form in self.exact}
        return [form for form in self.folded if form not in exact]


def _word_pattern(table: WordTable) -> str:
    return "(?:" + table.pattern() + ")" + NOT_LETTER_OR_DIGIT_AFTER


def _day_first(template: str) -> str:
    """A date template whose month number comes before its day, with the two swapped; not a
    year-first one ("2023.10.20"), which no country writes with the day second."""
    month, day = template.find("{month_num}"), template.find("{day}")
    if month < 0 or day < 0 or day < month or 0 <= template.find("{year}") < month:
        return template
    swapped = {"{month_num}": "{day}", "{day}": "{month_num}"}
    return re.sub(r"\{(?:month_num|day)\}", lambda field: swapped[field.group()], template)


def _date_regex(template: str, months: WordTable, day_words: WordTable) -> re.Pattern[str]:
    r"""A date template compiled so that it starts with the class of its first character.

    The word boundary before a date and the template's own leading lookbehinds (``(?<![\d.])``)
    are checked one character later, after that first character (``(?<![\d.][\s\S])``), which
    tests the same character before the date; a scan then skips ahead to digits or to the
    letters months start with instead of trying every position of a text.
    """
    plain = {
        **DATE_FIELDS,
        "month": f"(?P<month>{months.pattern()})(?![^\\W\\d_])",
        "day_word": f"(?P<day_word>{day_words.pattern()})(?![^\\W\\d_])",
    }
    split = dict(SPLIT_DATE_FIELDS)
    split_months = months.split_first_character()
    if split_months is not None:
        first_letters, rest = split_months
        split["month"] = (f"(?P<month>(?-i:[{first_letters}])", f"{rest})(?![^\\W\\d_])")
    leading = LEADING_LOOKBEHINDS.match(template)
    assert leading is not None  # it matches the empty string
    lookbehinds = [r"(?<![^\W_])", *re.findall(LOOKBEHIND, leading.group(0))]
    body = template[leading.end() :]
    first = next((name for name in split if body.startswith("{" + name + "}")), None)
    if first is None:
        filled = "".join(lookbehinds) + body
    else:
        head, tail = split[first]
        moved = "".join(lookbehind[:-1] + r"[\s\S])" for lookbehind in lookbehinds)
        filled = head + moved + tail + body[len(first) + 2 :]
    for name, pattern in plain.items():
        filled = filled.replace("{" + name + "}", pattern)
    return re.compile(filled)


class Grammar:
    """Compiled patterns and lookups of one language."""

    def __init__(self, table: NumberTable) -> None:
        self.table = table
        self.decimal_mark = table.decimal_mark

        self.scales = WordTable()
        suffixes = WordTable()
        for scale in table.scales:
            for word in scale.words if scale.after_digits else []:
                self.scales.add(word, scale.value, case_sensitive=scale.case_sensitive)
            for suffix in scale.suffixes:
                suffixes.add(suffix, scale.value, case_sensitive=True)
        self.scale_suffixes = suffixes
        self.suffix_min_digits = {
            suffix: scale.suffix_min_digits for scale in table.scales for suffix in scale.suffixes
        }
        money_suffixes = WordTable()
        for scale in table.scales:
            for suffix in scale.currency_suffixes:
                money_suffixes.add(suffix, scale.value, case_sensitive=True)
        self.money_suffixes = money_suffixes
        self.money_suffix_re = re.compile(
            f"({alternation(list(money_suffixes.exact))}){NOT_LETTER_OR_DIGIT_AFTER}"
            if money_suffixes.exact
            else NEVER
        )
        self.scale_word_re = re.compile(f"(?:{LINE_GAP})?-?{GAP}*({_word_pattern(self.scales)})")
        self.scale_suffix_re = re.compile(
            r"(" + alternation(list(suffixes.exact)) + r")" + NOT_LETTER_OR_DIGIT_AFTER
            if suffixes.exact
            else NEVER
        )
        # A one-letter suffix after a space ("2.33 k", "8 B people") only before the end of a
        # clause or a lower-case word, so that an initial or a grade stays a letter.
        letters = [suffix for suffix in suffixes.exact if len(suffix) == 1]
        self.spaced_suffix_re = re.compile(
            f"{GAP}{{1,2}}({alternation(letters)})(?=[.,;:!?)]|{GAP}+[a-z]|\\Z)"
            if letters
            else NEVER
        )

        self.percent = WordTable()
        for word in table.percent_words:
            self.percent.add(word, "percent", case_sensitive=False)
        percent_symbols = alternation(table.percent_symbols) or NEVER
        self.percent_re = re.compile(
            f"{GAP}*({percent_symbols})|{LINE_GAP}({_word_pattern(self.percent)})"
        )

        self.currency_words = WordTable()
        self.currency_symbols = WordTable()
        for currency in table.currencies:
            for word in currency.words:
                self.currency_words.add(word, currency.code, case_sensitive=False)
            for symbol in currency.symbols:
                self.currency_symbols.add(symbol, currency.code, case_sensitive=True)
        symbols = alternation(list(self.currency_symbols.exact))
        self.currency_after_re = re.compile(
            f"{GAP}*({symbols}){NOT_LETTER_OR_DIGIT_AFTER}"
            f"|{WORD_GAP}({_word_pattern(self.currency_words)})"
        )
        self.currency_before_re = re.compile(r"(?<![^\W_])(" + symbols + r")" + GAP + r"?\Z")

        self.unit_words = WordTable()
        self.unit_symbols = WordTable()
        self.designated_words = WordTable()
        self.compound_starts: list[tuple[str, UnitInfo]] = []
        self.compound_ends: list[tuple[str, UnitInfo]] = []
        for unit in table.units:
            self._add_unit(unit)
        self.unit_symbol_re = re.compile(
            f"{GAP}*({alternation(list(self.unit_symbols.exact))}){NOT_LETTER_OR_DIGIT_AFTER}"
        )
        self.unit_word_re = re.compile(f"{WORD_GAP}({_word_pattern(self.unit_words)})")
        qualifiers = alternation(table.unit_qualifiers, fold_case=True)
        self.qualified_unit_re = re.compile(
            rf"{LINE_GAP}(?i:{qualifiers}){LINE_GAP}({_word_pattern(self.unit_words)})"
            if qualifiers
            else NEVER
        )
        partitives = alternation(table.unit_partitives, fold_case=True)
        self.partitive_unit_re = re.compile(
            rf"{LINE_GAP}(?i:{partitives}){LINE_GAP}(?:{DESIGNATION})?"
            rf"({_word_pattern(self.unit_words)})"
            if partitives
            else NEVER
        )
        # "a single A100": a partitive, then a hardware code with no noun after it.
        self.partitive_designation_re = re.compile(
            rf"{LINE_GAP}(?i:{partitives})(?={LINE_GAP}{HARDWARE_CODE})" if partitives else NEVER
        )
        endings = alternation(table.adjective_endings)
        # "acht Billionen sorgfältig ausgewählten Token", "32 gemieteten H100-Karten".
        self.described_unit_re = re.compile(
            rf"{LINE_GAP}(?:[^\W\d_A-ZÀ-ÖØ-Þ][\w-]{{2,}}(?:{endings}){LINE_GAP}){{1,2}}"
            rf"(?:{DESIGNATION})?({_word_pattern(self.unit_words)})"
            if table.capitalised_nouns and endings
            else NEVER
        )
        self.designated_re = re.compile(
            LINE_GAP + DESIGNATION + r"(" + _word_pattern(self.designated_words) + r")"
        )
        self.compound_re = re.compile(r"(?:" + GAP + r"+|-)([^\W\d_][\w-]*)")
        hundredths = [
            word for unit in table.units if unit.hundredth_of_currency for word in unit.words
        ]
        self.hundredth_re = re.compile(
            rf"{GAP}+(?i:{alternation(hundredths, fold_case=True)}){NOT_LETTER_OR_DIGIT_AFTER}"
            if hundredths
            else NEVER
        )
        # A hundredth word that also multiplies by a hundred ends a run of number words:
        # "quarante-cinq cents" after an amount is 45 hundredths, not 4500.
        self.hundredth_tail_re = re.compile(
            rf"{GAP}+(?i:{alternation(hundredths, fold_case=True)})\Z" if hundredths else NEVER
        )
        self.hundredth_units = frozenset(
            unit.name for unit in table.units if unit.hundredth_of_currency
        )
        self.hundredth_currencies = {
            unit.name: unit.currency
            for unit in table.units
            if unit.hundredth_of_currency and unit.currency
        }
        rates = alternation(table.rate_words, fold_case=True)
        self.rate_after_re = re.compile(rf"{GAP}+(?i:{rates})(?!\w)" if rates else NEVER)
        joiners = alternation(table.word_joiners, fold_case=True)
        self.hundredths_lead_re = re.compile(
            rf"{GAP}+(?:(?i:{joiners}){GAP}+)?" if joiners else rf"{GAP}+"
        )

        connectors = alternation(table.scale_unit_connectors, fold_case=True)
        self.connector_re = re.compile(
            LINE_GAP + r"(?:" + connectors + r")" if connectors else NEVER, re.IGNORECASE
        )

        fractions = WordTable()
        for phrase, fraction in table.fraction_words.items():
            fractions.add(phrase, fraction, case_sensitive=False)
        self.fraction_tails = fractions
        self.fraction_tail_re = re.compile(
            f"{GAP}+({_word_pattern(fractions)})" if table.fraction_words else NEVER
        )
        self.words = self._word_reader()
        self.number_words_re = self._number_words_regex()

        months = WordTable()
        for name, number in table.months.items():
            months.add(name, number, case_sensitive=False)
        self.months = months
        day_words = WordTable()
        for word, day in table.day_words.items():
            day_words.add(word, day, case_sensitive=False)
        self.day_words = day_words
        self.date_res = [_date_regex(pattern, months, day_words) for pattern in table.date_patterns]
        # The same patterns with a numeric date's day where its month was: "07/03/2024" read
        # as 7 March in a text that says it writes the day first.
        self.day_first_date_res = [
            _date_regex(_day_first(pattern), months, day_words) for pattern in table.date_patterns
        ]
        holidays = alternation(list(table.holidays), fold_case=True)
        self.holiday_re = re.compile(
            rf"(?<!\w)({holidays})\s+((?:1[89]|2\d)\d\d)(?!\w)" if holidays else NEVER,
            re.IGNORECASE,
        )
        self.holidays = {
            " ".join(name.casefold().split()): day for name, day in table.holidays.items()
        }
        declarations = alternation(table.day_first_declarations, fold_case=True)
        self.day_first_declaration = (
            re.compile(r"(?<!\w)(?:" + declarations + r")(?!\w)", re.IGNORECASE)
            if declarations
            else None
        )

        symbolic = [c for c in table.range_connectors if not c[0].isalpha()]
        worded = [c for c in table.range_connectors if c[0].isalpha()]
        parts = []
        if symbolic:
            parts.append(GAP + r"*(?:" + alternation(symbolic) + r")" + GAP + r"*")
        if worded:
            # A worded range may be wrapped: "entre 20 et\n25 jours".
            parts.append(LINE_GAP + r"(?i:" + alternation(worded, fold_case=True) + r")" + LINE_GAP)
        self.range_re = re.compile("|".join(parts) or NEVER)
        self.range_pairs = [
            (
                # "zwischen\nsechs und sieben Tagen": text wrapped right after the opener.
                re.compile(r"(?<![^\W_])(?i:" + re.escape(pair.opener) + r")" + LINE_GAP + r"\Z"),
                re.compile(LINE_GAP + r"(?i:" + re.escape(pair.joiner) + r")" + LINE_GAP),
            )
            for pair in table.range_pairs
        ]
        references = alternation(table.reference_words, fold_case=True)
        self.reference_re = re.compile(
            r"(?<![^\W_])(?i:" + references + r")" + GAP + r"*\Z" if references else NEVER
        )
        bound_prefixes = alternation(table.bound_prefixes, fold_case=True)
        self.bound_prefix_re = re.compile(
            rf"(?<![^\W_])(?i:{bound_prefixes})-\Z" if bound_prefixes else NEVER
        )
        self.counting_nouns = {word.lower() for word in table.counting_nouns}
        self.capitalised_nouns = table.capitalised_nouns
        ratios = alternation(table.ratio_words, fold_case=True)
        self.ratio_re = re.compile(rf"{GAP}+(?i:{ratios}){GAP}+" if ratios else NEVER)
        listed = alternation([c for c in table.list_connectors if c != ","], fold_case=True)
        # The whole gap between the last two listed numbers ("1,6 et 1,7", "12 and 9"), and
        # between earlier ones, where a comma may stand ("13, 12 and 9").
        self.list_gap_re = re.compile(
            rf",?{GAP}*(?i:{listed}){LINE_GAP}|,?{LINE_GAP}(?i:{listed}){GAP}+" if listed else NEVER
        )
        self.list_comma_re = re.compile(
            rf",{GAP}*|{self.list_gap_re.pattern}" if "," in table.list_connectors else NEVER
        )
        # A day before a date, listed with it: "11. bzw. ", "11 et le ".
        self.listed_day_re = re.compile(
            rf"(?<![\w.,])(([0-3]?\d)\.?)(?:{self.list_gap_re.pattern})"
            rf"(?:[^\W\d]{{1,3}}{GAP}+)?\Z"
        )
        shares = alternation(table.share_connectors, fold_case=True)
        self.share_re = re.compile(rf"{GAP}+(?i:{shares}){WORD_GAP}" if shares else NEVER)
        self.standalone_excluded = {word.lower() for word in table.standalone_excluded}
        self.article_units = frozenset(table.article_units)
        self.pronoun_numbers = {word.lower() for word in table.pronoun_numbers}
        pronoun_openers = alternation(table.pronoun_openers, fold_case=True)
        self.pronoun_opener_re = re.compile(
            rf"(?<![^\W_])(?i:{pronoun_openers}){GAP}+\Z" if pronoun_openers else NEVER
        )
        self.rate_articles = {word.lower() for word in table.rate_articles}
        openers = alternation(table.duration_openers, fold_case=True)
        self.duration_opener_re = re.compile(
            rf"(?<![^\W_])(?i:{openers}){GAP}+\Z" if openers else NEVER
        )
        negatives = alternation(table.negative_words, fold_case=True)
        self.negative_re = re.compile(
            rf"(?<![^\W_])(?i:{negatives})(?:{GAP}+|-)\Z" if negatives else NEVER
        )
        not_quantity = alternation(table.not_quantity_suffixes)
        self.not_quantity_re = re.compile(
            f"{GAP}*(?:{not_quantity})(?![^\\W_])" if not_quantity else NEVER
        )
        clock = alternation(table.clock_suffixes)
        self.clock_re = re.compile(f"{GAP}*(?:{clock})(?![^\\W_])" if clock else NEVER)
        clock_openers = alternation(table.clock_openers, fold_case=True)
        self.clock_opener_re = re.compile(
            rf"(?<![^\W_])(?i:{clock_openers}){GAP}+\Z" if clock_openers else NEVER
        )
        self.vague = WordTable()
        for phrase, value in table.vague_words.items():
            self.vague.add(phrase, value, case_sensitive=False)
        # Cut after the first letter, so that a scan skips ahead to it (see ``_date_regex``).
        split_vague = self.vague.split_first_character()
        self.vague_re = re.compile(
            rf"(?-i:[{split_vague[0]}])(?<![\w-][\s\S]){split_vague[1]}{NOT_LETTER_OR_DIGIT_AFTER}"
            if split_vague is not None
            else rf"(?<![\w-])(?:{self.vague.pattern()}){NOT_LETTER_OR_DIGIT_AFTER}"
        )
        self.vulgar_fractions = table.vulgar_fractions
        self.vulgar_re = re.compile(alternation(list(table.vulgar_fractions)) or NEVER)

    def _add_unit(self, unit: UnitEntry) -> None:
        info = UnitInfo(unit.name, unit.kind)
        for word in unit.words:
            self.unit_words.add(word, info, case_sensitive=False)
            if unit.designation:
                self.designated_words.add(word, info, case_sensitive=False)
        for word in unit.designated_words:
            self.designated_words.add(word, info, case_sensitive=False)
        for symbol in unit.symbols:
            self.unit_symbols.add(symbol, info, case_sensitive=True)
        self.compound_starts.extend((stem.lower(), info) for stem in unit.compound_starts)
        self.compound_ends.extend((stem.lower(), info) for stem in unit.compound_ends)

    def compound_unit(self, word: str) -> UnitInfo | None:
        """The unit a German-style compound names by its first or last stem."""
        lowered = word.lower()
        for stem, info in self.compound_ends:
            if lowered.endswith(stem):
                return info
        for stem, info in self.compound_starts:
            if lowered.startswith(stem) and len(lowered) > len(stem):
                return info
        return None

    def _word_reader(self) -> WordReader:
        exact: dict[str, Morpheme] = {}
        folded: dict[str, Morpheme] = {}

        def add(words: dict[str, float] | list[str], role: Role) -> None:
            items = words.items() if isinstance(words, dict) else ((word, 1.0) for word in words)
            for word, value in items:
                folded.setdefault(re.sub(r"\s+", " ", word.lower()), Morpheme(role, value))

        add(self.table.number_words, Role.NUMBER)
        add(self.table.fraction_words, Role.FRACTION)
        singular = {word.lower() for word in self.table.ordinal_denominators}
        for word, value in self.table.denominator_words.items():
            folded.setdefault(
                re.sub(r"\s+", " ", word.lower()),
                Morpheme(Role.DENOMINATOR, value, ordinal=word.lower() in singular),
            )
        add(self.table.multiplier_words, Role.MULTIPLIER)
        add(self.table.article_words, Role.ARTICLE)
        add(self.table.word_joiners, Role.JOINER)
        add(self.table.decimal_words, Role.DECIMAL)
        for scale in self.table.scales:
            for word in scale.words:
                if word in self._scale_words():
                    morpheme = Morpheme(Role.SCALE, scale.value)
                    if scale.case_sensitive:
                        exact.setdefault(word, morpheme)
                    folded.setdefault(word.lower(), morpheme)
        return WordReader(
            exact,
            folded,
            frozenset(self.table.tens_taking_teens),
            denominator_after_hundreds=self.table.denominator_after_hundreds,
        )

    def _scale_words(self) -> list[str]:
        """Scale words that may stand in a sequence of number words (not abbreviations)."""
        return [word for scale in self.table.scales for word in scale.words if word[-1].isalpha()]

    def _number_words_regex(self) -> re.Pattern[str]:
        morphemes = alternation(
            [
                *self.table.number_words,
                *self.table.fraction_words,
                *self.table.denominator_words,
                *self.table.multiplier_words,
                *self.table.article_words,
                *self.table.word_joiners,
                *self.table.decimal_words,
                *self._scale_words(),
            ],
            fold_case=True,
        )
        body = r"(?:" + morphemes + r")(?:-?(?:" + morphemes + r"))*"
        # A word of up to SEARCHED_WORD letters is cut into morphemes in every way that may read
        # it; a longer one ("zweihundertsiebenundsiebzigtausendneunhundertachtundachtzig") only
        # by taking the longest morpheme at each step, inside an atomic group, so that a failing
        # match cannot backtrack through a long run of letters.
        word = (
            rf"(?:(?=[^\W\d_]{{1,{SEARCHED_WORD}}}(?![^\W\d_])){body}"
            rf"|(?=[^\W\d_]{{{SEARCHED_WORD + 1},{LONGEST_WORD}}}(?![^\W\d_]))(?>{body}))"
            r"(?![^\W\d_])"
        )
        return re.compile(
            # Words of one number may be wrapped onto the next line: "eight\nbillion".
            rf"(?<![\w-]){word}(?:(?:{LINE_GAP}|{GAP}*-{GAP}*){word})*",
            re.IGNORECASE,
        )


@cache
def grammar_for(lang: str) -> Grammar:
    """The compiled grammar of ``lang`` (English when the language has no number table)."""
    code = lang if lang in available() and not lang.startswith("_") else FALLBACK_LANGUAGE
    if code != lang:
        return grammar_for(code)
    return Grammar(load_number_table(code))


def decimal_mark(lang: str) -> str:
    """The character ``lang`` writes between a number's whole part and its fraction."""
    return grammar_for(lang).decimal_mark


def hundredth_currency(lang: str, unit: str) -> str | None:
    """The currency a hundredth (``unit``, "cent") is of in ``lang``'s texts when they name
    none: a German "Cent" is a euro's, an English "cent" a dollar's."""
    return grammar_for(lang).hundredth_currencies.get(unit)

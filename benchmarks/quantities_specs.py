"""Published test sets for the number layer, read where they lie beside the repository.

The sets are never copied into the repository: they are read from ``../shared/peer-specs``
relative to the repository root, and every caller skips cleanly when they are absent.

- Microsoft Recognizers-Text specs (Number and NumberWithUnit/Currency; English, French, German):
  a case passes when the multiset of values we find equals the expected one. Cases whose
  ``NotSupported`` or ``NotSupportedByDesign`` names ``python`` are skipped, as upstream does.
- CQE NewsQuant (English news sentences): precision, recall and F1 of values, and of values with
  their unit, scored as the CQE evaluation does (values match when close to 1e-5 relative).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checker.models import Quantity, QuantityKind
from checker.numbers import find_ordinals, find_quantities

REPOSITORY = Path(__file__).resolve().parent.parent
PEER_SPECS = REPOSITORY.parent / "shared" / "peer-specs"
RT_SPECS = PEER_SPECS / "recognizers-text" / "Specs"
NEWSQUANT = PEER_SPECS / "cqe" / "data" / "formatted_test_set" / "NewsQuant.json"

RT_LANGUAGES = {"English": "en", "French": "fr", "German": "de"}
RT_MODELS = {"Number": "NumberModel.json", "NumberWithUnit": "CurrencyModel.json"}
# Ordinals are scored apart, on every case: upstream python supports few English ones.
RT_ORDINALS = "OrdinalModel.json"
RELATIVE_TOLERANCE = 1e-5

# Our canonical units under the names the NewsQuant annotation uses (quantulum3's names).
NEWSQUANT_UNITS = {
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "INR": "indian rupee",
    "CHF": "swiss franc",
    "percent": "percentage",
    "kilometer": "kilometre",
    "centimeter": "centimetre",
    "millimeter": "millimetre",
    "kilogram": "kilogram",
    "gigabyte": "gigabyte",
    "terabyte": "terabyte",
    "megabyte": "megabyte",
    "kilowatt": "kilowatt",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "gigahertz": "gigahertz",
    "mile_per_hour": "mile per hour",
    "mile_per_gallon": "mile per gallon",
    "metre": "metre",
    "ton": "ton",
    "MYR": "malaysian ringgit",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "part_per_billion": "parts-per-billion",
    "part_per_million": "parts-per-million",
    "tonne": "metric ton",
    "square_metre": "square metre",
    "square_foot": "square feet",
    "pound_mass": "pound-mass",
    "millilitre": "millilitre",
    "litre": "litre",
    "milligram": "milligram",
    "megabit_per_second": "megabit per second",
    "kilohertz": "kilohertz",
    "ILS": "shekel",
    "year_of_age": "year of age",
    "milliampere_hour": "milliampere-hour",
    "kilopound_per_square_inch": "kilopound per square inch",
    "barrel_per_day": "barrel per day",
    "basis_point": "basis point",
}
# A quantity without a unit is dimensionless, which the NewsQuant annotation writes "-".
DIMENSIONLESS = "-"


def available() -> bool:
    return RT_SPECS.is_dir() and NEWSQUANT.is_file()


# --------------------------------------------------------------------------- Recognizers-Text


@dataclass(frozen=True)
class RtCase:
    file: str
    lang: str
    model: str
    text: str
    expected: tuple[float, ...]


@dataclass
class RtScore:
    passed: list[RtCase] = field(default_factory=list)
    failed: list[tuple[RtCase, list[float]]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.passed) + len(self.failed)

    @property
    def rate(self) -> float:
        return len(self.passed) / self.total if self.total else 0.0


def _rt_value(raw: str) -> float | None:
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None


def _skipped_for_python(case: dict[str, object]) -> bool:
    marks = f"{case.get('NotSupported', '')},{case.get('NotSupportedByDesign', '')}"
    return "python" in marks.lower()


def rt_cases() -> list[RtCase]:
    """The supported Number and Currency cases of the three languages."""
    cases: list[RtCase] = []
    for folder, model_file in RT_MODELS.items():
        for language, code in RT_LANGUAGES.items():
            path = RT_SPECS / folder / language / model_file
            if not path.is_file():
                continue
            for case in json.loads(path.read_text(encoding="utf-8-sig")):
                if _skipped_for_python(case):
                    continue
                values = [
                    _rt_value(str(result["Resolution"]["value"])) for result in case["Results"]
                ]
                if any(value is None for value in values):
                    continue
                cases.append(
                    RtCase(
                        file=f"{folder}/{language}/{model_file}",
                        lang=code,
                        model=folder,
                        text=case["Input"],
                        expected=tuple(value for value in values if value is not None),
                    )
                )
    return cases


def rt_ordinal_cases() -> list[RtCase]:
    """The Ordinal cases of the three languages (``find_ordinals``), supported or not upstream."""
    cases: list[RtCase] = []
    for language, code in RT_LANGUAGES.items():
        path = RT_SPECS / "Number" / language / RT_ORDINALS
        if not path.is_file():
            continue
        for case in json.loads(path.read_text(encoding="utf-8-sig")):
            values = [_rt_value(str(result["Resolution"]["value"])) for result in case["Results"]]
            if any(value is None for value in values):
                continue
            cases.append(
                RtCase(
                    file=f"Number/{language}/{RT_ORDINALS}",
                    lang=code,
                    model="Ordinal",
                    text=case["Input"],
                    expected=tuple(value for value in values if value is not None),
                )
            )
    return cases


def _values(quantities: Iterable[Quantity], keep: Callable[[Quantity], bool]) -> list[float]:
    values: list[float] = []
    for quantity in quantities:
        if not keep(quantity):
            continue
        if isinstance(quantity.value, str):
            # A year is a date to us and a number to Recognizers-Text.
            if quantity.value.isdigit():
                values.append(float(quantity.value))
            continue
        values.append(quantity.value)
        if quantity.upper is not None:
            values.append(quantity.upper)
    return values


def _glued_to_unit(quantity: Quantity) -> bool:
    """Recognizers-Text reads no number in "29km" or "180ml": a token glued to letters."""
    unit_text = quantity.unit_text or ""
    if quantity.kind is not QuantityKind.DIMENSION or not unit_text[:1].isalpha():
        return False
    before_unit = len(quantity.text) - len(unit_text) - 1
    return quantity.text.endswith(unit_text) and quantity.text[before_unit].isdigit()


def rt_predicted(case: RtCase) -> list[float]:
    """Our values for a case: every number for the Number model, amounts of money for Currency."""
    if case.model == "Ordinal":
        return _values(find_ordinals(case.text, case.lang), lambda quantity: True)
    found = find_quantities(case.text, case.lang)
    if case.model == "Number":
        return _values(found, lambda quantity: not _glued_to_unit(quantity))
    return _values(found, lambda quantity: quantity.kind is QuantityKind.CURRENCY)


def same_multiset(found: list[float], expected: Iterable[float]) -> bool:
    remaining = list(found)
    for value in expected:
        match = next((i for i, v in enumerate(remaining) if _close(v, value)), None)
        if match is None:
            return False
        remaining.pop(match)
    return not remaining


def score_rt(cases: list[RtCase]) -> RtScore:
    score = RtScore()
    for case in cases:
        found = rt_predicted(case)
        if same_multiset(found, case.expected):
            score.passed.append(case)
        else:
            score.failed.append((case, found))
    return score


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-9)


# --------------------------------------------------------------------------- NewsQuant


@dataclass(frozen=True)
class GoldQuantity:
    value: float
    upper: float | None
    unit: str


@dataclass(frozen=True)
class NewsQuantSentence:
    text: str
    gold: tuple[GoldQuantity, ...]


@dataclass
class PrfScore:
    matches: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matches / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matches / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _gold(raw: dict[str, str]) -> GoldQuantity | None:
    text = raw["value"].strip()
    lower_text, separator, upper_text = text[1:].partition("-")
    try:
        if separator:
            return GoldQuantity(
                float(text[0] + lower_text), float(upper_text), raw["normalized_unit"]
            )
        return GoldQuantity(float(text), None, raw["normalized_unit"])
    except ValueError:
        return None


def newsquant_sentences() -> list[NewsQuantSentence]:
    records = json.loads(NEWSQUANT.read_text(encoding="utf-8-sig"))
    sentences = []
    for record in records:
        gold = [_gold(quantity) for quantity in record["quantities"]]
        sentences.append(
            NewsQuantSentence(record["text"], tuple(item for item in gold if item is not None))
        )
    return sentences


def _matches(quantity: Quantity, gold: GoldQuantity, with_unit: bool) -> bool:
    if isinstance(quantity.value, str) or not _close(quantity.value, gold.value):
        return False
    if gold.upper is not None and (
        quantity.upper is None or not _close(quantity.upper, gold.upper)
    ):
        return False
    if not with_unit:
        return True
    unit = NEWSQUANT_UNITS.get(quantity.unit or "", quantity.unit or DIMENSIONLESS)
    return unit == gold.unit


def score_newsquant(sentences: list[NewsQuantSentence]) -> tuple[PrfScore, PrfScore]:
    """(value score, value+unit score) over all sentences, matching one-to-one per sentence."""
    by_value, by_unit = PrfScore(), PrfScore()
    for sentence in sentences:
        found = [q for q in find_quantities(sentence.text, "en") if q.kind is not QuantityKind.DATE]
        for score, with_unit in ((by_value, False), (by_unit, True)):
            score.predicted += len(found)
            score.gold += len(sentence.gold)
            unmatched = list(sentence.gold)
            for quantity in found:
                hit = next((g for g in unmatched if _matches(quantity, g, with_unit)), None)
                if hit is not None:
                    unmatched.remove(hit)
                    score.matches += 1
    return by_value, by_unit

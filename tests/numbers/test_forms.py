"""The forms the claim extractor relies on, in every supported language."""

from __future__ import annotations

import itertools

import pytest
from pydantic import ValidationError

from checker.models import Quantity
from checker.numbers import find_quantities, hundredth_currency
from checker.numbers.table import NumberTable


def only(text: str, lang: str) -> Quantity:
    found = find_quantities(text, lang)
    assert len(found) == 1, found
    return found[0]


# (lang, sentence, quantity text, value, unit, kind)
FORMS = [
    (
        "de",
        "Das Modell hat 500 Milliarden Parameter.",
        "500 Milliarden Parameter",
        5e11,
        "parameter",
        "count",
    ),
    ("de", "Trainiert mit 3,4 Billionen Tokens.", "3,4 Billionen Tokens", 3.4e12, "token", "count"),
    ("de", "Dafür liefen 512 H100 GPUs.", "512 H100 GPUs", 512, "gpu", "count"),
    (
        "en",
        "It ran on 3,072 H100 80GB Tensor Core GPUs.",
        "3,072 H100 80GB Tensor Core GPUs",
        3072,
        "gpu",
        "count",
    ),
    (
        "de",
        "Man nutzte rund 15.000 NVIDIA H100 GPUs.",
        "15.000 NVIDIA H100 GPUs",
        15000,
        "gpu",
        "count",
    ),
    ("de", "Es gibt 16 Expertenmodulen im Netz.", "16 Expertenmodulen", 16, "expert", "count"),
    # Text wrapped at a fixed width breaks lines between a number and its words.
    (
        "de",
        "Mit 1,6 Billionen\nParametern ist es klein.",
        "1,6 Billionen\nParametern",
        1.6e12,
        "parameter",
        "count",
    ),
    ("de", "Er nutzte 512\nNvidia-H100-GPUs.", "512\nNvidia-H100-GPUs", 512, "gpu", "count"),
    (
        "fr",
        "Il a vu 350 milliards\n  de tokens.",
        "350 milliards\n  de tokens",
        3.5e11,
        "token",
        "count",
    ),
    ("de", "Das Training dauerte 10 Tage.", "10 Tage", 10, "day", "dimension"),
    (
        "de",
        "Sie sammelten 1,2 Milliarden US-Dollar ein.",
        "1,2 Milliarden US-Dollar",
        1.2e9,
        "USD",
        "currency",
    ),
    ("de", "Es kostet 13 Mrd. € im Jahr.", "13 Mrd. €", 1.3e10, "EUR", "currency"),
    ("de", "Das Modell kam auf Platz 13.", "13", 13, None, "number"),
    ("de", "Der Anteil stieg auf 45,5 Prozent.", "45,5 Prozent", 45.5, "percent", "percentage"),
    ("de", "Es waren 80 Trainingstage.", "80 Trainingstage", 80, "day", "dimension"),
    (
        "fr",
        "Le modèle utilise 256 cartes graphiques.",
        "256 cartes graphiques",
        256,
        "gpu",
        "count",
    ),
    (
        "fr",
        "Une levée de 625 millions de dollars.",
        "625 millions de dollars",
        6.25e8,
        "USD",
        "currency",
    ),
    (
        "fr",
        "Il compte 500 milliards de paramètres.",
        "500 milliards de paramètres",
        5e11,
        "parameter",
        "count",
    ),
    ("fr", "Il a 1 000 000 d'abonnés.", "1 000 000", 1e6, None, "number"),
    ("fr", "Un coût de 2,5 milliards d’euros.", "2,5 milliards d’euros", 2.5e9, "EUR", "currency"),
    ("fr", "Une hausse de 12 %.", "12 %", 12, "percent", "percentage"),
    ("de", "Es kostet 90 US-Cent je Million Token.", "90 US-Cent", 90, "us_cent", "currency"),
    ("en", "It was trained on 15 trillion tokens.", "15 trillion tokens", 1.5e13, "token", "count"),
    ("en", "The company raised $1.2 billion.", "$1.2 billion", 1.2e9, "USD", "currency"),
    ("en", "A 128K context window.", "128K", 128000, None, "number"),
    ("en", "It costs €13bn a year.", "€13bn", 1.3e10, "EUR", "currency"),
    ("en", "Growth of 4.5% this year.", "4.5%", 4.5, "percent", "percentage"),
    ("en", "They used 2,048 A100 GPUs.", "2,048 A100 GPUs", 2048, "gpu", "count"),
    (
        "es",
        "El modelo tiene 70 mil millones de parámetros.",
        "70 mil millones de parámetros",
        7e10,
        "parameter",
        "count",
    ),
    (
        "es",
        "Costó 1.500 millones de dólares.",
        "1.500 millones de dólares",
        1.5e9,
        "USD",
        "currency",
    ),
    ("es", "Un billón de tokens.", "Un billón de tokens", 1e12, "token", "count"),
    ("es", "Entrenado durante 90 días.", "90 días", 90, "day", "dimension"),
    ("en", "It took a day and a half.", "a day and a half", 1.5, "day", "dimension"),
    ("en", "It was finished in half a day.", "half a day", 0.5, "day", "dimension"),
    ("en", "It took half an hour.", "half an hour", 0.5, "hour", "dimension"),
    ("fr", "Terminé en une demi-journée.", "une demi-journée", 0.5, "day", "dimension"),
    ("fr", "Il a suffi d'une journée.", "une journée", 1, "day", "dimension"),
    ("en", "It ran for two weeks and a half.", "two weeks and a half", 2.5, "week", "dimension"),
    ("fr", "Il a fallu un jour et demi.", "un jour et demi", 1.5, "day", "dimension"),
    ("fr", "L'affinage a duré deux jours et demi.", "deux jours et demi", 2.5, "day", "dimension"),
    ("en", "It used 2 GPUs and a half day.", "2 GPUs", 2, "gpu", "count"),
    ("en", "Trained on a single A100 GPU.", "a single A100 GPU", 1, "gpu", "count"),
    ("de", "Auf einer einzigen GPU trainiert.", "einer einzigen GPU", 1, "gpu", "count"),
    # The accelerator's code alone after the partitive: the extractor knows what it counts.
    ("en", "Trained on a single A100.", "a single", 1, None, "number"),
    ("de", "Lief auf einer einzigen H100.", "einer einzigen", 1, None, "number"),
    # Words between a count and a named accelerator ("gemieteten" says which, not how many).
    ("de", "Lief auf 32 gemieteten H100-Karten.", "32 gemieteten H100-Karten", 32, "gpu", "count"),
    ("de", "Sie hat zwei geteilte Experten.", "zwei", 2, None, "number"),
    ("fr", "Entraîné sur une seule MI300X.", "une seule", 1, None, "number"),
    ("en", "Trained on a single RTX 3090.", "a single", 1, None, "number"),
    ("fr", "Entraîné sur un seul GPU A100.", "un seul GPU", 1, "gpu", "count"),
    ("en", "It ran on 32 Nvidia A100\nGPUs.", "32 Nvidia A100\nGPUs", 32, "gpu", "count"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "value", "unit", "kind"), FORMS)
def test_form(
    lang: str, sentence: str, text: str, value: float, unit: str | None, kind: str
) -> None:
    quantity = only(sentence, lang)
    assert quantity.text == text
    assert sentence[quantity.start : quantity.end] == text
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit
    assert quantity.kind.value == kind


@pytest.mark.parametrize(
    ("lang", "sentence", "scale_word"),
    [
        ("de", "Es sind 500 Milliarden Parameter.", "Milliarden"),
        ("de", "Es kostet 13 Mrd. Euro.", "Mrd."),
        ("en", "It has 3 billions of rows.", "billions"),
        ("en", "A $2bn deal.", "bn"),
        ("en", "A 128K window.", "K"),
        ("fr", "Il a 3 milliards de paramètres.", "milliards"),
        ("de", "Sie hat dreieinhalb Millionen Nutzer.", "Millionen"),
    ],
)
def test_scale_word_is_kept_as_written(lang: str, sentence: str, scale_word: str) -> None:
    assert find_quantities(sentence, lang)[0].scale_word == scale_word


@pytest.mark.parametrize(
    ("lang", "sentence", "iso"),
    [
        ("de", "Vorgestellt am 16. Mai 2024 in Berlin.", "2024-05-16"),
        ("de", "Vorgestellt am 16.05.2024 in Berlin.", "2024-05-16"),
        ("fr", "Présenté le 16 mai 2024 à Paris.", "2024-05-16"),
        ("fr", "Présenté le 1er mars 2023.", "2023-03-01"),
        ("en", "Announced on May 16, 2024 in Seattle.", "2024-05-16"),
        ("en", "Announced on 16 May 2024.", "2024-05-16"),
        ("en", "Announced on 2024-05-16.", "2024-05-16"),
        ("en", "They went online on the second of April 2024.", "2024-04-02"),
        ("en", "Announced on the twenty-first of June, 2023.", "2023-06-21"),
        ("en", "Announced on 2023.10.20.", "2023-10-20"),
        ("en", "## 6 Nov '23 — the forecaster", "2023-11-06"),
        ("en", "Out since Aug. 10, '23.", "2023-08-10"),
        ("en", "Out since Nov ’23.", "2023-11"),
        ("en", "## 28-Aug-2023: first release", "2023-08-28"),
        ("de", "Hochgeladen am 09-Oktober-2023.", "2023-10-09"),
        ("fr", "Mis en ligne le 28-août-2023.", "2023-08-28"),
        ("es", "Presentado el 16 de mayo de 2024.", "2024-05-16"),
        ("de", "Im März 2023 erschienen.", "2023-03"),
        # Holidays: on a fixed day, or counted from Easter Sunday.
        ("de", "Erschienen am Pfingstmontag 2023.", "2023-05-29"),
        ("de", "Erschienen am zweiten Weihnachtsfeiertag 2023.", "2023-12-26"),
        ("fr", "Publié le lundi de Pâques 2024.", "2024-04-01"),
        ("fr", "Publié à Noël 2022.", "2022-12-25"),
        ("en", "Released on Good Friday 2025.", "2025-04-18"),
        ("en", "Released on Christmas Eve 2023.", "2023-12-24"),
    ],
)
def test_dates(lang: str, sentence: str, iso: str) -> None:
    quantity = only(sentence, lang)
    assert quantity.value == iso
    assert quantity.kind.value == "date"
    assert quantity.unit == "date"


@pytest.mark.parametrize(
    "name",
    [
        "Phi-3.5",
        "Phi-3.5-mini",
        "MAI-1",
        "MAI-1-preview",
        "GPT-4",
        "GPT-4o",
        "H100",
        "A100",
        "GB200",
        "Qwen2.5",
        "Llama-3",
        "v1.2.3",
    ],
)
@pytest.mark.parametrize("lang", ["de", "fr", "en", "es"])
def test_model_names_are_not_numbers(name: str, lang: str) -> None:
    assert find_quantities(f"Das neue {name} ist da.", lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "Call +49 30 1234567 now",
        "Server 192.168.1.1 is up",
        "See section 3.2.1 below",
        "Tel. 555-123-4567",
        "Kick-off at 11:30, the lap took 1:36.6",
        "They drew 2-2 and then won 3-1",
    ],
)
def test_phone_ip_and_section_numbers_are_not_quantities(text: str) -> None:
    assert find_quantities(text, "en") == []


def test_version_after_a_space_has_no_unit() -> None:
    for quantity in find_quantities("Llama 3.1 and Claude 3 and Windows 11 were compared.", "en"):
        assert quantity.unit is None
        assert quantity.kind.value == "number"


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "lower", "upper", "unit"),
    [
        (
            "de",
            "Sie hat 100 bis 300 Milliarden Sterne.",
            "100 bis 300 Milliarden",
            1e11,
            3e11,
            None,
        ),
        ("de", "zwischen 10 und 12 Tagen", "10 und 12 Tagen", 10, 12, "day"),
        ("de", "dauerte zwischen\nsechs und sieben Tagen", "sechs und sieben Tagen", 6, 7, "day"),
        ("fr", "entre 10 et 12 jours", "10 et 12 jours", 10, 12, "day"),
        ("en", "between 10 and 12 days", "10 and 12 days", 10, 12, "day"),
        ("en", "it took 10–12 days", "10–12 days", 10, 12, "day"),
        ("en", "worth $10-12 million", "$10-12 million", 1e7, 1.2e7, "USD"),
        ("es", "entre 10 y 12 días", "10 y 12 días", 10, 12, "day"),
        ("en", "from $2 billion to $4.5 billion", "$2 billion to $4.5 billion", 2e9, 4.5e9, "USD"),
        (
            "de",
            "zwischen 3 Mrd. € und 5 Mrd. €",
            "3 Mrd. € und 5 Mrd. €",
            3e9,
            5e9,
            "EUR",
        ),
    ],
)
def test_ranges(
    lang: str, sentence: str, text: str, lower: float, upper: float, unit: str | None
) -> None:
    quantity = only(sentence, lang)
    assert quantity.text == text
    assert quantity.value == pytest.approx(lower)
    assert quantity.upper == pytest.approx(upper)
    assert quantity.unit == unit


def test_qualifiers_are_not_part_of_the_quantity() -> None:
    quantity = only("Es soll bis zu 500 Milliarden Parameter haben.", "de")
    assert quantity.text == "500 Milliarden Parameter"
    assert only("about 40 GPUs", "en").text == "40 GPUs"
    assert only("environ 40 jours", "fr").text == "40 jours"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "dreihundertzwanzig", 320),
        ("de", "eineinhalb", 1.5),
        ("de", "zweieinhalb Millionen", 2.5e6),
        ("de", "einundzwanzig", 21),
        ("de", "eine Milliarde", 1e9),
        ("de", "zwei Millionen eintausendeinhundertfünfzig", 2001150),
        ("fr", "vingt-cinq", 25),
        ("fr", "quatre-vingt-dix-neuf", 99),
        ("fr", "vingt et un", 21),
        ("fr", "deux cents", 200),
        ("fr", "trois milliards", 3e9),
        ("en", "twenty-one", 21),
        ("en", "a dozen", 12),
        ("en", "one and a half", 1.5),
        ("en", "two and a half million", 2.5e6),
        ("en", "one hundred and five", 105),
        ("en", "three thousand four hundred", 3400),
        ("es", "veinticinco", 25),
        ("es", "tres mil millones", 3e9),
        ("es", "doscientos mil", 2e5),
        ("es", "treinta y dos", 32),
    ],
)
def test_number_words(lang: str, text: str, value: float) -> None:
    quantity = only(text, lang)
    assert quantity.text == text
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", "ein Modell"), ("fr", "un modèle"), ("en", "a model"), ("es", "un modelo")],
)
def test_indefinite_articles_are_not_numbers(lang: str, text: str) -> None:
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "1.500", 1500),
        ("de", "3.8 billion", 3.8e9),
        ("de", "2,357", 2.357),
        ("de", "1.234.567,89", 1234567.89),
        ("de", "1,234.5", 1234.5),
        ("en", "1.500", 1.5),
        ("en", "1,500", 1500),
        ("en", "1,234,567.89", 1234567.89),
        ("fr", "1 234,5", 1234.5),
        ("fr", "1\u202f234", 1234),
        ("es", "1.500", 1500),
    ],
)
def test_separators_follow_the_language(lang: str, text: str, value: float) -> None:
    assert only(text, lang).value == pytest.approx(value)


def test_german_billion_is_long_scale_and_english_billion_is_not() -> None:
    assert only("3 Billionen", "de").value == pytest.approx(3e12)
    assert only("3 billion", "en").value == pytest.approx(3e9)
    assert only("3 billions", "fr").value == pytest.approx(3e12)
    assert only("3 billones", "es").value == pytest.approx(3e12)


def test_unknown_language_falls_back_to_english() -> None:
    assert only("1,500 tokens", "xx").value == 1500


def test_results_are_ordered_and_disjoint() -> None:
    text = "Von 2023 bis 2024 wuchs es um 10 % auf 3,8 Mrd. Parameter, am 1. Mai 2024."
    found = find_quantities(text, "de")
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(text[q.start : q.end] == q.text for q in found)


@pytest.mark.parametrize(
    ("lang", "text", "quantity_text", "value"),
    [
        ("en", "Granite: 12T tokens.", "12T tokens", 12e12),
        ("de", "Vireo: 12T Tokens.", "12T Tokens", 12e12),
        ("en", "Vireo-2: 9T tokens.", "9T tokens", 9e12),
        ("de", "Es hat 7B Parameter.", "7B Parameter", 7e9),
        ("fr", "Il compte 800M paramètres.", "800M paramètres", 8e8),
        ("fr", "Contexte : 128K.", "128K", 128e3),
        ("de", "Gelernt aus 1,5T Tokens.", "1,5T Tokens", 1.5e12),
        ("es", "Entrenado con 1.5T tokens.", "1.5T tokens", 1.5e12),
    ],
)
def test_suffixes_scale_in_every_language(
    lang: str, text: str, quantity_text: str, value: float
) -> None:
    quantity = only(text, lang)
    assert quantity.text == quantity_text
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("lang", "text", "quantity_text", "unit"),
    [
        ("de", "Das Training dauerte rund einen Monat.", "einen Monat", "month"),
        ("de", "Es lief eine Woche.", "eine Woche", "week"),
        ("en", "It was trained for a month.", "a month", "month"),
        ("en", "The run took a week.", "a week", "week"),
        ("fr", "Il a tourné pendant un mois.", "un mois", "month"),
        ("fr", "Un an plus tard.", "Un an", "year"),
    ],
)
def test_an_article_before_a_duration_is_one(
    lang: str, text: str, quantity_text: str, unit: str
) -> None:
    quantity = only(text, lang)
    assert (quantity.text, quantity.value, quantity.unit) == (quantity_text, 1, unit)


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "It costs $5 a day.", [5]),
        ("en", "They work 40 hours a week.", [40]),
        ("en", "An expert disagreed.", []),
        ("en", "A year ago it was new.", []),
        ("fr", "Il le dit une seconde fois.", []),
    ],
)
def test_an_article_of_a_rate_or_before_a_noun_is_no_number(
    lang: str, text: str, values: list[float]
) -> None:
    assert [quantity.value for quantity in find_quantities(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "quantity_text", "value", "unit"),
    [
        ("en", "It cost thirteen dollars and forty-five cents.", None, 13.45, "USD"),
        ("en", "It cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD"),
        ("de", "Es kostet zwei Euro fünfzig.", "zwei Euro fünfzig", 2.5, "EUR"),
        (
            "de",
            "Sie kostet einen Dollar fünfzig pro Million Token.",
            "einen Dollar fünfzig",
            1.5,
            "USD",
        ),
        ("en", "It costs a dollar fifty per million tokens.", "a dollar fifty", 1.5, "USD"),
        ("fr", "Ça coûte 15 dollars et 15 cents.", "15 dollars et 15 cents", 15.15, "USD"),
        ("en", "Shares rose 50 cents.", "50 cents", 50, "cent"),
        ("fr", "Le prix a baissé de 34 cents.", "34 cents", 34, "cent"),
        ("en", "Shares closed one penny higher.", "one penny", 1, "penny"),
    ],
)
def test_amounts_in_hundredths(
    lang: str, text: str, quantity_text: str | None, value: float, unit: str
) -> None:
    quantity = only(text, lang)
    assert quantity.kind == "currency"
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)
    if quantity_text is not None:
        assert quantity.text == quantity_text


def test_a_number_after_an_amount_is_no_hundredths_unless_the_amount_ends() -> None:
    found = find_quantities("They paid 15 dollars and 20 people came.", "en")
    assert [(q.value, q.unit) for q in found] == [(15, "USD"), (20, "people")]


def test_french_cent_after_digits() -> None:
    assert only("322 cent", "fr").value == 32200
    assert only("trois cents", "fr").value == 300


@pytest.mark.parametrize("text", ["Which one do you prefer?", "The one you chose works."])
def test_one_after_a_determiner_is_a_pronoun(text: str) -> None:
    assert find_quantities(text, "en") == []


def test_a_range_keeps_the_lower_end_when_distributing_the_scale_would_pass_the_upper() -> None:
    quantity = only("from $500,000 to $1 million", "en")
    assert (quantity.value, quantity.upper) == (500_000, 1_000_000)
    assert only("$10-12 million", "en").value == 10_000_000


def test_a_rising_hyphenated_pair_stays_a_range() -> None:
    quantity = only("children aged 3-5 took part", "en")
    assert (quantity.value, quantity.upper) == (3, 5)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The S&P 500 fell while the FTSE 100 rose."),
        ("en", "Sales of the iPhone 12 and the Boeing 737 slowed."),
        ("en", "He upgraded to Windows 11 last week."),
        ("de", "Das neue iPhone 12 ist da."),
        ("fr", "Le CAC 40 a reculé."),
    ],
)
def test_a_whole_number_after_a_name_is_part_of_it(lang: str, text: str) -> None:
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The answer is on page 12.", 12),
        ("en", "It was ranked No. 5 worldwide.", 5),
        ("en", "It reached Rank 13 in the list.", 13),
        ("en", "12 models were released.", 12),
        ("en", "Model 3 buyers waited.", 3),
        ("de", "Siehe Kapitel 3.", 3),
        ("de", "Es erreichte im Test 85 Punkte.", 85),
        ("fr", "Voir la page 12.", 12),
    ],
)
def test_a_number_after_a_counting_noun_or_first_in_a_sentence_stays(
    lang: str, text: str, value: float
) -> None:
    assert [quantity.value for quantity in find_quantities(text, lang)] == [value]


def test_a_figure_with_its_unit_after_a_name_is_a_quantity() -> None:
    quantity = only("Dafür kaufte Microsoft 10.000 GPUs.", "de")
    assert (quantity.value, quantity.unit) == (10000, "gpu")
    assert [q.value for q in find_quantities("delivered 63,000 Model 3 cars", "en")] == [63000]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "one over three", 1 / 3),
        ("en", "Two out of five users agreed.", 0.4),
        ("fr", "un sur quatre", 0.25),
        ("en", "It is 2.5^-1 here", 0.4),
        ("en", "roughly 1.1^3", 1.331),
        ("en", "trained with 3.8×10^25 operations", 3.8e25),
        ("de", "etwa 2,1 x 10^24 Rechenoperationen", 2.1e24),
        ("fr", "une masse de 1,99×10⁻³⁰", 1.99e-30),
        ("en", "light covers 2.998×10−8 of it", 2.998e-8),
    ],
)
def test_ratios_and_powers_are_one_number(lang: str, text: str, value: float) -> None:
    assert [quantity.value for quantity in find_quantities(text, lang)] == [pytest.approx(value)]


def test_a_product_without_an_exponent_stays_two_numbers() -> None:
    assert [q.value for q in find_quantities("a room of 3 x 10 metres", "en")] == [3, 10]


def test_a_ratio_word_before_a_duration_is_no_ratio() -> None:
    assert [q.value for q in find_quantities("Je veux 1000 € sur 3 ans", "fr")] == [1000, 3]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "I can pay 3 hundred and 21 yuan.", [321]),
        ("en", "4 thousand 3 hundred and 21 is a number.", [4321]),
        ("en", "The town has 3 million and a half people.", [3.5e6]),
        ("fr", "La ville compte 3 millions et demi d'habitants.", [3.5e6]),
        ("en", "They have 7 billion and 13 billion parameters.", [7e9, 1.3e10]),
        ("en", "It raised 5 million and 2 years later more.", [5e6, 2]),
        ("fr", "Ils ont 2 milliards et 500 millions de paramètres.", [2.5e9]),
        ("fr", "Ils ont respectivement 1,3 milliard et 600 millions.", [1.3e9, 6e8]),
    ],
)
def test_digits_with_scale_words_take_a_smaller_group(
    lang: str, text: str, values: list[float]
) -> None:
    assert [quantity.value for quantity in find_quantities(text, lang)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [("about 2.33 k", 2330), ("some 8 B people", 8e9), ("a 1.2b fund", 1.2e9), ("2mil SEK", 2e6)],
)
def test_spaced_and_short_scale_suffixes(text: str, value: float) -> None:
    assert [quantity.value for quantity in find_quantities(text, "en")] == [value]


def test_a_spaced_capital_before_a_capitalised_word_stays_a_letter() -> None:
    assert [quantity.value for quantity in find_quantities("Group 4 B Team", "en")] == [4]


@pytest.mark.parametrize(
    ("text", "value"),
    [("temperatures near minus-40 degrees", -40), ("chips at sub-5 levels", 5)],
)
def test_a_negative_word_or_bound_hyphenated_to_a_number_is_no_name(
    text: str, value: float
) -> None:
    assert [q.value for q in find_quantities(text, "en")] == [value]
    assert find_quantities("the Llama-40 model", "en") == []


def test_a_year_before_a_scaled_amount_is_no_range() -> None:
    found = find_quantities("Sales climbed in 2023 to 4.2 million units.", "en")
    assert [(q.value, q.upper) for q in found] == [("2023", None), (4.2e6, None)]


def test_m_before_a_unit_word_is_million_and_alone_is_metres() -> None:
    tons = only("mined 2.5m tons last year", "en")
    assert (tons.value, tons.unit) == (2.5e6, "ton")
    sprint = only("she won the 200m final", "en")
    assert (sprint.value, sprint.unit) == (200, "metre")


def test_a_capitalised_number_word_after_a_capitalised_word_continues_a_name() -> None:
    assert find_quantities("She watched it on Channel Four last night.", "en") == []
    assert [q.value for q in find_quantities("Chelsea won Four titles", "en")] == [4]
    assert [q.value for q in find_quantities("Das Team holte Zwei Titel", "de")] == [2]


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [("en", "it ran for 12min", 12, "minute"), ("de", "nach 5 min", 5, "minute")],
)
def test_min_is_a_minute(lang: str, text: str, value: float, unit: str) -> None:
    quantity = only(text, lang)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_a_minus_after_the_currency_sign_negates_the_amount() -> None:
    quantity = only("the balance fell to $-12.5bn in May", "en")
    assert (quantity.value, quantity.unit) == (-12.5e9, "USD")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "the 2023/24 season"), ("en", "the 2019-20 budget"), ("en", "held on May 3–5")],
)
def test_the_end_of_a_span_of_years_or_days_is_part_of_the_date(lang: str, text: str) -> None:
    found = find_quantities(text, lang)
    assert found
    assert all(quantity.kind.value == "date" for quantity in found)


def test_units_per_million_and_parts_of_a_standard() -> None:
    quantity = only("levels reached 415 parts per million", "en")
    assert (quantity.value, quantity.unit) == (415, "part_per_million")
    assert find_quantities("it follows ISO 8601-1 closely", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "one twenty-fifth", 1 / 25),
        ("en", "one hundred thirty fifths", 100 / 35),
        ("en", "ninety-five hundred fifths", 1900),
        ("fr", "un vingt-cinquième", 1 / 25),
        ("fr", "cent trente cinquièmes", 130 / 5),
        ("en", "twenty fifths", 4),
        ("en", "seven forty-firsts", 7 / 41),
        ("en", "five sixty first parts", 5 / 61),
        ("en", "a thirty-first", 1 / 31),
        ("fr", "un quarante et unième", 1 / 41),
        ("en", "one two hundred and seventh", 1 / 207),
        ("en", "four hundred and sixty sevenths", 460 / 7),
        ("fr", "deux cent et trois quarts", 200.75),
    ],
)
def test_tens_before_a_denominator_after_a_count_form_one_denominator(
    lang: str, text: str, value: float
) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "two billion and a half million", 2.0005e9),
        ("fr", "deux milliards et demi million", 2.0005e9),
        ("en", "two billion and a half", 2.5e9),
    ],
)
def test_a_fraction_between_two_scales_counts_the_smaller(
    lang: str, text: str, value: float
) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a 2.0-liter engine", 2.0, "litre"),
        ("a pitch of 40 μm", 40, "micrometre"),
        ("the grid ran at 49.9 HZ", 49.9, "hertz"),
    ],
)
def test_more_units(text: str, value: float, unit: str) -> None:
    quantity = only(text, "en")
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "a millionth of a gram", 1e-6),
        ("en", "four hundred billionths", 4e-7),
        ("en", "six thousand trillionths", 6e-9),
        ("en", "three million four hundred two fifths", 3000402 / 5),
        ("en", "nineteen and a fortieth", 19.025),
        ("fr", "un milliardième", 1e-9),
        ("fr", "trois septième", 3 / 7),
    ],
)
def test_every_word_before_a_denominator_counts_its_parts(
    lang: str, text: str, value: float
) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It happened for the thirty fifth time."),
        ("en", "We met the two thousandth visitor."),
        ("en", "the twenty first century"),
        ("en", "the first model"),
        ("fr", "la trente-cinquième édition"),
        ("fr", "le deux millième client"),
    ],
)
def test_a_singular_denominator_after_a_count_above_one_is_an_ordinal(
    lang: str, text: str
) -> None:
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("four hundred and three dozen", 436),
        ("two hundred dozens", 2400),
        ("five dozen", 60),
    ],
)
def test_a_dozen_after_hundreds_counts_only_the_units(text: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, "en")] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Spending fell by three fifths of a billion dollars.", 6e8),
        ("en", "about 3/4 of a million people", 750_000),
        ("fr", "un cinquième d’un milliard", 2e8),
        ("es", "tres cuartos de un millón", 750_000),
    ],
)
def test_a_fraction_of_a_scale_is_that_share_of_it(lang: str, text: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [pytest.approx(value)]


def test_a_fraction_of_something_else_stays_a_fraction() -> None:
    assert [q.value for q in find_quantities("two thirds of the board", "en")] == [
        pytest.approx(2 / 3)
    ]


def test_a_long_german_number_word_is_read_whole() -> None:
    text = "Es kamen achthundertachtundachtzigtausendachthundertachtundachtzig Besucher."
    assert [q.value for q in find_quantities(text, "de")] == [888_888]


def test_eins_is_a_number() -> None:
    assert [q.value for q in find_quantities("Es stand eins zu null.", "de")] == [1, 0]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "a 40G link", 4e10),
        ("en", "about 2.5 G in total", 2.5e9),
        ("fr", "un débit de 40G", 4e10),
    ],
)
def test_g_scales_an_amount_of_two_digits_or_more(lang: str, text: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [value]


@pytest.mark.parametrize(("lang", "text"), [("en", "a new 5G phone"), ("fr", "la 4G et la 5G")])
def test_a_single_digit_before_g_is_a_network_generation(lang: str, text: str) -> None:
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("fr", "Il a payé vingt euros et trente cents.", 20.3, "EUR"),
        ("fr", "L'action a gagné un penny.", 1, "penny"),
        ("en", "It sold for 900 million pesetas.", 9e8, "ESP"),
        ("fr", "un prêt de 40 millions de mark finlandais", 4e7, "FIM"),
        ("fr", "3 milliards de pesewas", 3e9, "pesewa"),
        ("en", "a fee of 2,500 ரூ", 2500, "INR"),
    ],
)
def test_more_money(lang: str, text: str, value: float, unit: str) -> None:
    quantity = only(text, lang)
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)


def test_scores_alone_is_no_vague_amount() -> None:
    assert find_quantities("The home side scores 1000-10 on the test.", "en") == []
    quantity = only("Scores of engineers left.", "en")
    assert (quantity.value, quantity.upper) == (20, 200)


@pytest.mark.parametrize(
    ("text", "value"),
    [("- 25 k", -25_000), ("Results:\n  - 3 1/2\n", -3.5), ("- 0.75", -0.75)],
)
def test_a_spaced_minus_before_a_bare_number_alone_on_its_line_is_a_sign(
    text: str, value: float
) -> None:
    assert [q.value for q in find_quantities(text, "en")] == [value]


@pytest.mark.parametrize(
    "text", ["- 12 GPUs were used", "Models:\n- 7 billion parameters", "- 2024", "costs - 10 k"]
)
def test_a_spaced_minus_before_a_list_item_or_in_a_sentence_is_no_sign(text: str) -> None:
    assert all(q.value == "2024" or q.value > 0 for q in find_quantities(text, "en"))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a 42-year-old engineer", 42, "year_of_age"),
        ("She is 29 years old.", 29, "year_of_age"),
        ("Output rose by 300,000 barrels a day.", 300_000, "barrel_per_day"),
        ("Rates rose 25 basis points.", 25, "basis_point"),
        ("It lost 150 gigatonnes of ice.", 150, "gigaton"),
        ("a 5000 mAh battery", 5000, "milliampere_hour"),
        ("an engine with 250 PS", 250, "horsepower"),
        ("a six cylinder engine", 6, "cylinder"),
        ("The plant will add 250 jobs.", 250, "job"),
        ("It has 1,200 employees.", 1200, "employee"),
    ],
)
def test_news_units(text: str, value: float, unit: str) -> None:
    quantity = only(text, "en")
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("en", "Shares fell to Y=1,250 in Tokyo.", 1250, "JPY"),
        ("en", "a deal worth 4 billion shekels", 4e9, "ILS"),
        ("en", "sales of HK $2.1 billion", 2.1e9, "HKD"),
        ("en", "The stock rose 12 sen.", 12, "sen"),
        ("en", "The API costs 800 rubles per million tokens.", 800, "RUB"),
        ("de", "Die API kostet 1.950 Rubel pro Million Token.", 1950, "RUB"),
        ("fr", "L'API coûte 1 950 roubles par million de jetons.", 1950, "RUB"),
        ("en", "a plan at 9,900 won a month", 9900, "KRW"),
        ("fr", "un abonnement à 9 900 wons", 9900, "KRW"),
        ("en", "a grant of 50 billion rupiah", 50e9, "IDR"),
        ("de", "eine Förderung von 50 Milliarden Rupiah", 50e9, "IDR"),
    ],
)
def test_news_currencies(lang: str, text: str, value: float, unit: str) -> None:
    quantity = only(text, lang)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_a_blank_line_ends_a_quantity() -> None:
    (found,) = find_quantities("Sie hatten 13 Milliarden\n\nParameter im Blick.", "de")
    assert (found.text, found.unit) == ("13 Milliarden", None)


@pytest.mark.parametrize(
    ("lang", "text", "values", "unit"),
    [
        ("fr", "respectivement 1,6 et 1,7 milliard de paramètres", [1.6e9, 1.7e9], "parameter"),
        ("en", "13, 12 and 9.15 billion parameters", [13e9, 12e9, 9.15e9], "parameter"),
        ("de", "mit 3 bzw. 7 Milliarden Parametern", [3e9, 7e9], "parameter"),
        ("es", "con 3 y 7 mil millones de parámetros", [3e9, 7e9], "parameter"),
    ],
)
def test_listed_numbers_share_the_last_ones_scale_and_unit(
    lang: str, text: str, values: list[float], unit: str
) -> None:
    found = find_quantities(text, lang)
    assert [q.value for q in found] == values
    assert {q.unit for q in found} == {unit}


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("en", "On page 12, 7 billion parameters are listed.", 12.0),
        ("en", "In 2023 and 7 billion parameters later", "2023"),
        ("fr", "Ses 40 experts et 7 milliards de paramètres", 40.0),
    ],
)
def test_a_comma_alone_a_year_or_a_count_shares_no_scale(
    lang: str, text: str, first: float | str
) -> None:
    found = find_quantities(text, lang)[0]
    assert (found.value, found.scale_word) == (first, None)


@pytest.mark.parametrize(
    ("lang", "text", "found", "unit"),
    [
        ("en", "It needed only 384 A100 cards.", "384 A100 cards", "gpu"),
        ("de", "Es liefen acht A100-Karten.", "acht A100-Karten", "gpu"),
        ("en", "It needed only 384 cards.", "384 cards", "gpu"),
        ("fr", "Il s'est contenté de huit cartes.", "huit cartes", "gpu"),
        ("en", "It hosts 500 model cards.", "500", None),
    ],
)
def test_cards_count_accelerators_unless_another_noun_says_what_they_are(
    lang: str, text: str, found: str, unit: str | None
) -> None:
    quantity = only(text, lang)
    assert (quantity.text, quantity.unit) == (found, unit)


@pytest.mark.parametrize(
    ("lang", "text", "found", "unit"),
    [
        ("en", "It has 17 billion active parameters.", "17 billion active parameters", "parameter"),
        ("de", "Es hat 16 spezialisierte Experten.", "16 spezialisierte Experten", "expert"),
        ("en", "It saw 220 billion training tokens.", "220 billion training tokens", "token"),
        ("en", "It ran on 768 AWS Trainium accelerators.", "768 AWS Trainium accelerators", "gpu"),
        ("en", "It ran on 512 Ascend 910 processors.", "512 Ascend 910 processors", "gpu"),
        ("en", "It ran on 384 AMD Instinct MI250 GPUs.", "384 AMD Instinct MI250 GPUs", "gpu"),
        (
            "de",
            "auf acht Billionen sorgfältig ausgewählten Token",
            "acht Billionen sorgfältig ausgewählten Token",
            "token",
        ),
        ("fr", "L'entraînement a duré environ 150 heures.", "150 heures", "hour"),
        ("en", "It costs R$5 per million input tokens.", "R$5", "BRL"),
        ("fr", "Il coûte 5 reais par million de jetons.", "5 reais", "BRL"),
        ("en", "It used eight Intel Gaudi2 chips.", "eight Intel Gaudi2 chips", "gpu"),
        ("en", "It used 8 RTX 2080 Ti cards.", "8 RTX 2080 Ti cards", "gpu"),
        ("en", "It has 17 billion new parameters.", "17 billion", None),
        ("en", "It used 4,096 of those GH200 chips.", "4,096 of those GH200 chips", "gpu"),
        ("en", "It used 10,000 Nvidia GH200 superchips.", "10,000 Nvidia GH200 superchips", "gpu"),
        ("de", "Das Team nennt 2.048 dieser Chips.", "2.048 dieser Chips", "gpu"),
        ("fr", "Il a mobilisé 4 096 de ces puces.", "4 096 de ces puces", "gpu"),
        ("en", "It read 4,096 of those files.", "4,096", None),
        ("en", "It needed 128 of the same cards.", "128 of the same cards", "gpu"),
        ("fr", "Il en a fallu 128 des mêmes cartes.", "128 des mêmes cartes", "gpu"),
        ("de", "Es brauchte 128 derselben Chips.", "128 derselben Chips", "gpu"),
    ],
)
def test_a_known_qualifier_may_stand_between_a_count_and_its_noun(
    lang: str, text: str, found: str, unit: str | None
) -> None:
    quantity = only(text, lang)
    assert (quantity.text, quantity.unit) == (found, unit)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "with eight\nbillion parameters", 8e9),
        ("de", "mit acht\nMilliarden Parametern", 8e9),
        ("fr", "avec huit\nmilliards de paramètres", 8e9),
    ],
)
def test_number_words_wrapped_onto_the_next_line_are_one_number(
    lang: str, text: str, value: float
) -> None:
    [quantity] = find_quantities(text, lang)
    assert (quantity.value, quantity.unit) == (value, "parameter")


def test_units_and_tens_apart_are_two_numbers_sharing_a_scale() -> None:
    found = find_quantities("sept et vingt milliards de paramètres", "fr")
    assert [(q.text, q.value) for q in found] == [
        ("sept", 7e9),
        ("vingt milliards de paramètres", 20e9),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("de", "am 11. beziehungsweise 26. Oktober 2023", ("11.", "2023-10-11")),
        ("fr", "le 11 et le 26 octobre 2023", ("11", "2023-10-11")),
        ("en", "on 11 and 26 October 2023", ("11", "2023-10-11")),
    ],
)
def test_a_day_listed_before_a_date_is_a_date_in_its_month(
    lang: str, text: str, first: tuple[str, str]
) -> None:
    day, date = find_quantities(text, lang)
    assert (day.text, day.value) == first
    assert date.value == "2023-10-26"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Released 07/03/2024.", "2024-07-03"),
        ("Dates are written day/month/year. Released 07/03/2024.", "2024-03-07"),
        ("All dates DD/MM/YYYY.\n\nReleased 30/07/2024.", "2024-07-30"),
        ("Dates are written day/month/year. Released 2024.03.07.", "2024-03-07"),
        ("## 2023.10.20 — Wren-7B", "2023-10-20"),
        ("Released 2023/10/20.", "2023-10-20"),
    ],
)
def test_a_text_that_says_it_writes_the_day_first_is_read_so(text: str, iso: str) -> None:
    dates = [q.value for q in find_quantities(text, "en") if q.unit == "date"]
    assert dates == [iso]


def test_euro_cents_are_hundredths_of_a_euro_not_euros() -> None:
    found = find_quantities("15 euro cents per million input tokens", "en")
    assert [(q.text, q.value, q.unit) for q in found] == [("15 euro cents", 15.0, "euro_cent")]
    assert hundredth_currency("en", "euro_cent") == "EUR"


def test_a_number_before_a_date_after_a_comma_is_no_day() -> None:
    found = find_quantities("version 3, 26 October 2023", "en")
    assert [q.value for q in found] == [3.0, "2023-10-26"]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "a checkpoint every few billion tokens", []),
        ("fr", "un point de contrôle par milliard de jetons", []),
        ("en", "a billion tokens", [1e9]),
        ("fr", "jusqu'à un\nmillion de jetons", [1e6]),
        ("de", "eine Milliarde Token", [1e9]),
    ],
)
def test_a_scale_word_without_a_count_is_no_number(
    lang: str, text: str, values: list[float]
) -> None:
    assert [q.value for q in find_quantities(text, lang)] == values


def test_a_space_groups_no_digits_that_a_size_suffix_ends() -> None:
    found = find_quantities("Tülu 3 405B hat 405 Mrd. Parameter", "de")
    assert [q.text for q in found] == ["3", "405B", "405 Mrd. Parameter"]
    assert [q.value for q in find_quantities("15 000 jetons", "fr")] == [15000.0]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("fr", "Il a été affiné en 22 heures sur huit GPU.", ["22 heures", "huit GPU"]),
        ("fr", "L'entraînement a duré 5 heures.", ["5 heures"]),
        ("fr", "Le modèle sort à 14 heures.", []),
        ("fr", "Publié mardi, 22 heures 30, le modèle lit 8 000 jetons.", ["8 000 jetons"]),
        ("fr", "La mise en ligne a eu lieu à 9 h.", []),
        ("de", "Die Vorstellung beginnt um 8 Uhr.", []),
    ],
)
def test_hours_after_a_clock_word_tell_the_time_and_otherwise_last(
    lang: str, text: str, found: list[str]
) -> None:
    assert [q.text for q in find_quantities(text, lang) if q.unit] == found


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("pendant une dizaine de jours", 10, "day"),
        ("sur une vingtaine de GPU", 20, "gpu"),
        ("une centaine de chercheurs", 100, None),
    ],
)
def test_french_counts_in_aine_are_numbers(text: str, value: float, unit: str | None) -> None:
    [quantity] = find_quantities(text, "fr")
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    ["Sie nutzt zwei geteilte Experten.", "Es läuft auf einer einzelnen GPU.", "3,3 Mrd. je Token"],
)
def test_words_between_a_count_without_scale_and_its_noun_keep_it_a_number(text: str) -> None:
    assert all(q.unit is None for q in find_quantities(text, "de"))


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"months": {"Brumaire": 13}}, "month numbers must be 1..12"),
        ({"day_words": {"thirty-second": 32}}, "days must be 1..31"),
    ],
)
def test_calendar_tables_hold_only_real_months_and_days(
    table: dict[str, dict[str, int]], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        NumberTable.model_validate(table)

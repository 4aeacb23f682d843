"""The number layer: quantities (numbers, money, percentages, counts, dates) found in a text.

``find_quantities(text, lang)`` reads digits with the language's separators, scale words and
suffixes ("Milliarden", "Mrd.", "bn", "K"), numbers in words, units and counted nouns,
currencies, ranges and dates. ``find_ordinals(text, lang)`` reads ranks and positions ("13th",
"la 13e place", "dem dritten Platz") as numbers; ``find_quantities`` leaves them out. What it
knows of each language is data in ``checker/lang/<code>/numbers.toml``.
"""

from checker.numbers.finder import find_quantities
from checker.numbers.grammar import decimal_mark, hundredth_currency
from checker.numbers.ordinals import find_ordinals

__all__ = ["decimal_mark", "find_ordinals", "find_quantities", "hundredth_currency"]

"""Extract step: from a document's prose to claims (entity, attribute, value, qualifier).

The number layer finds the quantities; this step decides, for each, what it is a figure of
(the attribute, from the unit and the words around it), how it is hedged (the qualifier) and
whom it is about (the entity: a name in the sentence, or the entity the paragraph or section is
about when the sentence says "it", "das Modell", "ce modèle" or nothing at all).

Entity names are recognised by their shape, never from a list: a word joined to a number
("GPT-4o", "Phi-3.5-mini"), a capitalised word followed by a version ("Llama 3.1"), a
capitalised word where the language does not capitalise common nouns, or one that the text
introduces as a name ("namens X", "Modelle wie X", "X (8 Milliarden Parameter)").
"""

from __future__ import annotations

import math
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources
from itertools import pairwise
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.lang import load_table
from checker.lang.wordlist import alternation
from checker.models import (
    Claim,
    Document,
    DocumentClaims,
    Mention,
    Qualifier,
    Quantity,
    QuantityKind,
    SourceLocation,
)
from checker.numbers import decimal_mark, find_ordinals, find_quantities, hundredth_currency

# How many times larger or smaller a neighbour's count may be and still lend its unit.
NEIGHBOUR_MAGNITUDE = 100_000
# Characters at most between a keyword and the figure it qualifies directly.
ADJACENT_KEYWORD = 25
# Words at most between a maker and the name it releases ("X on Wednesday released Y").
MAKER_GAP = 4
# More tokens than any context holds, fewer than any model is trained on: a count of tokens
# below it, with no word of training, is a context length.
CONTEXT_TOKENS_LIMIT = 1e8
# Fewer tokens than any model is trained on: such a count is a context length, whatever
# training word stands near it ("trained on 18 trillion tokens and reads up to 128K").
TRAINING_TOKENS_FLOOR = 1e6
# Fewer GPUs than this, with no word of training, are the hardware a model runs on.
INFERENCE_GPUS = 100
# Attributes of the organisation behind a model rather than of the model.
ORGANISATION_ATTRIBUTES = frozenset({"funding", "investment"})
DURATION_UNITS = frozenset(
    {"day", "week", "fortnight", "month", "year", "hour", "minute", "second"}
)
# How long a training run lasts; seconds and minutes time a request.
RUN_UNITS = frozenset({"day", "week", "fortnight", "month", "hour"})
COUNT_UNITS = frozenset({"parameter", "token", "gpu", "expert"})
# What a bare figure in the billions can count: "17 Mrd." beside "128 Experten" is not experts.
SCALED_UNITS = frozenset({"parameter", "token"})
UNIT_ATTRIBUTE = {
    "parameter": "parameters",
    "token": "training_tokens",
    "gpu": "training_gpus",
    "expert": "experts",
}
# A bare figure this large, with a scale word, is a count of the thing the sentence counts.
SCALED_COUNT_FLOOR = 1e6
# How far around a figure its attribute keywords are looked for (characters).
KEYWORD_WINDOW = 90
# How close a keyword that qualifies one figure must stand ("12 billion active").
ADJACENT = 28
# Mentions that make a name what a whole document is about, when no other comes close.
DOMINANT_MENTIONS = 4
# Mid-sentence uses after which a capitalised word counts as a name of the document.
REPEATED_NAME = 2
# Words between a name and a figure before the name stops being the likely subject.
MAX_GAP_WORDS = 14
# A note without figures in parentheses at the end of a table cell: "Mistral 7B (Basis)".
# A short form in capitals introduced in parentheses: "(BSC)".
SHORT_FORM = re.compile(r"\(([A-Z][A-Z0-9]*)\)")
# A word shaped like a name rather than a capitalised noun: "MGSM", "HumanEval", "GSM8K".
NAME_SHAPED = re.compile(r"[A-Z][\w-]*(?:[A-Z]|\d)[\w-]*")
# "| Mistral 7B (Basis) |", "| X (formerly Y-7B) |": a note after a name in a cell.
CELL_NOTE = re.compile(r"\s*\((?:[^()\d]*|[^\W\d_A-ZÀ-Ý][^()]*)\)\s*$")
# A note's call: "²", "[^1]".
SUPERSCRIPT_DIGITS = "[¹²³⁴-⁹⁰]+"
NOTE_CALL = re.compile(rf"{SUPERSCRIPT_DIGITS}|\[\^\w+\]")
MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]*\)")
# A bare count and, in parentheses, how it is made up: "64 (8 nœuds × 8 A100)".
CELL_NOTE_AFTER_FIGURE = re.compile(r"^(\d[^()]*?)\s*(\([^()]*\d[^()]*\))\s*$")
CELL_BREAKDOWN = re.compile(r"^(\d[\d.,\s ]*?)\s*\([^()]*\d[^()]*\)\s*$")
# Characters before a name that may hold the words for building on it: "setzt auf dem frei
# verfügbaren ".
BASE_REACH = 48
# How far after a base's name a word for "for this" stands: "X wurde dafür ...".
PURPOSE_REACH = 16
# A lower-case word and the space before it, repeated as a group: " dem frei verfügbaren".
LOWER_CASE_WORDS = r"(?:\s+(?-i:[^\W\d_A-ZÀ-ÖØ-Þ][\w'’-]*))"
# A word of a title, hyphens and dots inside it: "Dragoman", "Llama-3.1".
TITLE_WORD = re.compile(r"[^\W_](?:[\w.-]*[^\W_])?")
# A lower-case word after a noun, where adjectives follow their nouns: "groupe émirati".
FOLLOWING_ADJECTIVE = r"(?:[ \t]+(?-i:[^\W\d_A-Z]+))?"
# What separates a source from its byline in an italic line: "Projektblog · veröffentlicht".
BYLINE_SEPARATOR = re.compile(r"[,·|]|\s[–—]\s")
# A figure with at most one word after it in its clause: "dix milliards,", "7,24 milliards
# chacun,".
BARE_FIGURE_END = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]*)?(?:[,.;:)]|\n[ \t]*\n|\Z)")
# A figure whose clause ends right after it: "finished in roughly 16."
ELLIPSIS_END = re.compile(r"\s*(?:[.;!?)]|,\s|$)")
# Where a sentence may start inside a short text before a name: after its end or a paragraph.
SENTENCE_BREAK_IN_LEAD = re.compile(r"[.!?:]\s+|\n\s*\n")
# The last word of a name, a verb and a space right before a position: "v3.1 is ".
COPULA_AFTER_NAME = re.compile(r"(?<!\S)([\w.+-]*\d[\w.+-]*|[\w+-]+)[ \t]+([^\W\d_]+)[ \t]+$")
# The word right before a position: "sur " of "son grand frère sur ".
LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")
# Where what comes before a name stops belonging to its clause.
CLAUSE_END = re.compile(r"[.!?;:]\s|\n\s*\n")
# Where a clause stops after a word: a comma too ("Phi-2 weiter vortrainiert, und zwar mit").
CLAUSE_STOP = re.compile(r"[,.!?;:]\s|\n\s*\n")
# The next word and the space after it: " de " in "175 milliards de GPT-3".
WORD_AND_SPACE = re.compile(r"\s*\S+\s+")
# A lower-case word right after a bare number, which says what it counts: "137 couches".
NOUN_AFTER = re.compile(r"[ \t]+[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]+")
# A full stop and a space: a part opened by "davon" ends before the next sentence.
SENTENCE_BREAK = re.compile(r"[.!?]\s")
# Attributes a part of a figure before them may state: active parameters, a run's GPUs.
PART_ATTRIBUTES = frozenset({"active_parameters", "training_gpus"})
# How near the parts listed after a figure must add up to it to be read as its parts.
SUM_TOLERANCE = 0.01
# Characters from "of which", "von denen" to the part they open: "von denen 37 Mrd. aktiv".
PART_AFTER_OPENING = 60
# Words between two lists of released models: "sowie die Dialogversionen".
LISTED_GAP_WORDS = 3
# Words with a French elision split off: "L'entreprise" is "L'" and "entreprise".
ELIDED_WORDS = re.compile(r"[^\W\d_]+['’]|[^\W\d_][\w-]*")
# The word right after a figure and the space after it: "2.2 billion are active".
COPULA_AFTER = re.compile(r"\s+([^\W\d_]+)\s+")
# The two words after a figure: "2B dense model".
NEXT_WORDS = re.compile(r"(?:[ \t]+[^\W\d_][\w-]*){1,2}")
# The end of a name and the article of the phrase in apposition to it: "X, a ", "X, un ".
APPOSED_NAME_END = re.compile(r"\w,\s+(?:\w+\s+)?$")
# Characters from a count of machines to the count of accelerators in each: "16 nodes with ".
MACHINE_TO_COUNT = 32
# "Focused Transformer, kurz FoT": words at most between a name and the short name after it.
ALIAS_GAP = 2
# "huit A100 pendant trois jours": how far after a count of accelerators its run's span starts.
SPAN_AFTER_COUNT = 30
# A bare figure below this may count the span of time before it ("30 hours ...; roughly 16").
ELLIPTICAL_SPAN = 1000
# "Allen Institute for AI (Ai2)": the words before an abbreviation that may hold the noun.
ORGANISATION_NAME_WORDS = 6
# "What about Llama 2?" asks about the model it names; a question that names one only after
# more words than these sets it against the subject.
QUESTION_LEAD_WORDS = 3
# A name after a figure is its subject only close behind it ("Mit 4,2 Mrd. Parametern schlägt X").
FOLLOWING_GAP = 3
# "Grok, das mehr als 100.000 GPUs nutzte": a relative clause attaches a close figure to a name.
ATTACH_GAP = 5
FOLLOWING_GAP_MODEL = 6


# --------------------------------------------------------------------------- language data


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SentenceWords(_Strict):
    abbreviations: list[str] = Field(default_factory=list)
    # Whether a full stop after a number of one or two digits marks an ordinal or a day ("am
    # 2. Februar", "der 3. Platz") and ends no sentence; elsewhere "Llama 2. Avec" ends one.
    ordinal_full_stops: bool = False


class QualifierWords(_Strict):
    approx: list[str] = Field(default_factory=list)
    up_to: list[str] = Field(default_factory=list)
    at_least: list[str] = Field(default_factory=list)
    approx_after: list[str] = Field(default_factory=list)
    # Scale words that say "about so many" themselves: "une dizaine de jours".
    approx_scales: list[str] = Field(default_factory=list)
    at_least_after: list[str] = Field(default_factory=list)
    up_to_after: list[str] = Field(default_factory=list)
    not_after: list[str] = Field(default_factory=list)
    not_before_units: dict[str, list[str]] = Field(default_factory=dict)


class AttributeWords(_Strict):
    active_parameters: list[str] = Field(default_factory=list)
    context_length: list[str] = Field(default_factory=list)
    training: list[str] = Field(default_factory=list)
    investment: list[str] = Field(default_factory=list)
    funding: list[str] = Field(default_factory=list)
    price: list[str] = Field(default_factory=list)
    # "Dafür setzte X 64 GPUs ein", "For this, ...": an opening that refers to what the
    # sentence before told, such as a training run.
    purpose_back_reference: list[str] = Field(default_factory=list)
    # "released alongside it", "am selben Tag", "le même jour": a release on the date given
    # last.
    same_day: list[str] = Field(default_factory=list)
    # "We released two models that day": a release on the date the paragraph gave last.
    that_day: list[str] = Field(default_factory=list)
    # "today publishes A and B" under a byline: a release on the text's own date.
    today: list[str] = Field(default_factory=list)
    subscription: list[str] = Field(default_factory=list)
    # Right after an amount only: "$20 a month" (not "a year old and raised $5.8 million").
    subscription_after: list[str] = Field(default_factory=list)
    # Right after an amount: what it bought was compute ("150 000 dollars de calcul").
    compute_after: list[str] = Field(default_factory=list)
    retraction: list[str] = Field(default_factory=list)
    # An answer's first words that deny what the question put forward: "No,", "Nein,".
    denial: list[str] = Field(default_factory=list)
    # "2,1 Milliarden, nicht Billionen": what denies the scale word after it.
    scale_negations: list[str] = Field(default_factory=list)
    # "Oui, de Llama 3.1 8B, ...": an answer's first word that only agrees.
    agreement: list[str] = Field(default_factory=list)
    # "A site reported that we had rented 32 GPUs. We never did.": a short sentence after a
    # figure that says it is untrue.
    denied_after: list[str] = Field(default_factory=list)
    # "... 0,09 US-Dollar vermerkt. Richtig sind 19 Cent.": a sentence that opens by giving
    # the right figure in place of the one before.
    corrected_after: list[str] = Field(default_factory=list)
    # "was renamed within the hour", "umbenannt": the name before is no longer the model's.
    renaming: list[str] = Field(default_factory=list)
    # "Davon erbt er": a word for what is inherited from, before the verb and its subject.
    inherited_from_pronouns: list[str] = Field(default_factory=list)
    # "About Groq", "Über Argilla": the heading of a press release's note on its maker.
    about_sections: list[str] = Field(default_factory=list)
    # "plans", "vise", "plant": a sentence about a model still to come.
    plans: list[str] = Field(default_factory=list)
    # "a checkpoint after 600B tokens": a model part-way through its training.
    checkpoint: list[str] = Field(default_factory=list)
    respectively: list[str] = Field(default_factory=list)
    valuation: list[str] = Field(default_factory=list)
    release: list[str] = Field(default_factory=list)
    # "### Added" in a change log: a section heading under a dated entry that releases.
    release_sections: list[str] = Field(default_factory=list)
    # "## Planned": a section heading over what is still to come.
    future_sections: list[str] = Field(default_factory=list)
    # "12 billion further tokens": tokens added to what a model had seen.
    added: list[str] = Field(default_factory=list)
    # "modest compared with the 128,000-token windows common elsewhere": what sets a figure
    # against another.
    comparison: list[str] = Field(default_factory=list)
    # Release words that say a model came after another: "folgte", "followed".
    succession: list[str] = Field(default_factory=list)
    # "founded in April 2023": a company's date, no model's.
    founding: list[str] = Field(default_factory=list)
    # "does not hold 56 billion": a figure denied; not "does not exceed 56 billion".
    negation: list[str] = Field(default_factory=list)
    exceeding: list[str] = Field(default_factory=list)
    # "both models keep the 128K tokens of Llama 3.1": the subject has the figure of the model
    # after it, too.
    inheritance: list[str] = Field(default_factory=list)
    rank_before: list[str] = Field(default_factory=list)
    # "adapter rank 8": what a rank right after it is a setting of, besides a method's name.
    setting_nouns: list[str] = Field(default_factory=list)
    rank_after: list[str] = Field(default_factory=list)
    rank_verbs: list[str] = Field(default_factory=list)
    # "arrive en tête", "führt das Feld an", "tops the leaderboard": first place, no ordinal.
    first_place: list[str] = Field(default_factory=list)
    # "the runner-up", "Zweitplatzierter": another place, said without an ordinal.
    named_places: dict[str, int] = Field(default_factory=dict)
    # "first on the Open ITA LLM leaderboard": what ranks, a few words after an ordinal.
    ranking_nouns: list[str] = Field(default_factory=list)
    per_item_before: list[str] = Field(default_factory=list)
    # "set in multiples of 512 tokens", "par tranches de 512 jetons": a step, no amount.
    step_before: list[str] = Field(default_factory=list)
    per_item_after: list[str] = Field(default_factory=list)
    # "112 Servern mit je acht GPUs": right before a count, a size per item whatever it counts.
    distributive_before: list[str] = Field(default_factory=list)
    # "three billion more than GPT-3's": a difference between two figures, not a figure.
    difference_after: list[str] = Field(default_factory=list)
    # "two years earlier", "drei Tage nach dem Start": how far apart two events are, no run.
    time_distance_after: list[str] = Field(default_factory=list)
    # "Sailor2 ... should go up to 20 billion parameters", "die ... 3,2 Bio. Token trainiert
    # werden soll": a figure still to come, in the figure's clause before or after it.
    future_before: list[str] = Field(default_factory=list)
    future_after: list[str] = Field(default_factory=list)
    # "no 13-billion-parameter model", "builds on a 7-billion-parameter base": a size class
    # after these, unless a copula ("is a ...") or a comma ("X, a ...") makes it a model's.
    class_articles: list[str] = Field(default_factory=list)
    # "no part of it is a 7-billion-parameter model": a clause opened by these denies what
    # its copula says.
    negative_determiners: list[str] = Field(default_factory=list)
    copulas: list[str] = Field(default_factory=list)
    per_item_subjects: list[str] = Field(default_factory=list)
    # "The 8B trained on four nodes. Each node holds eight H100s.": a sentence opened by these
    # counts the accelerators in each of the machines a run was just said to use.
    per_machine_subjects: list[str] = Field(default_factory=list)
    subset_before: list[str] = Field(default_factory=list)
    subset_after: list[str] = Field(default_factory=list)
    share_connectors: list[str] = Field(default_factory=list)
    # "Of the 2 trillion tokens, ...": a sentence opening with a whole goes on with its parts.
    whole_openers: list[str] = Field(default_factory=list)
    # "40B total, 3.7B active", "insgesamt": the figure before is the whole, never the active part.
    total_after: list[str] = Field(default_factory=list)
    # Names and adjectives of languages: a count of tokens in one is a share of the data.
    languages: list[str] = Field(default_factory=list)
    multipliers: list[str] = Field(default_factory=list)
    changes: list[str] = Field(default_factory=list)
    size_suffixes: list[str] = Field(default_factory=list)
    # A short section title's word and what a bare figure with a scale word under it counts:
    # "## La taille" over "- **X** : dix milliards" (parameters).
    section_units: dict[str, Literal["parameter", "token"]] = Field(default_factory=dict)
    contrasts: list[str] = Field(default_factory=list)
    # "## A ou B ?", "## A vs. B": a heading that sets two models against each other.
    duel_joiners: list[str] = Field(default_factory=list)
    # "7,24 milliards de paramètres chacun", "8 192 jetons de part et d'autre": of both.
    both_sides: list[str] = Field(default_factory=list)
    vocabulary: list[str] = Field(default_factory=list)
    output: list[str] = Field(default_factory=list)
    # "4-bit versions of X published": what is released is made from X, not X.
    artifacts_of: list[str] = Field(default_factory=list)
    # "Fine-tuning used sequences of 512 tokens": a tuning run's sequences, no context window.
    tuning: list[str] = Field(default_factory=list)
    tuning_sequences: list[str] = Field(default_factory=list)
    # "The collection holds 200 billion tokens; only part of it was used": a dataset's size.
    partly_used: list[str] = Field(default_factory=list)
    # What a model reads: "per million input tokens" prices its use.
    input: list[str] = Field(default_factory=list)
    deal: list[str] = Field(default_factory=list)
    per_token: list[str] = Field(default_factory=list)
    whole_words: list[str] = Field(default_factory=list)
    inference: list[str] = Field(default_factory=list)
    vague: list[str] = Field(default_factory=list)
    compound_unit: list[str] = Field(default_factory=list)
    # After a duration, these make it machine time: "47 000 heures de GPU", "hours of GPU time".
    machine_time: list[str] = Field(default_factory=list)
    # "2,200 tokens per second": a rate, no count.
    rate: list[str] = Field(default_factory=list)


class EntityWords(_Strict):
    coordinators: list[str] = Field(default_factory=list)
    # Words that open a new clause after a comma: "..., while X ...".
    clause_openers: list[str] = Field(default_factory=list)
    verb_second: bool = False
    capitalises_nouns: bool = False
    articles: list[str] = Field(default_factory=list)
    maker_prepositions: list[str] = Field(default_factory=list)
    owner_prepositions: list[str] = Field(default_factory=list)
    # A preposition opening a sentence to name what all of it serves: "Für Aguila-7B hat
    # das BSC Falcon-7B weitertrainiert" is about Aguila-7B, not the base it names.
    topic_prepositions: list[str] = Field(default_factory=list)
    # The agent's preposition after a participle: "the 2 trillion tokens seen by Llama 2".
    agent_prepositions: list[str] = Field(default_factory=list)
    # Before a name, words that set it up as an example the sentence is like: "Wie schon bei
    # der LeoLM-Reihe wurde ... weitertrainiert": the name owns no figure of another clause.
    likeness_leads: list[str] = Field(default_factory=list)
    # The same, only where they open the sentence: "Like Llama 2, both models read up to 4K
    # tokens"; not "4 096 jetons, comme Llama 2, qui avait ...".
    opening_likeness_leads: list[str] = Field(default_factory=list)
    # Between two names, words that span the models from one to the other: "from Mamba-130M
    # up to Mamba-2.8B"; a release date covers both ends.
    name_range_links: list[str] = Field(default_factory=list)
    # A relative pronoun and a verb in the singular after the last of several names: the
    # clause is about that one ("A and B, which holds 1.01 billion").
    singular_relatives: list[str] = Field(default_factory=list)
    # After a figure, words that give it to the name after them too: "15.5 billion
    # parameters, exactly as many as StarCoderPlus", "8,192 tokens, like StarCoderPlus's".
    shared_with: list[str] = Field(default_factory=list)
    # "the 4,096 tokens that EXAONE 3.0 could handle": a relative clause whose subject owns
    # the figure.
    object_relatives: list[str] = Field(default_factory=list)
    relatives: list[str] = Field(default_factory=list)
    unnamed_variants: list[str] = Field(default_factory=list)
    unnamed_owners: list[str] = Field(default_factory=list)
    # Parts of a model whose size is not the model's: "a vision encoder of 400 million".
    components: list[str] = Field(default_factory=list)
    # "a", "ein", "un": before a noun for a model, a model not named yet.
    indefinite_articles: list[str] = Field(default_factory=list)
    prepositions: list[str] = Field(default_factory=list)
    attachers: list[str] = Field(default_factory=list)
    anaphora: list[str] = Field(default_factory=list)
    # Phrases whose pronoun refers to nothing: "brachte es auf 13 Milliarden", "il y a".
    expletives: list[str] = Field(default_factory=list)
    # Possessives that refer back only where they open a sentence ("Sa particularité"): inside
    # one they are the name's before them ("DBRX et ses 132 milliards").
    opening_anaphora: list[str] = Field(default_factory=list)
    # "Der Vorgänger X, ..., brachte es auf ...": articles of a sentence's subject, which the
    # name after a word of comparison is then.
    subject_articles: list[str] = Field(default_factory=list)
    plural_anaphora: dict[str, int] = Field(default_factory=dict)
    size_anaphora: dict[str, Literal["largest", "smallest"]] = Field(default_factory=dict)
    # "the smaller reads 8K, the larger up to 128K": a comparative without its noun, which
    # refers back only right before a figure.
    elliptical_size_anaphora: dict[str, Literal["largest", "smallest"]] = Field(
        default_factory=dict
    )
    family_anaphora: list[str] = Field(default_factory=list)
    # Nouns that make the name beside them a family's: "of the Hermes 2 line", "la famille
    # Llama", "die Familie Qwen".
    family_nouns: list[str] = Field(default_factory=list)
    # "die SOLAR-Variante", "cette version Mistral": a model named by what it was built on.
    variant_nouns: list[str] = Field(default_factory=list)
    # "das Basismodell", "the base model": of a base model and its tuned sibling, the base.
    base_anaphora: list[str] = Field(default_factory=list)
    # "das offene Modell", "the open model": of the models just named, the one whose weights
    # the text says are open (one of the openness words stands right after its name).
    open_anaphora: list[str] = Field(default_factory=list)
    openness_words: list[str] = Field(default_factory=list)
    # "le modèle d'origine", "the original model": the model the text last said another was
    # built from.
    source_anaphora: list[str] = Field(default_factory=list)
    # "both bases", "beide Basismodelle": every model the paragraph said others were built from.
    plural_source_anaphora: list[str] = Field(default_factory=list)
    # "our model", "unser Modell": the writers' own model, the one the document is about.
    own_anaphora: list[str] = Field(default_factory=list)
    # "the former", "the latter", "Letzterer": which of the models named last (1 the first,
    # 2 the second, -1 the last); "le premier," and "der erste," only before punctuation,
    # since elsewhere they are adjectives ("le premier modèle").
    ordinal_anaphora: dict[str, int] = Field(default_factory=dict)
    # "Cette dernière étape": nouns after which such a word describes, and refers to nothing.
    ordinal_described_nouns: list[str] = Field(default_factory=list)
    ordinal_anaphora_before_punctuation: dict[str, int] = Field(default_factory=dict)
    # "The first extends Mistral 7B ...; the second starts from BLOOM": an ordinal before a
    # verb, told by one of ``verb_endings`` ("extends", "has").
    ordinal_anaphora_before_verbs: dict[str, int] = Field(default_factory=dict)
    verb_endings: list[str] = Field(default_factory=list)
    organisation_anaphora: list[str] = Field(default_factory=list)
    # "der Entwickler, der sich Sao10K nennt", "qui signe X": a maker's handle follows.
    handle_leads: list[str] = Field(default_factory=list)
    # "after pretraining it", "nachdem sie es trainiert hatte": a step before the one told.
    earlier_steps: list[str] = Field(default_factory=list)
    # "| ditto |", "| idem |", "| 〃 |": a table cell that repeats the one above it.
    ditto_marks: list[str] = Field(default_factory=list)
    # Heads of compound nouns for organisations: "Internetkonzern", "Softwareanbieter".
    organisation_compound_endings: list[str] = Field(default_factory=list)
    # Nouns right after a name that make it an organisation's, however shaped like a model's:
    # "Inception, the G42 company"; not "the ChatGPT maker", the maker of what it names.
    organisation_heads: list[str] = Field(default_factory=list)
    # Nouns right before a name that make it an organisation's, however shaped like a model's:
    # "filiale du groupe émirati G42" (an adjective may stand between).
    organisation_titles: list[str] = Field(default_factory=list)
    # "the Focused Transformer (FoT) method": nouns after a name that make it a method's, whose
    # figures are no model's wherever the document names it.
    method_nouns: list[str] = Field(default_factory=list)
    # "Der Kniff heißt Focused Transformer": words that give a method its name.
    naming_verbs: list[str] = Field(default_factory=list)
    # "we", "wir", "nous": in an interview or a press release, the company speaking.
    first_person: list[str] = Field(default_factory=list)
    # "en" in "en a mobilisé 256": a bare figure that counts what was counted before it.
    partitive_pronouns: list[str] = Field(default_factory=list)
    # What names the recipient of an investment: "in" G42, "dans" le groupe, "G42, in den".
    recipient_prepositions: list[str] = Field(default_factory=list)
    recipient_relatives: list[str] = Field(default_factory=list)
    name_introducers: list[str] = Field(default_factory=list)
    apposition_nouns: list[str] = Field(default_factory=list)
    model_nouns: list[str] = Field(default_factory=list)
    # A sheet's label for the name of the model it describes: "- **Modell:** X".
    model_labels: list[str] = Field(default_factory=list)
    # "| Datum | Modell | ... |": a table's column of dates, one per model, dates releases;
    # its cells read as the phrase before each date ("released on 28.8.2023").
    date_labels: list[str] = Field(default_factory=list)
    release_phrase: str = ""
    # "| Cartes | 16 TPU v4 |": how a table's count of accelerators reads as a run's.
    training_phrase: str = ""
    # "a successor aimed at 30 billion parameters": a model to come, in a sentence about plans.
    successor_nouns: list[str] = Field(default_factory=list)
    # "first among 7B base models", "unter den Modellen mit sieben Milliarden Parametern": a
    # figure that says which models are compared, not one model's.
    class_openers: list[str] = Field(default_factory=list)
    # "our previous 7B-class release", "in der 7B-Klasse": a size like a name's before these
    # names a class of models.
    size_class_nouns: list[str] = Field(default_factory=list)
    machine_nouns: list[str] = Field(default_factory=list)
    # Parts of a machine a run is counted in: "32 TSUBAME 4.0 nodes".
    machine_part_nouns: list[str] = Field(default_factory=list)
    # "the Open Ko-LLM leaderboard", "le classement Open LLM": what a model is ranked on.
    benchmark_nouns: list[str] = Field(default_factory=list)
    # "the RedPajama dataset", "le corpus Dolma": what a model is trained on.
    dataset_nouns: list[str] = Field(default_factory=list)
    # "IndicInstruct, about 385,000 Hindi and English examples": a name set off by the count
    # of what it holds is a dataset.
    dataset_items: list[str] = Field(default_factory=list)
    # Words between a machine and the count of its accelerators: "a cluster of", "with".
    machine_connectors: list[str] = Field(default_factory=list)
    # "the machine in Lugano, which holds ...": words that open a clause about a machine.
    machine_relatives: list[str] = Field(default_factory=list)
    # Verbs by which a machine holds its accelerators: "the LUMI supercomputer has 10,000 GPUs".
    machine_verbs: list[str] = Field(default_factory=list)
    # "ran on a single machine with eight cards": one machine is all a run used.
    single_machine: list[str] = Field(default_factory=list)
    # Words right before what a model is trained on: "trained on", "entraîné sur".
    trained_on: list[str] = Field(default_factory=list)
    # Words right before a dataset tokens are drawn from: "1T tokens of RedPajama".
    drawn_from: list[str] = Field(default_factory=list)
    # Words right before the model a subject is built from: "it continued Falcon-7B",
    # "setzt auf Mistral 7B auf", "il reprend LLaMA-65B".
    base_markers: list[str] = Field(default_factory=list)
    # After the base's name, in a language that puts the verb last: "das englische Phi-2
    # weiter vortrainiert".
    base_markers_after: list[str] = Field(default_factory=list)
    # "released A on July 3, together with B": words before a model released with another.
    release_companions: list[str] = Field(default_factory=list)
    # "Doubao-pro (formerly Skylark 2)": words before a model's old name.
    former_name_markers: list[str] = Field(default_factory=list)
    # "AMD hat am 5. März mit Instella-3B ein Modell veröffentlicht": a preposition before
    # what a release verb later in the clause releases.
    release_prepositions: list[str] = Field(default_factory=list)
    attribution: list[str] = Field(default_factory=list)
    # "By Jane Doe, May 3, 2024", "Par Nadia Belkacem, le 9 avril 2024": a byline's opening.
    byline_openers: list[str] = Field(default_factory=list)
    compound_heads: list[str] = Field(default_factory=list)
    # "the 8B one": a word that stands for a model after a size.
    size_pronouns: list[str] = Field(default_factory=list)
    # "NTT bietet sein eigenes Sprachmodell tsuzumi an": a possessive before a model noun and
    # a name makes the subject its maker.
    maker_possessives: list[str] = Field(default_factory=list)
    # Compound heads that make the whole a group of people: "das Xwin-LM-Team" is the maker.
    organisation_compound_heads: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)
    # "Upstage, which raised ...": a word a relative clause describes is a name (not in
    # German, where nouns are capitalised).
    relative_pronouns: list[str] = Field(default_factory=list)
    # Articles and other words a noun comes after ("der", "eine", "seine"): names come without.
    determiners: list[str] = Field(default_factory=list)
    # Endings of capitalised words that are never names: "Finnisch", "Japanese".
    not_name_endings: list[str] = Field(default_factory=list)


class ClaimLexicon(_Strict):
    sentences: SentenceWords = SentenceWords()
    qualifiers: QualifierWords = QualifierWords()
    attributes: AttributeWords = AttributeWords()
    entities: EntityWords = EntityWords()


class NameShapes(_Strict):
    variant_words: list[str]
    tuned_variant_words: list[str]
    untuned_variant_words: list[str]
    letter_variant_words: list[str]
    smaller_variant_words: list[str]
    larger_variant_words: list[str]
    dataset_words: list[str]
    model_words: list[str]
    capitalised_variant_words: list[str]
    org_suffixes: list[str]
    organisation_nouns: list[str]
    domain_endings: list[str]
    legal_forms: list[str]
    generic_terms: list[str]
    hardware_pattern: str
    hardware_words: list[str]
    hardware_type_words: list[str]
    hardware_vendors: list[str]
    licence_words: list[str]
    measure_words: list[str]


def word_pattern(words: Iterable[str], *, anchored_end: bool = False) -> re.Pattern[str] | None:
    """One case-insensitive regex for a word list; ``foo*`` matches words starting with foo."""
    pattern = alternation(words, bounded=True)
    if not pattern:
        return None
    tail = r"\s*$" if anchored_end else ""
    return re.compile("(?:" + pattern + ")" + tail, re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    """A language's claim words, compiled once."""

    code: str
    data: ClaimLexicon
    abbreviations: frozenset[str]
    # Words a noun comes after ("der", "ein", "sein"), case-folded.
    determiners: frozenset[str]
    # "is", "ist", "est", case-folded: after a figure they may join it to what it is.
    copulas: frozenset[str]
    approx_scales: frozenset[str]
    # Articles and determiners, case-folded: "the company", "das Unternehmen", "l'entreprise".
    articles: frozenset[str]
    qualifier_before: tuple[tuple[Qualifier, re.Pattern[str]], ...]
    qualifier_after: tuple[tuple[Qualifier, re.Pattern[str]], ...]
    not_after: re.Pattern[str] | None
    keywords: dict[str, re.Pattern[str] | None]
    rank_before: re.Pattern[str] | None
    setting_noun: re.Pattern[str] | None
    rank_after: re.Pattern[str] | None
    rank_lead: re.Pattern[str] | None
    rank_word: re.Pattern[str] | None
    # Words that say a "#1" ranks: "leaderboard", "place", "rank".
    ranking_context: re.Pattern[str] | None
    first_place: re.Pattern[str] | None
    named_place: re.Pattern[str] | None
    ranking_noun: re.Pattern[str] | None
    named_places: dict[str, int]
    per_item_before: re.Pattern[str] | None
    step_before: re.Pattern[str] | None
    subscription_after: re.Pattern[str] | None
    compute_after: re.Pattern[str] | None
    per_item_after: re.Pattern[str] | None
    distributive_before: re.Pattern[str] | None
    difference_after: re.Pattern[str] | None
    time_distance_after: re.Pattern[str] | None
    future_before: re.Pattern[str] | None
    future_after: re.Pattern[str] | None
    class_article: re.Pattern[str] | None
    negative_opening: re.Pattern[str] | None
    unnamed_model: re.Pattern[str] | None
    # " (formerly ": what stands between a model's name and its old name.
    former_name: re.Pattern[str] | None
    # "together with A.X 4.0 Light": a model released with the one a date is given to.
    release_companion: re.Pattern[str] | None
    # "two reasoning models", "zwei Sprachmodelle": right after a count, models named later.
    counted_models: re.Pattern[str] | None
    successor_of: re.Pattern[str] | None
    per_item_subject: re.Pattern[str] | None
    per_machine_subject: re.Pattern[str] | None
    subset_before: re.Pattern[str] | None
    subset_after: re.Pattern[str] | None
    subset_opening: re.Pattern[str] | None
    share_connector: re.Pattern[str] | None
    whole_opener: re.Pattern[str] | None
    total_after: re.Pattern[str] | None
    language: re.Pattern[str] | None
    listed_after: re.Pattern[str] | None
    multiplier: re.Pattern[str] | None
    change: re.Pattern[str] | None
    contrast: re.Pattern[str] | None
    duel_joiner: re.Pattern[str] | None
    both_sides: re.Pattern[str] | None
    vague: re.Pattern[str] | None
    compound_unit: re.Pattern[str] | None
    machine_time: re.Pattern[str] | None
    rate: re.Pattern[str] | None
    coordinator: re.Pattern[str] | None
    word_coordinator: re.Pattern[str] | None
    maker_preposition: re.Pattern[str] | None
    owner_preposition: re.Pattern[str] | None
    # The sentence's whole text before the name it is for: "Für ", "Pour ".
    topic_lead: re.Pattern[str] | None
    agent_preposition: re.Pattern[str] | None
    shared_with: re.Pattern[str] | None
    # ", which holds", ", qui compte", ", das umfasst": a relative clause on one name only.
    singular_relative: re.Pattern[str] | None
    # "Eine zweite Ausgabe, " right before a name: the name of a side variant the sentence
    # introduces, not a new subject.
    introduced_variant: re.Pattern[str] | None
    name_range_link: re.Pattern[str] | None
    member_link: re.Pattern[str] | None
    likeness_lead: re.Pattern[str] | None
    opening_likeness_lead: re.Pattern[str] | None
    object_relative: re.Pattern[str] | None
    # ", which Meta released", ", que Microsoft a dévoilé": a relative pronoun, then its subject.
    object_relative_pronoun: re.Pattern[str] | None
    relative: re.Pattern[str] | None
    relative_pronoun: re.Pattern[str] | None
    unnamed_variant: re.Pattern[str] | None
    planned_model: re.Pattern[str] | None
    unnamed_owner: re.Pattern[str] | None
    apposition_noun: re.Pattern[str] | None
    size_pronoun: re.Pattern[str] | None
    apposition: re.Pattern[str] | None
    model_apposition: re.Pattern[str] | None
    dataset_noun: re.Pattern[str] | None
    counted_dataset: re.Pattern[str] | None
    # "our own dataset, Open-Platypus", "le corpus Dolma": a name a dataset noun introduces.
    dataset_lead: re.Pattern[str] | None
    class_opener: re.Pattern[str] | None
    size_class_noun: re.Pattern[str] | None
    relative_clause: re.Pattern[str] | None
    described_relative_clause: re.Pattern[str] | None
    model_noun: re.Pattern[str] | None
    model_label: re.Pattern[str] | None
    date_label: re.Pattern[str] | None
    not_a_model_before: re.Pattern[str] | None
    machine_before_figure: re.Pattern[str] | None
    single_machine: re.Pattern[str] | None
    # "ran on MareNostrum 5 with 32 nodes": the words that go on with what a run used of it.
    machine_connector: re.Pattern[str] | None
    machine_noun: re.Pattern[str] | None
    machine_relative: re.Pattern[str] | None
    machine_part_noun: re.Pattern[str] | None
    relative_word: re.Pattern[str] | None
    total_word: re.Pattern[str] | None
    trained_on: re.Pattern[str] | None
    drawn_from: re.Pattern[str] | None
    not_a_model_after: re.Pattern[str] | None
    preposition: re.Pattern[str] | None
    preposition_noun: re.Pattern[str] | None
    base_marker: re.Pattern[str] | None
    base_marker_after: re.Pattern[str] | None
    # An article, and at most one word, right before a name: "das englische Phi-2".
    object_article: re.Pattern[str] | None
    attacher: re.Pattern[str] | None
    anaphora: re.Pattern[str] | None
    expletive: re.Pattern[str] | None
    opening_anaphora: re.Pattern[str] | None
    opening_determiner: re.Pattern[str] | None
    # "Falcon-7B et ses", "X and its": what follows is the name's own, base or not.
    coordinated_possessive: re.Pattern[str] | None
    plural_anaphora: re.Pattern[str] | None
    described_plural: re.Pattern[str] | None
    described_plural_counts: dict[str, int]
    plural_counts: dict[str, int]
    size_anaphora: re.Pattern[str] | None
    elliptical_size_anaphora: re.Pattern[str] | None
    size_extremes: dict[str, int]
    # "The smaller " before a family's name: which of its members.
    sized_lead: re.Pattern[str] | None
    family_anaphora: re.Pattern[str] | None
    family_noun: re.Pattern[str] | None
    family_noun_after: re.Pattern[str] | None
    family_noun_before: re.Pattern[str] | None
    variant_noun_after: re.Pattern[str] | None
    variant_noun_before: re.Pattern[str] | None
    indefinite_article: re.Pattern[str] | None
    open_anaphora: re.Pattern[str] | None
    source_anaphora: re.Pattern[str] | None
    plural_source_anaphora: re.Pattern[str] | None
    own_anaphora: re.Pattern[str] | None
    openness_word: re.Pattern[str] | None
    base_anaphora: re.Pattern[str] | None
    adjacent_base_marker: re.Pattern[str] | None
    # The words a base marker or an article before a name ends with ("auf", "of", "die").
    base_marker_ends: frozenset[str]
    ordinal_anaphora: re.Pattern[str] | None
    ordinal_positions: dict[str, int]
    organisation_anaphora: re.Pattern[str] | None
    organisation_apposition: re.Pattern[str] | None
    apposed_article: re.Pattern[str] | None
    first_person: re.Pattern[str] | None
    partitive: re.Pattern[str] | None
    organisation_lead: re.Pattern[str] | None
    # What stands between a maker and the model it calls its own: " releases its new model ".
    maker_possessive: re.Pattern[str] | None
    organisation_compound_lead: re.Pattern[str] | None
    handle_lead: re.Pattern[str] | None
    about_section: re.Pattern[str] | None
    earlier_step: re.Pattern[str] | None
    ditto: re.Pattern[str] | None
    organisation_head: re.Pattern[str] | None
    organisation_title: re.Pattern[str] | None
    method_after: re.Pattern[str] | None
    method_before: re.Pattern[str] | None
    recipient_preposition: re.Pattern[str] | None
    recipient_relative: re.Pattern[str] | None
    introducer: re.Pattern[str] | None
    attribution: re.Pattern[str] | None
    byline: re.Pattern[str] | None
    scale_negation: re.Pattern[str] | None
    compound_head: re.Pattern[str] | None
    organisation_compound_head: re.Pattern[str] | None
    not_names: frozenset[str]
    clause_opener: re.Pattern[str] | None
    not_name_endings: tuple[str, ...]


@cache
def lexicon(code: str) -> Lexicon:
    data = ClaimLexicon.model_validate(load_table(code, "claims") or load_table("en", "claims"))
    q, a, e = data.qualifiers, data.attributes, data.entities
    articles = "|".join(re.escape(w) for w in sorted(e.articles, key=len, reverse=True))
    article = f"(?:(?:{articles})\\s+)?" if articles else ""

    def before(words: list[str], *, with_article: bool = True) -> re.Pattern[str] | None:
        pattern = word_pattern(words)
        if pattern is None:
            return None
        # Across one line break of wrapped text, not across a blank line into the next block.
        return re.compile(
            f"(?:{pattern.pattern}){ONE_LINE_SPACE}{article if with_article else ''}\\Z", re.I
        )

    def after(words: list[str]) -> re.Pattern[str] | None:
        pattern = word_pattern(words)
        return re.compile(f"^\\s*(?:{pattern.pattern})", re.I) if pattern else None

    def framed(words: list[str], lead: str, tail: str = "") -> re.Pattern[str] | None:
        """The words with what may stand before and after them, matched from a position."""
        pattern = word_pattern(words)
        return re.compile(f"{lead}(?:{pattern.pattern}){tail}", re.I) if pattern else None

    indefinite = word_pattern(e.indefinite_articles)
    # A word for a model with any ending: "Sprachmodells", "models", "modèles".
    model_noun_forms = [f"{noun}*" for noun in e.model_nouns]
    model_noun_form = word_pattern(model_noun_forms)
    # "the two models" without its noun, and how many it counts.
    described_plural_counts = {
        " ".join(phrase.lower().split()[:-1]): count
        for phrase, count in e.plural_anaphora.items()
        if len(phrase.split()) > 1
        and model_noun_form is not None
        and model_noun_form.fullmatch(phrase.split()[-1])
    }

    def after_indefinite(
        nouns: list[str], between: int, tail: str, lead: re.Pattern[str] | None = indefinite
    ) -> re.Pattern[str] | None:
        """An indefinite article (or another ``lead``), up to ``between`` words, one of
        ``nouns``, then ``tail``."""
        noun = word_pattern(nouns)
        if lead is None or noun is None:
            return None
        return re.compile(
            rf"\b(?:{lead.pattern})\s+(?:[\w-]+\s+){{0,{between}}}?(?:{noun.pattern}){tail}",
            re.IGNORECASE,
        )

    def pairs(
        table: Sequence[tuple[Qualifier, list[str]]],
    ) -> tuple[tuple[Qualifier, re.Pattern[str]], ...]:
        # "more than the 4,096 tokens of X" compares with a known figure: no bound on it.
        return tuple(
            (qual, pat)
            for qual, words in table
            if (pat := before(words, with_article=qual is Qualifier.APPROX))
        )

    after_pairs = tuple(
        (qual, pat)
        for qual, words, lead, tail in (
            (Qualifier.APPROX, q.approx_after, r"\s*", ""),
            # "69 billion, give or take": a hedge may follow a comma where it ends the phrase;
            # not "12 mars 2024, environ 7,5 milliards", the next figure's.
            (Qualifier.APPROX, q.approx_after, r"\s*,\s*", r"(?![ \t]*[\w(])"),
            (Qualifier.AT_LEAST, q.at_least_after, r"\s*", ""),
            (Qualifier.UP_TO, q.up_to_after, r"\s*", ""),
        )
        if (pat := framed(words, lead, tail))
    )
    apposition_noun = word_pattern(e.apposition_nouns)
    machine_noun = word_pattern(e.machine_nouns)
    place_noun = word_pattern(
        [*e.machine_nouns, *e.machine_part_nouns, *e.benchmark_nouns, *e.dataset_nouns]
    )
    # "und", "et", "and": the coordinators that are words, not punctuation.
    word_coordinator = word_pattern([w for w in e.coordinators if any(c.isalpha() for c in w)])
    no_coordinator = f"(?!{word_coordinator.pattern})" if word_coordinator is not None else ""
    return Lexicon(
        code=code,
        data=data,
        abbreviations=frozenset(w.lower().rstrip(".") for w in data.sentences.abbreviations),
        determiners=frozenset(w.casefold() for w in e.determiners),
        copulas=frozenset(w.casefold() for w in data.attributes.copulas),
        approx_scales=frozenset(w.casefold() for w in q.approx_scales),
        articles=frozenset(w.casefold() for w in [*e.articles, *e.determiners]),
        # Longer hedges first, so "bis zu" wins over "bis" and "gut über" over "über".
        qualifier_before=pairs(
            (
                (Qualifier.UP_TO, q.up_to),
                (Qualifier.AT_LEAST, q.at_least),
                (Qualifier.APPROX, q.approx),
            )
        ),
        qualifier_after=after_pairs,
        not_after=word_pattern(q.not_after, anchored_end=True),
        keywords={
            name: word_pattern(getattr(a, name))
            for name in (
                "active_parameters",
                "context_length",
                "training",
                "investment",
                "funding",
                "price",
                "purpose_back_reference",
                "same_day",
                "that_day",
                "today",
                "subscription",
                "retraction",
                "denial",
                "agreement",
                "denied_after",
                "corrected_after",
                "renaming",
                "inherited_from_pronouns",
                "plans",
                "checkpoint",
                "respectively",
                "valuation",
                "release",
                "release_sections",
                "future_sections",
                "added",
                "comparison",
                "succession",
                "founding",
                "negation",
                "exceeding",
                "inheritance",
                "vocabulary",
                "output",
                "artifacts_of",
                "tuning",
                "tuning_sequences",
                "partly_used",
                "input",
                "deal",
                "per_token",
                "whole_words",
                "inference",
            )
        },
        rank_before=before(a.rank_before),
        setting_noun=word_pattern(a.setting_nouns),
        rank_after=after(a.rank_after),
        rank_lead=anchored_lead(word_pattern([*a.rank_before, *a.rank_verbs])),
        rank_word=word_pattern([*a.rank_before, *a.rank_verbs, *a.rank_after, *a.ranking_nouns]),
        ranking_context=word_pattern([*a.rank_before, *a.rank_after, *e.benchmark_nouns]),
        first_place=word_pattern(a.first_place),
        named_place=word_pattern(list(a.named_places)),
        ranking_noun=word_pattern(a.ranking_nouns),
        named_places={k.casefold(): v for k, v in a.named_places.items()},
        per_item_before=before(a.per_item_before),
        step_before=before(a.step_before, with_article=False),
        subscription_after=after(a.subscription_after),
        compute_after=after(a.compute_after),
        per_item_after=after(a.per_item_after),
        distributive_before=before(a.distributive_before, with_article=False),
        difference_after=after(a.difference_after),
        time_distance_after=after(a.time_distance_after),
        future_before=word_pattern(a.future_before),
        future_after=word_pattern(a.future_after),
        negative_opening=(
            re.compile(rf"\W*(?:{negative.pattern})\b", re.IGNORECASE)
            if (negative := word_pattern(a.negative_determiners)) is not None
            else None
        ),
        class_article=(
            re.compile(
                rf"(?:(?P<before>[^\W\d_]+|,)\s+)?(?:{articles_.pattern})\s+$", re.IGNORECASE
            )
            if (articles_ := word_pattern(a.class_articles)) is not None
            else None
        ),
        per_item_subject=word_pattern(a.per_item_subjects),
        per_machine_subject=framed(a.per_machine_subjects, r"[\s*_\"'„“«]*", r"\b"),
        # "dont environ 1,5 billion": the words, then at most two more, right before the figure.
        subset_before=anchored_lead(word_pattern(a.subset_before), separators=r"[\s,:]+"),
        subset_after=after(a.subset_after),
        subset_opening=framed(a.subset_before, r"[\s,;:(]*"),
        share_connector=word_pattern(a.share_connectors),
        language=word_pattern(a.languages),
        total_after=framed(a.total_after, r"\s*(?:[^\W\d]+\s+)?"),
        listed_after=(
            re.compile(rf"\s*(?:[^\W\d]+\s*)?(?:{coordinators.pattern})", re.IGNORECASE)
            if (coordinators := word_pattern(e.coordinators)) is not None
            else None
        ),
        whole_opener=framed(a.whole_openers, r"[\s*_>#-]*", r"\s+(?:[^\W\d]+\s+)?"),
        multiplier=word_pattern(a.multipliers),
        change=framed(a.changes, "", r"\s*$"),
        contrast=word_pattern(a.contrasts, anchored_end=True),
        duel_joiner=word_pattern(a.duel_joiners),
        both_sides=word_pattern(a.both_sides),
        vague=word_pattern(a.vague),
        compound_unit=word_pattern(a.compound_unit),
        machine_time=word_pattern(a.machine_time),
        rate=word_pattern(a.rate),
        coordinator=word_pattern(e.coordinators),
        word_coordinator=word_coordinator,
        maker_preposition=word_pattern(e.maker_prepositions),
        owner_preposition=word_pattern(e.owner_prepositions),
        topic_lead=framed(e.topic_prepositions, r"[\s*_#>-]*", r"\s+"),
        agent_preposition=word_pattern(e.agent_prepositions),
        shared_with=framed(e.shared_with, r"\s*,?\s*", r"\s+"),
        singular_relative=framed(e.singular_relatives, r"\s*,\s*", r"\b"),
        introduced_variant=framed(
            e.indefinite_articles, r"(?:^|[\s(])", r"(?:\s+[^\W\d]+){1,3}\s*,\s*$"
        ),
        name_range_link=word_pattern(e.name_range_links, anchored_end=True),
        # "A, B und die Chat-Variante C": a member introduced by what it is.
        member_link=(
            re.compile(
                rf"(?:{word_coordinator.pattern})\s+(?:{determiners.pattern})\s+"
                rf"(?:[\w-]+\s+){{0,2}}[\w-]*?(?:{apposition_noun.pattern})",
                re.IGNORECASE,
            )
            if word_coordinator is not None
            and apposition_noun is not None
            and (determiners := word_pattern(e.articles + e.indefinite_articles)) is not None
            else None
        ),
        # "Wie schon bei der ", "comme pour ", "as with the ": up to an article before the name.
        likeness_lead=(
            re.compile(rf"(?:{likeness.pattern})\s+(?:\w+\s+)?$", re.IGNORECASE)
            if (likeness := word_pattern(e.likeness_leads))
            else None
        ),
        opening_likeness_lead=(
            re.compile(rf"[\s*_\"'„“«]*(?:{likeness.pattern})\s+(?:\w+\s+)?", re.IGNORECASE)
            if (likeness := word_pattern(e.opening_likeness_leads))
            else None
        ),
        object_relative=framed(e.object_relatives, r"\s*(?:[^\W\d]+\s*)?,?\s*", r"\s*"),
        relative_pronoun=word_pattern([*e.object_relatives, *e.relative_pronouns]),
        object_relative_pronoun=(
            re.compile(rf"(?i:{pronouns.pattern})\s*(?=[A-ZÀ-Ý])")
            if (pronouns := word_pattern(e.object_relatives)) is not None
            else None
        ),
        relative=word_pattern(e.relatives, anchored_end=True),
        relative_word=word_pattern(e.relatives),
        unnamed_variant=word_pattern([*e.unnamed_variants, *e.components]),
        # "ein deutlich größeres Modell mit rund", "un modèle plus grand, d'environ": right
        # before the figure.
        # "a successor built on Llama 3.1, with": a version's number may stand in between.
        planned_model=after_indefinite(
            e.model_nouns + e.successor_nouns,
            3,
            r"\w*(?:(?:[\s,]+|(?<=['’]))(?:[^\W\d]+['’]?|\d+(?:\.\d+)+)){0,5}[\s,]*$",
        ),
        # "A drop-in successor to Mistral 7B that reads 128k tokens": what the text is about.
        successor_of=after_indefinite(e.successor_nouns, 2, r"\s+\S+\s+$"),
        # "haben am 23. Dezember 2021 ein Sprachmodell vorgestellt": a model not named yet.
        # "ein Sprachmodell", "die zweite Generation ihres Sprachmodells", "ses modèles".
        unnamed_model=after_indefinite(
            model_noun_forms,
            3,
            "",
            word_pattern([*e.indefinite_articles, *e.maker_possessives]),
        ),
        former_name=framed(e.former_name_markers, r"[\s*_]*\(\s*", r"\s+"),
        release_companion=framed(e.release_companions, "", r"\s+(?:[\w-]+\s+)?$"),
        counted_models=framed(model_noun_forms, r"\s+(?:[\w-]+\s+){0,2}?"),
        # A few words may stand between the figure and them: "7 000 milliards de tokens pour".
        unnamed_owner=framed(e.unnamed_owners, r"[^\w,;.]*(?:\w+[^\w,;.]+){0,3}?"),
        apposition_noun=apposition_noun,
        size_pronoun=word_pattern(e.size_pronouns),
        model_noun=word_pattern(e.model_nouns),
        model_label=word_pattern(e.model_labels),
        date_label=word_pattern(e.date_labels),
        # The noun right before the name ("des Supercomputers MareNostrum 5") or after it.
        # "trained on MareNostrum 5", "gerechnet wurde auf einem TPU-v3-256-Verbund".
        trained_on=framed(e.trained_on, "", rf"(?:\s+(?:{indefinite.pattern}))?\s*$")
        if indefinite is not None
        else word_pattern(e.trained_on, anchored_end=True),
        drawn_from=word_pattern(e.drawn_from, anchored_end=True),
        machine_noun=machine_noun,
        machine_relative=framed(e.machine_relatives, r"[,;]\s*"),
        machine_part_noun=word_pattern(e.machine_part_nouns),
        total_word=word_pattern(a.total_after),
        machine_connector=(
            re.compile(rf"(?:\[\^[^\]\s]+\])?\s*(?:{connectors.pattern})\b", re.IGNORECASE)
            if (connectors := word_pattern(e.machine_connectors)) is not None
            else None
        ),
        # "the cluster with", "der Rechner MareNostrum 5, der über", "the LUMI supercomputer
        # in Finland has more than": a machine's own count.
        # ", a machine with ...": what an apposition after a comma opens with.
        apposed_article=(
            re.compile(rf",\s*(?:{determiners.pattern})\s+$", re.IGNORECASE)
            if (determiners := word_pattern(e.articles + e.indefinite_articles)) is not None
            else None
        ),
        single_machine=word_pattern(e.single_machine, anchored_end=True),
        machine_before_figure=(
            re.compile(
                rf"(?:{machine_noun.pattern})(?:[^.;]{{0,30}}?(?:{connectors.pattern})"
                # "a machine with nearly 14,000 A100 cards": a hedge before the count
                rf"(?:\s+(?:{hedges.pattern}))?"
                rf"|[^.;,]{{0,40}},\s*(?:{relatives.pattern})(?:\s+[^\W\d]+){{0,2}}"
                rf"|[^.;,]{{0,30}}?\s(?:{verbs.pattern})(?:\s+[^\W\d]+){{0,2}})\s*$",
                re.IGNORECASE,
            )
            if machine_noun
            and (hedges := word_pattern(q.approx + q.at_least + q.up_to)) is not None
            and (connectors := word_pattern(e.machine_connectors)) is not None
            and (relatives := word_pattern(e.machine_relatives)) is not None
            and (verbs := word_pattern(e.machine_verbs)) is not None
            else None
        ),
        not_a_model_before=(
            # Not across a blank line: a heading that ends with "supercalculateur" names no
            # machine in the paragraph under it.
            re.compile(rf"(?:{place_noun.pattern})(?=\s)[ \t]*\n?[ \t]*\Z", re.IGNORECASE)
            if place_noun
            else None
        ),
        not_a_model_after=re.compile(rf"[\s-]+(?:{place_noun.pattern})", re.IGNORECASE)
        if place_noun
        else None,
        # "Artic, un modèle de langage ouvert": a name followed by what it names ("X, et le
        # modèle ..." opens a clause instead).
        apposition=(
            re.compile(
                # "LLaMA-33B, dem zweitgrößten LLaMA-Modell": a noun compounded with a name
                rf"\s*,\s*{no_coordinator}(?:[\w-]+['’]?\s+){{0,2}}(?:[^\W_][\w.]*-)?"
                rf"(?:{apposition_noun.pattern})",
                re.IGNORECASE,
            )
            if apposition_noun is not None
            else None
        ),
        dataset_noun=word_pattern(e.dataset_nouns),
        counted_dataset=(
            re.compile(
                # "X, un ensemble d'environ 385 000 exemples", "X, a set of about 385,000"
                rf"\s*,\s*(?:(?:{indefinite.pattern})\s+[^\W\d]+\s+[^\W\d]*['’]?\s*)?"
                rf"(?:(?:{hedges.pattern})\s+)?\d[\d.,\s]*(?:[^\W\d]+\s+){{0,4}}?"
                rf"(?:{items.pattern})",
                re.IGNORECASE,
            )
            if (items := word_pattern(e.dataset_items)) is not None
            and (hedges := word_pattern(q.approx + q.up_to + q.at_least)) is not None
            and indefinite is not None
            else None
        ),
        dataset_lead=(
            re.compile(rf"(?:{nouns.pattern}),?\s+$", re.IGNORECASE)
            if (nouns := word_pattern(e.dataset_nouns)) is not None
            else None
        ),
        class_opener=(
            re.compile(rf"\b(?:{openers.pattern})\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
            if (openers := word_pattern(e.class_openers)) is not None
            else None
        ),
        size_class_noun=framed(e.size_class_nouns, r"[\s-]?"),
        # "Mistral NeMo, an openly licensed language model": an article, then what it names.
        model_apposition=(
            re.compile(
                rf"\s*[,:]\s*(?:{determiners.pattern})\s+(?:[\w-]+['’]?\s+){{0,3}}"
                rf"(?:{apposition_noun.pattern})",
                re.IGNORECASE,
            )
            if apposition_noun is not None
            and (determiners := word_pattern(e.articles + e.indefinite_articles)) is not None
            else None
        ),
        relative_clause=framed(e.relative_pronouns, r"\s*,\s*"),
        # "X, a mixture of experts which activates ... of its ...": a description first.
        described_relative_clause=(
            framed(
                e.relative_pronouns,
                rf"\s*,\s*(?:{indefinite.pattern})\s+(?:[^\W\d_][\w-]*\s+){{0,4}}?",
            )
            if indefinite is not None
            else None
        ),
        preposition=word_pattern(e.prepositions, anchored_end=True),
        preposition_noun=(
            re.compile(rf"(?:{prepositions.pattern})\s+{article}[^\W\d_]+\s+$", re.I)
            if (prepositions := word_pattern(e.prepositions)) is not None
            else None
        ),
        # "setzt auf dem frei verfügbaren Mistral 7B auf": lower-case words may come between.
        base_marker=(
            # "continued from Meta's Llama 2": the base's maker may come first, as an owner.
            re.compile(
                rf"(?:{markers.pattern}){LOWER_CASE_WORDS}{{0,4}}{OWNER_WORD}?{ONE_LINE_SPACE}\Z",
                re.I,
            )
            if (markers := word_pattern(e.base_markers)) is not None
            else None
        ),
        base_marker_after=word_pattern(e.base_markers_after),
        # "baut auf BLOOM-CLP auf": the words right before the name, an article at most.
        adjacent_base_marker=before(e.base_markers),
        base_marker_ends=frozenset(
            phrase.split()[-1].casefold()
            for phrase in [*e.base_markers, *e.articles]
            if phrase.split()
        ),
        object_article=(
            re.compile(rf"\b(?:{articles})\s+(?:[^\W\d]+\s+)?$", re.IGNORECASE)
            if articles
            else None
        ),
        attacher=word_pattern(e.attachers),
        anaphora=word_pattern(e.anaphora),
        expletive=word_pattern(e.expletives),
        opening_anaphora=word_pattern(e.opening_anaphora),
        opening_determiner=word_pattern([*e.opening_anaphora, *e.subject_articles]),
        # "X et ses 70 milliards", "part de X et de ses 8 billions de jetons".
        coordinated_possessive=(
            re.compile(
                rf"\s*(?:{word_coordinator.pattern})\s+(?:(?:{prepositions.pattern})\s+)?"
                rf"(?:{owned.pattern})\s",
                re.IGNORECASE,
            )
            if word_coordinator is not None
            and (owned := word_pattern(e.maker_possessives))
            and (prepositions := word_pattern(e.prepositions)) is not None
            else None
        ),
        plural_anaphora=word_pattern(e.plural_anaphora),
        # "the two PolyLM base models", "die beiden PolyLM-Grundmodelle": the same with words
        # before the noun.
        described_plural=(
            re.compile(
                rf"(?P<head>{heads.pattern})\s+(?:[\w-]+\s+){{0,2}}?[\w-]*(?:{model_forms.pattern})",
                re.IGNORECASE,
            )
            if (model_forms := model_noun_form) is not None
            and (heads := word_pattern(list(described_plural_counts))) is not None
            else None
        ),
        described_plural_counts=described_plural_counts,
        plural_counts={" ".join(k.lower().split()): v for k, v in e.plural_anaphora.items()},
        size_anaphora=word_pattern(e.size_anaphora),
        # Only where a clause starts and right before its figure: "..., the larger up to 128K".
        sized_lead=before(list(e.elliptical_size_anaphora), with_article=False),
        elliptical_size_anaphora=framed(
            list(e.elliptical_size_anaphora),
            r"(?:(?<=[,;:.!?]\s)|(?<=^)|(?<=\n))",
            r"(?=\s+(?:[^\W\d]+['’]?\s*){0,3}\d)",
        ),
        family_anaphora=word_pattern(e.family_anaphora),
        family_noun=word_pattern(e.family_nouns),
        family_noun_after=framed(e.family_nouns, r"[\s-]+", r"\b"),
        family_noun_before=(
            re.compile(rf"\b(?:{nouns.pattern})\s+$", re.IGNORECASE)
            if (nouns := word_pattern(e.family_nouns))
            else None
        ),
        variant_noun_after=framed(e.variant_nouns, r"[\s-]+", r"\b"),
        indefinite_article=indefinite,
        variant_noun_before=(
            re.compile(rf"\b(?:{nouns.pattern})\s+$", re.IGNORECASE)
            if (nouns := word_pattern(e.variant_nouns))
            else None
        ),
        open_anaphora=word_pattern(e.open_anaphora),
        source_anaphora=word_pattern(e.source_anaphora),
        plural_source_anaphora=word_pattern(e.plural_source_anaphora),
        own_anaphora=word_pattern(e.own_anaphora),
        openness_word=word_pattern(e.openness_words),
        base_anaphora=word_pattern(e.base_anaphora),
        ordinal_anaphora=ordinal_references(e),
        ordinal_positions={
            " ".join(k.lower().split()): v
            for k, v in (
                e.ordinal_anaphora
                | e.ordinal_anaphora_before_punctuation
                | e.ordinal_anaphora_before_verbs
            ).items()
        },
        size_extremes={
            " ".join(k.lower().split()): LARGEST if v == "largest" else SMALLEST
            for k, v in (e.size_anaphora | e.elliptical_size_anaphora).items()
        },
        organisation_anaphora=word_pattern(e.organisation_anaphora),
        # "AI4Bharat, the open-source language technology lab at IIT Madras": what it is.
        organisation_apposition=(
            re.compile(
                rf"\s*,\s*(?:{determiners.pattern})\s+(?:[\w-]+\s+){{0,4}}(?:{nouns.pattern})"
                r"(?!['’])",
                re.IGNORECASE,
            )
            if (nouns := word_pattern(e.organisation_anaphora)) is not None
            # "X, de la jeune pousse Y": a maker after a preposition, no apposition.
            and (
                determiners := word_pattern(
                    [w for w in e.articles + e.indefinite_articles if w not in e.prepositions]
                )
            )
            is not None
            else None
        ),
        first_person=word_pattern(e.first_person),
        # The pronoun, then at most two words (an auxiliary and a participle) before the figure.
        # "en a mobilisé 256": a verb after the pronoun; "en douze langues" is a preposition.
        partitive=framed(e.partitive_pronouns, r"\b", r"(?:\s+[^\W\d]+){1,2}\s+$"),
        # "das Unternehmen Meta", and a sheet's label: "- **Hersteller:** Meta".
        organisation_lead=anchored_lead(word_pattern(e.organisation_anaphora), r"[\s:*_]+"),
        maker_possessive=(
            re.compile(
                rf"\s+(?:[\w-]+\s+){{0,4}}?(?:{owned.pattern})\s+(?:[\w-]+\s+){{0,2}}?"
                rf"(?:{nouns.pattern})\s+",
                re.IGNORECASE,
            )
            if (owned := word_pattern(e.maker_possessives)) is not None
            and (nouns := word_pattern(e.model_nouns)) is not None
            else None
        ),
        ditto=(
            re.compile(alternation(e.ditto_marks), re.IGNORECASE) if e.ditto_marks else None
        ),
        earlier_step=before(e.earlier_steps, with_article=False),
        about_section=(
            re.compile(rf"(?:{about.pattern})\s+\S", re.IGNORECASE)
            if (about := word_pattern(a.about_sections)) is not None
            else None
        ),
        handle_lead=(
            # "der sich im Netz DeepMount00 nennt": a few words may come between
            re.compile(rf"(?:{handles.pattern})\s+(?:[^\W\d_]+\s+){{0,2}}$", re.IGNORECASE)
            if (handles := word_pattern(e.handle_leads)) is not None
            else None
        ),
        # "Der südkoreanische Internetkonzern Kakao": the compound's head is the noun.
        organisation_compound_lead=(
            re.compile(rf"[^\W\d_][\w-]*?(?:{endings})\s+$", re.IGNORECASE)
            if (endings := alternation(e.organisation_compound_endings))
            else None
        ),
        organisation_head=framed(e.organisation_heads, r"[ \t]+", r"\b"),
        # Where an adjective follows its noun ("du groupe émirati G42"), one may stand between;
        # not in German, whose lower-case word there is a verb ("Der Konzern hatte LLaMA-13B").
        organisation_title=(
            re.compile(
                rf"(?<!\w)(?:{title.pattern})"
                + ("" if e.capitalises_nouns else FOLLOWING_ADJECTIVE)
                + r"[ \t]+$",
                re.I,
            )
            if (title := word_pattern(e.organisation_titles)) is not None
            else None
        ),
        # "the Focused Transformer (FoT) method", "mit YaRN ein Verfahren vorgestellt".
        method_after=framed(
            e.method_nouns,
            rf"\)?,?{SPACE}(?:(?:{indefinite.pattern}){SPACE})?" if indefinite else rf"\)?{SPACE}",
            r"(?!\w)",
        ),
        method_before=(
            re.compile(rf"(?<!\w)(?:{methods.pattern})\s+(?:{naming.pattern})\s+$", re.I)
            if (methods := word_pattern(e.method_nouns)) is not None
            and (naming := word_pattern(e.naming_verbs)) is not None
            else None
        ),
        recipient_preposition=framed(e.recipient_prepositions, r"\s+", r"\s*"),
        recipient_relative=framed(e.recipient_relatives, r"\s*,\s*", r"\b"),
        introducer=word_pattern(e.name_introducers, anchored_end=True),
        attribution=word_pattern(e.attribution, anchored_end=True),
        scale_negation=(
            re.compile(rf"\s*,?\s*(?i:{negations.pattern})\s+([^\W\d_]+)")
            if (negations := word_pattern(a.scale_negations)) is not None
            else None
        ),
        byline=(
            re.compile(
                rf"[\s*_]*(?i:{openers.pattern})(?:\s+[A-ZÀ-Ý][\w.'’-]*){{1,4}}"
                r"\s*(?:[,|·]|--|[–—-])\s*(?:[^\W\d_]{1,3}\s+)?",
            )
            if (openers := word_pattern(e.byline_openers)) is not None
            else None
        ),
        compound_head=word_pattern(e.compound_heads),
        organisation_compound_head=word_pattern(e.organisation_compound_heads),
        # "- Environ 20 000 conversations": a qualifier opening a line names nothing.
        not_names=frozenset(e.not_names)
        | {
            word.capitalize()
            for word in [*q.approx, *q.up_to, *q.at_least]
            if word.isalpha() and len(word) > 2
        },
        not_name_endings=tuple(e.not_name_endings),
        clause_opener=word_pattern(e.clause_openers),
    )


def ordinal_references(words: EntityWords) -> re.Pattern[str] | None:
    """ "the former", "Letzterer" anywhere but before a capitalised word ("the former CEO");
    "le premier", "der erste" only before punctuation ("Le premier, avec 13 milliards") or a
    figure."""
    anywhere = word_pattern(words.ordinal_anaphora)
    punctuated = word_pattern(words.ordinal_anaphora_before_punctuation)
    parts = []
    described = word_pattern(words.ordinal_described_nouns)
    if anywhere is not None:
        noun = rf"|\s+(?:{described.pattern})" if described is not None else ""
        parts.append(rf"(?:{anywhere.pattern})(?!\s+(?-i:[A-ZÀ-ÖØ-Þ]){noun})")
    if punctuated is not None:
        # "le premier compte 13 milliards, le second 20 milliards": or before its figure
        parts.append(rf"(?:{punctuated.pattern})(?=\s*(?:[,;:)]|\.(?!\w))|\s+\d)")
    before_verbs = word_pattern(words.ordinal_anaphora_before_verbs)
    endings = alternation(words.verb_endings)
    if before_verbs is not None and endings:
        # A lower-case word whose ending is a verb's: "the first extends", "le second étant".
        parts.append(rf"(?:{before_verbs.pattern})(?=\s+(?-i:[^\W\d_A-ZÀ-ÖØ-Þ]+(?:{endings}))\b)")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def anchored_lead(
    pattern: re.Pattern[str] | None, separators: str = r"\s+"
) -> re.Pattern[str] | None:
    """The words, then at most one more word, at the end of a text ("placed | third")."""
    if pattern is None:
        return None
    return re.compile(rf"(?:{pattern.pattern}){separators}(?:\w+\s+)?$", re.IGNORECASE)


# "#1", "#12": a place written with a number sign, not a heading's marks or a hashtag.
NUMBERED_RANK = re.compile(r"(?<![\w#&])#(\d{1,3})(?![\d\w]|[.,]\d)")


def rank_quantities(text: str, lex: Lexicon, quantities: list[Quantity]) -> list[Quantity]:
    """Ordinals said as ranks: "ranked 13th", "la 13e place", "auf dem dritten Platz";
    ``quantities`` are the text's quantities."""
    found = [
        Quantity(text=m.group(), start=m.start(), end=m.end(), value=1.0, unit="rank")
        for m in (lex.first_place.finditer(text) if lex.first_place is not None else ())
    ] + [
        Quantity(
            text=m.group(),
            start=m.start(),
            end=m.end(),
            value=float(lex.named_places[m.group().casefold()]),
            unit="rank",
        )
        for m in (lex.named_place.finditer(text) if lex.named_place is not None else ())
    ]
    for mark in NUMBERED_RANK.finditer(text):
        # "#1 on the Open Medical-LLM Leaderboard", "the 70B is #1 on ...": where a ranking
        # is named in the same sentence of the line (not "See issue #12").
        start = max(text.rfind(end, 0, mark.start()) + len(end) for end in ("\n", ". "))
        ends = [at for end in ("\n", ". ") if (at := text.find(end, mark.end())) >= 0]
        sentence = text[start : min(ends, default=len(text))]
        if lex.ranking_context is not None and lex.ranking_context.search(sentence):
            rank = float(mark.group(1))
            found.append(
                Quantity(
                    text=mark.group(), start=mark.start(), end=mark.end(), value=rank, unit="rank"
                )
            )
    if lex.rank_word is None or lex.rank_word.search(text) is None:
        return found  # no word of ranking: no ordinal to read
    for ordinal in find_ordinals(text, lex.code, quantities):
        before = text[max(0, ordinal.start - 30) : ordinal.start]
        after = text[ordinal.end : ordinal.end + 24].lstrip(" .")
        placed = lex.rank_lead is not None and lex.rank_lead.search(before) is not None
        # "first on the Open ITA LLM leaderboard": a ranking named a few words on
        board = lex.ranking_noun
        where = ORDINAL_WHERE.match(text, ordinal.end)
        on_board = (
            where is not None
            and lex.preposition is not None
            and lex.preposition.search(where.group(1)) is not None
            and board is not None
            and board.search(where.group(0)) is not None
        )
        ranked = lex.rank_after is not None and lex.rank_after.match(after) is not None
        if placed or ranked or on_board:
            found.append(ordinal.model_copy(update={"unit": "rank"}))
    return found


# " on the Open ITA LLM leaderboard": a preposition, then up to five words, after an ordinal.
ORDINAL_WHERE = re.compile(r"(\s+\w+)(?:\s+[\w-]+){1,5}")


def merge_ranks(quantities: list[Quantity], ranks: list[Quantity]) -> list[Quantity]:
    """The number layer's quantities, with rank phrases in place of the bare numbers they hold."""
    if not ranks:
        return quantities
    kept = [q for q in quantities if not any(r.start < q.end and q.start < r.end for r in ranks)]
    return sorted(kept + ranks, key=lambda q: q.start)


@dataclass(frozen=True)
class NameRules:
    """``names.toml``, compiled once."""

    variants: frozenset[str]
    # "Chat", "Instruct": the variant words of a tuned version of a base model.
    tuned_variants: frozenset[str]
    # "base": the model before tuning, which "the Llama 2 base model" names as "Llama 2".
    untuned_variants: frozenset[str]
    # "Gamma" of "Japanese StableLM Base Gamma 7B".
    letter_variants: frozenset[str]
    # "A.X 4.0 Light" is smaller than "A.X 4.0", "X Max" larger than "X".
    smaller_variants: frozenset[str]
    larger_variants: frozenset[str]
    capitalised_variants: frozenset[str]
    measures: frozenset[str]
    # "The Pile holds 300 billion tokens": a word of a dataset's name, as a word of its own.
    dataset_word: re.Pattern[str] | None
    model_words: frozenset[str]
    dataset_words: frozenset[str]
    org_suffixes: frozenset[str]
    # "Vidyasirimedhi Institute of Science and Technology (VISTEC)" in any language's text.
    organisation_nouns: frozenset[str]
    # "H2O.ai", "Character.ai": a name written as a web address is a company's.
    domain_endings: tuple[str, ...]
    legal_forms: frozenset[str]
    generic: frozenset[str]
    vendors: frozenset[str]
    licence: re.Pattern[str] | None
    hardware_shape: re.Pattern[str]
    hardware_words: re.Pattern[str] | None
    # "4 096 puces Ascend 910", "Chips vom Typ Ascend 910": a name that a word for hardware
    # stands right before names the hardware.
    after_hardware_word: re.Pattern[str] | None


@cache
def name_rules() -> NameRules:
    text = resources.files("checker").joinpath("names.toml").read_text(encoding="utf-8")
    shapes = NameShapes.model_validate(tomllib.loads(text))
    return NameRules(
        variants=frozenset(w.lower() for w in shapes.variant_words),
        tuned_variants=frozenset(w.casefold() for w in shapes.tuned_variant_words),
        untuned_variants=frozenset(w.casefold() for w in shapes.untuned_variant_words),
        letter_variants=frozenset(w.casefold() for w in shapes.letter_variant_words),
        smaller_variants=frozenset(w.casefold() for w in shapes.smaller_variant_words),
        larger_variants=frozenset(w.casefold() for w in shapes.larger_variant_words),
        capitalised_variants=frozenset(w.lower() for w in shapes.capitalised_variant_words),
        measures=frozenset(w.lower() for w in shapes.measure_words),
        dataset_word=(
            re.compile(rf"(?<![\w-])(?=[A-Z])(?i:{words})(?![\w-])")
            if (words := alternation(shapes.dataset_words))
            else None
        ),
        model_words=frozenset(shapes.model_words),
        dataset_words=frozenset(shapes.dataset_words),
        org_suffixes=frozenset(shapes.org_suffixes),
        organisation_nouns=frozenset(shapes.organisation_nouns),
        domain_endings=tuple(shapes.domain_endings),
        legal_forms=frozenset(shapes.legal_forms),
        generic=frozenset(shapes.generic_terms),
        vendors=frozenset(shapes.hardware_vendors),
        licence=word_pattern(shapes.licence_words),
        hardware_shape=re.compile(shapes.hardware_pattern),
        hardware_words=word_pattern(shapes.hardware_words),
        after_hardware_word=(
            re.compile(rf"(?:{hardware.pattern})\s+{type_words}$", re.IGNORECASE)
            if (hardware := word_pattern(shapes.hardware_words)) is not None
            and (kinds := word_pattern(shapes.hardware_type_words)) is not None
            and (type_words := rf"(?:(?:{kinds.pattern})\s+)?")
            else None
        ),
    )


# --------------------------------------------------------------------------- segmentation


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Block:
    """A paragraph or a heading, with its sentences."""

    start: int
    end: int
    heading: bool
    # An item of a list speaks of the list's subject and sets no subject for what follows.
    item: bool = False
    sentences: list[Sentence] = field(default_factory=list)


HEADING_MAX = 90
# A version written as a word of its own: "v1.0", "v0.1".
# "the 8x7B": experts times their size, as names write it.
EXPERTS_SIZE_ALONE = re.compile(r"(?<![\w.-])\d+x\d+(?:\.\d+)?[BMbm](?![\w-])")
VERSION_ALONE = re.compile(r"(?<![\w.-])v\d+(?:\.\d+)+(?![\w-]|\.\d)")
# The first words after a comma that follows a name: ", le supercalculateur que ...".
APPOSED_WORDS = re.compile(r"\s*,\s*((?:[\w'’-]+\s+){1,2}[\w-]+)")
# One short word between two phrases: " de ", " of ", " der ".
SHORT_LINK = re.compile(r"\s+\w{1,4}\s+")
# A Markdown heading's line: "## Training".
# White space within a paragraph: at most one line break.
ONE_LINE_SPACE = r"[^\S\n]*(?:\n[^\S\n]*)?"
# A note's call in superscript digits right after a word: "²" of "im Bericht².".
WORD_NOTE_CALL = re.compile(rf"(?<=[^\W\d_]){SUPERSCRIPT_DIGITS}")
# Markdown's struck-out text: "~~two~~".
STRUCK_OUT = re.compile(r"~~[^~\n]{1,80}~~")
# What leads a heading before a colon or a dash: "## Taiyi: der Biomediziner aus Dalian".
HEADING_LEAD = re.compile(
    r"^(#{1,6})[ \t]+\**([^\s:*][^:*\n]{0,40}?)\**[ \t]*(?::|[ \t][–—-][ \t])", re.M
)
# "- Phoenix → 7,24 milliards": a list item's lead before an arrow.
ARROW_ITEM_LEAD = re.compile(
    r"^[ \t]*([-*+•])[ \t]+\**([^\s*→][^*\n→]{0,40}?)\**[ \t]*(?:→|->|=>)", re.M
)
# Sibling headings led by names with digits that make a plain word leading another a name.
PARALLEL_HEADINGS = 2
HEADING_LINE = re.compile(r"^#{1,6}[ \t]", re.MULTILINE)
# A line set in bold from end to end: an interviewer's question, a subtitle.
BOLD_LINE = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")
# A first line at least this long, and about as long as those below it, is wrapped text.
WRAPPED_LINE = 60
# The end of one sentence and the start of the next within a line.
SENTENCE_INSIDE = re.compile(r"\w[.!?]\s+[A-ZÀ-ÖØ-Þ]")
LONG_LINE = 110
# A Markdown or plain-text list item: "- ", "* ", "• ", "1. ", "2) ".
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+\S")
NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+\S")
# French closes a quotation with a space before "»".
SENTENCE_END = re.compile(
    r"[.!?…]+(?:[\"'”»)\]]|[ \u00a0\u202f]»)*(?=\s+[\"'„“«(\[]?[A-ZÄÖÜÀ-ÝĀ-Ž0-9])"
)


def split_blocks(
    text: str, abbreviations: frozenset[str] = frozenset(), *, ordinal_full_stops: bool = True
) -> list[Block]:
    """Paragraphs (blank-line separated, or one per line where lines are unwrapped prose) and
    headings (Markdown ``#`` lines, or short lines without closing punctuation)."""
    lines: list[tuple[int, int]] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append((offset, offset + len(body)))
        offset += len(raw)
    groups: list[list[tuple[int, int]]] = [[]]
    for start, end in lines:
        if text[start:end].strip():
            groups[-1].append((start, end))
        elif groups[-1]:
            groups.append([])
    blocks: list[Block] = []
    for group in groups:
        if not group:
            continue
        lengths = [len(text[s:e].strip()) for s, e in group]
        unwrapped = len(group) > 1 and max(lengths) > LONG_LINE
        units = [[line] for line in group] if unwrapped else [group]
        if not unwrapped and len(group) > 1 and opens_with_heading(text, group):
            units = [[group[0]], group[1:]]
        # Each item of a list is a unit of its own: "- 7 billion parameters" on one line
        # and "- 2.6 trillion tokens" on the next say different things.
        units = [item for unit in units for item in list_items(text, unit)]
        for unit in units:
            start, end = unit[0][0], unit[-1][1]
            heading = len(unit) == 1 and looks_like_heading(text, start, end)
            item = LIST_ITEM.match(text, start, end) is not None
            blocks.append(Block(start, end, heading, item))
    for block in blocks:
        block.sentences = split_sentences(
            text, block.start, block.end, abbreviations, ordinal_full_stops=ordinal_full_stops
        )
    return blocks


def list_items(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The lines split where a list item starts; a line that starts none continues the
    item (or the text) before it."""
    items: list[list[tuple[int, int]]] = []
    for line in lines:
        if not items or (
            LIST_ITEM.match(text, line[0], line[1])
            # "Fimbulvetr-11B-v2 erschien am\n27. Februar 2024": a number opening a line of
            # wrapped prose continues it, unless a list is already running.
            and not (
                NUMBERED_ITEM.match(text, line[0], line[1])
                and not LIST_ITEM.match(text, items[-1][0][0], items[-1][0][1])
                and text[items[-1][-1][1] - 1 : items[-1][-1][1]].isalnum()
            )
        ):
            items.append([line])
        else:
            items[-1].append(line)
    return items


def opens_with_heading(text: str, group: list[tuple[int, int]]) -> bool:
    """Whether the first line of a group of lines is a title over the rest rather than the
    first line of a wrapped paragraph: a paragraph's line may end without punctuation, but it
    holds the end of a sentence inside it or goes on in lower case on the next line."""
    (start, end), (next_start, next_end) = group[0], group[1]
    if not looks_like_heading(text, start, end):
        return False
    if SENTENCE_INSIDE.search(text, start, end):
        return False
    # A line as long as the lines below it is where a wrapped paragraph broke.
    longest_below = max(len(text[s:e].strip()) for s, e in group[1:])
    length = len(text[start:end].strip())
    if length >= WRAPPED_LINE and length >= 0.75 * longest_below:
        return False
    following = text[next_start:next_end].split()
    # "... applique la méthode" over "Evol-Instruct à Llama 2 70B. Son ...": the next word
    # would not have fitted on the line, so the paragraph wrapped there.
    if len(group) > 2 and following and length + 1 + len(following[0]) > longest_below:
        return False
    return not text[next_start:next_end].lstrip()[:1].islower()


def looks_like_heading(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    if not line or LIST_ITEM.match(line):
        return False
    if line.startswith("#"):
        return True
    # "It was trained on 512 GPUs.[^2]": a footnote mark after the closing punctuation.
    line = FOOTNOTE_MARK.sub("", line).rstrip() or line
    if BOLD_LINE.fullmatch(line):
        return True  # "**The preview could read 4,096 tokens. Has that changed?**"
    return (
        len(line) <= HEADING_MAX
        and line[-1] not in '.!?:;,…"”»)'
        and not line[0].islower()
        and SENTENCE_INSIDE.search(line) is None
    )


def split_sentences(
    text: str,
    start: int,
    end: int,
    abbreviations: frozenset[str] = frozenset(),
    *,
    ordinal_full_stops: bool = True,
) -> list[Sentence]:
    """Sentences of one block; a full stop after an abbreviation ("Mrd.", "z. B."), an initial
    or, where ``ordinal_full_stops``, a day or an ordinal ("16. Mai") does not end one."""
    sentences = []
    cursor = start
    for match in SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        word = re.search(r"(\w+)\.$", text[max(cursor, stop - 12) : stop])
        if word and match.group().startswith(".") and len(match.group()) == 1:
            token = word.group(1)
            if token.isdigit() and len(token) <= 2 and ordinal_full_stops:
                continue
            if len(token) == 1 and token.isalpha():
                continue
            if token.lower() in abbreviations:
                continue
        sentences.append(Sentence(cursor, stop))
        cursor = stop
    if cursor < end:
        sentences.append(Sentence(cursor, end))
    return [s for s in sentences if text[s.start : s.end].strip()]


@dataclass(frozen=True)
class Cell:
    start: int
    text: str


# " / " between two names or figures of one cell, outside parentheses: "A / B", "33 / 65 Mrd.".
CELL_PAIR_SEPARATOR = re.compile(r"[ \t]+/[ \t]+(?![^()]*\))")
# The words after the last figure of a cell: " Mrd." of "33 / 65 Mrd.".
FIGURE_TAIL = re.compile(r"[\d.,]+(\D*)$")


def paired_cells(entity: Cell, value: Cell) -> list[tuple[Cell, Cell]]:
    """ "| Guanaco-33B / Guanaco-65B | ... | 33 / 65 Mrd. |": each name with its own figure,
    the unit written once after the last; a figure written once is each name's."""
    names = CELL_PAIR_SEPARATOR.split(entity.text.strip())
    if len(names) < 2:
        return [(entity, value)]
    figures = CELL_PAIR_SEPARATOR.split(value.text.strip())
    if len(figures) == len(names):
        tail = FIGURE_TAIL.search(figures[-1])
        unit = tail.group(1) if tail is not None else ""
        figures = [f if not f[-1:].isdigit() else f + unit for f in figures[:-1]] + figures[-1:]
    elif len(figures) != 1:
        return []
    else:
        figures = figures * len(names)
    return [
        (Cell(entity.start, name), Cell(value.start, figure))
        for name, figure in zip(names, figures, strict=True)
    ]


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    header: list[Cell]
    rows: list[list[Cell]]


TABLE_LINE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
TABLE_RULE = re.compile(r"^[ \t|:-]+$")


def table_cells(text: str, start: int, end: int) -> list[Cell]:
    line = text[start:end]
    left = line.index("|") + 1
    right = line.rindex("|")
    cells = []
    cursor = left
    for piece in line[left:right].split("|"):
        cells.append(Cell(start + cursor, piece))
        cursor += len(piece) + 1
    return cells


def find_tables(text: str) -> list[Table]:
    """Markdown tables: a header row, a rule row (``|---|---|``), then data rows."""
    if "|" not in text:
        return []
    lines = [(m.start(), m.end()) for m in TABLE_LINE.finditer(text)]
    tables = []
    index = 0
    while index + 1 < len(lines):
        header, rule = lines[index], lines[index + 1]
        adjacent = text[header[1] : rule[0]].strip("\r\n") == ""
        if not (
            adjacent
            and "-" in text[rule[0] : rule[1]]
            and TABLE_RULE.match(text[rule[0] : rule[1]])
        ):
            index += 1
            continue
        rows = []
        last = rule
        cursor = index + 2
        while cursor < len(lines) and text[last[1] : lines[cursor][0]].strip("\r\n") == "":
            rows.append(table_cells(text, *lines[cursor]))
            last = lines[cursor]
            cursor += 1
        tables.append(Table(header[0], last[1], table_cells(text, *header), rows))
        index = cursor
    return tables


def blank_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the spans replaced by spaces, newlines kept (offsets do not move)."""
    if not spans:
        return text
    parts = []
    cursor = 0
    for start, end in spans:
        parts.append(text[cursor:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


# --------------------------------------------------------------------------- entity mentions


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    name: str
    strength: int
    anaphor: bool = False
    organisation: bool = False
    # "beide Modelle", "both", "les trois": how many names the words refer back to.
    plural: int = 0
    # "the larger model", "das kleinere Modell": the largest (1) or smallest (-1) model named.
    extreme: int = 0
    # "la famille", "die Modellreihe": the family name the models named share.
    family: bool = False
    # "the former" (1), "le second" (2), "the latter" (-1): which of the models named last.
    position: int = 0
    # "das Basismodell": the base model of a base and tuned pair the document names.
    base: bool = False
    # "das offene Modell": of the models just named, the one the text calls open.
    open: bool = False
    # "le modèle d'origine": the model the text last said another was built from.
    source: bool = False

    @property
    def model_like(self) -> bool:
        return self.strength >= MODEL


def is_pronoun(mention: NameMention) -> bool:
    """ "it", "er", "il": a reference back that says nothing of what it refers to."""
    return mention.anaphor and not (
        mention.plural
        or mention.extreme
        or mention.family
        or mention.position
        or mention.base
        or mention.open
        or mention.source
    )


LARGEST, SMALLEST = 1, -1
SIZE_MULTIPLIERS = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}


def size_in_name(name: str) -> float | None:
    """The size a model's name gives ("OLMo 2 13B" 13e9, "Mixtral-8x22B" 176e9,
    "em_german_70b_v01" 70e9), if any."""
    for part in re.split(r"[\s_-]", name):
        if SIZE.match(part) is None:
            continue
        size = re.match(r"(?:(\d+)x)?(\d+(?:[.,]\d+)?)([BMKTbmkt])", part)
        if size is not None:
            experts = float(size.group(1)) if size.group(1) else 1.0
            amount = float(size.group(2).replace(",", "."))
            return experts * amount * SIZE_MULTIPLIERS[size.group(3).lower()]
    return None


def size_suffix(parameters: float) -> str:
    """How a name writes a size: 13e9 as "13b", 6.7e9 as "6.7b", 350e6 as "350m"."""
    if parameters >= 1e9:
        return f"{parameters / 1e9:g}b"
    return f"{parameters / 1e6:g}m"


def names_by_size(
    names: Iterable[str], mentions: dict[str, int], bases: Iterable[str] = ()
) -> dict[str, str]:
    """The names with a size in them ("Gemma 2 9B", "Eurus-70B-SFT"), by that size ("9b"),
    where one name has it, or one the document names more often than any other of that size
    ("Sahabat-AI 9B", not its base "Gemma 2 9B" named once), or the one that is no other's
    base."""
    sized: dict[str, set[str]] = {}
    lines: dict[str, str] = {}
    for name in names:
        parts = re.split(r"([\s_-])", name)
        at = next((i for i, part in enumerate(parts) if SIZE.match(part)), None)
        if at is None:
            continue
        sized.setdefault(parts[at].casefold(), set()).add(name)
        lines[name] = "".join([*parts[:at], "{}", *parts[at + 1 :]])
    chosen = {}
    # "The 8B is built on Llama 3.1 8B, the 70B on Llama 3.1 70B": the sizes of a base's line
    # are bases too.
    base_lines = {lines[name] for name in bases if name in lines}
    for size, found in sized.items():
        built = {name for name in found if lines[name] not in base_lines}
        if len(built) == 1 and len(found) > 1:
            chosen[size] = next(iter(built))
            continue
        ranked = sorted(found, key=lambda name: mentions.get(name, 0), reverse=True)
        top = mentions.get(ranked[0], 0)
        if len(ranked) == 1 or (top >= 2 and top >= 2 * mentions.get(ranked[1], 0)):
            chosen[size] = ranked[0]
    return chosen


# Words at most between a figure and "both" after it ("1.42T tokens (World mix) for both").
PLURAL_AFTER_GAP = 6
# "together with its sibling A.X 4.0 Light": how far before a name its companion words stand.
COMPANION_REACH = 30
# "GPT-2 in 2019": how far after a name its own date may start.
OWN_DATE_REACH = 12
# "two reasoning models": counts of models a release sentence names only later.
COUNTED_MODELS = frozenset({2.0, 3.0, 4.0, 5.0})
# "the parameter count to about | 7.5 billion": how many words before a bare scaled figure
# may say what it counts.
NOUN_BEFORE_WORDS = 4
# Words at most in a section heading such as "## Training" (with its "##").
SECTION_TITLE_WORDS = 4
# "per 1M tokens", "per 1K tokens": the amounts a price is given per.
PRICE_DENOMINATORS = frozenset({1e3, 1e6})
# Opening and closing marks of quoted speech.
QUOTATION_MARKS = (("«", "»"), ("„", "“"), ("“", "”"))
# How far before a name the words for a sibling it is apposed to may start.
SIBLING_REACH = 40
# Between those words and the name: a comma.
SIBLING_APPOSITION = re.compile(r"\s*,\s*")
# What right before words shows they open a sentence or a line.
CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;\n*#>-])[\s*_]*\Z")
# Characters after a family's name within which a colon may open the list of its members.
FAMILY_LEAD = 80
# A word in lower case of three letters or more: "update" of "## 2024-11-20: price update".
LOWER_CASE_WORD = re.compile(r"(?<![\w-])[^\W\d_A-ZÀ-ÖØ-Þ]{3,}(?![\w-])")
# The tokens a price is per: "per million input tokens", "pro Million Token".
PRICED_TOKENS = re.compile(r"(?i)(?<![\w-])(?:tokens?|jetons?)(?![\w-])")
# The digits a figure is written with: "2,1" of "2,1 Billionen Parameter".
LEADING_DIGITS = re.compile(r"\d[\d.,]*")
# Letters at least in the last word of a name that may stand for it ("the beta").
TAIL_LETTERS = 4
# A range of parameters whose ends are this far apart spans a family's sizes.
SPAN = 2.0
# Characters after a count of tokens where a language may say what it counts ("tokens of
# Finnish text", "jetons en finnois").
LANGUAGE_REACH = 25


# How sure a mention is a name: a capitalised word in running text (weak), a name by its shape
# or its introduction (named), a name joined to a version or variant (model).
WEAK, NAMED, MODEL = 0, 1, 2
# What joins a family's name to a member's ("OpenEML-3B", "Aya Expnse 32B"); not a version's
# digits ("InterLM2" / "InterLM2.5").
MEMBER_SEPARATORS = ("-", " ", "_")
# "Google's Gemma 2": a possessive ending right after a name.
OWNER_AFTER = re.compile(r"['’]s\b")
# "mistralai/" of "mistralai/Mistral-7B-Instruct-v0.2": a repository's owner before a name.
REPOSITORY_OWNER = re.compile(r"(?<![\w/.-])[A-Za-z\d][\w.-]*/(?=[A-Za-z][\w.-]*\d)")
ELISION = re.compile(r"^(?:[dDlLjJnNmMsStTcC]|[qQ]u)['’](?=\w)")
# "Mi:dm 2.0": a colon between letters joins a name's parts, as a hyphen does.
TOKEN = re.compile(
    r"[^\W_][\w+]*(?:[-.'’/][\w+]+|(?<=[^\W\d_]):(?=[^\W\d_])[\w+]+)*\+?", re.UNICODE
)
VERSION = re.compile(r"^(?:v?\d+(?:\.\d+)*[a-z]?|[IVX]{1,4})$")
# A letter and a number after a word, naming its model: "Kimi K2", "DeepSeek R1".
CODE_VERSION = re.compile(r"^[A-Za-z]\d{1,2}(?:\.\d)?$")
# An acronym of three letters or more: "FLM" in "Tele-FLM".
ACRONYM = re.compile(r"[A-Z]{3,}")
# Words of four letters or more, which a title capitalises ("for", "and", "the" it may not).
TITLE_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_MIN_HEADING_WORDS = 2
TITLE_CASE_SHARE = 0.9
# One word of letters: "Mistral", as a noun for a model sets it up.
NAME_WORD = re.compile(r"[^\W\d_]+")
# A capitalised word right after a name's number ("ERNIE 3.0 Titan"), and any capitalised word.
AFTER_A_NAMES_NUMBER = re.compile(
    r"(?:(?<=[^\W\d_][ -])v?\d[\w.]*|(?<![\w.-])[A-Z][A-Za-z]?\d[\w.]*)"
    r"[ \t]+([^\W\d_a-zà-ÿ][^\W\d_]{2,})(?![\w-])"
)
# "tsuzumi 7B": a lower-case word right before a size, and the word anywhere.
BEFORE_A_SIZE = re.compile(
    r"(?:(\w+)['’\s]+)?(?<![\w-])([a-zà-ÿ][a-zà-ÿ]{3,})[ \t]+\d+(?:[.,]\d+)?[BM](?![\w-])"
)
# A word and a hyphen right before a size: "dolly-v2-" of "dolly-v2-12b".
NAME_BEFORE_SIZE = re.compile(r"(?<![\w.-])[^\W\d_][\w.]*(?:-[\w.]+)*-\Z")
# Words joined by underscores: "em_german_7b_v01".
UNDERSCORED_WORD = re.compile(r"(?<![\w-])[^\W\d_][^\W_]*(?:_[^\W_]+)+(?![\w-])")
ANY_LOWER_CASE_WORD = re.compile(r"(?<![\w-])([a-zà-ÿ][a-zà-ÿ]{3,})(?![\w-])")
# A capitalised word and the word right after it: "Modello Italia".
HEAD_AND_NEXT = re.compile(r"(?<![\w-])([^\W\d_a-zà-ÿ][^\W\d_]{2,})[ \t]+([\w.-]+)")
ANY_CAPITALISED_WORD = re.compile(r"(?<![\w-])([^\W\d_a-zà-ÿ][^\W\d_]{2,})(?![\w-])")
# A heading that opens with a date, and one name after it: "## 2024-03-20: Starling-LM-7B";
# a day's name may stand before the date ("## Fri 19 Jan 2024 — Llammas-base").
DATED_HEADING = re.compile(r"#{1,6}[ \t]+(?:[A-Z][a-zé]{1,8}\.?,?[ \t]+)?")
# "## 2024-08-12 (week 33): Chocolatine-14B": a note in parentheses after a heading's date.
DATE_NOTE = r"(?:[ \t]+\([^()\n]{1,20}\))?"
# "## 10 Aug '23 — FinGPT v3.1 and FinGPT v3.2": capitalised names, each maybe with a version.
NAMES_AFTER_DATE = re.compile(
    rf"{DATE_NOTE}[ \t]*[:–—·|-][ \t]+"
    r"(?:\**[A-Z][\w.-]*(?:[ \t]+[\w.-]*\d[\w.-]*)?\**"
    r"(?:,[ \t]*|[ \t]+\w{1,3}[ \t]+|[ \t]*$)){2,5}",
    re.M,
)
NAME_AFTER_DATE = re.compile(
    rf"{DATE_NOTE}[ \t]*[:–—·|-][ \t]+"
    # "## 2023/10/25 — Japanese StableLM Base Gamma 7B": a longer name, every word capitalised.
    r"\**(?:[^\W\d_][\w.-]*(?:[ \t]+[\w.-]+){0,2}|[A-Z][\w.-]*(?:[ \t]+[A-Z\d][\w.-]*){3,5})\**"
    # "## 2025-04-30 — A-Base, A-SFT and A-RL": a list, joined by commas or a short word.
    r"(?:(?:,[ \t]*|[ \t]+\w{1,3}[ \t]+)\**[^\W_][\w.-]*\**){0,4}"
    r"(?:[ \t]+\([^)\n]{1,20}\))?[ \t]*$",  # "## 2019-08-20: GPT-2 Large (774M)"
    re.M,
)
# A possessive before what is owned: "Google's Gemini", "Musk's company" (not "GLaM's.").
OWNERS_POSSESSIVE = re.compile(r"['’]s\s+\w")
# What ends a clause within a sentence.
CLAUSE_MARKS = (",", ";", ":", "(", ")", "–", "—")
# Only a maker's possessive between a figure and a name: " Google's " in "the 0.78T tokens
# Google's PaLM 540B was trained on".
MAKER_ONLY = re.compile(r"\s+[^\W\d_][\w-]*['’]s?\s+")
# A list item's label, right before its value: "- **Hardware:** ", "* GPUs: ".
# ", 32 cartes H100": a figure listed after a comma, right before a position.
LISTED_AFTER_COMMA = re.compile(r",[ \t]+$")
ITEM_LABEL = re.compile(r"[ \t]*[-*+][ \t]+\**[^:\n*]{1,40}\**:\**[ \t]*")
# "Yuan 2.0-M32", "Yuan 2.0-102B", "Kaleva 3-Mini": a version with a variant joined to it
# (a letter in the variant; after a bare number, the variant starts with one: "7-8B" is a range).
JOINED_VERSION = re.compile(r"^v?\d+(?:(?:\.\d+)+-(?=[\w.]*[A-Za-z])|-(?=[A-Za-z]))[\w.]+$")
# "405B", "8x7B", "3B-A800M": a size written into a model's name, with the size's own
# version: "3Bv2".
SIZE = re.compile(
    r"^(?:\d+x)?\d+(?:[.,]\d+)?[BMKbmk](?:v\d+)?(?:-[A-Za-z]*\d+(?:\.\d+)?[BMKbmk]?)*$"
)
YEAR = re.compile(r"^(?:19|20)\d\d$")
# A whole number of three or more digits numbers no version: "Qihoo 360" (not "X 004").
BARE_HUNDREDS = re.compile(r"^[1-9]\d{2,}$")
# "2.6B-Instruct", "7B-Chat": a size and a variant word joined.
SIZED_VARIANT = re.compile(r"^\d+(?:[.,]\d+)?[BMbm]-([A-Za-z]+)$")
# A name that ends with a size: "Breeze-7B", "Mistral 7B".
# A context size written the way names end: "128k", "32K".
CONTEXT_SUFFIX = re.compile(r"\d+[kK]$")
SIZE_ENDING = re.compile(r"(?:^|[\s-])\d+(?:\.\d+)?[BMKT]$")
# The first word of a model's name, before its size or version: "Pythia" in "Pythia-12B".
FAMILY_PREFIX = re.compile(r"([^\W\d_]{3,})[- ](?=.*\d)")
# A name with two letters and a digit, then an opening parenthesis: "Zephyr-7B-beta (", not a
# release number ("v3.0.1 (").
MODEL_BEFORE_PARENTHESIS = re.compile(
    r"(?<![\w.-])(?=[\w.-]*[A-Za-z]{2})[A-Za-z][\w.-]*\d[\w.-]*\s*\($"
)
GROUPED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
# Characters at most between a count of experts and "per token" ("À chaque jeton, un routeur
# choisit deux experts").
PER_TOKEN_REACH = 40
# Words at most between a figure and the training verb whose object names its model, noun
# included: "16,000 NVIDIA H100 GPUs to train".
TRAINED_GAP = 6
# "**MENLO PARK, Calif., July 23, 2024** - Meta today released ...", "**London** – Mit ...":
# a press release's place and date, whose names are no subject.
DATELINE = re.compile(
    r"[\W_]*[^\W\d_](?:[^\n–—]{0,80}?\b(?:19|20)\d\d|[\w.'’ ]{0,30}?)"
    r"[*_)]{0,3}\s(?:--|[-–—])[*_]{0,3}\s"
    # "PARIS. Das französische Start-up ...", "BERLIN (dpa). ...": a place in capitals.
    r"|[*_]{0,2}[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}(?:\s\([^)\n]{1,20}\))?[*_]{0,2}\.(?:\s|$)"
)
CLAUSE_BREAK = re.compile(r"[,;:()]")
# How far after a model's name a word says its weights are open ("dont les poids ...").
OPENNESS_REACH = 90
# The end of a sentence inside running text.
SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# Words at most between an object's name and a relative clause that describes it: its maker
# and a verb's particle ("auf Llama 2 7B von Meta auf, das ...").
OBJECT_TAIL_WORDS = 3
# The count of a reference to every model in play: "each model", "je Modell".
EVERY_MODEL = -1
# A note in parentheses that holds no year: "(1.3 billion parameters)", not "(April 2024)".
PARENTHESISED = re.compile(r"\s*\((?![^()]*\b(?:19|20)\d\d\b)[^()]*\)")
# ", tuned from Mistral-7B-Instruct-v0.2," right after a name: a clause set off by commas that
# opens with a word in lower case (no name such as "wren_13b_v01") describes the name before it.
APPOSED_CLAUSE = re.compile(
    r"\s*,\s+[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-[^\W\d_]+)*(?=[ \t])(?:[^,;:.()]|\.(?=\w)){0,80},"
)
# One asterisk or underscore, not two: a line set in italics rather than in bold.
ITALIC_OPENING = re.compile(r"[*_](?![*_])")
# A capitalised word right after a figure: in German, the noun it counts.
CAPITALISED_NOUN_AFTER = re.compile(r"[ \t]+[A-ZÄÖÜ][a-zäöüß]+")
# Words between a base model and a comma that opens a clause describing it: "von Google auf",
# "des Technology Innovation Institute aus Abu Dhabi".
BASE_TAIL_WORDS = 7
# An acronym without digits and its spelling out in lower case: a method or a term.
SPELLED_OUT = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z-]*[A-Z][A-Za-z-]*)\s+\((?:[a-zà-ÿ][\w-]*\s+){1,8}[a-zà-ÿ][\w-]*\)"
)
# Up to three words and a comma that open a sentence before its subject: "Le plus ambitieux,".
OPENING_WORDS = re.compile(r"(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*,")
# "360Zhinao-7B": digits glued to a capitalised word start a name.
DIGIT_LED_NAME = re.compile(r"\d+[A-Z][a-z]{2,}")
# A comma and at most two words right before a figure: ", about 86 billion".
APPOSED_FIGURE = re.compile(r",\s*(?:[^\W\d_]+\s+){0,2}$")
# A comma and a word in lower case: a phrase inserted after a name, not a list of names.
INSERTION_OPENING = re.compile(r",\s+(?=[^\W\d_A-ZÀ-ÖØ-Þ])")
SENTENCE_LEAD_REACH = 12
# Markdown footnotes: a mark in the text ("...GPUs,[^2]") and its definition ("[^2]: ...").
FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]+)\](?!:)")
FOOTNOTE_DEFINITION = re.compile(r"[ \t]*\[\^([^\]\s]+)\]:")
# Words at most from a name to its date after a release participle: "X, sorti le 3 mars".
RELEASED_GAP = 4
# How near a stated size must be to the size a name gives to be that model's ("405B", 405e9).
SIZE_MATCH = 0.05
# How far a count of parameters may stand from the size a model's name gives and still be
# that model's: "RecurrentGemma-2B" has 2.7 billion, "MolmoE-1B" (active) 6.9 billion in all.
NAME_SIZE_RATIOS = (0.5, 7.5)
# The smallest size a name gives in parameters ("135M"); below it ("32K") the name counts tokens.
MIN_NAMED_SIZE = 1e6
# How close to a thousand times the name's size a count is a scale slip ("13 Billionen" of
# "Jais-13B"), which the rules report rather than extraction drops.
SCALE_SLIP_MATCH = 0.35
# Characters after a release verb in which a deal makes it the deal's: "announced the acquisition".
DEAL_REACH = 16
# Characters before a name in which "trained on" makes it a training ground.
TRAINED_ON_REACH = 40
# "was pretrained on 2 trillion.": the least a bare figure after "trained on" counts in tokens
# ("fine-tuned on 1.5 million" are examples).
SCALED_TRAINING_FLOOR = 1e9
# An elided article or a word right before a noun: "l'entreprise", "der Konzern".
ARTICLE_BEFORE = re.compile(r"(?:\b([lL]['’])|\b([^\W\d_]+)\s+)$")
# The possessive right before a word for a predecessor: "Son " of "Son successeur".
OPENING_POSSESSIVE = re.compile(r"(?:^|(?<=\s))([^\W\d_]+)\s+$")
# Up to three names between a count and the machines it counts: "96 NVIDIA DGX-A100 nodes".
# "sixteen of those nodes", "sechzehn dieser Knoten": short words that refer the count back.
MACHINES_REFERRED_TO = re.compile(r"\s+[^\W\d_A-ZÄÖÜ]{1,6}\s+")
MACHINE_PART_AFTER_COUNT = re.compile(r"\s+(?:(?:[A-Z][\w.-]*|\d+(?:\.\d+)+)\s+){0,3}")
# A product line's word right before an accelerator's name: "Instinct" of "Instinct MI300X".
PRODUCT_LINE = re.compile(r"[A-Z][A-Za-z]+\s+$")
# "4,096 A100s", "512 H100s for 21 days", "256 × A100 (40 GB)": an accelerator a count counts;
# without the plural only before punctuation ("4 A100 nodes" counts nodes).
# An accelerator's code: "A100", "MI300X", or a line and its number ("RTX 3090", "TPU v4").
ACCELERATOR_CODE = r"[A-Z][A-Za-z0-9]*\d[A-Za-z0-9]*?|[A-Z]{2,5} v?\d{1,4}[a-z]?"
COUNTED_ACCELERATOR = re.compile(
    rf"(?:\s+|\s*×\s*|\s+x\s+)(?:[A-Za-z]+\s+)?({ACCELERATOR_CODE})"
    r"(?:s\b|\b(?=\s*(?:[,.;:()]|$)))"
)
# "4 × A100 trainiert", "8x H100 for three days": multiplied, a count of accelerators whatever
# follows, unless it is a part of a machine ("2 × A100 nodes"); so is one ("One A100 was
# enough"), which has no plural to show it.
MULTIPLIED_ACCELERATOR = re.compile(
    rf"\s*[×x]\s*(?:[A-Za-z]+\s+)?({ACCELERATOR_CODE})s?\b(?![-.]\w)\s*"
)
SPACED_ACCELERATOR = re.compile(rf"\s+(?:[A-Za-z]+\s+)?({ACCELERATOR_CODE})s?\b(?![-.]\w)\s*")
# A maker's name as the owner of what follows: "Meta's", "Alibaba’s", German "Metas".
OWNER_WORD = r"(?:\s+(?-i:[A-Z])[\w.-]*(?:['’]s|(?<=[a-z])s))"
# A version right after a name's word: "4.0" of "TSUBAME 4.0".
NAME_BEFORE = re.compile(r"[A-Z][\w-]*[ \t]$")
# A comma and the word opening a relative clause: ", das" of "Mixtral 8x7B, das ...".
RELATIVE_OPENING = re.compile(r"\s*,\s*([^\W\d_]+)\b")
# What follows a participle, not an object: "released | in February", "sorti | le 5 mai".
PARTICIPLE_GOES_ON = re.compile(r"\s+(?:[a-zà-ÿ]|\d)")
# Space between two words, a line break of wrapped text included.
SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# A comma and the space after it, opening an apposition.
COMMA_LEAD = re.compile(r"\s*,\s*")
# A card's memory: "40 GB " of "eight A100 40 GB GPUs".
MEMORY_SIZE = re.compile(r"^\d+\s?GB\s+")
# A machine named after the accelerators it holds: "A100-Servern", "A100 nodes".
ACCELERATOR_HOST = re.compile(r"[ -](?:[Ss]erver|serveur|nodes?\b|Knoten|nœud)")
# A Greek letter, which numbers a model as a digit does: "PanGu-Σ".
GREEK_LETTER = re.compile(r"[\u0391-\u03a9\u03b1-\u03c9]")
# How many words a byline holds besides its date: "Publié le", "Published on".
BYLINE_WORDS = 2
# "in Model notes", "by the Silo AI research team": the words a byline may add after its date.
BYLINE_PLACE_WORDS = 6
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# How many words before a figure a negation denies it: "does not hold | 56 billion".
NEGATION_REACH = 3
# How long a word too short to be a name alone is: "Wu" of "Wu Dao 2.0".
SHORT_NAME_WORD = 2
# One word with space around it: " prédécesseur " of "Son prédécesseur Meena", " sur " of "dix
# jours sur 32 A100".
ONE_WORD = re.compile(r"\s+[^\W\d_][\w-]*\s+")
# A count right before a word: "1,024 TPU-v3 chips".
COUNT_BEFORE = re.compile(r"\d[ \u00a0\u202f]$")
# Words between an apposition's noun and the figure it holds: "le modèle de | six milliards".
APPOSITION_TO_FIGURE_WORDS = 2
# A line's label before its figure: "- **Parameter insgesamt:** 141 Milliarden".
LABEL = re.compile(r"[\s*+•_-]*([^\W\d_][^:\n\d]{0,40}?)[*_]*\s*:[*_]*\s*")
# What may stand before a figure that opens its line as a label: "- **".
GLOSSED_FIGURE_LEAD = re.compile(r"[\s*+•_-]*")
# The gloss after such a figure: "**: the tokens X saw", " — Nvidia V100 GPUs".
GLOSS = re.compile(r"[*_]*\s*(?::|[–—])[*_]*\s*([^\n]*)")
# Words of the gloss that may name what the figure counts: "the tokens", "Nvidia V100 GPUs".
GLOSS_WORDS = 4
# How many times larger or smaller a figure set against a counted one may be and share its unit.
CONTRAST_MAGNITUDE = 1000
# One word, then the end of the clause: "17 Mrd. aktiv," (not "1 Mio. aktiven Nutzern").
ACTIVE_AT_CLAUSE_END = re.compile(r"\s\w+(?=\s*(?:[,;:.)]|$))")
# A word after a word: the phrase goes on.
CONTINUED = re.compile(r"\s+\w")
# A size, a connector, another size: "8B and 70B", "8B, 70B", "8B/70B".
SIZES_LISTED = re.compile(r"\s*(?:,|/|\s\w{1,3})\s*(?:\d+x)?\d+(?:[.,]\d+)?[BMKbmk]\b")
RELEASE_NUMBER = re.compile(r"^v\d+(?:\.\d+)*[a-z]?$")
NAME_SEGMENT_BREAK = re.compile(r"[-.'’/]")
# A token with digits is a name only with two letters or a letter joined to its digits.
NAME_WITH_DIGITS = re.compile(r"[A-Za-z]{2}|[A-Za-z][-.]?\d")
HEADER_UNIT = re.compile(r"\(([^()]+)\)")
FIGURE_IN_PARENTHESES = re.compile(r"\s*\(\s*[~≈]?\s*\d")
# "- **Airavata** (AI4Bharat, ...)": the start of a list item in bold, and what follows it, up
# to two words before a date ("Ende", "end of").
# The bold names that lead a list item: "**X**", "**X** et **Y**", "**X**, **Y** and **Z**".
BOLD_ITEM_NAMES = (
    r"[ \t]*[-*+][ \t]+(?:\*\*|__)[^*_\n]+(?:\*\*|__)"
    r"(?:(?:,[ \t]*|[ \t]+)(?:[^\W\d_]{1,4}[ \t]+)?(?:\*\*|__)[^*_\n]+(?:\*\*|__))*"
)
BOLD_ITEM = re.compile(BOLD_ITEM_NAMES)
BOLD_ITEM_ASIDE = re.compile(
    BOLD_ITEM_NAMES + r"[ \t]*\([^()\n]*[,;][ \t]*(?:[^\W\d_]+[ \t]+){0,2}$"
)
# "- **Qarasu-14B** : start-up Lightblue, fin décembre 2023.", "- **Llammas-base** (TartuNLP),
# le 19/1/2024 : ...": the same aside after a colon or the parentheses, the date closing its
# clause.
BOLD_ITEM_LABEL = re.compile(
    BOLD_ITEM_NAMES + r"[ \t]*(?:\([^()\n]*\))?[ \t]*:?[ \t]*"
    r"[^.;:()\n\d]*,[ \t]*(?:[^\W\d_]+[ \t]+){0,2}$"
)
BOLD_ITEM_LEAD = re.compile(r"[ \t]*[-*+][ \t]+(?:\*\*|__)")
# A list item that is only a bold name, perhaps with an aside: "1. **Guanaco-65B** (UW)", the
# head of the items indented under it.
BOLD_NAME_ITEM = re.compile(
    r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*"
    r"(?:\([^()\n]*\))?[ \t]*:?[ \t]*"
)
# The bold around a list item's name closing before its details: "**X** (", "**X**, ", "**X** :".
BOLD_NAME_CLOSED = re.compile(r"(?:\*\*|__)[ \t]*[(,:]")
# After the first word of the bold lead: perhaps a capitalised second word of the name, then
# details in parentheses or after a comma ("**Mistral Saba** (Mistral AI", "**Llammas**, le").
BOLD_ITEM_DETAILS = re.compile(r"(?:[ \t]+[^\W\d_a-zà-ÿ][\w.-]*)?(?:\*\*|__)[ \t]*[(,]")
PARENTHESIS_REACH = 60
POSSESSIVE = re.compile(r"(\w+?)(?:s|'s|’s)\s+$")
POSSESSIVE_REACH = 64
# A line break inside a paragraph is a space: "sein eigenes Sprachmodell\ntsuzumi".
PREVIOUS_WORD = re.compile(r"([^\W\d_][\w-]*)(?:[ \t]+|[ \t]*\n[ \t]*)$")
# The word a text ends with: "übernimmt" of "... und übernimmt".
WORD_AT_END = re.compile(r"([^\W\d_][\w-]*)$")
# What ends a size standing as a noun of its own: "Pour un 7B, c'est remarquable".
SIZE_AS_NOUN_END = re.compile(r"\s*[,.;:!?)]")
# How far before a reference that inherits the word for its source may stand: "Davon erbt ".
HEIR_LEAD = 16
# "a) 4 · b) 8 · c) 16": a line of lettered choices, in a quiz.
LETTERED_CHOICES = re.compile(r"[ \t]*a\)[ \t].*?[ \t]b\)[ \t]")
# "**3. Combien de temps son entraînement a-t-il duré ?**": a quiz's numbered question.
QUIZ_QUESTION = re.compile(r"[ \t]*\*\*(\d{1,2})\.[ \t][^\n]*\?[ \t]*\*\*")
# "**5 : b.**": the question an answer key answers, and the letter of the answer.
ANSWER_KEY = re.compile(r"[ \t]*\*\*(\d{1,2})[ \t]*:[ \t]*[a-e]\.?\*\*")
# ", le nouveau supercalculateur du BSC : ": an apposition, then a colon before a figure.
APPOSITION_THEN_COLON = re.compile(r"\s*,[^.;:]{0,60}:\s*")
# The word after a name, hyphened to it or not: "Modell" of "LLaMA-Modell" or "Llama model".
HYPHENED_OR_NEXT_WORD = re.compile(r"(?:-|[ \t]+)([^\W\d_][\w-]*)")
# "Llama-2-7b and | Llama-2-13b": a name with digits and a conjunction right before a name.
NAME_AND_CONJUNCTION = re.compile(r"(?<!\S)([^\W\d_][\w.-]*\d[\w.-]*)\s+(\w+)\s+$")
# "übernimmt von | Llama-2-70b": a word, then a preposition, right before a name.
PREVIOUS_WORD_BEFORE_PREPOSITION = re.compile(r"([^\W\d_][\w-]*)\s+[^\W\d_]+\s+$")
# The word right after a figure, with its hyphens: " H100" of "eight H100 each".
WORD_AFTER = re.compile(r"\s+([\w-]+)")
NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
# ", A and " before a name in a list apposed to a phrase; ", A)" or " and B," after it.
APPOSED_LIST_LEAD = re.compile(r"\s*(?:\S+\s+\w+\s+)?")
APPOSED_LIST_TAIL = re.compile(r"\s*(?:[,.;)]|$|\w+\s+[A-Z]\S*\d\S*?\s*[,.;)])")
# "the Meta Llama 3 checkpoint of its size": a name with digits inside a longer phrase.
BASE_PHRASE = re.compile(r"[A-Z][\w.-]*(?:\s+[\w.-]+)?\s*\d[\w.]*\s+[a-z]")
# "Llama 3", "Gemma-2-9B": a capitalised word, then its version or size.
NAME_WITH_DIGITS_AFTER = re.compile(r"[ \t]+[A-Z][\w.-]*?(?:\d|[ \t]*\n?[ \t]*\d)")
PREVIOUS_WORD_AND_COMMA = re.compile(r"([^\W\d_][\w-]*),?(?:[ \t]+|[ \t]*\n[ \t]*)$")
# What may stand before a sentence's first word: quotes, brackets, list and heading marks.
SENTENCE_LEAD_CHARS = " \t\n\"'„“«(*#-"
# A footnote's label opens its sentence too: "[^1]: Llama 2 itself was ...".
_LEAD_CLASS = "[" + re.escape(SENTENCE_LEAD_CHARS) + "]*"
SENTENCE_LEAD = re.compile(_LEAD_CLASS + r"(?:\[\^[^\]\s]+\]:)?" + _LEAD_CLASS)


# A capitalised word without digits: "Chinchilla".
CAPITALISED_WORD = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{2,}\b(?![-\w])")
# An adjective's inflected endings: "das hauseigene Gopher" uses the word as a noun.
INFLECTED_ENDINGS = ("e", "en", "er", "es", "em")
# How often a word must be used, at least once right after a preposition, never after an
# article, to be a name where every noun is capitalised.
BARE_USES = 3
# How far apart the languages of one list stand: "Kazakh, Russian, English and Turkish".
LANGUAGE_LIST_REACH = 40
# Two capitalised words side by side on one line: "Mistral Saba".
SECOND_WORD = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]+)[ \t]([A-ZÄÖÜ][a-zäöüß]{2,})\b(?![-\w])")


def names_used_bare(text: str, words: EntityWords) -> set[str]:
    """ "mit Chinchilla", "von Chinchilla", "erreicht Chinchilla": in German a noun comes with
    an article or an adjective; a capitalised word a text uses again and again without one, and
    at least once right after a preposition, is a name."""
    prepositions = {w.casefold() for w in words.prepositions}
    determiners = {w.casefold() for w in words.determiners}
    openers = determiners | prepositions
    uses: dict[str, int] = {}
    bare: set[str] = set()
    articled: set[str] = set()
    for match in CAPITALISED_WORD.finditer(text):
        word = match.group()
        previous = PREVIOUS_WORD.search(text, max(0, match.start() - 24), match.start())
        before = previous.group(1).casefold() if previous else ""
        uses[word] = uses.get(word, 0) + 1
        if before in determiners or (
            previous is not None and is_inflected_adjective(text, previous, openers)
        ):
            articled.add(word)
        elif before in prepositions:
            bare.add(word)
    not_names = set(words.not_names)
    return {
        word
        for word in bare - articled
        if uses[word] >= BARE_USES and word not in not_names and not word.endswith("en")
    }


# "RACHEL: ...", "**[00:00:31] Marco :**", "O-TON Giulia Ferraro (Overvoice):": a line opened
# by who speaks, in a transcript.
SPEAKER_LABEL = re.compile(
    r"^[ \t]*(?:[*_]{1,2})?(?:\[[\d:.]+\][ \t]*)?"
    r"([^\W\d_](?:[^\W\d_]|['’.-])*(?:[ \t]+[^\W\d_](?:[^\W\d_]|['’.-])*){0,3})"
    r"(?:[ \t]+\([^()\n]{1,30}\))?[ \t]*:(?:[*_]{1,2})?(?:[ \t]|$)",
    re.MULTILINE,
)
# A transcript has at least this many turns; a speaker speaks at least twice.
SPEAKER_TURNS = 3


def speaker_labels(text: str) -> frozenset[str]:
    """The words of a transcript's speaker labels: persons, never models."""
    turns = Counter(match.group(1) for match in SPEAKER_LABEL.finditer(text))
    if sum(turns.values()) < SPEAKER_TURNS:
        return frozenset()
    return frozenset(word for label, count in turns.items() if count >= 2 for word in label.split())


def parallel_heading_leads(text: str) -> set[str]:
    """ "## Taiyi: der Biomediziner" among "## em_german_70b_v01: der Große für Deutsch" and
    "## Llama3-Aloe-8B-Alpha: der Mediziner": one word that leads a heading the way names
    with digits lead its sibling headings is a name too."""
    leads: dict[str, list[str]] = {}
    # "- Phoenix → 8 192 jetons" among "- Smaug-72B-v0.1 → 32 768 jetons": list items too.
    for match in [*HEADING_LEAD.finditer(text), *ARROW_ITEM_LEAD.finditer(text)]:
        leads.setdefault(match.group(1), []).append(match.group(2).strip())
    names: set[str] = set()
    for level_leads in leads.values():
        if sum(any(c.isdigit() for c in lead) for lead in level_leads) >= PARALLEL_HEADINGS:
            names.update(
                lead for lead in level_leads if NAME_WORD.fullmatch(lead) and lead[0].isupper()
            )
    return names


def is_inflected_adjective(text: str, previous: re.Match[str], openers: set[str]) -> bool:
    """ "das hauseigene Gopher", "mit großem Abstand": an inflected adjective after an article or
    a preposition; not a verb ("folgte Codestral") or a noun ("Token Codestral")."""
    word = previous.group(1)
    if not (word.islower() and word.endswith(INFLECTED_ENDINGS)):
        return False
    before = PREVIOUS_WORD.search(text, max(0, previous.start() - 24), previous.start())
    return before is not None and before.group(1).casefold() in openers


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is written with letters of ``name`` in order, from its first: "MT-NLG"
    of "Megatron-Turing NLG 530B", "SH 7B" of "StripedHyena-Hessian-7B"."""
    letters = [c.casefold() for c in short if c.isalnum()]
    remaining = iter(c.casefold() for c in name if c.isalnum())
    return (
        bool(letters) and letters[0] == name[:1].casefold() and all(c in remaining for c in letters)
    )


def starts_sentence(text: str, sentence_start: int, start: int) -> bool:
    """Whether only quotes, brackets, list or emphasis marks stand between the two positions."""
    lead = SENTENCE_LEAD.match(text, sentence_start, start)
    return lead is not None and lead.end() == start


def name_tails(text: str) -> set[str]:
    """Capitalised words a text only ever writes right after a name's number: "Titan" of
    "ERNIE 3.0 Titan", "Jumbo" of "Jurassic-1 Jumbo". A common word ("Modelle", "Tage")
    stands elsewhere too."""
    after_numbers = Counter(match.group(1) for match in AFTER_A_NAMES_NUMBER.finditer(text))
    if not after_numbers:
        return set()
    everywhere = Counter(ANY_CAPITALISED_WORD.findall(text))
    return {word for word, count in after_numbers.items() if count == everywhere[word]}


def name_heads(text: str) -> set[str]:
    """Capitalised words a text writes more than once and only ever right before one and the
    same word: "Modello" of "Modello Italia 9B". A German noun stands before other words too."""
    followed = Counter(HEAD_AND_NEXT.findall(text))
    everywhere = Counter(ANY_CAPITALISED_WORD.findall(text))
    return {
        head for (head, _), count in followed.items() if count >= 2 and count == everywhere[head]
    }


def name_second_words(text: str, words: EntityWords) -> set[str]:
    """Capitalised words a German text writes at least twice right after one and the same
    capitalised word and never after an article or an inflected adjective: "Saba" of "Mistral
    Saba". A noun after a name ("Mistral Modelle") takes its article somewhere else."""
    determiners = {w.casefold() for w in words.determiners}
    openers = determiners | {w.casefold() for w in words.prepositions}
    pairs = Counter(SECOND_WORD.findall(text))
    candidates = {second for (_, second), count in pairs.items() if count >= 2}
    articled = set()
    for match in CAPITALISED_WORD.finditer(text):
        if match.group() not in candidates:
            continue
        previous = PREVIOUS_WORD.search(text, max(0, match.start() - 24), match.start())
        if previous is not None and (
            previous.group(1).casefold() in determiners
            or is_inflected_adjective(text, previous, openers)
        ):
            articled.add(match.group())
    not_names = set(words.not_names)
    return candidates - articled - not_names


@cache
def language_list_patterns(
    coordinator: str | None,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What joins the items of a list ("Kazakh, Russian, English and Turkish"), and a word
    before and after such a join."""
    link = r"\s*,\s*"
    if coordinator is not None:
        words = f"(?i:{coordinator})"
        link = rf"(?:\s*,\s*(?:{words}\s+)?|\s+{words}\s+)"
    return (
        re.compile(link),
        re.compile(rf"(?<![\w-])(?<![A-Z][\w-] )([A-ZÀ-Þ][^\W\d_]+){link}$"),
        re.compile(rf"{link}([A-ZÀ-Þ][^\W\d_]+)(?![\w-])(?![ \t]+[A-ZÀ-Þ\d])"),
    )


def listed_with_languages(
    text: str, language: re.Pattern[str] | None, coordinator: re.Pattern[str] | None
) -> set[str]:
    """Capitalised words a text lists among languages it knows: "Kazakh" of "Kazakh, Russian,
    English and Turkish" is a language too, not a name. The list has at least two known
    languages beside the word, and the word opens or closes it."""
    if language is None:
        return set()
    spans = [(m.start(), m.end()) for m in language.finditer(text)]
    if len(spans) < 2:
        return set()
    link, opening, closing = language_list_patterns(
        coordinator.pattern if coordinator is not None else None
    )
    listed = {
        index
        for index in range(len(spans) - 1)
        if link.fullmatch(text, spans[index][1], spans[index + 1][0])
    }
    found = set()
    for index, (start, end) in enumerate(spans):
        # "Kazakh, Russian, English": the word, then two languages in a row.
        if index in listed:
            match = opening.search(text, max(0, start - LANGUAGE_LIST_REACH), start)
            if match is not None:
                found.add(match.group(1))
        # "English, Russian and Kazakh": two languages in a row, then the word.
        if index - 1 in listed:
            match = closing.match(text, end)
            if match is not None:
                found.add(match.group(1))
    return {word for word in found if language.fullmatch(word) is None}


def lower_case_names(text: str, determiners: frozenset[str]) -> set[str]:
    """Lower-case words a text writes before a size more than once, and mostly so, with no
    article before: "tsuzumi" of "tsuzumi 7B" and "tsuzumi 0.6B" is a name; "sizes 7B and 13B"
    and "la version 13B ... la version 7B" are not."""
    before_sizes = Counter(
        match.group(2)
        for match in BEFORE_A_SIZE.finditer(text)
        if (match.group(1) or "").casefold() not in determiners
    )
    if not before_sizes:
        return set()
    everywhere = Counter(ANY_LOWER_CASE_WORD.findall(text))
    return {
        word for word, count in before_sizes.items() if count >= 2 and 2 * count >= everywhere[word]
    }


def underscored_siblings(text: str) -> set[str]:
    """ "em_german_leo_mistral" beside "em_german_7b_v01": a word joined by underscores is a
    name, however plain its parts, when it starts as a name with digits joined so starts."""
    joined = set(UNDERSCORED_WORD.findall(text))
    stems = {word.partition("_")[0] for word in joined if any(c.isdigit() for c in word)}
    return {
        word
        for word in joined
        if not any(c.isdigit() for c in word)
        and word.partition("_")[0] in stems
        # "unter dem Sammelnamen em_german": a family's name, no member's
        and not any(other.startswith(f"{word}_") for other in joined)
    }


class NameFinder:
    """Recognises entity names in one document by their shape (see the module docstring)."""

    def __init__(self, text: str, lex: Lexicon, figures: Iterable[Quantity] = ()) -> None:
        self.text = text
        self.lex = lex
        # Where a number with a unit or scale word starts: a figure, never a version.
        self.figure_starts = frozenset(q.start for q in figures if q.unit or q.scale_word)
        # "Barcelona Supercomputing Center (BSC)": the short forms the text introduces.
        self.introduced_short_forms = frozenset(SHORT_FORM.findall(text))
        # "Nov 2024", "Sept. 2023": a month that opens a date is no name.
        self.date_starts = frozenset(
            q.start for q in figures if q.kind == QuantityKind.DATE and q.text[:1].isalpha()
        )
        # Accelerators' names read so far ("Ascend 910B"): a figure inside one is none.
        self.hardware_spans: set[tuple[int, int]] = set()
        # Where a bare number ends: "seize mille H100" counts what follows.
        self.count_ends = frozenset(q.end for q in figures if q.kind == QuantityKind.NUMBER)
        rules = name_rules()
        self.variants = rules.variants
        self.tuned_variants = rules.tuned_variants
        self.untuned_variants = rules.untuned_variants
        self.letter_variants = rules.letter_variants
        self.any_variants = self.variants | self.letter_variants
        # Names keep their English words in any text: "Japanese StableLM" in French.
        self.name_languages = [
            pattern for pattern in (lex.language, lexicon("en").language) if pattern is not None
        ]
        self.measures = rules.measures
        self.capitalised_variants = rules.capitalised_variants
        self.model_words = rules.model_words
        self.dataset_words = rules.dataset_words
        self.org_suffixes = rules.org_suffixes
        self.domain_endings = rules.domain_endings
        self.legal_forms = rules.legal_forms
        self.generic = rules.generic | speaker_labels(text)
        self.vendors = rules.vendors
        self.licence = rules.licence
        self.hardware_shape = rules.hardware_shape
        self.hardware = self._hardware_names(self.hardware_shape, rules.hardware_words)
        self.capitalises_nouns = lex.data.entities.capitalises_nouns
        self.function_words = frozenset(
            w.casefold() for w in [*lex.data.entities.prepositions, *lex.data.entities.articles]
        )
        # "13.824" is a count where the decimal mark is a comma, never a version.
        self.grouped_thousands = decimal_mark(lex.code) == ","
        self.known: set[str] = (
            names_used_bare(text, lex.data.entities) if self.capitalises_nouns else set()
        ) | (parallel_heading_leads(text) - lex.not_names)
        # Not "Labs" of "AI21 Labs", a company's.
        self.name_tails = name_tails(text) - lex.not_names - self.generic - self.org_suffixes
        self.name_heads = name_heads(text) if self.capitalises_nouns else set()
        self.name_second_words = (
            name_second_words(text, lex.data.entities) if self.capitalises_nouns else set()
        )
        self.listed_languages = listed_with_languages(text, lex.language, lex.word_coordinator)
        self.lower_case_names = (
            lower_case_names(text, lex.determiners | lex.articles) | underscored_siblings(text)
        ) - self.function_words
        self.frozen = False
        self.read: dict[tuple[int, int], list[NameMention]] = {}
        # Sentences as read before the names were learnt, with the words that learning could
        # make names (see ``sentence_mentions``).
        self.early: dict[tuple[int, int], tuple[list[NameMention], list[str]]] = {}
        self.undecided: list[str] = []
        self.sentence_start = 0
        self.capitalised: set[str] = set()
        # Models' names of several words the document writes ("Mistral NeMo").
        self.model_phrases: set[str] = set()
        # Families learnt from their members' names ("Pythia" of "Pythia-12B").
        self.families: set[str] = set()
        self.seen: dict[str, int] = {}
        self.apposition = lex.apposition
        self.title_case = False

    def sentence_mentions(self, start: int, end: int) -> list[NameMention]:
        """The names and references of one sentence. Once the document's names are learnt
        (``freeze``), a sentence is read once however often it is asked for."""
        key = (start, end)
        if not self.frozen:
            mentions = self._sentence_mentions(start, end)
            self.early[key] = (mentions, self.undecided)
            return mentions
        if key not in self.read:
            early, undecided = self.early.pop(key, (None, []))
            # What was learnt changes a reading only through a word that was then no name,
            # or a weak one: a sentence without such a word reads the same again.
            learnt = any(w in self.known or w in self.capitalised for w in undecided)
            mentions = (
                early if early is not None and not learnt else self._sentence_mentions(start, end)
            )
            self.read[key] = [self._as_family_member(m) for m in mentions]
        return self.read[key]

    def _as_family_member(self, mention: NameMention) -> NameMention:
        """ "PULI GPTrio" beside "PULI LlumiX 32K": a name of several words whose first is a
        model family's is a model's too, digits or not."""
        words = mention.name.split()
        if (
            mention.strength == NAMED
            and not (mention.anaphor or mention.organisation)
            and len(words) > 1
            and words[0] in self.families
            # "XVERSE Technology" beside "XVERSE-65B": the maker.
            and words[-1] not in self.org_suffixes
        ):
            return replace(mention, strength=MODEL)
        return mention

    def freeze(self) -> None:
        self.frozen = True

    def _sentence_mentions(self, start: int, end: int) -> list[NameMention]:
        self.undecided = []
        self.sentence_start = start
        self.title_case = self._in_title_case(start, end)
        matches = TOKEN.finditer(self.text, start, end)
        tokens = [(t.start(), t.end(), t.group()) for t in matches]
        mentions: list[NameMention] = []
        index = 0
        while index < len(tokens):
            raw = tokens[index][2]
            if raw.islower() and raw.isalpha() and raw not in self.lower_case_names:
                index += 1
                continue  # most words: nothing about them can start a name
            found = self._name_at(tokens, index, start)
            if found is None:
                if mentions and self._continues_name(mentions[-1], tokens[index]):
                    # "Hugging Face": a capitalised word right after a name goes on with it,
                    # even a word that alone is no name ("Face").
                    last = mentions.pop()
                    mentions.append(
                        NameMention(
                            last.start, tokens[index][1], f"{last.name} {raw}", last.strength
                        )
                    )
                index += 1
                continue
            mention, consumed = found
            mention = self._with_first_word(mention, tokens, index, mentions)
            previous = mentions[-1] if mentions else None
            prefix = tokens[index - 1] if index else None
            if (
                prefix is not None
                # German capitalises its hyphenated nouns ("Hochleistungsrechner-Programm
                # EuroHPC"): there only a name sure to be a model's is continued.
                and mention.strength >= (MODEL if self.capitalises_nouns else NAMED)
                and not mention.organisation
                and (previous is None or previous.end <= prefix[0])
                and self.text[prefix[1] : mention.start] == " "
                and (
                    self._is_hyphenated_proper_name(prefix[2])
                    or (mention.strength == MODEL and self._is_short_proper_word(prefix[2]))
                )
            ):
                # "Megatron-Turing NLG", "Wu Dao 2.0": a proper name in hyphenated capitalised
                # words, or a word too short to be a name alone, right before a model's name
                # is part of it.
                mention = replace(mention, start=prefix[0], name=f"{prefix[2]} {mention.name}")
            elif (
                previous is not None
                and previous.strength < MODEL
                and mention.strength == MODEL
                and not self.text[previous.end : mention.start].strip()
                and self._may_join_in_a_title(previous)
                and not self._abbreviates_a_name(previous)
                # "hat Abacus.AI Smaug-72B-v0.1 veröffentlicht": a web address names the maker
                and not previous.name.lower().endswith(self.domain_endings)
            ):
                # A maker before its model ("Anthropic Claude 3") is part of how it is named.
                mention = NameMention(
                    previous.start, mention.end, f"{previous.name} {mention.name}", MODEL
                )
                mentions.pop()
            elif (
                previous is not None
                and previous.strength == MODEL
                and mention.strength == MODEL
                and previous.name[-1:].isdigit()
                and NAME_WORD.fullmatch(mention.name.split()[0]) is not None
                and self.text[previous.end : mention.start] == " "
            ):
                # "Llama 3.1 Swallow 70B": a model built on another is named after it.
                mention = NameMention(
                    previous.start, mention.end, f"{previous.name} {mention.name}", MODEL
                )
                mentions.pop()
            elif (
                previous is not None
                and previous.strength == MODEL
                and NAME_WORD.fullmatch(previous.name) is not None
                and mention.strength == NAMED
                and not mention.organisation
                and self.text[previous.end : mention.start] == " "
            ):
                # "das Sprachmodell Mistral NeMo": a word a noun for a model sets up goes on
                # with the name right after it.
                mention = NameMention(
                    previous.start, mention.end, f"{previous.name} {mention.name}", MODEL
                )
                mentions.pop()
            elif (
                previous is not None
                and previous.strength < MODEL
                and mention.strength < MODEL
                and not previous.organisation
                and self.text[previous.end : mention.start] == " "
                and not self._after_possessive(start, mention.start)  # "Zentas Borealis"
                and self._may_join_in_a_title(previous)
            ):
                # "Hugging Face", "Jean Zay", "Abou Dhabi": one name in several words.
                mention = NameMention(
                    previous.start,
                    mention.end,
                    f"{previous.name} {mention.name}",
                    max(previous.strength, mention.strength),
                    organisation=mention.organisation,
                )
                mentions.pop()
            mentions.append(mention)
            index += consumed
        hardware = [m for m in mentions if self._names_hardware(m)]
        self.hardware_spans.update((m.start, m.end) for m in hardware)
        mentions = [
            m
            for m in mentions
            if not self._names_a_licence(m)
            and m not in hardware
            and not self._names_a_machine_or_benchmark(m)
            and not self._names_a_dataset(m)
        ]
        references = self._anaphora(start, end, mentions)
        # "The two PolyLM base models": a family's name inside a reference to its members.
        counted = [r for r in references if r.plural > 0 and " " in r.name]
        kept = [m for m in mentions if not any(r.start <= m.start < r.end for r in counted)]
        # A weak name the document turns out to use as a name is read again.
        self.undecided.extend(m.name for m in kept if m.strength == WEAK)
        return kept + references

    def _with_first_word(
        self,
        mention: NameMention,
        tokens: list[tuple[int, int, str]],
        index: int,
        mentions: list[NameMention],
    ) -> NameMention:
        """ "Aleph Alpha", "Die Aleph Alpha GmbH": a capitalised word that is no name alone,
        right before an organisation's name (in German, only before a legal form's), is its
        first word; so is one the document uses as a name mid-sentence, before a model's name
        ("Aya Expanse 32B" where "Aya" opens the sentence)."""
        if index == 0 or mention.anaphor:
            return mention
        w_start, w_end, word = tokens[index - 1]
        if (
            f"{word} {mention.name}" in self.model_phrases
            and self.text[w_end : mention.start] == " "
            and not (mentions and mentions[-1].end > w_start)
        ):
            # "Borea NeMa umfasst ...", where "Borea NeMa" was a model's name elsewhere.
            return replace(mention, start=w_start, name=f"{word} {mention.name}", strength=MODEL)
        if word.istitle() and word.isalpha():
            self.undecided.append(word)
        opens = starts_sentence(self.text, self.sentence_start, w_start)
        if mention.model_like:
            # "liegt Modello Italia 9B vorn": in German, a word only ever written before a name
            # whose first word is a plain word (not "Sprachteil Qwen2 72B").
            head = (
                word in self.name_heads
                and mention.name.split()[0].isalpha()
                and not self._after_determiner(w_start)
            )
            if not head and (self.capitalises_nouns or (opens and word not in self.capitalised)):
                if opens:
                    self.undecided.append(word)
                return mention
        elif not (
            mention.organisation or (mention.strength >= NAMED and not self.capitalises_nouns)
        ) or (opens and word not in self.capitalised and mention.name in self.families):
            # "Teaching Llama to speak Italian" where the text numbers "Llama 3": a sentence's
            # first word is capitalised anyway.
            return mention
        if (
            (mentions and mentions[-1].end > w_start)
            or self.text[w_end : mention.start] != " "
            or not (word.isalpha() and word.istitle())
            or (self.title_case and word not in self.capitalised)
            or word in self.generic
            or word in self.lex.not_names
        ):
            return mention
        return replace(mention, start=w_start, name=f"{word} {mention.name}")

    def _in_title_case(self, start: int, end: int) -> bool:
        """ "Acme Unveils Zorvat-9B, an Open Model Built for Business": a line whose longer
        words are all capitalised, where capitals say nothing about names. Not in languages
        that capitalise every noun, which do not write titles so."""
        if self.capitalises_nouns:
            return False
        words = TITLE_WORD.findall(self.text, start, end)
        capitalised = sum(1 for w in words if w[0].isupper())
        # A heading's few words ("## Model Details") are a title too.
        heading = self.text.startswith("#", start)
        least = TITLE_CASE_MIN_HEADING_WORDS if heading else TITLE_CASE_MIN_WORDS
        return len(words) >= least and capitalised >= TITLE_CASE_SHARE * len(words)

    def _abbreviates_a_name(self, mention: NameMention) -> bool:
        """ "Barcelona Supercomputing Center (BSC)": a short form the text introduces in
        parentheses is a name of its own; "hat das BSC Falcon-7B weitertrainiert" names two."""
        return mention.name in self.introduced_short_forms

    def _may_join_in_a_title(self, previous: NameMention) -> bool:
        """ "Acme Unveils Zorvat-9B": in a title, a capitalised word joins the name after it
        only when the text writes it capitalised elsewhere too ("Mistral" of "Mistral NeMo")."""
        if not self.title_case or previous.strength > WEAK:
            return True
        words = previous.name.split()
        if all(word in self.capitalised for word in words):
            return True
        self.undecided.extend(words)
        return False

    def _continues_name(self, mention: NameMention, token: tuple[int, int, str]) -> bool:
        """Whether a capitalised word goes on with the name before it. In German, where
        every noun is capitalised ("Mistral Modelle"), only a word the text writes as a name's
        second word ("Mistral Saba")."""
        start, _, word = token
        return (
            (not self.capitalises_nouns or word in self.name_second_words)
            and not mention.model_like
            and not mention.anaphor
            and not mention.organisation
            and word.isalpha()
            and word.istitle()
            and word not in self.generic
            and self.text[mention.end : start] == " "
            and (not self.title_case or word in self.capitalised)
        )

    def _names_a_dataset(self, mention: NameMention) -> bool:
        """ "RedPajama-Data-1T", "FineWeb-Edu", "The Pile": what a model is trained on."""
        return any(
            segment in self.dataset_words
            or any(segment.endswith(word) and segment != word for word in self.dataset_words)
            for segment in re.split(r"[\s-]", mention.name)
            if segment[:1].isupper()
        )

    def _names_a_machine_or_benchmark(self, mention: NameMention) -> bool:
        """ "sur le supercalculateur Jean Zay", "the MareNostrum 5 supercomputer", "the Open
        Ko-LLM leaderboard": where a model was trained or ranked, not a model."""
        before, after = self.lex.not_a_model_before, self.lex.not_a_model_after
        last_word = mention.name.split()[-1]
        if after is not None and after.fullmatch(f" {last_word}"):
            return True  # "the Open LLM Leaderboard": the noun is part of the name
        reach = max(0, mention.start - 40)
        noun = before.search(self.text, reach, mention.start) if before else None
        if noun is not None:
            # "the MGSM benchmark Kestrel-7B": the noun has its name before it already.
            lead = self.text[max(0, noun.start() - 30) : noun.start()]
            named = lead.split()[-1:] if lead[-1:].isspace() else []
            if not (named and NAME_SHAPED.fullmatch(named[0].strip("*_`\"'"))):
                return True
        return bool(after and after.match(self.text, mention.end, mention.end + 40))

    def _names_hardware(self, mention: NameMention) -> bool:
        """ "4 096 puces Ascend 910", "1.536 GPUs vom Typ A800", "1,024 TPU-v3 chips": an
        accelerator's name."""
        if self.is_hardware(mention.name):
            return True  # "RTX 3090"
        rules = name_rules()
        pattern = rules.after_hardware_word
        if pattern is not None and pattern.search(
            self.text, max(0, mention.start - 30), mention.start
        ):
            return True
        counted = COUNT_BEFORE.search(self.text, max(0, mention.start - 3), mention.start)
        return (
            counted is not None
            and rules.hardware_words is not None
            and rules.hardware_words.match(self.text[mention.end : mention.end + 20].lstrip(" -"))
            is not None
        )

    def _names_a_licence(self, mention: NameMention) -> bool:
        """ "sous licence Apache 2.0", "MIT-Lizenz": a licence, though shaped like a model."""
        if self.licence is None:
            return False
        before = self.text[max(0, mention.start - 12) : mention.start].split()
        after = self.text[mention.end : mention.end + 12].lstrip(" -").split()
        return bool(
            (before and self.licence.fullmatch(before[-1]))
            or (after and self.licence.match(after[0]))
        )

    def _anaphora(self, start: int, end: int, names: list[NameMention]) -> list[NameMention]:
        lex = self.lex
        # References back that say more than "it": how many ("both"), which by size ("the
        # larger model"), or the family ("la famille").
        marked: tuple[tuple[re.Pattern[str] | None, Callable[[str], dict[str, Any]]], ...] = (
            (lex.plural_anaphora, lambda phrase: {"plural": lex.plural_counts.get(phrase, 2)}),
            (lex.size_anaphora, lambda phrase: {"extreme": lex.size_extremes.get(phrase, LARGEST)}),
            (
                lex.elliptical_size_anaphora,
                lambda phrase: {"extreme": lex.size_extremes.get(phrase, LARGEST)},
            ),
            (lex.family_anaphora, lambda phrase: {"family": True}),
            (lex.open_anaphora, lambda phrase: {"open": True}),
            (lex.source_anaphora, lambda phrase: {"source": True}),
            (lex.base_anaphora, lambda phrase: {"base": True}),
            (
                lex.ordinal_anaphora,
                lambda phrase: {"position": lex.ordinal_positions.get(phrase, -1)},
            ),
        )
        # "both bases", "beide Basismodelle": the bases, whatever else the words could count.
        sources = lex.plural_source_anaphora
        found = [
            NameMention(
                match.start(),
                match.end(),
                match.group(),
                MODEL,
                anaphor=True,
                source=True,
                plural=EVERY_MODEL,
            )
            for match in (sources.finditer(self.text, start, end) if sources else ())
        ]
        described = lex.described_plural
        for match in described.finditer(self.text, start, end) if described else ():
            if any(f.start <= match.start() < f.end for f in found):
                continue
            # "The two PolyLM base models (...)": as many as the phrase counts.
            count = lex.described_plural_counts[" ".join(match.group("head").lower().split())]
            found.append(
                NameMention(
                    match.start(), match.end(), match.group(), MODEL, anaphor=True, plural=count
                )
            )
        for pattern, marks in marked:
            for match in pattern.finditer(self.text, start, end) if pattern else ():
                if self._introduces_a_name(match.end(), names) or any(
                    f.start <= match.start() < f.end for f in found
                ):
                    continue
                lead = self.text[max(0, match.start() - 8) : match.start()]
                if pattern is lex.open_anaphora and lead.rstrip().endswith(","):
                    continue  # "baut auf Llama 2 auf, dem offenen Modell von Meta": apposed
                phrase = " ".join(match.group().lower().split())
                reference = NameMention(
                    match.start(), match.end(), match.group(), MODEL, anaphor=True
                )
                found.append(replace(reference, **marks(phrase)))
        # "The larger of the pair": one model by its size, not the pair inside the phrase.
        found = [
            f
            for f in found
            if not any(
                o.start <= f.start and f.end <= o.end and o.end - o.start > f.end - f.start
                for o in found
            )
        ]
        opening = lex.opening_anaphora.match(self.text, start) if lex.opening_anaphora else None
        if opening is not None and self._names_its_noun(opening.end(), names):
            opening = None  # "Son prédécesseur Meena ...": the phrase names whom it speaks of
        references = [
            *(lex.anaphora.finditer(self.text, start, end) if lex.anaphora else ()),
            *([opening] if opening is not None else []),
        ]
        idioms = [
            (m.start(), m.end())
            for m in (lex.expletive.finditer(self.text, start, end) if lex.expletive else ())
        ]
        for match in references:
            if any(n.start <= match.start() < n.end for n in [*names, *found]):
                continue
            if any(s <= match.start() < e for s, e in idioms):
                continue
            if self._introduces_a_name(match.end(), names):
                continue
            found.append(
                NameMention(match.start(), match.end(), match.group(), MODEL, anaphor=True)
            )
        return found

    def _names_its_noun(self, end: int, names: list[NameMention]) -> bool:
        """ "Son prédécesseur Meena", "Sein Nachfolger GPT-3": one noun, then the name."""
        following = ONE_WORD.match(self.text, end)
        return following is not None and any(n.start == following.end() for n in names)

    @staticmethod
    def _introduces_a_name(end: int, names: list[NameMention]) -> bool:
        """ "das neue Modell Vireo-2", "die Familie Granite 3.0": the words name what follows
        them; they are an apposition, not a reference back."""
        return any(0 <= n.start - end <= 2 for n in names)

    def _clean(self, token: str) -> str:
        """A token without a German compound head ("Phi-3.5-Modelle" -> "Phi-3.5")."""
        if "-" in token and self.lex.compound_head is not None:
            parts = token.split("-")
            while len(parts) > 1 and self.lex.compound_head.fullmatch(parts[-1]):
                parts.pop()
            token = "-".join(parts)
        token = token.rstrip(".'’")
        if token.endswith(("'s", "’s")):
            token = token[:-2]
        return token

    def _hardware_names(
        self, shape: re.Pattern[str], words: re.Pattern[str] | None
    ) -> frozenset[str]:
        """Tokens shaped like accelerators ("H100", "GB200") that the document uses as such:
        next to a word for hardware or after a vendor. "AI21" has the shape but is a name."""
        found = set()
        for match in re.finditer(r"[A-Z][A-Za-z0-9]*\d[A-Za-z0-9]*", self.text):
            token = match.group()
            token = token[:-1] if token.endswith("s") and token[-2:-1].isdigit() else token
            if token in found or not shape.match(token):
                continue
            # "eight A100 40 GB GPUs": the memory may stand between the name and the noun.
            after = MEMORY_SIZE.sub("", self.text[match.end() : match.end() + 32].lstrip(" -"), 1)
            before = self.text[max(0, match.start() - 12) : match.start()].split()
            previous = before[-1] if before else ""
            multiplied = len(before) > 1 and previous in ("×", "x") and before[-2][-1:].isdigit()
            if (
                previous[-1:].isdigit()  # "4,096 A100s"
                or multiplied  # "256 × A100"
                or match.start() - 1 in self.count_ends  # "seize mille H100"
                or previous in self.vendors
                or previous.rstrip("-") in self.generic  # "DGX-A100"
                or ACCELERATOR_HOST.match(self.text, match.end()) is not None  # "A100-Servern"
                or (words is not None and (words.match(after) or words.fullmatch(previous)))
                or self._typed_as_hardware(match.start())
            ):
                found.add(token)
        return frozenset(found)

    def _typed_as_hardware(self, start: int) -> bool:
        """ "64 Beschleuniger vom Typ Instinct MI300X": a word for hardware and its type words,
        then the product line, before the name."""
        typed = name_rules().after_hardware_word
        before = PRODUCT_LINE.sub("", self.text[max(0, start - 48) : start])
        return typed is not None and typed.search(before) is not None

    def _before_org_suffix(self, tokens: list[tuple[int, int, str]], index: int) -> bool:
        """ "Trillion Labs": a capitalised word right before a word that ends a company's name."""
        word = tokens[index][2]
        if (
            index + 1 >= len(tokens)
            or not word[:1].isupper()
            or word.casefold() in self.function_words  # "The AI Act"
        ):
            return False
        following = tokens[index + 1]
        joined = self.text[tokens[index][1] : following[0]] == " "
        return joined and following[2] in self.org_suffixes

    def _company_named_model(
        self, tokens: list[tuple[int, int, str]], suffix: int, parts: list[str]
    ) -> tuple[NameMention, int] | None:
        """ "Rakuten AI 2.0", "Rakuten AI 7B mini": a company's name with its suffix, then a
        version or a size, names a model (not "Mistral AI 2024", a year)."""
        if suffix + 1 >= len(tokens):
            return None
        _, s_end, written = tokens[suffix]
        v_start, _, version = tokens[suffix + 1]
        if self.text[s_end:v_start] != " " or YEAR.match(version):
            return None
        versioned = (
            VERSION.match(version) is not None
            and "." in version
            and v_start not in self.figure_starts  # "Cyor Research 1.300 Millionen Euro"
            and not (self.grouped_thousands and GROUPED_THOUSANDS.match(version))
        )
        if not (versioned or SIZE.match(version)):
            return None
        words = [*parts, written, version]
        end = v_start + len(version)
        if suffix + 2 < len(tokens):
            t_start, _, tail = tokens[suffix + 2]
            if self.text[end:t_start] == " " and tail.lower() in self.variants:
                words.append(tail)  # "Rakuten AI 2.0 mini"
                end = t_start + len(tail)
        first = tokens[suffix - len(parts)][0]
        return NameMention(first, end, " ".join(words), MODEL), len(words)

    def _hardware_number(self, parts: list[str], number: str, end: int) -> bool:
        """ "Ascend 910 processors", "GeForce RTX 4090", "Nvidia A 100": a product's number."""
        words = name_rules().hardware_words
        following = self.text[end : end + 20].lstrip(" -")
        return (
            self.hardware_shape.match(f"{parts[-1]} {number}") is not None
            or parts[0] in self.vendors
            or (words is not None and words.match(following) is not None)
        )

    def _window_suffix(self, token: str, start: int) -> bool:
        """ "Ghost 8B Beta 128k, liest ...": a context size that ends a name (the punctuation
        right after it says no noun follows that it counts)."""
        after = self.text[start + len(token) : start + len(token) + 1]
        return CONTEXT_SUFFIX.match(token) is not None and (after in ",;:)" and after != "")

    def _numbered_next(self, tokens: list[tuple[int, int, str]], index: int, end: int) -> bool:
        """Whether the token at ``index`` follows right after ``end`` as a version or a size."""
        if index >= len(tokens):
            return False
        n_start, _, nxt = tokens[index]
        version = (
            VERSION.match(nxt) is not None
            and not YEAR.match(nxt)
            and n_start not in self.figure_starts  # "das LLM 13.824 Mal": a count
        )
        return not self.text[end:n_start].strip() and (SIZE.match(nxt) is not None or version)

    def is_hardware(self, token: str) -> bool:
        """ "H100", "A100s", "Nvidia-H100": an accelerator the document counts; not
        "Qwen3-235B-A22B", whose numbered first part makes it a model's name. A name in two
        words with an accelerator's shape ("RTX 3090", "TPU v4") is one wherever it stands:
        no company's name has that shape."""
        if " " in token and self.hardware_shape.match(token) is not None:
            return True
        parts = token.split("-")
        return any(
            (part in self.hardware or (part.endswith("s") and part[:-1] in self.hardware))
            and not any(c.isdigit() for earlier in parts[:index] for c in earlier)
            for index, part in enumerate(parts)
        )

    def _name_at(
        self, tokens: list[tuple[int, int, str]], index: int, sentence_start: int
    ) -> tuple[NameMention, int] | None:
        t_start, _, raw = tokens[index]
        elision = ELISION.match(raw)
        if elision:
            t_start += elision.end()
            raw = raw[elision.end() :]
        token = self._clean(raw)
        named_for_a_language = self._language_before_a_name(tokens, index, token, sentence_start)
        if named_for_a_language is not None:
            return named_for_a_language
        if (
            not token
            or not (token[0].isalpha() or DIGIT_LED_NAME.match(token))
            or token in self.generic
            # not "Trillion Labs": a plain word before a word that ends a company's name
            or (token in self.lex.not_names and not self._before_org_suffix(tokens, index))
            or t_start in self.date_starts
            or t_start in self.figure_starts  # "Two years later": a number word
            # "the Basque model": a language, however it is written
            or (self.lex.language is not None and self.lex.language.fullmatch(token))
            or token in self.listed_languages
        ):
            return None
        if self.is_hardware(token) or token in self.vendors:
            return None
        machine = self.lex.machine_noun
        if machine is not None and machine.fullmatch(token):
            return None  # "des Hochleistungsrechners 42": a machine's number, no model's
        upper_first = token[0].isupper()
        segments = NAME_SEGMENT_BREAK.split(token)
        # "PanGu-α", "PanGu-Σ": a Greek letter numbers a model as a digit does.
        has_digit = any(c.isdigit() for c in token) or (
            len(segments) > 1 and GREEK_LETTER.fullmatch(segments[-1]) is not None
        )
        inner_caps = any(
            any(c.isupper() for c in segment[1:]) and not segment.isupper() for segment in segments
        )
        if not has_digit and any(
            segment.isalpha() and segment.islower() and len(segment) <= 3
            for segment in segments[1:-1]
        ):
            # "Mixture-of-Experts", "state-of-the-art": words, not a name ("LLM-jp-13B" is one)
            return None
        if not (upper_first or inner_caps or has_digit or token in self.lower_case_names):
            # "xAI's hosted model, grok-beta, costs ...": a lower-case name a model noun sets up.
            if (
                len(segments) > 1
                and segments[-1] in self.variants
                and self._after_model_noun(t_start, sentence_start, comma=True)
            ):
                return NameMention(t_start, t_start + len(token), token, MODEL), 1
            return None
        if has_digit and (not NAME_WITH_DIGITS.search(token) or RELEASE_NUMBER.match(token)):
            return None  # "v3.0.0" numbers a release of whatever the text is about
        if not (has_digit or inner_caps) and token.endswith(self.lex.not_name_endings):
            return None  # "Modelle Finnisch nur nebenbei lernen": a language
        if token.lower().endswith(self.domain_endings):
            # "H2O.ai", "Abacus.AI": a company's name written as a web address, never a model's
            return NameMention(t_start, t_start + len(token), token, NAMED, organisation=True), 1
        # Extend with versions, sizes and variant words: "Llama 3.1 405B", "Gemini 1.5 Pro".
        parts = [token]
        end = t_start + len(token)
        consumed = 1
        versioned = False
        while index + consumed < len(tokens):
            n_start, _, nxt = tokens[index + consumed]
            if self.text[end:n_start].strip():
                break
            # "LLaMA 2's: two trillion tokens": a possessive ends the name after its number.
            owned = nxt[:1].isdigit() and nxt.endswith(("'s", "’s"))
            nxt = nxt[:-2] if owned else nxt
            if JOINED_VERSION.match(nxt) and parts[-1][-1:].isalpha():
                if nxt.partition("-")[2].lower() in self.measures:
                    break  # "Added 4-bit files": a measure, no version
                versioned = True
            elif (
                VERSION.match(nxt)
                and not YEAR.match(nxt)
                # "Qihoo 360": a company's number; not "Ascend 910 processors", "RTX 4090"
                and not (
                    BARE_HUNDREDS.match(nxt)
                    and not self._hardware_number(parts, nxt, n_start + len(nxt))
                )
                and parts[-1][-1:].isalpha()
            ):
                window = self._window_suffix(nxt, n_start)
                if SIZE_ENDING.search(parts[-1]) and nxt[:1].isdigit() and not window:
                    break  # "## 2024-03-07 — Breeze-7B 1.0": a release of the sized model
                if (n_start in self.figure_starts and not window) or (
                    self.grouped_thousands and GROUPED_THOUSANDS.match(nxt)
                ):
                    break  # "das Team 13.824 Knoten": a count, in German
                versioned = True
            elif (
                SIZE.match(nxt)
                or (
                    (variant := SIZED_VARIANT.match(nxt)) is not None
                    and variant.group(1).lower() in self.variants
                )
            ) and len(parts) <= 3:
                if (
                    self.capitalises_nouns
                    and len(parts) == 1
                    and not (has_digit or inner_caps)
                    and self._after_determiner(t_start)
                ):
                    break  # "dem Bauplan 8x7B", "die Bezeichnung 8x7B": a noun, then a size
                versioned = True
            elif (
                len(parts) == 1
                and nxt in self.model_words
                and self._numbered_next(tokens, index + consumed + 1, n_start + len(nxt))
            ):
                pass  # "VARCO LLM 13B", "VARCO LLM 2.0 Medium": a word for a model inside
            elif (
                CODE_VERSION.match(nxt)
                and len(parts) == 1
                and not has_digit
                and not self._after_determiner(t_start)
            ):
                versioned = True  # "Kimi K2"; not "dem Technologiekonzern G42"
            elif (
                (versioned or has_digit)
                and self._clean(nxt) in self.name_tails
                # a title's capitals say nothing, an acronym's do: "## ... Gervásio 7B PTPT"
                and (not self.title_case or self._clean(nxt).isupper())
            ):
                pass  # "ERNIE 3.0 Titan", "Jurassic-1 Jumbo"
            elif (
                nxt.lower() in self.letter_variants
                and nxt[0].isupper()
                and (versioned or has_digit or inner_caps or parts[-1].lower() in self.variants)
            ):
                pass  # "Japanese StableLM Base Gamma 7B", "Japanese StableLM Alpha"
            elif nxt.lower() in self.variants and (
                # "Solar Pro Preview": a variant of a variant
                versioned or has_digit or len(parts) == 1 or parts[-1].lower() in self.variants
            ):
                if not nxt[0].isupper() and (
                    nxt.lower() in self.capitalised_variants
                    or not (versioned or has_digit)
                    # "the Llama 2 base model": a word for which model, before the noun
                    or (
                        nxt in self.untuned_variants
                        and self._model_noun_follows(n_start + len(nxt))
                    )
                ):
                    break
            else:
                break
            parts.append(self._clean(nxt))
            end = n_start + len(parts[-1])
            consumed += 1
            if owned:
                break
        team = self.lex.organisation_compound_head
        head = raw.rpartition("-")[2] if "-" in raw else ""
        if consumed == 1 and team is not None and team.fullmatch(head):
            return NameMention(t_start, end, token, NAMED, organisation=True), 1
        if index + consumed < len(tokens) and not versioned:
            n_start, _, nxt = tokens[index + consumed]
            if (
                nxt in self.org_suffixes
                and not self.text[end:n_start].strip()
                and (model := self._company_named_model(tokens, index + consumed, parts))
            ):
                return model  # "Rakuten AI 2.0", "Rakuten AI 7B": the company's model
            if nxt in self.org_suffixes and not self.text[end:n_start].strip():
                # "Aleph Alpha GmbH" is the company "Aleph Alpha"; "Mistral AI" keeps its "AI".
                if nxt not in self.legal_forms:
                    parts.append(nxt)
                end = n_start + len(nxt)
                consumed += 1
                branch = self._organisation_branch(tokens, index + consumed, end)
                if branch is not None:
                    # "Stability AI Japan": a plain word after the company's names its branch.
                    branch_start, branch_word = branch
                    parts.append(branch_word)
                    end = branch_start + len(branch_word)
                    consumed += 1
                name = " ".join(parts)
                return NameMention(t_start, end, name, NAMED, organisation=True), consumed
        if (
            len(parts) == 2
            and SIZE.match(parts[1])
            and not (has_digit or inner_caps or token.isupper())
            and SIZES_LISTED.match(self.text, end)
            and token not in self.capitalised
            and starts_sentence(self.text, sentence_start, t_start)
        ):
            # "Upgraded 8B and 70B models": a line's first word before listed sizes
            self.undecided.append(token)
            return None
        name = " ".join(parts)
        extended = len(parts) > 1
        # "Hunyuan-Large", "Command-R-Plus": a variant hyphenated to a name makes a model's name.
        hyphened = (
            len(segments) > 1
            and "-" in token
            and (
                segments[-1].lower() in self.variants
                # "Fugaku-LLM", "Sarashina-LM": a name hyphenated to a word for a model, or
                # "Tele-FLM": a word hyphenated to an acronym that is no common term ("Apple-CEO").
                or (
                    (
                        segments[-1] in self.model_words
                        or (
                            ACRONYM.fullmatch(segments[-1]) is not None
                            and not segments[0].isupper()
                            and segments[-1] not in self.generic
                        )
                    )
                    and not any(s in self.generic or s in self.lex.not_names for s in segments[:-1])
                )
            )
        )
        if (
            has_digit
            or versioned
            or hyphened
            or (extended and parts[-1].lower() in self.any_variants)
            or ("_" in token and token in self.lower_case_names)
        ):
            return NameMention(t_start, end, name, MODEL), consumed
        if (
            self._after_model_noun(t_start, sentence_start) or self._after_base_marker(t_start, end)
        ) and not self.title_case:
            # "sein Sprachmodell BLOOM", "le modèle Grok", "baut auf BLOOM-CLP auf": the words
            # say what the name names (not in a title, where every word is capitalised: "An
            # Open Model Built for ...").
            return NameMention(t_start, end, name, MODEL), consumed
        if inner_caps:
            # "Mistral NeMo, an openly licensed language model": the apposition says what it is.
            kind = MODEL if self._model_apposition_after(t_start, end) else NAMED
            return NameMention(t_start, end, name, kind), consumed
        strength = self._plain_word_strength(token, t_start, end, sentence_start)
        if strength != NAMED:
            self.undecided.append(token)
        if strength is not None and self.title_case and token not in self.capitalised:
            return None  # "## Where the Tokens Come From": a title's capitals name nothing
        return None if strength is None else (NameMention(t_start, end, name, strength), consumed)

    def _organisation_branch(
        self, tokens: list[tuple[int, int, str]], index: int, end: int
    ) -> tuple[int, str] | None:
        """The capitalised plain word right after a company's name ("Japan" of "Stability AI
        Japan"), unless a number follows it, which makes it a model's name ("Mistral AI
        Mixtral 8x7B")."""
        if index >= len(tokens) or self.title_case:
            return None  # "Quill Labs Releases Corvo-7B": a title's capitals say nothing
        start, _, word = tokens[index]
        word = self._clean(word)
        after = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        if (
            self.text[end:start] != " "
            or not (word.isalpha() and word.istitle())
            or word in self.generic
            or word in self.lex.not_names
            or word.casefold() in self.function_words
            or after[:1].isdigit()
        ):
            return None
        return start, word

    def _model_noun_follows(self, end: int) -> bool:
        """Whether a lower-case noun for a model comes right after ``end``."""
        noun = self.lex.model_noun
        following = NEXT_WORD.match(self.text, end)
        return (
            noun is not None
            and following is not None
            and following.group(1).islower()
            and noun.fullmatch(following.group(1)) is not None
        )

    def _language_before_a_name(
        self, tokens: list[tuple[int, int, str]], index: int, token: str, sentence_start: int
    ) -> tuple[NameMention, int] | None:
        """ "Japanese StableLM Beta 70B", "Chinese-LLaMA": a capitalised language word right
        before a name in mixed case is the name's first word."""
        if (
            not token[:1].isupper()
            or not any(language.fullmatch(token) for language in self.name_languages)
            or index + 1 >= len(tokens)
        ):
            return None
        t_start = tokens[index][0]
        n_start, _, following = tokens[index + 1]
        if self.text[t_start + len(token) : n_start] != " ":
            return None
        if not any(c.isupper() for c in following[1:]) or following.isupper():
            return None  # "Japanese text", "Japanese LLM": a language, then a noun
        found = self._name_at(tokens, index + 1, sentence_start)
        if found is None:
            return None
        mention, consumed = found
        if mention.start != n_start or mention.organisation:
            return None
        named = replace(mention, start=t_start, name=f"{token} {mention.name}")
        return named, consumed + 1

    def _after_base_marker(self, start: int, end: int) -> bool:
        """ "baut auf BLOOM-CLP auf", "a fine-tune of OLMo": what a model is built on is one,
        but not its maker ("builds on Google's Gemma 2", "baut auf Metas Llama 3.2 auf")."""
        marker = self.lex.adjacent_base_marker
        previous = PREVIOUS_WORD.search(self.text, max(0, start - 24), start)
        # Most names follow no such words: the word before tells without the full pattern.
        if (
            marker is None
            or previous is None
            or previous.group(1).casefold() not in self.lex.base_marker_ends
            or marker.search(self.text, max(0, start - 40), start) is None
        ):
            return False
        return not (
            OWNER_AFTER.match(self.text, end)
            or self.text[end - 1 : end] == "s"
            # "starts from the Meta Llama 3 checkpoint": the maker's word before the name
            or NAME_WITH_DIGITS_AFTER.match(self.text, end) is not None
        )

    def _after_determiner(self, start: int) -> bool:
        previous = PREVIOUS_WORD.search(self.text, max(0, start - 24), start)
        return previous is not None and previous.group(1).casefold() in self.lex.determiners

    def _is_short_proper_word(self, token: str) -> bool:
        """ "Wu" of "Wu Dao 2.0", "Yi" of "Yi 1.5"; not "In", "An" or "Le"."""
        return (
            len(token) == SHORT_NAME_WORD
            and token.istitle()
            and token.isalpha()
            and token not in self.lex.not_names
            and token.casefold() not in self.lex.determiners
            and token.casefold() not in self.function_words
        )

    def _is_hyphenated_proper_name(self, token: str) -> bool:
        """ "Megatron-Turing", not "Open-Source-Modell" or "KI-Labor"."""
        segments = token.split("-")
        return (
            len(segments) > 1
            and all(s.isalpha() and s.istitle() for s in segments)
            and not any(s in self.generic or s in self.lex.not_names for s in segments)
            and not (
                self.lex.compound_head is not None
                and self.lex.compound_head.fullmatch(segments[-1]) is not None
            )
        )

    def _lists_figures(self, opening: int) -> bool:
        """ "Grafikkarten (13 beziehungsweise 2,6 Mrd. Parameter)": figures in parentheses
        listed for several names, which say nothing of the word before them."""
        closing = self.text.find(")", opening, opening + PARENTHESIS_REACH)
        inside = self.text[opening : closing if closing >= 0 else opening + PARENTHESIS_REACH]
        joined = self.lex.word_coordinator
        return joined is not None and joined.search(inside) is not None

    def _after_model_noun(self, start: int, sentence_start: int, comma: bool = False) -> bool:
        nouns = self.lex.model_noun
        if nouns is None:
            return False
        pattern = PREVIOUS_WORD_AND_COMMA if comma else PREVIOUS_WORD
        previous = pattern.search(self.text, max(sentence_start, start - 40), start)
        return previous is not None and nouns.fullmatch(previous.group(1)) is not None

    def _plain_word_strength(
        self, token: str, start: int, end: int, sentence_start: int
    ) -> int | None:
        """How sure a capitalised word without digits is a name; None when it is not one."""
        if token in self.known or (token[0].isupper() and len(token) >= 3 and token.isupper()):
            # A name learnt, or an acronym that is not a generic term ("DBRX", "MPT", "IBM"):
            # a model's when an apposition says so ("SEA-LION, une famille de modèles").
            apposed = self._model_apposition_after(start, end) or (
                # "laboratoire HFL, mis en ligne le ...": the lab publishes; "Llama 3, released"
                self._released_after(end) and not self._after_organisation_noun(start)
            )
            return MODEL if apposed else NAMED
        if not token[0].isupper() or len(token) < 3:
            return None
        nouns = self.lex.apposition_noun
        if nouns is not None and nouns.fullmatch(token):
            return None  # "X ist Orsas neue Familie, erschienen im Mai": what X is, no name
        before = self.text[max(sentence_start, start - 40) : start]
        after = self.text[end : end + 40]
        anaphora = self.lex.anaphora
        if (
            self._released_after(end)
            and not (anaphora and anaphora.fullmatch(token))
            # "X (Abhinand Balachandran, publié le ...)": an aside names who made X
            and not self._opens_an_aside(start)
            # "**PolyLM-13B** : Alibaba DAMO Academy, publié le ...": its maker
            and token not in name_rules().organisation_nouns
        ):
            return MODEL  # not "Celui-ci, publié par OpenAI", a reference back
        evidence = (
            (self.lex.introducer is not None and self.lex.introducer.search(before) is not None)
            or (FIGURE_IN_PARENTHESES.match(after) is not None and not self._lists_figures(end))
            or self._after_possessive(sentence_start, start)
            or self._names_an_item(start, end)
            or self._apposition_after(after)
            or (
                self.lex.relative_clause is not None
                and self.lex.relative_clause.match(after) is not None
            )
        )
        if evidence:
            return NAMED
        if self.capitalises_nouns:
            return None
        if starts_sentence(self.text, sentence_start, start):
            # Every sentence starts with a capital: only a word seen capitalised mid-sentence
            # elsewhere ("Cohere raised ...") is a name there.
            return WEAK if token in self.capitalised else None
        return WEAK

    def _names_an_item(self, start: int, end: int) -> bool:
        """ "- **Airavata** (AI4Bharat, ...)", "- **Mistral Saba**, le 17/2/2025": a list item
        led by a bold name of one or two words and details in parentheses or after a comma
        names what it lists."""
        if self.text[start - 2 : start] not in ("**", "__"):
            return False
        line_start = self.text.rfind("\n", 0, start) + 1
        return (
            BOLD_ITEM_LEAD.fullmatch(self.text, line_start, start) is not None
            and BOLD_ITEM_DETAILS.match(self.text, end) is not None
        )

    def _after_organisation_noun(self, start: int) -> bool:
        """ "le laboratoire HFL", "das Institut VISTEC": a noun for an organisation right
        before the name."""
        previous = PREVIOUS_WORD.search(self.text, max(0, start - 24), start)
        nouns = self.lex.organisation_anaphora
        return (
            previous is not None
            and nouns is not None
            and nouns.fullmatch(previous.group(1)) is not None
        )

    def _opens_an_aside(self, start: int) -> bool:
        """Whether at most one word stands between an opening parenthesis and ``start``."""
        lead = self.text[max(0, start - 40) : start]
        opening = lead.rfind("(")
        return (
            opening >= 0
            and not re.search(r"[),;]", lead[opening:])
            and (len(lead[opening + 1 :].split()) <= 1)
        )

    def _released_after(self, end: int) -> bool:
        """ "Moonlight, released in February 2025, was ...": what is released is a model; not
        "the Council, released Falcon 180B", whose verb has an object."""
        release = self.lex.keywords.get("release")
        comma = COMMA_LEAD.match(self.text, end)
        verb = release.match(self.text, comma.end()) if comma is not None and release else None
        return verb is not None and PARTICIPLE_GOES_ON.match(self.text, verb.end()) is not None

    def _model_apposition_after(self, start: int, end: int) -> bool:
        """ "Mistral NeMo, an openly licensed language model", "SEA-LION, une famille de
        modèles": an apposition with an article says the name before it is a model's; not
        a maker's after its model ("Phi-3-medium de Microsoft, un modèle de ...")."""
        pattern = self.lex.model_apposition
        if pattern is None or pattern.match(self.text, end, end + 60) is None:
            return False
        maker = self.lex.maker_preposition
        previous = PREVIOUS_WORD.search(self.text, max(0, start - 20), start)
        attribution = self.lex.attribution
        return not (
            (maker is not None and previous is not None and maker.fullmatch(previous.group(1)))
            # "Selon Amazon, le modèle dépasse ...": a source, then the sentence's subject.
            or (
                attribution is not None
                and attribution.search(self.text[max(0, start - 30) : start]) is not None
            )
        )

    def _apposition_after(self, after: str) -> bool:
        """ "Tele-FLM, ein Basismodell": what follows the word says it names a model. Where
        every noun is capitalised, an apposition without an article ("Kleine Versuche, großes
        Modell") is a headline's list of nouns."""
        match = self.apposition.match(after) if self.apposition is not None else None
        if match is None:
            return False
        if not self.capitalises_nouns:
            return True
        words = after[match.start() : match.end()].strip(" ,\n").split()
        determiners = self.lex.data.entities.articles + self.lex.data.entities.indefinite_articles
        return bool(words) and words[0].casefold() in {w.casefold() for w in determiners}

    def _after_possessive(self, sentence_start: int, start: int) -> bool:
        """ "xAIs Grok", "Google's Gemini": a maker's possessive introduces a product name."""
        # A window, not the whole sentence: a search anchored at its end tries every start.
        window = max(sentence_start, start - POSSESSIVE_REACH)
        match = POSSESSIVE.search(self.text, window, start)
        if match is None:
            return False
        owner = match.group(1)
        lead_end = match.start()
        while lead_end > sentence_start and self.text[lead_end - 1] in SENTENCE_LEAD_CHARS:
            lead_end -= 1
        apostrophe = not self.capitalises_nouns and ("'" in match.group() or "’" in match.group())
        if (lead_end == sentence_start or self.text[lead_end - 1] == ":") and not apostrophe:
            # "Chinesisches Start-up": capitalised only because it starts the sentence; but
            # "Meta's Galactica, with 120 billion parameters" is a maker's possessive.
            return False
        return (
            len(owner) >= 2
            and owner + "s" not in self.lex.not_names
            and owner not in self.lex.not_names
            and (owner[0].isupper() or any(c.isupper() for c in owner[1:]))
        )

    def _may_name(self, word: str) -> bool:
        return (
            word[0].isupper()
            and word not in self.generic
            and word not in self.lex.not_names
            and word not in self.vendors
        )

    def learn(self, mentions: Iterable[NameMention]) -> None:
        """Learns from the mentions of the sentence just read: a title's capitals teach
        nothing about its weaker names."""
        for mention in mentions:
            if mention.anaphor or (self.title_case and mention.strength == WEAK):
                continue
            family = FAMILY_PREFIX.match(mention.name)
            if mention.model_like and family and self._may_name(family.group(1)):
                # "Pythia-12B", "Velvet 14B": the family is named "Pythia", "Velvet" on its own.
                self.known.add(family.group(1))
                self.capitalised.add(family.group(1))
                self.families.add(family.group(1))
            if " " in mention.name:
                if mention.model_like:
                    self.model_phrases.add(mention.name)
                # "Hugging Face", "Aya Expanse 32B" mid-sentence: "Hugging", "Aya" may open a
                # sentence as a name's first word.
                self.capitalised.update(w for w in mention.name.split() if w.isalpha())
                continue
            self.capitalised.add(mention.name)
            self.seen[mention.name] = self.seen.get(mention.name, 0) + 1
            # A capitalised word a document keeps using mid-sentence is one of its names.
            if mention.strength >= NAMED or self.seen[mention.name] >= REPEATED_NAME:
                self.known.add(mention.name)


# --------------------------------------------------------------------------- claims


# A word hyphenated at a line end and the line's first word: "Fugaku-" / "LLM, a model".
HYPHENATED_LINE_END = re.compile(r"(?<=\w-)\n([ \t>]*)([^\W_][\w.-]*\w|[^\W_])")


def rejoin_hyphenated_lines(text: str) -> str:
    """The text with every word a line break splits after its hyphen written whole, the
    break moved after it: "Fugaku-\nLLM, a" becomes "Fugaku-LLM\n, a". Every other
    character keeps its offset, so locations stay true."""
    return HYPHENATED_LINE_END.sub(lambda m: m.group(2) + "\n" + m.group(1), text)


@dataclass
class Context:
    """The entity the text is about at this point: the last heading's or paragraph's lead."""

    current: str | None = None


class Extractor:
    def __init__(self, document: Document, subject: str | None = None) -> None:
        self.doc = document
        self.subject = subject
        self.tables = find_tables(document.text)
        # Table rows are read cell by cell (see ``_table_claims``), not as sentences.
        self.text = rejoin_hyphenated_lines(
            blank_spans(document.text, [(t.start, t.end) for t in self.tables])
        )
        # "Compute: ~~two~~ one A100": what is struck out is withdrawn, and read as nothing;
        # of "mistralai/Mistral-7B-Instruct-v0.2", the model's name is read; "Bericht²" is
        # a word and a note's call.
        for hidden in (STRUCK_OUT, REPOSITORY_OWNER, WORD_NOTE_CALL):
            self.text = hidden.sub(lambda match: " " * len(match.group()), self.text)
        self.lex = lexicon(document.language)
        # "8 billion[^1] parameters": a footnote's mark stands between no figure and its unit.
        figures = FOOTNOTE_MARK.sub(lambda mark: " " * len(mark.group()), self.text)
        quantities = find_quantities(figures, document.language) if self.text.strip() else []
        self.quantities = merge_ranks(quantities, rank_quantities(self.text, self.lex, quantities))
        self.names = NameFinder(self.text, self.lex, self.quantities)
        self.quantity_starts = [q.start for q in self.quantities]
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        self.claims: list[Claim] = []
        self.last_organisation: str | None = None
        # The last name the text gave, of whatever kind: what "ce dernier" may refer back to.
        self.last_named: str | None = None
        # Whether the sentence that named it spoke of a machine ("le supercalculateur").
        self.last_named_by_a_machine = False
        # The name the previous sentence opened with: what "le groupe" may refer back to.
        self.last_opener: str | None = None
        self.organisations: set[str] = set()
        # "Ai2" of "Allen Institute for AI (Ai2)", "das Forschungsteam Ghost X veröffentlicht":
        # organisations whose names are shaped like models'.
        self.model_shaped_organisations: set[str] = set()
        # What a model is trained on or with, which is no model: a machine, a dataset, a method
        # the text spells out ("C-RLFT (conditioned reinforcement learning fine-tuning)").
        self.training_grounds: set[str] = set(SPELLED_OUT.findall(self.text))
        # The models a paragraph has named so far, in order, each once.
        self.paragraph_models: dict[str, None] = {}
        # The same, for every paragraph since the last heading.
        self.section_models: dict[str, None] = {}
        # The models a paragraph has said others were built from, in order, each once.
        self.paragraph_bases: dict[str, None] = {}
        self.previous_paragraph_bases: dict[str, None] = {}
        self.withdrawn_attributes: dict[QuantityKind, str] = {}
        self.withdrawn_owners: list[str] = []
        self.main_subject: str | None = None
        # The model named most often, however narrowly: whom "our model" means.
        self.most_named: str | None = None
        # What the text spoke of when the block being read began (a heading's subject too).
        self.current_subject: str | None = None
        # The question the block being read answers, and where that block starts.
        self.question: Sentence | None = None
        self.block_start = 0
        self.block_end = 0
        # A heading's block, and where the entry it opens ends (at the next heading).
        self.in_heading = False
        self.entry_end = 0
        self.main_organisation: str | None = None
        # Whether the last heading was about training ("## Training", "## Entraînement").
        self.in_training_section = False
        self.in_future_section = False
        self.in_about_section = False
        # Whether the paragraph's last sentence told a training run on counted machines
        # ("Trainiert wurde auf 21 A100-Karten."): a span of time next is the run's.
        self.after_a_run = False
        # What the bare scaled figures under a short section title count ("## La taille").
        self.section_unit: str | None = None
        # The machines a run of the paragraph was said to use ("trained on four nodes"), and
        # how many accelerators each holds ("Each node holds eight H100s").
        self.machines_of_the_run: Quantity | None = None
        self.gpus_per_machine: float | None = None
        # Where counts of such machines stand, read as the accelerators they hold.
        self.held_accelerators: set[int] = set()
        # The model the text last named as what another is built from ("il reprend X"): what
        # "le modèle d'origine" refers to.
        self.last_base: str | None = None
        # Where the text names a model by what it was built on ("die SOLAR-Variante").
        self.variant_starts: frozenset[int] = frozenset()
        # The one model whose name ends with a version ("v1.0" of "MamayLM v1.0").
        self.versioned_names: dict[str, str] = {}
        # The two models the section's heading sets against each other.
        self.duel: list[str] | None = None
        self.names_by_tail: dict[str, str] = {}
        self.tail_reference: re.Pattern[str] | None = None
        # Where the last "the first"/"the second" was read, and the models it counted among.
        self.ordinal_pair: tuple[int, list[str]] | None = None
        # The models the last plural reference of a paragraph counted: (paragraph, models).
        self.plural_group: tuple[int, list[str]] | None = None
        # The models the text last listed together ("Two models, A and B, ..."): what "both"
        # refers to when the section names too few.
        self.last_listed: list[str] = []
        # The date of the text's own byline ("*Posted March 21, 2024*"), once read.
        self.byline_date: Quantity | None = None
        # Claims (by position) that count tokens in one language.
        self.language_shares: set[int] = set()
        # Claims (by position) that may give a dataset's size rather than the tokens seen.
        self.dataset_sizes: set[int] = set()
        # Names the document uses as a model's somewhere, and by the size they end in.
        self.model_names: set[str] = set()
        self.sized_names: dict[str, str] = {}
        # The models the paragraph before named: what "both models" opening a paragraph means.
        self.previous_paragraph_models: dict[str, None] = {}
        self.mentions: dict[str, list[int]] = {}
        # Short names the document defines in parentheses after a model's: "(MT-NLG)".
        self.aliases: dict[str, str] = {}
        # Who a figure a part of which follows belongs to, by where the figure starts.
        self.owners_of_wholes: dict[int, list[str]] = {}
        # What the text spoke of at each block's start, for the tables between blocks.
        self.subject_offsets: list[int] = []
        self.subjects: list[str | None] = []
        self.title_words: frozenset[str] = frozenset()
        # The base the sentence before named, if it named one.
        self.base_just_named: str | None = None
        # The first sentences of answers to questions asking what a model is built on.
        self.base_answers: list[tuple[int, int]] = []
        # Methods the text names: "the Focused Transformer (FoT) method".
        self.methods: set[str] = set()

    def location(self, offset: int) -> SourceLocation:
        line = bisect_right(self.line_starts, offset)
        return SourceLocation(
            path=self.doc.path, line=line, column=offset - self.line_starts[line - 1] + 1
        )

    def run(self) -> DocumentClaims:
        blocks = split_blocks(
            self.text,
            self.lex.abbreviations,
            ordinal_full_stops=self.lex.data.sentences.ordinal_full_stops,
        )
        title = self.text[blocks[0].start : blocks[0].end] if blocks and blocks[0].heading else ""
        # "# airoboros: release history": a log whose title says its entries are releases.
        title_sentence = Sentence(blocks[0].start, blocks[0].end) if title else None
        release_log = (
            title_sentence
            if title_sentence is not None and self._releases(title_sentence)
            else None
        )
        self.title_words = frozenset(TITLE_WORD.findall(title))
        self.base_answers = self._answers_naming_bases(blocks)
        # Two passes: names learnt anywhere in the document are names everywhere in it.
        for block in blocks:
            for sentence in block.sentences:
                self.names.learn(self.names.sentence_mentions(sentence.start, sentence.end))
        self.names.freeze()
        models: dict[str, int] = {}
        variants: list[NameMention] = []
        # Names the text says others were built on: of two names of one size, not the one
        # "the 8B" refers to.
        bases: set[str] = set()
        renamed: str | None = None
        for block in blocks:
            for sentence in block.sentences:
                mentions = self.names.sentence_mentions(sentence.start, sentence.end)
                self._learn_organisations(mentions)
                self._learn_organisation_referred_to(mentions, sentence)
                self._learn_aliases(mentions)
                renamed = self._learn_rename(renamed, mentions, sentence)
                self._learn_training_grounds(mentions, sentence)
                for mention in mentions:
                    if self._names_a_variant(mention):
                        variants.append(mention)
                    if mention.strength >= NAMED and not mention.anaphor:
                        models[mention.name] = models.get(mention.name, 0) + 1
                    if mention.model_like and not mention.anaphor:
                        self.model_names.add(mention.name)
                        if self._built_on(mention):
                            bases.add(mention.name)
        # "Mistral NeMo also introduces Tekken": a name the text uses as a model's elsewhere
        # ("Mistral NeMo, an openly licensed language model") stays a model's. A family its
        # members' names show ("Fjord" of "Fjord-7B") is a model's name unless the text uses
        # it as a company's ("das Unternehmen MiniMax" of "MiniMax-Text-01").
        # "von Together" where the text also writes "Together AI": the company, named short.
        self.organisations |= {
            name
            for name in models
            if any(organisation.startswith(f"{name} ") for organisation in self.organisations)
        }
        self.model_names -= self.model_shaped_organisations
        self.organisations -= self.model_names
        self.organisations |= self.model_shaped_organisations
        for short_name in self.organisations:
            # "Mistral's API" where the text also writes "Mistral AI": the company's name.
            full = [
                name
                for name in self.organisations
                if name.startswith(f"{short_name} ")
                and name[len(short_name) + 1 :] in self.names.org_suffixes
            ]
            if len(full) == 1:
                self.aliases.setdefault(short_name, full[0])
        self.model_names |= self.names.families - self.organisations
        # A table's models are named in its header or its first column.
        table_names = [
            cell.text.strip("*_` ")
            for table in self.tables
            for cell in [*table.header[1:], *(row[0] for row in table.rows if row)]
        ]
        self.sized_names = names_by_size(
            [*self.model_names, *(name for name in table_names if self._names_in(name))],
            models,
            bases,
        )
        self.main_subject = dominant(models, self.organisations | self.training_grounds)
        if self.main_subject is None and title_sentence is not None and release_log is None:
            # "# Nous-Capibara-34B en cinq diapos": a title naming one model names the subject
            # (not a release log's, whose every version has a date of its own).
            titled = {
                m.name
                for m in self.names.sentence_mentions(title_sentence.start, title_sentence.end)
                if m.model_like and not m.anaphor and m.name not in self.organisations
            }
            self.main_subject = titled.pop() if len(titled) == 1 else None
        self.most_named = most_named(models, self.organisations | self.training_grounds)
        self.variant_starts = frozenset(mention.start for mention in variants)
        endings: dict[str, list[str]] = {}
        for name in self.model_names:
            ending = re.split(r"[\s-]", name)[-1]
            if ending != name and VERSION_ALONE.fullmatch(ending):
                endings.setdefault(ending, []).append(name)
        self.versioned_names = {v: names[0] for v, names in endings.items() if len(names) == 1}
        last_words: dict[str, list[str]] = {}
        for name in self.model_names:
            tail = re.split(r"[\s_-]", name)[-1].casefold()
            if len(tail) >= TAIL_LETTERS and tail.isalpha() and tail != name.casefold():
                last_words.setdefault(tail, []).append(name)
        self.names_by_tail = {
            tail: names[0]
            for tail, names in last_words.items()
            if len(names) == 1 and tail not in self.names.untuned_variants
        }
        articles = self.lex.data.entities.articles
        self.tail_reference = (
            re.compile(
                rf"(?<!\w)(?:{'|'.join(map(re.escape, articles))})\s+"
                rf"({'|'.join(map(re.escape, self.names_by_tail))})(?![\w-])",
                re.IGNORECASE,
            )
            if self.names_by_tail and articles
            else None
        )
        self.main_organisation = max(
            (name for name in models if name in self.organisations),
            key=models.__getitem__,
            default=None,
        )
        quantities = self.quantities
        context = Context(current=self.subject)
        # What the last heading that named something was about.
        section = self.subject
        q_index = 0
        # A footnote speaks of what the sentence its mark stands in spoke of.
        footnote_subjects: dict[str, str] = {}
        heading_dates: list[Quantity] = []
        dated_heading = Sentence(0, 0)
        entry_level = 0
        future_level = 0
        previous_block: Block | None = None
        # Whether items that are only a bold name have headed the items since the last
        # heading, and what the text spoke of before them.
        list_heads = False
        before_list_heads: str | None = None
        # A document that asks its questions in bold lines is an interview, whose bold
        # statements are prompts too: "**The first Prometheus appeared last autumn.**"
        prompts = ("?", ".") if any(self._ends_with(block, "?") for block in blocks) else ("?",)
        # A quiz's numbered questions, which its answer key answers by number.
        quiz_questions = {
            match.group(1): Sentence(match.start(), match.end())
            for block in blocks
            if (match := QUIZ_QUESTION.match(self.text, block.start))
        }
        for index, block in enumerate(blocks):
            self.subject_offsets.append(block.start)
            self.subjects.append(context.current or self.main_subject)
            # "**A newspaper wrote that X was trained on 1,000 GPUs. Is that right?**" over
            # "No, ...": what the question put forward, the answer denies.
            denied = self._denied_by_the_answer(block, blocks[index + 1 : index + 2])
            paragraph_lead: str | None = None
            recent: str | None = None
            item_lead: str | None = None
            family_heading = False
            self.current_subject = context.current
            # An interview's question, which the paragraph right after it answers.
            asked = previous_block is not None and previous_block.heading
            self.question = (
                Sentence(previous_block.start, previous_block.end)
                if previous_block is not None and asked and self._ends_with(previous_block, prompts)
                else None
            )
            key = ANSWER_KEY.match(self.text, block.start)
            if key is not None and key.group(1) in quiz_questions:
                # "**3 : b.** Deux jours." answers "**3. Combien de temps ... a-t-il duré ?**"
                self.question = quiz_questions[key.group(1)]
            self.block_start = block.sentences[0].start if block.sentences else block.start
            self.block_end = block.end
            previous_block = block
            self.in_heading = block.heading
            if block.heading:
                self.entry_end = next(
                    (b.start for b in blocks[index + 1 :] if b.heading), len(self.text)
                )
                # "## Training", not a title that mentions training: the durations listed
                # under it are the training's.
                heading = Sentence(block.start, block.end)
                # "## Finale: Trainingsaufwand (weniger Grafikkarten gewinnt)": an aside apart.
                title = PARENTHESISED.sub("", self.text[block.start : block.end])
                short = len(title.split()) <= SECTION_TITLE_WORDS
                self.in_training_section = short and self._has("training", heading)
                # "About Groq", "Über Argilla": a press release's boilerplate about its maker.
                about = self.lex.about_section
                self.in_about_section = (
                    short and about is not None and about.match(title.lstrip("#*_ ")) is not None
                )
                self.section_unit = self._section_unit(heading) if short else None
                # "## Planned", "### Geplant": what the section lists is still to come, up to
                # the next heading as high as it.
                level = heading_level(self.text, block.start)
                sections = self.lex.keywords.get("future_sections")
                title = self.text[block.start : block.end].strip("#*_: \n")
                if level and sections is not None and sections.fullmatch(title) is not None:
                    future_level = level
                elif level and level <= future_level:
                    future_level = 0
            self.in_future_section = bool(future_level) and not block.heading
            if self.paragraph_models:
                self.previous_paragraph_bases = dict(self.paragraph_bases)
            self.previous_paragraph_models = self.paragraph_models or self.previous_paragraph_models
            self.paragraph_models = {}
            self.paragraph_bases = {}
            if block.heading:
                self.section_models = {}
            self.after_a_run = False
            self.machines_of_the_run = None
            self.gpus_per_machine = None
            footnote = FOOTNOTE_DEFINITION.match(self.text, block.start, block.end)
            if footnote is not None:
                recent = footnote_subjects.get(footnote.group(1))
            for position, sentence in enumerate(block.sentences):
                in_sentence = []
                while q_index < len(quantities) and quantities[q_index].start < sentence.end:
                    if quantities[q_index].start >= sentence.start:
                        in_sentence.append(quantities[q_index])
                    q_index += 1
                # A dateline only ever opens a paragraph.
                dateline = (
                    DATELINE.match(self.text, sentence.start, sentence.end)
                    if sentence is block.sentences[0]
                    else None
                )
                opening = dateline.end() if dateline else sentence.start
                read = self.names.sentence_mentions(sentence.start, sentence.end)
                if not block.heading:
                    designated = self._designated_models(in_sentence, sentence)
                    own = self._own_model(sentence)
                    versions = self._versions_alone(sentence, read)
                    tails = self._tails_alone(sentence, read)
                    experts_sizes = self._experts_sizes_alone(sentence, read)
                    read = sorted(
                        [*read, *designated, *own, *versions, *tails, *experts_sizes],
                        key=lambda m: m.start,
                    )
                mentions = [
                    self._as_organisation(m) if m.name in self.organisations else m
                    for m in self._as_training_grounds(read)
                    if m.name not in self.methods
                    and not any(q.start < m.start and m.end <= q.end for q in in_sentence)
                    and m.start >= opening
                    and not self._quoted_fragment(m)
                ]
                mentions = self._with_aliases_resolved(mentions)
                mentions = [
                    self._as_variant_of(m, context.current) if m.start in self.variant_starts else m
                    for m in mentions
                ]
                mentions = without_scopes_of_sizes(mentions, self.text)
                mentions = [self._sized_family(m) for m in mentions]
                named = [m for m in mentions if not m.anaphor]
                if block.heading and position == 0:
                    self.duel = self._duel_in(named)
                for mention in named:
                    if mention.name not in self.training_grounds:
                        self.mentions.setdefault(mention.name, []).append(mention.start)
                if (
                    block.heading
                    and named
                    # not "### April 18th, 2024 — Dragoman" under "# Dragoman release history"
                    and all(m.strength < NAMED and not self._in_the_title(m.name) for m in named)
                    and any(q.kind == QuantityKind.DATE for q in in_sentence)
                ):
                    # "## 2024-05-20 — Tokenizer fix": a dated entry's plain words name no
                    # model; the entry dates what its items release.
                    mentions = [m for m in mentions if m.anaphor]
                    named = []
                if block.item and position == 0:
                    item_lead = self._bold_item_lead(block, named)
                # A heading that restates a figure names its subject, or says nothing new.
                topic = (
                    None
                    if block.heading
                    else recent
                    or paragraph_lead
                    or item_lead
                    or context.current
                    or self.main_subject
                )
                # "An earlier version of this article said ...": what it said is withdrawn.
                retracted = (
                    denied
                    or self._has("retraction", sentence)
                    or self._denied_next(sentence, block.sentences[position + 1 : position + 2])
                )
                in_sentence = self._with_machines_held(in_sentence, sentence)
                for quantity in [] if retracted else self._figures(in_sentence, named):
                    self._claim(quantity, sentence, mentions, in_sentence, topic)
                # "Dort war ... 0,09 US-Dollar vermerkt. Richtig sind 19 Cent.": the right
                # figure tells what the withdrawn one told.
                self.withdrawn_attributes = {
                    q.kind: attribute
                    for q in (in_sentence if retracted else [])
                    if (attribute := self._attribute(q, sentence, in_sentence)[0]) is not None
                }
                # "In einer früheren Fassung dieses Artikels war als Datum ... genannt": of the
                # model the correction names, else of the one the article is about.
                self.withdrawn_owners = (
                    list(dict.fromkeys(m.name for m in named if m.model_like and not m.anaphor))
                    or [m for m in (self.main_subject or self.most_named,) if m is not None]
                    if retracted
                    else []
                )
                machines = [q for q in in_sentence if q.unit is None and self._counts_machines(q)]
                self.after_a_run = self._has("training", sentence) and (
                    bool(machines)
                    or any(q.unit == "gpu" and not self._in_compound_unit(q) for q in in_sentence)
                )
                if machines and self._has("training", sentence):
                    self.machines_of_the_run = machines[-1]
                if self._opens_per_machine(sentence):
                    self.gpus_per_machine = next(
                        (float(q.value) for q in in_sentence if self._counts_accelerators(q)),
                        self.gpus_per_machine,
                    )
                elif machines:
                    # "X was tuned on four nodes with eight A100 GPUs each. Y occupied eight
                    # such nodes": what each of those machines holds.
                    self.gpus_per_machine = next(
                        (
                            float(q.value)
                            for q in in_sentence
                            if q.unit == "gpu" and self._in_each_machine(q, in_sentence)
                        ),
                        self.gpus_per_machine,
                    )
                self.byline_date = next(
                    (
                        q
                        for q in in_sentence
                        if q.kind == QuantityKind.DATE and self._dates_the_article(q, sentence)
                    ),
                    self.byline_date,
                )
                if not (block.heading or retracted) and all(
                    q.kind != QuantityKind.DATE for q in in_sentence
                ):
                    self._dated_alongside(sentence, named)
                    self._dated_that_day(sentence, named, mentions, in_sentence, topic)
                if not (block.heading or retracted):
                    self._dated_today(sentence, named, mentions, in_sentence, topic)
                if block.heading and not named:
                    # Not "*Publié le 21 mars 2024*", the text's own date.
                    dates = [
                        q
                        for q in in_sentence
                        if q.kind == QuantityKind.DATE and not self._dates_the_article(q, sentence)
                    ]
                    # "### Added" under "## [3.0.0] - 2024-04-30": a part of the dated entry,
                    # which releases what it lists when its title says so.
                    level = heading_level(self.text, sentence.start)
                    if dates or not entry_level or level <= entry_level:
                        heading_dates = dates
                        entry_level = level
                    dated_heading = sentence
                elif block.heading:
                    # "## 2024-08-15: Hermes 3 in three sizes": a date that opens a heading
                    # dates what the entry under it releases.
                    heading_dates = [
                        q
                        for q in in_sentence
                        if q.kind == QuantityKind.DATE
                        and self._opens_a_heading(q)
                        and not self._dates_a_name(q)
                    ]
                    dated_heading = sentence
                    entry_level = heading_level(self.text, sentence.start)
                elif heading_dates and (named or block.item):
                    # "## v3.0.0 (2024-12-26)" over "First public release of DeepSeek-V3": the
                    # heading dates what the first sentence under it that names something
                    # releases ("Two models:" may come first), not what it is tuned from.
                    first = next((m for m in named if m.model_like and not self._built_on(m)), None)
                    artifacts = self.lex.keywords.get("artifacts_of")
                    if first is not None and (
                        (
                            self._after_preposition(first)
                            and not (self._releases(sentence) or self._releases(dated_heading))
                        )
                        # "- 4-bit and 8-bit versions of X published": made from X
                        or (
                            artifacts is not None
                            and artifacts.search(
                                self.text, max(sentence.start, first.start - 24), first.start
                            )
                            is not None
                        )
                    ):
                        # "## 2024-10-14: quantized weights" / "files for X", "## 2024-05-20 —
                        # Tokenizer fix" / "a bug in the tokenizer of X": no model released.
                        heading_dates = []
                    released = (
                        [m.name for m in self._coordinated(first, named, notes=True)]
                        if first
                        else []
                    )
                    # "## v0.1.0 (2023-12-08): first public release": the heading may say it.
                    releasing = (
                        dated_heading
                        if not self._releases(sentence) and self._releases(dated_heading)
                        else sentence
                    )
                    if (
                        release_log is not None
                        and first is not None
                        and not self._releases(releasing)
                        # "## 09-Oct-2023: 3.1.2", not "## 2024-11-20: price update"
                        and not LOWER_CASE_WORD.search(
                            self.text, dated_heading.start, dated_heading.end
                        )
                    ):
                        releasing = release_log
                    # "## Wed 24 Jan 2024 — Llammas" over "- Instruction-tuned from
                    # Llammas-base ...": an item that names only a base releases nothing.
                    only_bases = first is None and any(m.model_like for m in named)
                    for date in [] if only_bases else heading_dates:
                        neighbours = [date, *in_sentence]
                        self._claim(date, releasing, mentions, neighbours, topic, released)
                    heading_dates = []
                lead = (
                    None
                    if block.heading and self._names_in_passing(named, sentence)
                    else self._lead_entity(named, sentence)
                )
                if block.heading and lead is not None:
                    # "**Where does the X line begin?**": a family's name heads no section
                    # that the headings naming nothing return to.
                    family_heading = any(m.name == lead and self._names_a_family(m) for m in named)
                sized = next((m for m in mentions if m.anaphor and m.extreme), None)
                if block.heading and not named and sized is not None:
                    # "**How large is the bigger model?**": the question is about that one.
                    lead = self._sized_referent(sized, mentions)
                refers_back = bool(mentions) and (
                    not named or self._opens_with_a_reference(mentions, sentence)
                )
                if paragraph_lead is None and refers_back and not block.heading:
                    # "Il a été entraîné sur ... PFN ... GENIAC. Le modèle lit ...", "The model
                    # was aligned on prompts ranked by GPT-4": a paragraph that opens by
                    # referring back is about what it refers to ("Das Basismodell ...": the
                    # base of a base and tuned pair).
                    base = any(m.base for m in mentions)
                    paragraph_lead = (self._base_referent() if base else None) or topic
                elif (
                    paragraph_lead is None
                    # "**How did you train X?** ... a method of ours called SMPO. The compute
                    # was ...": an answer is about the question's model, not another name.
                    and not (
                        self.question is not None
                        and context.current is not None
                        and lead not in self.model_names
                    )
                ) or (
                    # "AI Singapore annonce SEA-LION ... La famille comprend SEA-LION-3B et ...":
                    # a paragraph led by a name that is never a model's is about the model.
                    paragraph_lead not in self.model_names
                    and paragraph_lead != self.main_subject
                    and lead in self.model_names
                ):
                    paragraph_lead = lead or paragraph_lead
                if not block.heading:
                    recent = self._subject(mentions) or recent
                if retracted and not block.heading:
                    # "Rectificatif : une première version ... indiquait qu'X avait été entraîné
                    # sur 128 cartes. Il s'agit de 64 cartes.": the correction is of X.
                    recent = next((m.name for m in named if m.model_like), recent)
                subject = recent or paragraph_lead or context.current or self.main_subject
                for mark in FOOTNOTE_MARK.finditer(self.text, sentence.start, sentence.end):
                    if subject is not None and footnote is None:
                        footnote_subjects.setdefault(mark.group(1), subject)
                # What a model is compared with ("three billion more than GPT-3's") is not
                # what the paragraph is about.
                self.paragraph_models.update(
                    dict.fromkeys(
                        m.name
                        for m in named
                        if m.model_like and not self._relative(m) and not self._built_on(m)
                    )
                )
                if not block.heading:
                    self.section_models.update(self.paragraph_models)
                organisations = [
                    m
                    for m in named
                    if (m.organisation or (m.strength == NAMED and not m.model_like))
                    and m.name not in self.training_grounds
                ]
                if organisations and not self._opens_with_the_company(sentence):
                    self.last_organisation = self._subject_organisation(organisations, sentence)
                self.last_opener = next(
                    (m.name for m in named if starts_sentence(self.text, sentence.start, m.start)),
                    None,
                )
                self.base_just_named = next(
                    (m.name for m in named if m.model_like and self._built_on(m)), None
                )
                # "baut auf A auf, einer Variante von B": the base is A, B is A's base.
                self.last_base = next(
                    (m.name for m in named if m.model_like and self._built_on(m)),
                    self.last_base,
                )
                self.paragraph_bases.update(
                    (m.name, None) for m in named if m.model_like and self._built_on(m)
                )
                listed = [m for m in named if m.model_like and not m.organisation]
                if len(listed) > 1:
                    group = self._coordinated(listed[0], listed)
                    if len(group) > 1:
                        self.last_listed = [m.name for m in group]
                if named:
                    machine = self.lex.machine_noun
                    self.last_named = named[-1].name
                    self.last_named_by_a_machine = machine is not None and bool(
                        machine.search(self.text, sentence.start, sentence.end)
                    )
            # A heading that names something starts its subject; one that names nothing
            # ("## Training", "**And the data?**") returns to the subject of the last heading
            # that named one, whatever the paragraphs since spoke of, or keeps the current
            # subject when no heading has named one (an interview's questions).
            if footnote is not None:
                continue  # a footnote sets no subject for what follows it
            heads_a_list = (
                block.item
                and BOLD_NAME_ITEM.fullmatch(self.text, block.start, block.end) is not None
            )
            if heads_a_list and not list_heads:
                before_list_heads = context.current
            after_list_heads = list_heads and block.heading
            list_heads = (list_heads or heads_a_list) and not block.heading
            if block.heading and paragraph_lead is None and heading_dates:
                # "## v0.1.0 (2023-11-27)": a release note's entry starts afresh; the first
                # model its items name is what it speaks of.
                section = context.current = None
            elif block.heading and paragraph_lead is None:
                # "## Ce qu'il faut retenir" after items headed "1. **X** (...)": not the last
                # of them.
                context.current = section or (
                    before_list_heads if after_list_heads else context.current
                )
            elif block.heading or (
                paragraph_lead
                and (
                    not block.item
                    or context.current is None
                    # "## CodeGen2.5 (2023-07-06)" then "- New: CodeGen2.5-7B ...": the items
                    # below speak of that member.
                    or extends(paragraph_lead, context.current)
                    or names_a_part(paragraph_lead, context.current)
                    # "- **Modell:** Nous-Hermes-2-Yi-34B": the item names the sheet's model.
                    or self._names_the_sheet(block, paragraph_lead)
                    # "1. **Guanaco-65B** (UW)" over "   - Sortie : mai 2023": the items below
                    # speak of it.
                    or heads_a_list
                )
            ):
                context.current = paragraph_lead
            if block.heading and paragraph_lead is not None and not family_heading:
                section = paragraph_lead
            elif (
                paragraph_lead
                and section
                and not block.item
                and (extends(paragraph_lead, section) or names_a_part(paragraph_lead, section))
            ):
                # "# Jais ..." then "Jais-13B est ...", "# Aloe, un modèle médical" then
                # "Llama3-Aloe-8B-Alpha": the section speaks of that model.
                section = paragraph_lead
        return DocumentClaims(
            path=self.doc.path,
            language=self.doc.language,
            sha256=self.doc.sha256,
            encoding=self.doc.encoding,
            claims=first_statements(
                self._rescaled(self._without_shares_and_datasets()) + self._table_claims()
            ),
            mentions=[
                Mention(name=name, line=self.location(offsets[0]).line, count=len(offsets))
                for name, offsets in sorted(self.mentions.items(), key=lambda kv: kv[1][0])
            ],
            directives=self.doc.directives,
        )

    def _learn_aliases(self, mentions: list[NameMention]) -> None:
        """ "**StripedHyena-Hessian-7B** (SH 7B), the base model", "Megatron-Turing NLG 530B
        (MT-NLG)": a short name in parentheses right after a model's name is that model's,
        wherever the document uses it."""
        for previous, mention in pairwise(mentions):
            if (
                previous.model_like
                and not previous.anaphor
                and not mention.anaphor
                and not mention.organisation
                and mention.strength >= NAMED
                and len(mention.name) < len(previous.name)  # not "Tülu 3 (Llama 3.1 405B)"
                and self.text[previous.end : mention.start].strip(" *_") == "("
                and self.text[mention.end : mention.end + 1] == ")"
                and abbreviates(mention.name, previous.name)  # not "Llama 3 (Meta)"
            ):
                self.aliases.setdefault(mention.name, previous.name)
            former = self.lex.former_name
            if (
                former is not None
                and previous.model_like
                and not previous.anaphor
                and not mention.anaphor
                and mention.strength >= NAMED
                and former.fullmatch(self.text, previous.end, mention.start)
            ):
                # "Doubao-pro (formerly Skylark 2)": the old name stands for the new one.
                self.aliases.setdefault(mention.name, previous.name)

    def _learn_rename(
        self, renamed: str | None, mentions: list[NameMention], sentence: Sentence
    ) -> str | None:
        """ "The repo went up as A and was renamed within the hour. From here on it's B.": the
        old name stands for the new one. Returns the name a sentence says was renamed, for the
        next sentence to give its new name."""
        models = list(
            dict.fromkeys(m.name for m in mentions if m.model_like and not m.anaphor)
        )
        if renamed is not None and models and models[0] != renamed:
            self.aliases.setdefault(renamed, models[0])
        return models[0] if len(models) == 1 and self._has("renaming", sentence) else None

    def _with_aliases_resolved(self, mentions: list[NameMention]) -> list[NameMention]:
        return [
            replace(m, name=self.aliases[m.name]) if m.name in self.aliases else m for m in mentions
        ]

    def _table_claims(self) -> list[Claim]:
        """A Markdown table's cells, each read as "<row name>: <value> <column header>."
        (or with rows and columns swapped when the header row holds the names)."""
        claims: list[Claim] = []
        for table in self.tables:
            names_in_header = sum(1 for cell in table.header[1:] if self._names_in(cell.text))
            # "| Caractéristique | Kaleva-8B |": one model's sheet, its rows the attributes.
            one_model_sheet = len(table.header) == 2 and names_in_header == 1
            transposed = names_in_header >= 2 or one_model_sheet
            # "| Caractéristique | Valeur |" under "## Les chiffres": the sheet of the model
            # the text speaks of there.
            subject = (
                self._subject_at(table.start)
                if len(table.header) == 2
                and names_in_header == 0
                and not any(row and self._names_in(row[0].text) for row in table.rows)
                else None
            )
            names = 0 if transposed else self._name_columns[table.start]
            above: list[Cell] = []
            for written in table.rows:
                # "| orca_mini_v3_70b | ... | ditto | ditto |": the cell above, repeated.
                row = [
                    Cell(cell.start, above[column].text)
                    if column < len(above) and self._ditto(cell.text)
                    else cell
                    for column, cell in enumerate(written)
                ]
                above = row
                if len(row) <= names:
                    continue
                if not transposed and row[names].text.strip(" *_") in self.names.generic:
                    continue  # "| **Total** | ... | **23 cartes** |": a sum, no model's
                for column in range(min(len(row), len(table.header))):
                    if column == names or (transposed and column == 0):
                        continue
                    entity_cell, label_cell = (
                        (table.header[column], row[0])
                        if transposed
                        else (row[names], table.header[column])
                    )
                    if subject is not None:
                        entity_cell, label_cell = Cell(table.start, subject), row[0]
                    # "| Paramètres | Actifs par jeton |": what the column before counts.
                    counted = None if transposed or column < 2 else table.header[column - 1]
                    for entity_part, value_part in paired_cells(entity_cell, row[column]):
                        claims.extend(
                            self._cell_claims(entity_part, label_cell, value_part, row, counted)
                        )
        return claims

    def _quiz_option_or_key(self, quantity: Quantity) -> bool:
        """ "a) le 1er novembre 2023 · b) le 1er décembre 2023 · c) ...": a line of lettered
        choices offers figures, it states none; nor is "**5 : b.**" of an answer key a count."""
        line_start = self.text.rfind("\n", 0, quantity.start) + 1
        line_end = self.text.find("\n", quantity.end)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        key = ANSWER_KEY.match(line)
        return LETTERED_CHOICES.match(line) is not None or (
            key is not None and line_start + key.start(1) == quantity.start
        )

    def _ditto(self, text: str) -> bool:
        """Whether a table cell only says it repeats the cell above ("ditto", "idem", "〃")."""
        marks = self.lex.ditto
        return marks is not None and marks.fullmatch(text.strip(" *_")) is not None

    @cached_property
    def _name_columns(self) -> dict[int, int]:
        """For each table (by where it starts), the column that names the rows' models: of
        those whose cells name one in most rows ("| Freigabe | Modell | ... |" puts a date
        first), the one headed by a word for a model ("| Grundlage | Modell | ... |" names the
        bases first), else the first of them; else the first column."""
        labels = self.lex.model_label
        columns = {}
        for table in self.tables:
            naming = [
                column
                for column in range(len(table.header))
                if 2
                * sum(
                    1
                    for row in table.rows
                    if column < len(row) and self._names_in(row[column].text)
                )
                > len(table.rows)
            ]
            labelled = [
                column
                for column in naming
                if labels is not None
                and labels.fullmatch(table.header[column].text.strip("*_` ")) is not None
            ]
            columns[table.start] = next(iter(labelled or naming), 0)
        return columns

    @cached_property
    def _table_names(self) -> set[str]:
        """The models the document's tables name in their name column or header row."""
        cells = [
            cell
            for table in self.tables
            for column in [self._name_columns[table.start]]
            for cell in [*table.header, *(row[column] for row in table.rows if len(row) > column)]
        ]
        return {
            m.name
            for cell in cells
            for m in NameFinder(cell.text, self.lex).sentence_mentions(0, len(cell.text))
            if m.model_like and not m.anaphor
        }

    def _subject_at(self, offset: int) -> str | None:
        """What the text spoke of where ``offset`` stands."""
        index = bisect_right(self.subject_offsets, offset)
        return self.subjects[index - 1] if index else self.main_subject

    def _names_in(self, text: str) -> bool:
        finder = NameFinder(text, self.lex)
        return any(m.model_like for m in finder.sentence_mentions(0, len(text)) if not m.anaphor)

    def _cell_claims(
        self,
        entity_cell: Cell,
        label_cell: Cell,
        value_cell: Cell,
        row: list[Cell],
        counted: Cell | None = None,
    ) -> list[Claim]:
        # "| Mistral 7B (Basis) |": a note in parentheses after the name is no part of it.
        # "| [X-70B](https://huggingface.co/...) |": a link's text.
        linked = MARKDOWN_LINK.sub(r"\1", entity_cell.text)
        entity = CELL_NOTE.sub("", linked.strip("*_` ")).strip("*_` ")
        # "69 Mrd.²", "64 × TPU v4¹": a mark that calls a note is no part of the figure.
        value = NOTE_CALL.sub("", value_cell.text).strip()
        if not value or not any(c.isalpha() for c in entity):
            return []
        breakdown = CELL_BREAKDOWN.match(value)
        # "64 (8 nœuds × 8 A100)" under "GPU d'entraînement": the count is the one before.
        figure = breakdown.group(1) if breakdown else value
        prefix = f"{entity}: "
        # A header's words are no names: "Active 800M" would read as a model's name.
        label = label_cell.text.strip("*_` ").lower()
        words = [w.strip("()[]") for w in label.split()]
        # The header's head noun may stand last ("Active parameters", "Context (tokens)") or
        # first ("Tokens d'entraînement"): the first reading that yields a claim is the cell's.
        readings = [f"{figure} {label}"]
        noted = CELL_NOTE_AFTER_FIGURE.match(value) if breakdown is None else None
        if noted is not None:
            # "46,7 Mrd. (12,9 Mrd. aktiv)" under "Parameter": the header's noun goes with the
            # figure before the note, which says what it holds.
            readings.insert(0, f"{noted.group(1)} {label} {noted.group(2)}")
        active = self.lex.keywords.get("active_parameters")
        if counted is not None and active is not None and active.search(label):
            # "Actifs par jeton" after "Paramètres": active parameters; "davon aktiv je Token"
            # after "Parameter gesamt": the noun of the column before, without its "gesamt".
            counted_words = counted.text.strip("*_` ").lower().split()
            readings += [f"{figure} {word} {label}" for word in counted_words]
            readings.append(f"{figure} {' '.join(counted_words)} {label}")
        # "Size (billions of parameters)": the unit the header gives in parentheses, also
        # without its linking words ("7 billions parameters").
        prepositions = {w.casefold() for w in self.lex.data.entities.prepositions}
        for unit in HEADER_UNIT.findall(label):
            unlinked = " ".join(w for w in unit.split() if w.casefold() not in prepositions)
            readings += [f"{figure} {unit}", f"{figure} {unlinked}"]
            # "Parameter (Mrd.)": the scale in parentheses, then the noun before it, read
            # first ("7,7 parameter" alone would count seven parameters).
            readings.insert(0, f"{figure} {unit} {HEADER_UNIT.sub('', label).strip()}")
        if len(words) > 1:
            readings += [f"{' '.join(words[:-1])} {figure} {words[-1]}", f"{figure} {words[0]}"]
        readings.append(value)  # "512 TPUv5e" under "Training hardware" says what it counts
        serving = self.lex.keywords.get("inference")
        training = self.lex.data.entities.training_phrase
        if training and not (serving is not None and serving.search(label)):
            # "16 TPU v4" under "Cartes", "32" under "GPUs": a model's table counts what
            # trained it.
            readings += [f"{training} {value}", f"{training} {figure} {label}"]
        dates = self.lex.date_label
        if dates is not None and dates.fullmatch(label) and self.lex.data.entities.release_phrase:
            readings.insert(0, f"{self.lex.data.entities.release_phrase} {figure}")
        cell_claims: list[Claim] = []
        for reading in readings:
            phrase = f"{prefix}{reading}."
            cell_doc = Document(
                path=self.doc.path, language=self.doc.language, sha256=self.doc.sha256, text=phrase
            )
            cell_claims = Extractor(cell_doc, subject=entity).run().claims
            if cell_claims:
                break
        value_start = value_cell.start + (len(value_cell.text) - len(value_cell.text.lstrip()))
        row_text = " ".join(c.text.strip() for c in row)
        found = []
        for claim in cell_claims:
            if claim.source.column - 1 < len(prefix):
                continue
            found.append(
                replace(
                    claim,
                    entity=entity,
                    entity_text=entity,
                    text=value,
                    sentence=row_text,
                    source=self.location(value_start),
                )
            )
        return found

    def _learn_training_grounds(self, mentions: list[NameMention], sentence: Sentence) -> None:
        """ "entraînés sur MareNostrum 5", "trained on RefinedWeb": what a model is trained on
        (a machine, a dataset) is no model, wherever the document names it; nor is how it is
        trained ("the Focused Transformer (FoT) method"), which names nothing a figure is of."""
        drawn_from = self.lex.drawn_from
        previous: NameMention | None = None
        for mention in mentions:
            lead = self.text[max(sentence.start, mention.start - TRAINED_ON_REACH) : mention.start]
            if mention.anaphor:
                continue
            if (
                previous is not None
                and previous.name in self.methods
                and self._gap_words(previous.end, mention.start) <= ALIAS_GAP
                and re.search(r"[,(]", self.text[previous.end : mention.start])
            ):
                # "Focused Transformer, kurz FoT": the method's short name.
                self.methods.add(mention.name)
            previous = mention
            # "the 15 trillion tokens of Llama 3" are a model's, "tokens of Southeast Asian
            # text" name no source: only a sure name that is no model's is a dataset.
            introduced = self.lex.dataset_lead
            if (
                self._trained_on(mention, sentence)
                or (
                    drawn_from is not None
                    and mention.strength == NAMED
                    and drawn_from.search(lead) is not None
                )
                or (introduced is not None and introduced.search(lead) is not None)
                or (
                    self.lex.counted_dataset is not None
                    and self.lex.counted_dataset.match(self.text, mention.end) is not None
                )
                or self._apposed_training_ground(mention)
            ):
                self.training_grounds.add(mention.name)
            elif (
                self.lex.method_after is not None
                and self.lex.method_after.match(self.text, mention.end) is not None
            ) or (self.lex.method_before is not None and self.lex.method_before.search(lead)):
                self.methods.add(mention.name)

    def _apposed_training_ground(self, mention: NameMention) -> bool:
        """ "sur Taipei-1, le supercalculateur que NVIDIA exploite", "On IndoMMLU, a
        collection of 14,906 exam questions": a name a word for a machine or a dataset stands
        in apposition to names that."""
        apposed = APPOSED_WORDS.match(self.text, mention.end)
        if apposed is None or mention.strength < NAMED:
            return False
        words = apposed.group(1).split()
        machine, dataset = self.lex.machine_noun, self.lex.dataset_noun
        indefinite = self.lex.indefinite_article
        return (
            words[0].casefold() in self.lex.articles
            and machine is not None
            and any(machine.fullmatch(word) for word in words[1:])
        ) or (
            # a dataset's name has no version or size to make it a model's
            not mention.model_like
            and indefinite is not None
            and indefinite.fullmatch(words[0]) is not None
            and dataset is not None
            and any(dataset.fullmatch(word) for word in words[1:])
        )

    def _trained_on(self, mention: NameMention, sentence: Sentence) -> bool:
        """Whether words for training on something stand right before the name."""
        trained_on = self.lex.trained_on
        lead = self.text[max(sentence.start, mention.start - TRAINED_ON_REACH) : mention.start]
        return trained_on is not None and trained_on.search(lead) is not None

    def _as_training_grounds(self, mentions: list[NameMention]) -> list[NameMention]:
        """The mentions with each training ground as what it is, a thing that is no model,
        also where a reference right after one stands for it ("entraînés sur MareNostrum 5 ;
        celui-ci compte 4 400 GPU" speaks of the machine). Figures given to them are dropped."""
        kept: list[NameMention] = []
        ground: str | None = None
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.name in self.training_grounds:
                ground = mention.name
                kept.append(replace(mention, strength=NAMED, organisation=True))
                continue
            if mention.anaphor and ground is not None:
                # It stands for the machine: its figures are found, then dropped as the machine's.
                kept.append(replace(mention, name=ground, anaphor=False))
                ground = None
            else:
                kept.append(mention)
                # "sur MareNostrum 5, à Barcelone ; celui-ci": a place in between keeps it.
                ground = ground if mention.organisation or not mention.model_like else None
        return kept

    def _learn_organisations(self, mentions: list[NameMention]) -> None:
        """Names the document uses for organisations: "the company X", "X's", "Granite
        d'IBM", "DBRX from Databricks", "Mistral AI". Their figures go to models first."""
        named = [m for m in mentions if not m.anaphor]
        for index, mention in enumerate(named):
            before = self.text[max(0, mention.start - 30) : mention.start]
            maker = (
                index > 0
                and named[index - 1].model_like
                and self.lex.maker_preposition is not None
                and self.lex.maker_preposition.fullmatch(
                    self.text[named[index - 1].end : mention.start].strip()
                )
                is not None
            )
            # "Databricks releases DBRX", "X on Wednesday released Y": the maker of Y; not
            # "Mit Chinchilla stellt DeepMind ... vor", where X is what is presented.
            releases = (
                index + 1 < len(named)
                and not (self.lex.data.entities.verb_second and self._after_preposition(mention))
                and (
                    named[index + 1].model_like
                    or (
                        named[index + 1].strength >= NAMED
                        and self._gap_words(mention.end, named[index + 1].start) <= MAKER_GAP
                    )
                )
                and "," not in self.text[mention.end : named[index + 1].start]
                and self.lex.keywords["release"] is not None
                and self.lex.keywords["release"].search(
                    self.text, mention.end, named[index + 1].start
                )
                is not None
            )
            # "Mit Chinchilla stellt DeepMind ... vor": after a fronted phrase, the name right
            # after the release verb is the subject that releases.
            presents = (
                self.lex.data.entities.verb_second
                and index > 0
                and self._after_preposition(named[index - 1])
                and self.lex.keywords["release"] is not None
                and self.lex.keywords["release"].fullmatch(
                    self.text[named[index - 1].end : mention.start].strip()
                )
                is not None
            )
            # "Forscher von Nous Research, EleutherAI und ...": next in a list of organisations.
            listed = (
                index > 0
                and (named[index - 1].organisation or named[index - 1].name in self.organisations)
                and self.text[named[index - 1].end : mention.start].strip() == ","
            )
            if (
                mention.organisation
                or maker
                or releases
                or presents
                or listed
                # "Google's Gemini", "Musk's company": an owner; not "sixteen times GLaM's.",
                # a possessive that stands for the noun it leaves out.
                or OWNERS_POSSESSIVE.match(self.text, mention.end) is not None
                or (
                    index + 1 < len(named)
                    and self.lex.maker_possessive is not None
                    and self.lex.maker_possessive.fullmatch(
                        self.text, mention.end, named[index + 1].start
                    )
                    is not None
                )
                or (
                    self.lex.organisation_lead is not None
                    and self.lex.organisation_lead.search(before) is not None
                )
                or (
                    self.lex.organisation_compound_lead is not None
                    and self.lex.organisation_compound_lead.search(before) is not None
                )
            ) and not mention.model_like:
                self.organisations.add(mention.name)
            elif (
                releases
                and not any(c.isdigit() for c in mention.name)
                and self.lex.organisation_compound_lead is not None
                and self.lex.organisation_compound_lead.search(before) is not None
            ):
                # "Das Forschungsteam Ghost X veröffentlicht Ghost 8B Beta": a team that
                # releases a model, however shaped like a model's name.
                self.model_shaped_organisations.add(mention.name)
            elif (
                self._abbreviates_an_organisation(mention)
                or self._apposed_organisation(mention)
                or (self.lex.handle_lead is not None and self.lex.handle_lead.search(before))
                or (
                    self.lex.organisation_head is not None
                    and self.lex.organisation_head.match(self.text, mention.end) is not None
                )
                or (
                    self.lex.organisation_title is not None
                    and self.lex.organisation_title.search(before) is not None
                )
            ):
                self.model_shaped_organisations.add(mention.name)

    def _apposed_organisation(self, mention: NameMention) -> bool:
        """ "AI4Bharat, the open-source language technology lab at IIT Madras": an apposition
        whose head is a noun for an organisation; not "DBRX, an open model that the company
        ...", whose head is a model."""
        apposition = self.lex.organisation_apposition
        match = apposition.match(self.text, mention.end) if apposition is not None else None
        nouns = self.lex.apposition_noun
        return match is not None and not (nouns is not None and nouns.search(match.group()))

    def _abbreviates_an_organisation(self, mention: NameMention) -> bool:
        """ "Allen Institute for AI (Ai2)": a short name in parentheses after a name whose
        words include a capitalised noun for an organisation, however shaped like a model's."""
        nouns = self.lex.organisation_anaphora
        if nouns is None or self.text[mention.start - 1 : mention.start] != "(":
            return False
        # "Le Centre des ressources et\ntechnologies linguistiques (CJVT)": wrapped text
        # carries a name over a line.
        paragraph_start = self.text.rfind("\n\n", 0, mention.start) + 1
        before = self.text[max(paragraph_start, mention.start - 60) : mention.start - 1]
        # "L'Instituto de Ingeniería del Conocimiento (IIC)": a word after an elided article.
        words = [ELISION.sub("", word) for word in before.split()]
        return any(
            word[:1].isupper()
            and (nouns.fullmatch(word) is not None or word in name_rules().organisation_nouns)
            for word in words[-ORGANISATION_NAME_WORDS:]
        )

    def _learn_organisation_referred_to(
        self, mentions: list[NameMention], sentence: Sentence
    ) -> None:
        """ "Google hat offengelegt, wie LaMDA entstanden ist, das der Konzern ... vorgeführt
        hatte": the name a sentence opens with, which a noun for a company refers back to
        later in it, is the company's; the other name is what it made."""
        nouns = self.lex.organisation_anaphora
        named = [m for m in mentions if not m.anaphor]
        if nouns is None or len(named) < 2 or named[0].model_like:
            return
        first = named[0]
        if not starts_sentence(self.text, sentence.start, first.start):
            return
        # "das der Konzern", "que l'entreprise": the noun after an article refers back; not
        # "Konzern X", which names, nor "modèle d'entreprise", which qualifies.
        for match in nouns.finditer(self.text, named[1].end, sentence.end):
            article = ARTICLE_BEFORE.search(self.text, max(0, match.start() - 12), match.start())
            if article is None or not (
                article.group(1) is not None or article.group(2).casefold() in self.lex.determiners
            ):
                continue
            if not any(0 <= m.start - match.end() <= 2 for m in named):
                self.organisations.add(first.name)
                return

    def _as_organisation(self, mention: NameMention) -> NameMention:
        return NameMention(
            mention.start, mention.end, mention.name, WEAK, mention.anaphor, True, mention.plural
        )

    def _subject(self, mentions: list[NameMention]) -> str | None:
        """The model a sentence is about, for "it" and "das Modell" in the next one: its first
        model name that is neither a source ("laut X"), nor after a preposition ("im Vergleich
        zu X"), nor a predecessor. None when the sentence refers back itself."""
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.anaphor and mention.extreme:
                # "Le plus grand des deux attire l'attention. Celui-ci ...": the model it picks.
                return self._sized_referent(mention, mentions)
            if mention.anaphor and mention.position:
                return self._ordinal_referent(mention, mentions)
            if mention.anaphor and mention.open:
                return self._open_referent(mention, mentions)
            if mention.anaphor and mention.plural:
                # "Beide Modelle bauen auf LLaMA auf.": the pair the paragraph keeps counting.
                self._plural_referents(mention, mentions)
                return None
            if mention.anaphor:
                return None
            # "Techniquement, FinGTP-Forecaster repose sur ...": a name the text calls a model
            # elsewhere ("FinGTP-Forecaster : un modèle ouvert") is one here too.
            known = mention.model_like or self._model_named_elsewhere(mention.name)
            if (
                not known
                or mention.organisation
                or mention.name in self.training_grounds
                or self._is_attribution(mention)
            ):
                continue
            if self._names_a_family(mention):
                continue  # "First model of the Hermes 2 line, out today. It has ..."
            if self._built_on(mention):
                continue  # "Als Ausgangspunkt diente ihnen Mistral 7B", "hat ... Phi-2 weiter ..."
            if self._apposed_to_a_sibling(mention):
                continue  # "sort du même four que sa petite sœur, Chocolatine-3B"
            introduced = self.lex.introduced_variant
            if introduced is not None and introduced.search(
                self.text, max(0, mention.start - 40), mention.start
            ):
                continue  # "Eine zweite Ausgabe, Ghost 8B Beta 128k, liest ...": a side variant
            lead_in = self.text[max(0, mention.start - 24) : mention.start]
            if (
                self.lex.preposition is not None
                and self.lex.preposition.search(lead_in)
                and not self._names_the_topic(mention)
            ):
                continue
            if self._relative(mention) or self._opens_a_contrast(lead_in):
                continue
            if self.lex.base_marker is not None and self.lex.base_marker.search(lead_in):
                continue  # "Sa partie linguistique reprend Mistral 7B": what it builds on
            return mention.name
        return None

    def _model_named_elsewhere(self, name: str) -> bool:
        """Whether the text calls ``name`` a model elsewhere, and it is neither a company's
        nor a family's ("Seed" of "Seed-OSS-36B")."""
        return (
            name in self.model_names
            and name not in self.organisations
            and not any(extends(other, name) for other in self.model_names if other != name)
        )

    def _names_a_variant(self, mention: NameMention) -> bool:
        """ "die SOLAR-Variante", "cette version Mistral", "the SOLAR version": a name with a
        word for a version of a model right after or right before it."""
        after, before = self.lex.variant_noun_after, self.lex.variant_noun_before
        if mention.anaphor or not mention.name.isalpha():
            return False  # "die Chat-Variante PolyLM-MultiAlpaca-13B" gives a full name
        reach = max(0, mention.start - 20)
        noun = before.search(self.text, reach, mention.start) if before is not None else None
        if noun is None and (after is None or after.match(self.text, mention.end) is None):
            return False
        # "auf Basis einer Qwen-Version mit 72 Milliarden": some version of the base itself.
        lead = PREVIOUS_WORD.search(
            self.text, max(0, mention.start - 40), noun.start() if noun else mention.start
        )
        indefinite = self.lex.indefinite_article
        return lead is None or indefinite is None or indefinite.fullmatch(lead.group(1)) is None

    def _as_variant_of(self, mention: NameMention, current: str | None) -> NameMention:
        """The model "die X-Variante" stands for: the one model of the document whose name
        carries the word after its first part ("KULLM-Polyglot-12.8B-v2" of "die
        Polyglot-Variante"), else, when the word begins the name of another model the
        document names ("SOLAR-10.7B"), the model the text speaks of there; else the name
        as written."""
        word = mention.name
        carrying = [
            name
            for name in self.model_names
            if word in re.split(r"[\s-]", name)[1:] and not name.startswith(word)
        ]
        subject = current or self.main_subject or self.most_named
        if len(carrying) == 1:
            return replace(mention, name=carrying[0], strength=NAMED)
        if carrying or subject is None or subject.startswith(word):
            return mention
        if any(name.startswith(word) and name != subject for name in self.model_names):
            return replace(mention, name=subject, strength=NAMED)
        return mention

    def _names_a_family(self, mention: NameMention) -> bool:
        """ "the Hermes 2 line", "la famille Llama", "die Qwen-Familie": a family's name."""
        after, before = self.lex.family_noun_after, self.lex.family_noun_before
        return bool(
            (after is not None and after.match(self.text, mention.end))
            or (
                before is not None
                and before.search(self.text, max(0, mention.start - 20), mention.start)
            )
        )

    def _opens_a_contrast(self, lead_in: str) -> bool:
        """ "..., là où SeaLLM-13B reposait sur Llama 2": a name right after "whereas" is the
        subject of a side clause, not what the sentence is about."""
        opener = self.lex.clause_opener
        end = len(lead_in.rstrip())
        return opener is not None and any(m.end() == end for m in opener.finditer(lead_in))

    def _relative(self, mention: NameMention) -> bool:
        """Whether the name is what something is compared with ("im Vergleich zu X")."""
        base = max(0, mention.start - 24)
        lead_in = self.text[base : mention.start].rstrip(" :,—–-")
        relative = self.lex.relative.search(lead_in) if self.lex.relative is not None else None
        if relative is None:
            return False
        # "Son successeur WizardLM-2 8x22B est ...", "Der Vorgänger X, ..., brachte es auf":
        # a sentence that opens with the phrase is about the model it names.
        opening = OPENING_POSSESSIVE.search(lead_in, 0, relative.start())
        possessive = self.lex.opening_determiner
        if opening is None or possessive is None or not possessive.fullmatch(opening.group(1)):
            return True
        before = self.text[max(0, base - 2) : base + opening.start()].rstrip(" \t")
        return not (before == "" or before.endswith((".", "!", "?", "\n")))

    def _opens_with_a_reference(self, mentions: list[NameMention], sentence: Sentence) -> bool:
        """Whether the sentence opens with a reference back and names no model but as an
        object ("The model was aligned on prompts ranked by GPT-4"; not "Le modèle phare,
        Granite 3.0 8B, compte ...")."""
        first = min(mentions, key=lambda m: m.start)
        return (
            first.anaphor
            and starts_sentence(self.text, sentence.start, first.start)
            and all(self._after_preposition(m) for m in mentions if m.model_like and not m.anaphor)
        )

    def _ends_with(self, block: Block, marks: str | tuple[str, ...]) -> bool:
        """Whether a heading block's text, without its emphasis, ends with one of ``marks``."""
        return block.heading and self.text[block.start : block.end].rstrip(" *_\n").endswith(marks)

    def _answers_naming_bases(self, blocks: list[Block]) -> list[tuple[int, int]]:
        """ "**What are they built on?**" over "The 7B models on Mistral-7B, the 70B models on
        CodeLlama-70B.": what the answer's first sentence names are bases."""
        marker = self.lex.base_marker
        answers = []
        for question, answer in pairwise(blocks):
            text = self.text[question.start : question.end].strip(" *_#\n")
            if (
                marker is not None
                # "**[00:01:05] Camille :** Qu'est-ce qu'il y a sous le capot ?": a turn
                # that only asks, in a transcript, asks as a heading does.
                and (question.heading or len(question.sentences) == 1)
                and text.endswith("?")
                and not answer.heading
                and answer.sentences
                and marker.search(text.rstrip("?")) is not None
            ):
                answers.append((answer.sentences[0].start, answer.sentences[0].end))
        return answers

    def _in_the_title(self, name: str) -> bool:
        """Whether the document's first line, a heading, has ``name`` as one of its words:
        "# Dragoman release history"."""
        return name in self.title_words

    def _bold_item_lead(self, block: Block, named: list[NameMention]) -> str | None:
        """ "- **Mistral Saba** (Mistral AI, Paris), le 17/2/2025 : ..., une fenêtre de 32 000
        jetons": the one name a list item opens with in bold, which its figures are about when
        no name stands near them."""
        lead = BOLD_ITEM_LEAD.match(self.text, block.start, block.end)
        first = named[0] if named else None
        if lead is None or first is None or first.start != lead.end():
            return None
        closed = BOLD_NAME_CLOSED.match(self.text, first.end)
        return first.name if closed is not None and first.strength >= NAMED else None

    def _names_the_sheet(self, block: Block, lead: str) -> bool:
        """Whether a list item is labelled with a noun for a model and gives its name: "-
        **Modell:** X", "- **Model:** X"."""
        label = LABEL.match(self.text, block.start, block.end)
        labels = self.lex.model_label
        return (
            block.item
            and label is not None
            and labels is not None
            and labels.fullmatch(label.group(1).strip()) is not None
            and self.text[label.end() : block.end].strip(" *_.\n").startswith(lead)
        )

    def _names_in_passing(self, named: list[NameMention], sentence: Sentence) -> bool:
        """ "**How does it compare with Llama 2 7B?**", "**Why not a mixture of experts, like
        Mixtral?**": an interviewer's question that names models only as what the subject is
        set against asks about the subject still."""
        if not self.text[sentence.start : sentence.end].rstrip(" *_").endswith("?"):
            return False
        models = [m for m in named if m.model_like]
        return (
            bool(models)
            and all(self._after_preposition(m) for m in models)
            and self._gap_words(sentence.start, models[0].start) > QUESTION_LEAD_WORDS
        )

    def _lead_entity(self, named: list[NameMention], sentence: Sentence) -> str | None:
        """The name a paragraph opens with, which its later references point back to: the
        first model name, or a name before it that starts its sentence ("BLOOM has ...,
        more than OPT-175B")."""
        dated_entry = self.in_heading and any(
            q.kind == QuantityKind.DATE and sentence.start <= q.start < sentence.end
            for q in self.quantities
        )
        names = [
            m
            for m in named
            # "### April 18th, 2024 — Dragoman" under "# Dragoman release history"
            if (m.strength >= NAMED or (dated_entry and self._in_the_title(m.name)))
            and not self._is_attribution(m)
            and m.name not in self.training_grounds
            and not self.names.is_hardware(m.name)  # "H100 cards in a commercial cloud"
            # "« Une mairie ou une PME doit pouvoir ... »": a word a quoted speaker names,
            # unless shaped like a model's name ("# « Lucarne-12B nous a surpris »")
            and (m.model_like or not self._inside_a_quotation(m.start))
        ]
        # "Grundlage ist Metas Llama 3.3 70B": what the subject is built on leads nothing, nor
        # does a family named in passing ("First model of the Hermes 2 line"), unless a heading
        # names it ("Les points forts de la famille Orka-3").
        models = [
            m
            for m in names
            if m.model_like
            and not self._built_on(m)
            and (self.in_heading or not self._names_a_family(m))
            # "sort du même four que sa petite sœur, Chocolatine-3B": a sibling compared with
            and not self._apposed_to_a_sibling(m)
        ]
        if not models and any(m.model_like for m in names):
            return None
        if models and self._names_the_topic(models[0]):
            return models[0].name  # "Für Aguila-7B hat das BSC Falcon-7B weitertrainiert."
        if self.lex.data.entities.verb_second:
            # "In Vergleichen auf WMT23 übertrifft X ...": after a fronted phrase, the subject.
            models = [m for m in models if not self._after_preposition(m)] or models
        elif len(models) == 1 and self._answered_by_a_name(models[0], sentence):
            # "From Llama 2 7B." answering "What did you start from?": what the answer
            # starts from leads nothing; the sentence after it names the subject.
            return None
        if not models:
            # "installé à l'IDRIS": a name after a preposition is a place or a partner; but
            # "Mit Chinchilla stellt DeepMind ... vor" is about what the maker presents.
            subjects = [m for m in names if not self._after_preposition(m)]
            if subjects and all(m.name in self.organisations for m in subjects):
                presented = [m for m in names if m.name not in self.organisations]
                if presented and presented[0].start < subjects[0].start:
                    return presented[0].name
            # "Google hat offengelegt, wie LaMDA entstanden ist, das der Konzern ...": what
            # the company made leads.
            made = [m for m in subjects if m.name not in self.organisations]
            return (made or subjects)[0].name if subjects else None
        release = self.lex.keywords.get("release")
        for name in names:
            if name is models[0]:
                break
            opens = starts_sentence(self.text, sentence.start, name.start)
            # "Baidu et Peng Cheng Lab ont présenté ERNIE 3.0 Titan": what a sentence releases
            # leads, not who releases it.
            # "SenseTime hat am 10. April 2025 SensNova V6 veröffentlicht": in German the
            # participle closes the clause.
            until = sentence.end if self.lex.data.entities.verb_second else models[0].start
            releases = release is not None and release.search(self.text, name.end, until)
            # "London, 19. Januar 2024 – ...": a dateline's place opens the sentence too.
            if (
                opens
                and not name.organisation
                and name.name not in self.organisations
                and not releases
                and self.text[name.end : name.end + 1] != ","
            ):
                return name.name
        return models[0].name

    def _sized_family(self, mention: NameMention) -> NameMention:
        """ "The smaller Fauno was trained on ...": a family's name after words for a size is
        a reference to the member of that size."""
        lead = self.lex.sized_lead
        if (
            mention.anaphor
            or lead is None
            or not any(extends(name, mention.name) for name in self.model_names)
        ):
            return mention
        sized = lead.search(self.text, max(0, mention.start - SIBLING_REACH), mention.start)
        if sized is None or "\n" in self.text[sized.start() : mention.start]:
            return mention
        phrase = " ".join(self.text[sized.start() : mention.start].lower().split())
        extreme = self.lex.size_extremes.get(phrase)
        if extreme is None:
            return mention
        return NameMention(
            sized.start(), mention.end, mention.name, MODEL, anaphor=True, extreme=extreme
        )

    def _apposed_to_a_sibling(self, mention: NameMention) -> bool:
        """ "sort du même four que sa petite sœur, Chocolatine-3B", "beats its smaller
        sibling, X": a name apposed to words for a sibling inside a clause names what the
        model is set against; not "Its smaller sibling, X, has ...", which opens with it."""
        siblings = self.lex.size_anaphora
        if siblings is None:
            return False
        window = max(0, mention.start - SIBLING_REACH)
        return any(
            SIBLING_APPOSITION.fullmatch(self.text, match.end(), mention.start)
            and CLAUSE_OPENING.search(self.text, max(0, match.start() - 4), match.start()) is None
            for match in siblings.finditer(self.text, window, mention.start)
        )

    def _figures(self, quantities: list[Quantity], names: list[NameMention]) -> list[Quantity]:
        """Quantities that are not part of a name ("Llama 3.1", "Ascend 910B")."""
        spans = [*((n.start, n.end) for n in names), *self.names.hardware_spans]
        return [
            q
            for q in quantities
            if not any(start <= q.start < end for start, end in spans)
            # "`dolly-v2-12b`" read as no name: a size hyphenated to words is still a name's
            and not (
                self._glued_size(q)
                and NAME_BEFORE_SIZE.search(self.text, max(0, q.start - 40), q.start) is not None
            )
        ]

    def _is_attribution(self, mention: NameMention) -> bool:
        pattern = self.lex.attribution
        return (
            pattern is not None
            and pattern.search(self.text[max(0, mention.start - 30) : mention.start]) is not None
        )

    # ---------------------------------------------------------------- one figure

    def _describes_a_model(self, quantity: Quantity) -> bool:
        """ "the 70B model", "das 8-Milliarden-Modell", "the 8B one": a figure used to name the
        model."""
        following = self.text[quantity.end : quantity.end + 20].lstrip(" -")
        return any(
            pattern is not None and pattern.match(following) is not None
            for pattern in (self.lex.apposition_noun, self.lex.size_pronoun)
        )

    def _designated_models(
        self, in_sentence: list[Quantity], sentence: Sentence
    ) -> list[NameMention]:
        """ "The 9B and 27B checkpoints went public ...", "...; the small 2B checkpoint
        followed": sizes that open a clause and pick out models, as the names the document
        gives those sizes ("Gemma 2 9B"), when one name has that size."""
        found = []
        for quantity in in_sentence:
            if self._glued_size(quantity):
                size = quantity.text.casefold()
            elif self._sized_adjective(quantity):
                size = size_suffix(float(quantity.value))
            else:
                continue
            members = self._figure_list(quantity, in_sentence)
            name = self.sized_names.get(size)
            if name is not None and (
                (
                    self._describes_a_model(members[-1])
                    and (
                        self._opens_a_clause(members[0].start, sentence)
                        or self._object_of_the_writers(members[0].start, sentence)
                    )
                )
                or self._size_as_a_noun(quantity)
            ):
                found.append(NameMention(quantity.start, quantity.end, name, MODEL))
        return found

    def _sized_adjective(self, quantity: Quantity) -> bool:
        """ "The 13-billion-parameter model needed about 30 hours": a count of parameters
        written as one hyphenated word, after an article and before a noun for a model."""
        return (
            quantity.unit == "parameter"
            and isinstance(quantity.value, float)
            and "-" in quantity.text.strip("-")
            and " " not in quantity.text
            and self._after_article(quantity)
            and self._describes_a_model(quantity)
        )

    def _size_as_a_noun(self, quantity: Quantity) -> bool:
        """ "The 8B is built on ...", "For the 70B we needed ...", "over the supervised 7B": a
        size after an article, with no unit after it, is the model of that size."""
        if quantity.unit is not None or len(self._figure_list(quantity, [quantity])) > 1:
            return False
        following = self.text[quantity.end : quantity.end + 2]
        return (
            self._article_before_size(quantity.start, self._glued_size(quantity))
            and not following[:1].isalnum()
            and following[:1] != "-"
        )

    def _article_before_size(self, start: int, glued: bool) -> bool:
        """Whether an article stands before the size at ``start``; before one written the way
        names write sizes, one word may stand between that describes it ("the supervised 7B"),
        but no noun the size describes ("ses versions 8B et 70B")."""
        previous = PREVIOUS_WORD.search(self.text, max(0, start - 24), start)
        nouns = self.lex.apposition_noun
        if (
            glued
            and previous is not None
            and previous.group(1).islower()
            and previous.group(1).casefold() not in self.lex.articles
            and (nouns is None or nouns.fullmatch(previous.group(1)) is None)
        ):
            previous = PREVIOUS_WORD.search(
                self.text, max(0, previous.start() - 24), previous.start()
            )
        return previous is not None and previous.group(1).casefold() in self.lex.articles

    def _experts_sizes_alone(
        self, sentence: Sentence, read: list[NameMention]
    ) -> list[NameMention]:
        """ "The 8x7B needed thirty-two H100s": a size of experts, which is no figure, after an
        article is the one model of the document whose name gives it."""
        found = []
        for match in EXPERTS_SIZE_ALONE.finditer(self.text, sentence.start, sentence.end):
            name = self.sized_names.get(match.group().casefold())
            if (
                name is not None
                and not any(m.start <= match.start() < m.end for m in read)
                and self._article_before_size(match.start(), glued=True)
            ):
                found.append(NameMention(match.start(), match.end(), name, MODEL))
        return found

    def _versions_alone(self, sentence: Sentence, read: list[NameMention]) -> list[NameMention]:
        """ "Wo v0.1 nach 8.192 Token abschneidet, liest v1.0 bis zu 128K": a version written
        alone is the one model of the document whose name ends with it ("MamayLM v1.0")."""
        return [
            NameMention(match.start(), match.end(), self.versioned_names[match.group()], NAMED)
            for match in VERSION_ALONE.finditer(self.text, sentence.start, sentence.end)
            if match.group() in self.versioned_names
            and not any(m.start <= match.start() < m.end for m in read)
        ]

    def _tails_alone(self, sentence: Sentence, read: list[NameMention]) -> list[NameMention]:
        """ "Maestrale-chat-v0.3-alpha ...; Maestrale-chat-v0.4-beta ... The beta fixes most of
        that": the last word of one model's name, after an article, is that model."""
        if self.tail_reference is None:
            return []
        return [
            NameMention(
                match.start(1), match.end(1), self.names_by_tail[match.group(1).casefold()], NAMED
            )
            for match in self.tail_reference.finditer(self.text, sentence.start, sentence.end)
            if not any(m.start <= match.start(1) < m.end for m in read)
        ]

    def _own_model(self, sentence: Sentence) -> list[NameMention]:
        """ "Why did you pick X as the base? -- Our model keeps that size": the writers' own
        model is the one the document is about, not the one just named."""
        own = self.lex.own_anaphora
        if own is None or self.most_named is None:
            return []
        return [
            NameMention(match.start(), match.end(), self.most_named, MODEL)
            for match in own.finditer(self.text, sentence.start, sentence.end)
        ]

    def _object_of_the_writers(self, start: int, sentence: Sentence) -> bool:
        """ "We ran the 8B fine-tune on ...": the writers' verb and at most one more word
        before the size, none a preposition; the figures that follow are the sized model's,
        since the writers are no model."""
        words = re.findall(r"[\w'’]+", self._clause_before(sentence, start))
        preposition = self.lex.preposition
        first_person = self.lex.first_person
        return (
            2 <= len(words) <= 3
            and first_person is not None
            and first_person.fullmatch(words[0]) is not None
            and not any(preposition is not None and preposition.fullmatch(w) for w in words)
        )

    def _clause_before(self, sentence: Sentence, position: int) -> str:
        """The text from the start of the clause ``position`` stands in up to it."""
        lead = self.text[sentence.start : position]
        return lead[max(lead.rfind(c) for c in ",;:") + 1 :]

    def _opens_a_clause(self, start: int, sentence: Sentence) -> bool:
        """Whether at most two words, none a preposition, stand between the start of the
        sentence or clause and ``start`` ("The small 2B ...", "; the 27B ...")."""
        words = re.findall(r"[\w'’]+", self._clause_before(sentence, start))
        preposition = self.lex.preposition
        return len(words) <= 2 and not any(
            preposition is not None and preposition.fullmatch(word) for word in words
        )

    def _glued_size(self, quantity: Quantity) -> bool:
        """ "9B", "70B": a size written the way names write it."""
        if quantity.scale_word is None:
            return False
        number = quantity.text[: -len(quantity.scale_word)]
        return (
            number[-1:].isdigit() and quantity.scale_word in self.lex.data.attributes.size_suffixes
        )

    def _designates_a_model(self, quantity: Quantity, neighbours: list[Quantity]) -> bool:
        """ "a variant of the 2B model", "das 2B-Modell", "its 2B predecessor", "in 3B and 7B
        sizes": a size written the way names write it, before a noun for a model, picks a
        model out; it states no figure of the one the sentence is about. So does a context
        size written the same way: "the 32k variant"."""
        glued_thousands = (
            quantity.scale_word in ("k", "K") and quantity.text[:-1].replace(",", "").isdigit()
        )
        if not (self._glued_size(quantity) or glued_thousands):
            return False
        last = self._figure_list(quantity, neighbours)[-1]
        following = self.text[last.end : last.end + 20].lstrip(" -")
        relative = self.lex.relative_word
        # "pour la version 13B", "the variant 7B": a noun for a model right before the size.
        noun = PREVIOUS_WORD.search(self.text, max(0, quantity.start - 24), quantity.start)
        nouns = self.lex.apposition_noun
        return (
            self._describes_a_model(last)
            or (
                # "The 8K window": a context size the way names write it is still a figure.
                self._size_as_a_noun(quantity)
                and isinstance(quantity.value, float)
                and quantity.value >= MIN_NAMED_SIZE
            )
            or (relative is not None and relative.match(following) is not None)
            or (
                noun is not None
                and nouns is not None
                and nouns.fullmatch(noun.group(1)) is not None
            )
        )

    def _quoted(self, quantity: Quantity) -> bool:
        """'the "9B" in the name': a figure in quotation marks is talked about, not stated."""
        return self._in_quotes(quantity.start, quantity.end)

    def _inside_a_quotation(self, position: int) -> bool:
        """Whether ``position`` stands between a quotation's opening mark and its closing one
        in the paragraph: « ... », „ ... “, “ ... ”."""
        start = self.block_start
        german = self.text.find("„", start, position) >= 0  # where “ closes a quotation
        for opening, closing in QUOTATION_MARKS:
            opened = self.text.rfind(opening, start, position)
            if opening == "“" and german:
                continue
            if opened >= 0 and self.text.rfind(closing, opened + 1, position) < 0:
                return True
        return False

    def _in_quotes(self, start: int, end: int) -> bool:
        # French sets its guillemets apart with a space: « A3B ».
        before = self.text[max(0, start - 2) : start].rstrip(" \u00a0\u202f")[-1:]
        after = self.text[end : end + 2].lstrip(" \u00a0\u202f")[:1]
        return bool(before) and before in "\"'„“«‘‚" and bool(after) and after in "\"'“”»’‘"

    def _quoted_fragment(self, mention: NameMention) -> bool:
        """'Das Kürzel "A3B" im Namen': the last part of a model's name, in quotation marks,
        is talked about; it names nothing."""
        return self._in_quotes(mention.start, mention.end) and any(
            name.endswith(f"-{mention.name}") for name in self.model_names
        )

    def _vague(self, quantity: Quantity) -> bool:
        """ "Hunderttausende GPUs", "several thousand", "des milliers": no figure to compare."""
        pattern = self.lex.vague
        window = self.text[max(0, quantity.start - 12) : quantity.end]
        return pattern is not None and pattern.search(window) is not None

    def _in_compound_unit(self, quantity: Quantity) -> bool:
        """ "7 million GPU hours", "GPU-Stunden": a compound unit, not a count of GPUs."""
        compound = self.lex.compound_unit
        following = self.text[quantity.end : quantity.end + 16].lstrip(" -")
        return compound is not None and bool(
            compound.search(quantity.unit_text or "") or compound.match(following)
        )

    def _article_before_a_machine(self, quantity: Quantity) -> bool:
        """ "a TPU v3-256 slice", "einem TPU-v3-256-Verbund", "a GPU cluster": the article
        goes with the machine the accelerators make up; it counts nothing."""
        words = quantity.text.split()
        if quantity.unit != "gpu" or quantity.value != 1 or words[0].isdigit():
            return False
        if len(words) > 2:
            return False  # "un seul GPU A100", "a single H100 GPU": one, said so
        following = self.text[quantity.end : quantity.end + 24]
        next_word = following.split(maxsplit=1)[0] if following.strip() else ""
        machine = self.lex.machine_noun
        return (
            following.startswith("-")
            or any(c.isdigit() for c in next_word)
            or (machine is not None and machine.match(next_word) is not None)
        )

    def _claim(
        self,
        quantity: Quantity,
        sentence: Sentence,
        mentions: list[NameMention],
        neighbours: list[Quantity],
        topic: str | None,
        owners: list[str] | None = None,
    ) -> None:
        """Records what ``quantity`` states, of the entities it is about (``owners`` when the
        caller knows them)."""
        attribute, unit = self._attribute(quantity, sentence, neighbours)
        if attribute is None and quantity.kind in self.withdrawn_attributes:
            attribute = self.withdrawn_attributes[quantity.kind]
            owners = owners or self.withdrawn_owners
        if attribute is None:
            return
        if self._per_item(quantity, sentence, neighbours):
            total = (
                self._machines_times_each(quantity, sentence, neighbours)
                if attribute == "training_gpus"
                else None
            )
            if total is None:
                # "Taille : 7,24 milliards de paramètres chacun" under "## A ou B ?"
                owners = self._each_of_the_models(quantity, sentence) or (
                    self._duel_owners(quantity, sentence, mentions, neighbours) or []
                )
                if not owners:
                    return
            else:
                neighbours = [total if q is quantity else q for q in neighbours]
                quantity = total
        # "4.096 Chips ...; für ERNIE reservierte das Team 1.920 davon": the part of a machine's
        # accelerators a run used is the run's count.
        if attribute not in PART_ATTRIBUTES and (
            self._part_of_a_figure(quantity, sentence)
            or self._part_of_an_opening_whole(quantity, sentence, neighbours, unit)
        ):
            return
        if self._part_of_a_stated_sum(quantity, neighbours):
            return
        if self._multiplied(quantity, neighbours):
            return
        if self._quiz_option_or_key(quantity):
            return
        if self._difference(quantity) or self._size_class(quantity, sentence):
            return
        if self.in_future_section:
            return
        if (
            self.in_about_section
            and attribute not in ORGANISATION_ATTRIBUTES
            and not any(m.model_like and not m.anaphor for m in mentions)
        ):
            return  # "About KoboldAI ... Its Horde, a network of some 600 GPUs": the maker's
        if self._set_against(quantity, sentence, neighbours, mentions):
            return
        if attribute != "release_date" and self._to_come(quantity, sentence):
            return
        checkpoint = self.lex.keywords.get("checkpoint")
        if (
            attribute == "training_tokens"
            and checkpoint is not None
            and checkpoint.search(self.text, sentence.start, quantity.start) is not None
        ):
            return  # "a checkpoint of the same model after 800B tokens": not the model's training
        if unit in COUNT_UNITS and self._in_compound_unit(quantity):
            return
        following = self.text[quantity.end : quantity.end + 16].lstrip(" -")
        machine_time = self.lex.machine_time
        if unit in DURATION_UNITS and machine_time is not None and machine_time.match(following):
            return
        if unit in COUNT_UNITS and self.lex.rate is not None and self.lex.rate.match(following):
            return  # "über 2.200 Token pro Sekunde": a throughput
        step = self.lex.step_before
        if step is not None and step.search(
            self.text, max(sentence.start, quantity.start - ADJACENT), quantity.start
        ):
            return  # "a thinking budget set in multiples of 512 tokens"
        if (
            self._vague(quantity)
            or self._article_before_a_machine(quantity)
            or self._quoted(quantity)
            or self._designates_a_model(quantity, neighbours)
        ):
            return
        # "its smaller sibling has 7 billion": a sibling the paragraph names is no unnamed one.
        extreme = max(
            (m for m in mentions if m.anaphor and m.extreme and m.end <= quantity.start),
            key=lambda m: m.end,
            default=None,
        )
        # "Sein großer Bruder folgte am 26. Dezember 2023: Notux-8x7B-v1": named after all.
        named_after_colon = any(
            m.model_like and not m.anaphor and self.text[quantity.end : m.start].strip() == ":"
            for m in mentions
        )
        if (
            attribute != "rank"
            and (extreme is None or self._sized_referent(extreme, mentions) is None)
            and not named_after_colon
            and self._of_an_unnamed_variant(quantity, sentence, mentions, neighbours)
        ):
            return  # not "Platz eins unter den offenen Modellen mit weniger als ..."
        opener = self.lex.class_opener
        if (
            opener is not None
            and quantity.unit != "expert"  # "routes each token among 40 experts"
            # "unter den offenen Modellen Platz eins": the class a rank is counted in.
            and attribute != "rank"
            and opener.search(
                self.text, max(sentence.start, quantity.start - KEYWORD_WINDOW), quantity.start
            )
        ):
            return  # "first among 7B base models": which models, not how large one is
        qualifier, quote_start, quote_end = self._qualifier(quantity, sentence, unit)
        if qualifier == Qualifier.EXACT and self._negated(quantity, sentence):
            return  # "Despite its name it does not hold 56 billion parameters"
        if attribute in ORGANISATION_ATTRIBUTES:
            recipient = (
                self._recipient(quantity, sentence, mentions) if attribute == "investment" else None
            )
            entities = [recipient] if recipient else self._organisation(quantity, mentions)
        elif owners:
            entities = owners
        elif (duel := self._duel_owners(quantity, sentence, mentions, neighbours)) is not None:
            entities = duel
        elif (whole := self._whole_owners(quantity, neighbours)) is not None:
            # "46,7 Milliarden Parameter, von denen pro Token nur 12,9 Milliarden aktiv sind":
            # a part is the whole's owner's.
            entities = whole
        else:
            entities = self._entities(
                quantity,
                sentence,
                mentions,
                topic,
                describes=self._describes_a_model(quantity),
                # "5e du classement LMArena": the leaderboard ranks, it is not ranked
                ranked=attribute == "rank",
                released=attribute == "release_date",
            )
            position, size = self._figure_list_position(quantity, neighbours)
            if (
                size > 1
                # "MiMo-7B de Xiaomi et Kanana-Nano-2.1B de Kakao comptent respectivement 7 et
                # 2,1 milliards": makers between the models are none of the list's owners.
                and (len(entities) != size or any(e in self.organisations for e in entities))
                and self._has("respectively", sentence)
            ):
                # "A with 360 million parameters and B with 135 million, saw 4 trillion and
                # 2 trillion tokens respectively": the models the sentence named before the list.
                first = self._figure_list(quantity, neighbours)[0]
                before = [
                    m
                    for m in sorted(mentions, key=lambda m: m.start)
                    if not m.anaphor and m.end <= first.start
                ]
                named = list(dict.fromkeys(m.name for m in before if m.model_like))
                if len(named) != size:
                    # "GLaM and ERNIE 3.0 Titan ... respectively": a name without digits too.
                    sure = [m for m in before if m.strength >= NAMED and not m.organisation]
                    named = list(dict.fromkeys(m.name for m in sure)) or named
                if len(named) != size:
                    # "The pair keeps Llama 3's context, and the two models hold 70.6 billion
                    # and 8.03 billion parameters, respectively": what the plural names.
                    plural = [m for m in before if m.anaphor and m.plural == size]
                    referents = self._plural_referents(plural[-1], mentions) if plural else []
                    named = referents if len(referents) == size else named
                # "- Parameters: 1.6B and 3.1B respectively" under the entry naming the models.
                named = named or list(self.paragraph_models or self.previous_paragraph_models)
                entities = named if len(named) == size else entities
            if size > 1 and len(entities) == size:
                # "A and B have 3 billion and 7 billion parameters": one figure each, in order.
                entities = [entities[position]]
            elif (
                attribute == "parameters"
                and self._sizes_of_a_family(quantity, neighbours, mentions)
                and not self._opens_as_a_whole(quantity, sentence)
            ):
                # "in drei Größen (102, 51 und 2 Mrd. Parameter)": sizes of a family, each the
                # member's whose name gives it ("The two PolyLM base models (1.7 billion and 13
                # billion parameters)"), else nobody's.
                sized = [self._sized_member(entity, quantity, mentions) for entity in entities]
                if sized == entities:
                    return
                entities = sized
            if attribute == "training_tokens" and topic is not None and self._added(quantity):
                # "Continued pretraining of Llama 2 7B, which Meta had pretrained on 2 trillion
                # tokens, with roughly 12 billion further tokens": what the base was given.
                bases = {m.name for m in mentions if not m.anaphor and self._built_on(m)}
                # "- **Llammas-base** (...) : Llama 2 7B, ..., prolongé sur 5 milliards de jetons
                # supplémentaires": a model named after the subject that opens the sentence.
                bases |= self._named_after_the_opening_subject(sentence, mentions, topic)
                # "The larger of the pair starts from ... Llama 2 ... and was trained on a
                # further 800 billion tokens": the model the sentence opens with.
                heir = self._subject(mentions) or topic
                entities = [heir if entity in bases else entity for entity in entities]
            if attribute == "parameters":
                entities = [self._sized_member(entity, quantity, mentions) for entity in entities]
                fitting = [self._owner_of_the_size(e, quantity, mentions) for e in entities]
                entities = [entity for entity in fitting if entity is not None]
            sharer = self._shares_the_figure(quantity, mentions)
            if sharer is not None and entities and sharer not in entities:
                entities = [*entities, sharer]
        if owners is None and self._opens_the_answer(quantity, sentence):
            asked = self._models_asked_about(sentence, mentions, answered_first=True)
            if len(asked) == 1:
                entities = asked
        if attribute == "release_date":
            # "## 2024-01-02: Nous Research funding": a company is founded or funded, not
            # released.
            entities = [e for e in entities if e not in self.organisations]
            if self.in_heading and len(entities) == 1:
                # The family's date is its members' too.
                entities = [*entities, *self._members_in_entry(entities[0])]
            asked = self._models_asked_about(sentence, mentions)
            if len(asked) > 1 and self._asked("release", sentence):
                # "**A, B, C and D all appeared at once. When?**" over "On 23 May 2023, ...".
                entities = asked
        if (
            attribute == "parameters"
            and len(entities) > 1
            and qualifier in (Qualifier.UP_TO, Qualifier.AT_LEAST)
            and any(m.plural for m in mentions if m.end <= quantity.start)
        ):
            return  # "Alle acht Modelle bleiben unter 50 Milliarden Parametern": a bound
        grounds = [e for e in entities if e in self.training_grounds]
        entities = [e for e in entities if e not in self.training_grounds]
        drawn = any(m.name in grounds and quantity.end <= m.start < sentence.end for m in mentions)
        # "OpenLLaMA 7B: ..., 1T tokens of RedPajama": the tokens the model saw; not
        # "RefinedText 2 holds 5 trillion tokens", the dataset's size. A machine's figure
        # is its own only where it counts what a machine has ("MareNostrum 5 compte 4 400
        # GPU"); "auf einem TPU-v3-256-Verbund, das Training dauerte 35 Tage" times the model.
        # "Training ran on MareNostrum 5 with 32 nodes ..., 128 GPUs in total": what a run used
        # of the machine it ran on.
        connector = self.lex.machine_connector
        ran_on = (
            attribute == "training_gpus"
            and connector is not None
            and any(
                m.name in grounds
                and self._trained_on(m, sentence)
                and (
                    connector.match(self.text, m.end)
                    # "sur MareNostrum 5, le nouveau supercalculateur du BSC : 32 GPU H100"
                    or APPOSITION_THEN_COLON.fullmatch(self.text, m.end, quantity.start)
                )
                for m in mentions
            )
        )
        if (
            grounds
            and not entities
            and (
                drawn if attribute == "training_tokens" else attribute != "training_gpus" or ran_on
            )
        ):
            models = [m for m in mentions if m.model_like and m.name not in self.training_grounds]
            opening = self._sentence_subject(sentence, models)
            entities = [opening.name] if opening is not None else [topic] if topic else []
        makers = [e for e in entities if e in self.organisations]
        sold = self._model_topic(topic)
        if attribute == "price" and makers and sold is not None:
            # "l'IIC propose un accès par API, facturé 0,45 euro": a maker sells its model's use.
            entities = [sold if e in makers else e for e in entities]
        if not entities:
            return
        if self._whole_of_a_part(quantity):
            self.owners_of_wholes[quantity.start] = entities
        value: float | str = quantity.value
        if attribute == "rank" and isinstance(value, float) and not value.is_integer():
            return
        if isinstance(value, str) and value.startswith("--"):
            value = self._dated_in_year(quantity, value)
        upper = quantity.upper
        currency = hundredth_currency(self.doc.language, unit) if unit else None
        if currency is not None and isinstance(value, float):
            # "25 Cent pro Million Token": a quarter of a euro, comparable with "0,15 €"; of
            # the sentence's own currency where it names one ("1 milliard de dollars, ...
            # 12 centimes").
            # "... 0,09 US-Dollar vermerkt. Richtig sind 19 Cent.": else the paragraph's.
            preceding = self.quantities[
                bisect_left(self.quantity_starts, self.block_start) : bisect_left(
                    self.quantity_starts, sentence.start
                )
            ]
            named = [
                q.unit
                for q in [*neighbours, *reversed(preceding)]
                if q.kind == QuantityKind.CURRENCY and q.unit
            ]
            value, unit = value / 100, next((u for u in named if u.isupper()), currency)
            upper = upper / 100 if upper is not None else None
        change = self.lex.change
        if (
            upper is not None
            and change is not None
            and change.search(
                self.text, max(sentence.start, quantity.start - ADJACENT), quantity.start
            )
        ):
            # "up from 236B to 671B": two figures of two times, each of its own model, which
            # the sentence does not name apart; neither is a range.
            return
        if upper is not None:
            qualifier = Qualifier.RANGE
            if attribute == "parameters" and isinstance(value, float) and upper > SPAN * value:
                return  # "the family spans 0.5 to 14 billion parameters": sizes, not one figure
            if attribute == "parameters" and len(entities) > 1:
                return  # "every model sits between 6.8 and 12 billion parameters": the group's
        sentence_text = " ".join(self.text[sentence.start : sentence.end].split())
        quote = " ".join(self.text[quote_start:quote_end].split())
        as_of = self._as_of(quantity, neighbours) if attribute in ORGANISATION_ATTRIBUTES else None
        language_share = attribute == "training_tokens" and self._in_one_language(
            quantity, sentence
        )
        dataset_size = attribute == "training_tokens" and self._sizes_a_dataset(quantity, sentence)
        if dataset_size and self._has("partly_used", sentence):
            return  # "Die Datensammlung umfasst 200 Mrd. Token; verwendet wurde nur ein Teil davon"
        for entity in entities:
            if language_share:
                self.language_shares.add(len(self.claims))
            if dataset_size:
                self.dataset_sizes.add(len(self.claims))
            self.claims.append(
                Claim(
                    id=f"{self.doc.path}#{len(self.claims) + 1}",
                    entity=entity,
                    entity_text=entity,
                    attribute=attribute,
                    value=value,
                    unit=unit,
                    qualifier=qualifier,
                    upper=upper,
                    text=quote,
                    sentence=sentence_text,
                    language=self.doc.language,
                    source=self.location(quote_start),
                    scale_word=quantity.scale_word,
                    as_of=as_of,
                )
            )

    def _duel_in(self, named: list[NameMention]) -> list[str] | None:
        """ "## Aya 23 35B ou Marcoroni-70B ?": the two models a heading sets against each
        other, whose section then compares them point by point."""
        models = [m for m in named if m.model_like]
        joiner = self.lex.duel_joiner
        if len(models) != 2 or joiner is None:
            return None
        between = self.text[models[0].end : models[1].start].strip(" \t*_")
        return [m.name for m in models] if joiner.fullmatch(between) else None

    def _duel_owners(
        self,
        quantity: Quantity,
        sentence: Sentence,
        mentions: list[NameMention],
        neighbours: list[Quantity],
    ) -> list[str] | None:
        """In a section that compares two models, for a line that names neither: "35
        milliards de paramètres contre 69 billions" (the first, then the second), "7,24
        milliards chacun" (both), "neuf heures ... pour le second" (the one it counts)."""
        if self.duel is None or any(m.model_like and not m.anaphor for m in mentions):
            return None
        ordinal = next(
            (m for m in mentions if m.position and m.start >= quantity.end),
            next((m for m in reversed(mentions) if m.position), None),
        )
        if ordinal is not None:
            return [self.duel[-1] if ordinal.position < 0 else self.duel[ordinal.position - 1]]
        contrast = self.lex.contrast
        ordered = sorted(neighbours, key=lambda q: q.start)
        index = next(i for i, q in enumerate(ordered) if q is quantity)
        previous = ordered[index - 1].end if index > 0 else quantity.start
        following = ordered[index + 1].start if index + 1 < len(ordered) else quantity.end
        if contrast is not None and contrast.search(self.text, previous, quantity.start):
            return [self.duel[1]]  # "35 milliards contre 69": the second's
        if contrast is not None and contrast.search(self.text, quantity.end, following):
            return [self.duel[0]]
        both = self.lex.both_sides
        if both is not None and both.search(self.text, sentence.start, sentence.end):
            return list(self.duel)
        return None

    def _in_one_language(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "32 Milliarden Token Finnisch", "tokens of Finnish text", "das finnische Material
        umfasste 32 Milliarden Token": a count of tokens said to be in one language."""
        languages = self.lex.language
        if languages is None:
            return False
        clause = self._clause_before(sentence, quantity.start)
        after = self.text[quantity.end : min(sentence.end, quantity.end + LANGUAGE_REACH)]
        named = languages.search(after)
        if named is not None and self.lex.listed_after is not None:
            # "tokens of English text, multilingual data and source code": one kind of many.
            rest = self.text[quantity.end + named.end() : sentence.end]
            if self.lex.listed_after.match(rest):
                named = None
        return languages.search(clause) is not None or named is not None

    def _without_shares_and_datasets(self) -> list[Claim]:
        """The claims, without a count of tokens in one language where the document gives the
        same model a larger count (that one is the whole, the other its share), nor the size
        of a dataset where it says how many tokens the model saw."""
        largest: dict[str, float] = {}
        seen: set[str] = set()
        for index, claim in enumerate(self.claims):
            if claim.attribute != "training_tokens" or not isinstance(claim.value, float):
                continue
            if index in self.dataset_sizes:
                continue  # what a dataset holds is neither the whole a model saw nor a part
            if index not in self.language_shares:
                largest[claim.entity] = max(largest.get(claim.entity, 0.0), claim.value)
            # "10 billion tokens of Dutch text" are tokens the model saw, too
            seen.add(claim.entity)
        return [
            claim
            for index, claim in enumerate(self.claims)
            if not isinstance(claim.value, float)
            or (
                (index not in self.language_shares or largest.get(claim.entity, 0.0) <= claim.value)
                and (index not in self.dataset_sizes or claim.entity not in seen)
            )
        ]

    def _rescaled(self, claims: list[Claim]) -> list[Claim]:
        """The claims, each figure the text later corrects in its scale ("2,1 Billionen
        Parameter ... EDIT: Natürlich 2,1 Milliarden, nicht Billionen") read as corrected."""
        negation = self.lex.scale_negation
        if negation is None:
            return claims
        corrections: dict[tuple[str, str], Quantity] = {}
        for quantity in self.quantities:
            denied = negation.match(self.text, quantity.end)
            if quantity.scale_word and denied is not None:
                written = LEADING_DIGITS.match(quantity.text)
                if written is not None:
                    corrections[(written.group(), denied.group(1).casefold())] = quantity
        if not corrections:
            return claims
        fixed = []
        for claim in claims:
            written = LEADING_DIGITS.match(claim.text)
            right = (
                corrections.get((written.group(), claim.scale_word.casefold()))
                if written is not None and claim.scale_word
                else None
            )
            if right is not None and self.location(right.start).line > claim.source.line:
                claim = replace(claim, value=right.value, scale_word=right.scale_word)
            fixed.append(claim)
        return fixed

    def _opens_with_the_company(self, sentence: Sentence) -> bool:
        """ "Das Unternehmen wurde von Forschern von Google DeepMind gegründet": a sentence
        about the company named before, whatever other companies it names."""
        nouns = self.lex.organisation_anaphora
        end = min(sentence.end, sentence.start + 60)
        words = ELIDED_WORDS.findall(self.text, sentence.start, end)
        return (
            nouns is not None
            and len(words) >= 2
            and words[0].casefold().replace("’", "'") in self.lex.articles
            and nouns.fullmatch(words[1]) is not None
        )

    def _subject_organisation(self, organisations: list[NameMention], sentence: Sentence) -> str:
        """The organisation a later "it" or "the company" refers to: the one the sentence opens
        with ("Mistral AI was founded by researchers of Google DeepMind. It raised ..."), else
        the last one not governed by a preposition."""
        first = organisations[0]
        if first.organisation and starts_sentence(self.text, sentence.start, first.start):
            return first.name
        free = [m for m in organisations if not self._after_preposition(m)]
        return (free or organisations)[-1].name

    def _section_unit(self, heading: Sentence) -> str | None:
        """What a short section title says its bare figures count: "## La taille"."""
        units = self.lex.data.attributes.section_units
        words = re.findall(r"[^\W\d_]+", self.text[heading.start : heading.end])
        named = {units[w.lower()] for w in words if w.lower() in units}
        # "Two sizes, more data": a title that names two counts says nothing of either.
        return named.pop() if len(named) == 1 else None

    def _labelled_unit(self, quantity: Quantity, sentence: Sentence) -> str | None:
        """ "- Parameter insgesamt: 141 Milliarden", "Experten: acht": what the label before
        the colon counts."""
        label = LABEL.fullmatch(self.text, sentence.start, quantity.start)
        if label is None:
            return None
        words = label.group(1).split()
        # "Genutzte GPUs": the label's noun may come after an adjective.
        nouns = [label.group(1), words[-1]] if len(words) == 2 else [label.group(1)]
        return self._first_counted_unit(nouns)

    def _parenthesised(self, quantity: Quantity) -> bool:
        """Whether the figure opens a note in parentheses: "(32 768)", "(8 A100 chacun)"."""
        return self.text[quantity.start - 1 : quantity.start] == "("

    def _glossed_unit(self, quantity: Quantity, sentence: Sentence) -> str | None:
        """ "- **14 trillion**: the tokens X saw", "- **8**: Nvidia V100 GPUs that did the
        training": a figure that opens its line as a label, glossed by what it counts."""
        if GLOSSED_FIGURE_LEAD.fullmatch(self.text, sentence.start, quantity.start) is None:
            return None
        gloss = GLOSS.match(self.text, quantity.end, sentence.end)
        if gloss is None:
            return None
        words = re.findall(r"[^\W_][\w-]*", gloss.group(1))[:GLOSS_WORDS]
        return self._first_counted_unit(words)

    def _defined_term_unit(self) -> str | None:
        """The unit of count a glossary's term names, for the definition under it ("GPU\n:
        Les cartes graphiques ... L'entraînement en a mobilisé soixante-quatre")."""
        if not self.text.startswith(":", self.block_start):
            return None
        term_end = self.text.rfind("\n", 0, self.block_start)
        term_start = self.text.rfind("\n", 0, term_end) + 1
        words = re.findall(r"[^\W\d_][\w-]*", self.text[term_start:term_end])
        return self._first_counted_unit(words) if 0 < len(words) <= GLOSS_WORDS else None

    def _noun_just_before(
        self, quantity: Quantity, sentence: Sentence, neighbours: list[Quantity]
    ) -> str | None:
        """The unit a noun among the last few words of its clause before a bare scaled figure
        counts, with no other figure between: "lifts the parameter count to about 7.5
        billion", "porte le nombre de paramètres à 7,5 milliards"."""
        clause_start = quantity.start - len(self._clause_before(sentence, quantity.start))
        start = max([clause_start, *(q.end for q in neighbours if q.end <= quantity.start)])
        words = re.findall(r"[^\W\d_][\w-]*", self.text[start : quantity.start])
        words = words[-NOUN_BEFORE_WORDS:]
        return self._first_counted_unit(reversed(words))

    def _first_counted_unit(self, nouns: Iterable[str]) -> str | None:
        """The unit of count the first of ``nouns`` that names one names ("GPUs" → gpu)."""
        for noun in nouns:
            counted = find_quantities(f"1 {noun}", self.doc.language)
            unit = next((q.unit for q in counted if q.unit in COUNT_UNITS), None)
            if unit is not None:
                return unit
        return None

    def _answered_unit(self, quantity: Quantity, sentence: Sentence) -> str | None:
        """ "**How many parameters does it have?**" answered by "9.3 billion.": what the
        question asks to count, for the answer's first figure; so does a question the text
        asks itself right before ("Combien de jetons lui a-t-on fait lire ensuite ?
        Cinquante-cinq milliards, d'après l'équipe")."""
        question = self.question
        asked = self._question_just_asked(quantity, sentence)
        if asked is not None:
            words = re.findall(r"[^\W\d_][\w-]*", self.text[asked.start : asked.end])
            return self._first_counted_unit(words)
        if question is None:
            return None
        if any(self.block_start <= q.start < quantity.start for q in self.quantities):
            return None
        opens = self._opens_the_answer(quantity, sentence)
        # "Not quite. It has about 7.5 billion": further in, a scaled figure only ("None of
        # the six uses one" counts no experts).
        if not opens and not quantity.scale_word:
            return None
        words = re.findall(r"[^\W\d_][\w-]*", self.text[question.start : question.end])
        return self._first_counted_unit(words)

    def _question_just_asked(self, quantity: Quantity, sentence: Sentence) -> Sentence | None:
        """The sentence before, when it is a question and the figure opens this one."""
        if not self._figure_opens(quantity, sentence):
            return None
        before = self.text[self.block_start : sentence.start].rstrip()
        if not before.endswith("?"):
            return None
        breaks = list(SENTENCE_BREAK_IN_LEAD.finditer(before, 0, len(before) - 1))
        start = self.block_start + (breaks[-1].end() if breaks else 0)
        return Sentence(start, self.block_start + len(before))

    def _joined_to_a_count(
        self, quantity: Quantity, sentence: Sentence, neighbours: list[Quantity]
    ) -> Quantity | None:
        """ "comptent respectivement ... et ont occupé 128 et 256 GPU H100": in a sentence
        that pairs figures with models, the counted figure a bare one is joined to by a word
        coordinator, which writes the unit once for both."""
        coordinator = self.lex.word_coordinator
        later = [q for q in neighbours if q.start >= quantity.end]
        if (
            coordinator is None
            or quantity.scale_word
            or not later
            or later[0].unit not in COUNT_UNITS
            or not self._has("respectively", sentence)
        ):
            return None
        between = self.text[quantity.end : later[0].start].strip()
        return later[0] if coordinator.fullmatch(between) is not None else None

    def _contrasted(self, quantity: Quantity, neighbours: list[Quantity]) -> Quantity | None:
        """ "128 000 jetons, contre 8 000 pour Llama 3": the counted figure a bare one is set
        against, which lends it its unit."""
        contrast = self.lex.contrast
        earlier = [q for q in neighbours if q.end <= quantity.start and q.unit in COUNT_UNITS]
        if contrast is None or not earlier or not isinstance(quantity.value, float):
            return None
        counted = earlier[-1]
        between = self.text[counted.end : quantity.start].strip(" ,;")
        # "The former saw 30 billion tokens ..., the latter 10 billion": the verb and the
        # noun left out after the second of a pair.
        gapped = self.lex.ordinal_anaphora is not None and any(
            self.lex.ordinal_anaphora.fullmatch(between[mark.end() :].strip())
            for mark in re.finditer(r"[,;]", between)
        )
        if not (contrast.fullmatch(between) or gapped) or not isinstance(counted.value, float):
            return None
        low, high = sorted((counted.value, quantity.value))
        return counted if low > 0 and high / low < CONTRAST_MAGNITUDE else None

    def _dated_in_year(self, quantity: Quantity, day: str) -> str:
        """ "dès le 24 juillet" in an article that dated something in July 2024 earlier:
        "2024-07-24", the year of the last full date before it; else the day as written."""
        years = [
            q.value[:4]
            for q in self.quantities
            if q.end <= quantity.start
            and q.kind == QuantityKind.DATE
            and isinstance(q.value, str)
            and q.value[:1].isdigit()
        ]
        return f"{years[-1]}{day[1:]}" if years else day

    def _multiplied(self, quantity: Quantity, neighbours: list[Quantity]) -> bool:
        """ "huit fois 22 milliards", "eight times 22 billion": a factor of a product."""
        multiplier = self.lex.multiplier
        if multiplier is None:
            return False
        return any(
            q.end <= quantity.start
            and multiplier.fullmatch(self.text[q.end : quantity.start].strip())
            for q in neighbours
        )

    def _as_of(self, quantity: Quantity, neighbours: list[Quantity]) -> str | None:
        """The month, or else the year, a sentence dates a funding round to: "raised €385
        million in December 2023" → "2023-12"."""
        dated = [
            q
            for q in neighbours
            if q.kind == QuantityKind.DATE and isinstance(q.value, str) and q.value[:1].isdigit()
        ]
        if not dated:
            return None
        nearest = min(dated, key=lambda q: abs(q.start - quantity.start))
        return str(nearest.value)[: len("2023-12")]

    def _whole_owners(self, quantity: Quantity, neighbours: list[Quantity]) -> list[str] | None:
        """The owners of the figure right before this one, when that figure is a whole a
        part of which follows ("389 Milliarden Parameter, von denen ...")."""
        before = [q for q in neighbours if q.end <= quantity.start]
        if not before:
            return None
        return self.owners_of_wholes.get(before[-1].start)

    def _whole_of_a_part(self, quantity: Quantity) -> bool:
        """ "389 Milliarden Parameter, von denen ...", "671B, of which": a part follows."""
        subset = self.lex.subset_opening
        opening = subset.match(self.text, quantity.end) if subset is not None else None
        if opening is None:
            return False
        # "für ERNIE reservierte das Team 1.920 davon.": "davon" may also close a part.
        following = bisect_left(self.quantity_starts, opening.end())
        if following == len(self.quantity_starts):
            return False
        part = self.quantity_starts[following]
        return part - opening.end() <= PART_AFTER_OPENING and not SENTENCE_BREAK.search(
            self.text, opening.end(), part
        )

    def _part_of_a_figure(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "7 trillion tokens, about 1.5 trillion of them synthetic", "dont environ 1,5
        billion": a share of the figure before it, not one of the model's own."""
        before = self.text[max(sentence.start, quantity.start - 30) : quantity.start]
        after = self.text[quantity.end : min(sentence.end, quantity.end + 20)]
        lead, tail = self.lex.subset_before, self.lex.subset_after
        return bool((lead and lead.search(before)) or (tail and tail.match(after)))

    def _part_of_a_stated_sum(self, quantity: Quantity, neighbours: list[Quantity]) -> bool:
        """ "auf insgesamt 5,2 Billionen Token: zunächst 4 Billionen ..., danach 1,2
        Billionen": after a colon, figures that add up to the figure before it are its parts."""
        for whole in neighbours:
            if whole.end > quantity.start or not isinstance(whole.value, float):
                continue
            colon = self.text.find(":", whole.end, quantity.start)
            if colon < 0:
                continue
            parts = [
                q
                for q in neighbours
                if q.start > colon
                and isinstance(q.value, float)
                and (q.unit is None or (q.unit, q.kind) == (whole.unit, whole.kind))
                and whole.value * SUM_TOLERANCE <= q.value < whole.value
            ]
            total = sum(float(q.value) for q in parts)
            if (
                len(parts) >= 2
                and quantity in parts
                and math.isclose(total, whole.value, rel_tol=SUM_TOLERANCE)
            ):
                return True
        return False

    def _opens_as_a_whole(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "Sur ses 46,7 milliards de paramètres, 12,9 milliards sont sollicités": the figure
        a sentence opens with as the whole a part of which follows."""
        opener = self.lex.whole_opener
        return (
            opener is not None
            and opener.fullmatch(self.text, sentence.start, quantity.start) is not None
        )

    def _part_of_an_opening_whole(
        self, quantity: Quantity, sentence: Sentence, neighbours: list[Quantity], unit: str | None
    ) -> bool:
        """ "Von den 0,4 Bio. Token sind knapp 200 Mrd. polnische Texte": a sentence that
        opens with the whole ("of the ...") goes on with a part of it."""
        opener = self.lex.whole_opener
        earlier = [q for q in neighbours if q.end <= quantity.start]
        if opener is None or not earlier:
            return False
        whole = earlier[0]
        return (
            whole.unit == unit
            and opener.fullmatch(self.text, sentence.start, whole.start) is not None
        )

    def _of_an_unnamed_variant(
        self,
        quantity: Quantity,
        sentence: Sentence,
        mentions: list[NameMention],
        neighbours: list[Quantity],
    ) -> bool:
        """ "a version with up to 32K tokens will follow", "contre 7 000 milliards pour la
        génération précédente": the figure describes a model the text does not name, unless a
        name stands between those words and the figure."""
        owner = self.lex.unnamed_owner
        if owner is not None and owner.match(self.text, quantity.end, sentence.end):
            # "the 7 trillion of its predecessor Qwen2": the predecessor has a name after all.
            return self._named_predecessor(quantity, mentions) is None
        start = max(sentence.start, quantity.start - KEYWORD_WINDOW)
        if self._of_a_planned_model(quantity, sentence):
            return True
        # "a successor aimed at 30 billion parameters and roughly four trillion tokens": the
        # figures listed after one of a planned model are that model's too.
        earlier = [q for q in neighbours if q.end <= quantity.start]
        if (
            earlier
            and self._of_a_planned_model(earlier[-1], sentence)
            and not any(earlier[-1].end <= m.start < quantity.start for m in mentions)
            and self.lex.word_coordinator is not None
            and self.lex.word_coordinator.search(self.text, earlier[-1].end, quantity.start)
        ):
            return True
        pattern = self.lex.unnamed_variant
        if pattern is None:
            return False
        introductions = list(pattern.finditer(self.text, start, quantity.start))
        if not introductions:
            return False
        introduction = introductions[-1]
        # "SigLIP-SO400M, a vision encoder of about 400 million": the name the words describe.
        apposed = APPOSED_NAME_END.search(
            self.text, max(0, introduction.start() - 8), introduction.start()
        )
        if apposed is not None and any(m.end == apposed.start() + 1 for m in mentions):
            return False
        # "Counting the image encoder, it has about 8 billion": a name or a reference between
        # says whose the figure is.
        return not any(introduction.end() <= m.start < quantity.start for m in mentions)

    def _sizes_a_dataset(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "Those were drawn from a corpus of more than 700 billion tokens: 363 billion ...":
        tokens of a dataset the sentence speaks of, with no word of training, are data the
        model may never have seen."""
        dataset = self.lex.dataset_noun
        named = list(dataset.finditer(self.text, sentence.start, quantity.start)) if dataset else []
        dataset_word = name_rules().dataset_word
        if dataset_word is not None:
            named += dataset_word.finditer(self.text, sentence.start, quantity.start)
        if not named:
            return False
        named.sort(key=lambda match: match.end())
        # "trained on 270 billion tokens, sampled from a collection of datasets that together
        # hold 339 billion": no word of training between the dataset and its figure.
        training = self.lex.keywords.get("training")
        return training is None or (
            training.search(self.text, named[-1].end(), quantity.start) is None
        )

    def _of_a_planned_model(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "NXAI plant ein deutlich größeres Modell mit rund 30 Mrd. Parametern", "elle vise
        un modèle d'environ mille milliards": a model planned, not one the text names."""
        planned = self.lex.planned_model
        start = max(sentence.start, quantity.start - KEYWORD_WINDOW)
        return (
            planned is not None
            and planned.search(self.text, start, quantity.start) is not None
            and self._has("plans", sentence)
        )

    def _window(self, quantity: Quantity, sentence: Sentence) -> tuple[str, int]:
        start = max(sentence.start, quantity.start - KEYWORD_WINDOW)
        end = min(sentence.end, quantity.end + KEYWORD_WINDOW)
        return self.text[start:end], quantity.start - start

    def _nearest_keyword(
        self,
        name: str,
        quantity: Quantity,
        sentence: Sentence,
        skip: Callable[[str, re.Match[str], int], bool] | None = None,
    ) -> int | None:
        """Distance in characters from the figure to the nearest keyword of ``name`` (but
        those ``skip`` rules out, given the window, the keyword and the figure's offset)."""
        pattern = self.lex.keywords.get(name)
        if pattern is None:
            return None
        window, at = self._window(quantity, sentence)
        span = len(quantity.text)
        distances = [
            max(at - m.end(), m.start() - (at + span), 0)
            for m in pattern.finditer(window)
            if skip is None or not skip(window, m, at)
        ]
        return min(distances) if distances else None

    def _opens_a_heading(self, quantity: Quantity) -> bool:
        line_start = self.text.rfind("\n", 0, quantity.start) + 1
        return DATED_HEADING.fullmatch(self.text, line_start, quantity.start) is not None

    def _dates_a_name(self, quantity: Quantity) -> bool:
        """ "Zephyr-7B-beta (October 2023) and BgGPT-7B-Instruct (February 2024)": a date alone
        in parentheses right after a model's name is when it came out; so is a heading's date
        before the name it heads ("## 2024-03-20: Starling-LM-7B-beta")."""
        if self._opens_a_heading(quantity) and (
            NAME_AFTER_DATE.match(self.text, quantity.end)
            or NAMES_AFTER_DATE.match(self.text, quantity.end)
        ):
            return True  # "## 2024-03-20: Starling-LM-7B-beta", a release note's heading
        before = self.text[max(0, quantity.start - 2) : quantity.start]
        after = self.text[quantity.end : quantity.end + 1]
        if not before.endswith("(") or after != ")":
            # "- **PolyLM-1.7B** (Alibaba DAMO Academy, Juli 2023): ...": the date that closes
            # the aside after a list item's bold name.
            line_start = self.text.rfind("\n", 0, quantity.start) + 1
            aside = BOLD_ITEM_ASIDE.match(self.text, line_start, quantity.start)
            label = BOLD_ITEM_LABEL.match(self.text, line_start, quantity.start)
            closing = self.text[quantity.end : quantity.end + 3].lstrip(" ")[:1]
            return (after == ")" and aside is not None) or (
                label is not None and closing in ("", ".", ";", ":", "\n")
            )
        return (
            MODEL_BEFORE_PARENTHESIS.search(self.text, max(0, quantity.start - 40), quantity.start)
            is not None
        )

    def _attribute(
        self, quantity: Quantity, sentence: Sentence, neighbours: list[Quantity]
    ) -> tuple[str | None, str]:
        unit = quantity.unit
        if quantity.kind == QuantityKind.DATE:
            # A bare year ("the 2017 paper") dates too little to compare releases by.
            dated = isinstance(quantity.value, str) and len(quantity.value) >= len("2024-05")
            if quantity.end <= sentence.start:
                # A date given before ("that day", "today" under a byline): the sentence's
                # release words say what it dates; its own words are about its own figures.
                released_there = dated and self._releases(sentence)
                return ("release_date", "date") if released_there else (None, "")
            released = (
                # "**What did you put out?** Two models, A and B, both on November 10, 2023."
                (self._releases(sentence) or self._asked("release", sentence))
                and not self._dates_the_article(quantity, sentence)
                and not self._dates_money(quantity, sentence, neighbours)
                and not self._dates_training(quantity, sentence)
                and not self._dates_founding(quantity, sentence)
            ) or self._dates_a_name(quantity)
            return ("release_date", "date") if dated and released else (None, "")
        if quantity.kind == QuantityKind.CURRENCY and unit:
            if any(
                self._keyword_adjacent(name, quantity, sentence, neighbours)
                for name in ("valuation", "subscription", "deal")
            ) or any(
                self._followed_by(words, quantity)
                for words in (self.lex.subscription_after, self.lex.compute_after)
            ):
                return None, unit  # a worth, a subscription, a takeover, compute bought
            # Money raised "from investors" is funding: the first kind named wins; a takeover
            # named nearer than any is the price paid for a company ("racheté ... pour 1,3 Md$").
            deal = self._nearest_keyword("deal", quantity, sentence)
            # "in einer Finanzierungsrunde 600 Mio. Euro eingesammelt; der Wert des
            # Unternehmens liegt seitdem bei rund 5,8 Mrd. Euro": the nearer word says.
            worth = self._worth_before(quantity, sentence, neighbours)
            for name in ("funding", "investment", "price"):
                distance = self._nearest_keyword(name, quantity, sentence)
                if distance is not None and worth is not None and worth < distance:
                    return None, unit
                if distance is not None:
                    following = self.text[quantity.end : quantity.end + 16].lstrip()
                    if name == "price" and (
                        self._prices_output(quantity, sentence, neighbours)
                        # "$10.42 per hour": renting hardware, no price of the model's use
                        or (self.lex.rate is not None and self.lex.rate.match(following))
                        # "Pre-training on one trillion tokens cost us 5.08 million yuan", "the
                        # whole run cost under $100,000": what training cost, no price of use.
                        or self._costs_training(quantity, sentence)
                        or any(
                            q.unit == "token" and float(q.value) >= CONTEXT_TOKENS_LIMIT
                            for q in neighbours
                            if isinstance(q.value, float)
                        )
                    ):
                        return None, unit
                    return (None if deal is not None and deal < distance else name), unit
            return None, unit
        if quantity.kind == QuantityKind.PERCENTAGE or not isinstance(quantity.value, float):
            return None, ""
        if unit in DURATION_UNITS:
            # "zehn Tage lang 512 H100-GPUs": GPUs or tokens beside a span of time tell a run.
            # A context's tokens tell no run: "Four months separate X from Y ... 8,192 tokens".
            run = (
                self._has("training", sentence)
                or self._asked("training", sentence)
                or self.in_training_section
                or self.after_a_run
                or any(
                    q.unit == "gpu"
                    or (q.unit == "token" and float(q.value) >= CONTEXT_TOKENS_LIMIT)
                    or (q.end <= quantity.start and self._counts_accelerators(q, neighbours))
                    for q in neighbours
                )
            )
            apart = self.lex.time_distance_after
            if apart is not None and apart.match(
                self.text[quantity.end : quantity.end + KEYWORD_WINDOW]
            ):
                return None, unit  # "two years earlier": the time between two events
            return ("training_duration", unit) if run else (None, unit)
        if unit == "rank":
            return "rank", "rank"
        if unit is None:
            unit = self._implied_unit(quantity, sentence, neighbours)
            if unit == "rank":
                return "rank", "rank"
            if unit is None:
                return None, ""
            if unit in DURATION_UNITS:
                # "... 30 hours there; its smaller sibling finished in roughly 16."
                spanned = quantity.model_copy(update={"unit": unit})
                return self._attribute(spanned, sentence, neighbours)
        if unit == "parameter":
            share = self._share_of(quantity, neighbours)
            if share is not None:
                part = share[0]
                if any(
                    self._keyword_adjacent("active_parameters", member, sentence, neighbours)
                    for member in share
                ):
                    return ("active_parameters" if quantity is part else "parameters"), unit
            total = self.lex.total_after
            if total is not None and total.match(self.text, quantity.end):
                return "parameters", unit  # "40B total, 3.7B active": the whole
            if self._opens_as_a_whole(quantity, sentence):
                return "parameters", unit
            # "aktivieren ... 800 Mio. bzw. 400 Mio. Parameter": the word qualifies the whole list.
            active = any(
                self._keyword_adjacent("active_parameters", member, sentence, neighbours)
                for member in self._figure_list(quantity, neighbours)
            ) or (
                # "about 86 billion parameters do the work for any given token", unless all do
                # or the figure is the whole a part of which does ("389 Mrd., von denen ...")
                self._keyword_adjacent("per_token", quantity, sentence, neighbours, PER_TOKEN_REACH)
                and not self._keyword_adjacent("whole_words", quantity, sentence, neighbours)
                and not self._whole_of_a_part(quantity)
            )
            return ("active_parameters" if active else "parameters"), unit
        if unit == "token":
            # "a vocabulary of 125,696 tokens", "the cost of a million tokens": neither a
            # context nor training data.
            price = self._nearest_keyword("price", quantity, sentence)
            if (
                (
                    price is not None
                    and price <= ADJACENT_KEYWORD
                    and not self._keyword_in_next_predicate("price", quantity, neighbours)
                )
                or self._keyword_adjacent(
                    "vocabulary", quantity, sentence, neighbours, same_clause=True
                )
                or self._in_a_relative_about(quantity, sentence, "vocabulary")
                # "threw out its 32,000-entry vocabulary, built a Dutch one of 50,000 tokens":
                # a sentence about the vocabulary that names no context counts its entries.
                or (
                    quantity.value < TRAINING_TOKENS_FLOOR
                    and self._has("vocabulary", sentence)
                    and self._nearest_keyword("context_length", quantity, sentence) is None
                )
            ):
                return None, unit
            if self._has("tuning", sentence) and self._keyword_adjacent(
                "tuning_sequences", quantity, sentence, neighbours
            ):
                return None, unit  # "Fine-tuning used sequences of 512 tokens"
            # "writes at most 8,000 tokens in one answer": what a model puts out is no context.
            context = self._nearest_keyword("context_length", quantity, sentence)
            if quantity.value < TRAINING_TOKENS_FLOOR and self._keyword_adjacent(
                "output", quantity, sentence, neighbours
            ):
                output = self._nearest_keyword("output", quantity, sentence)
                if context is None or (output is not None and output < context):
                    return None, unit
            training = self._nearest_keyword("training", quantity, sentence)
            if (
                context is not None
                and quantity.value < CONTEXT_TOKENS_LIMIT
                and (training is None or context <= training or context <= 25)
            ):
                return "context_length", unit
            if quantity.value < TRAINING_TOKENS_FLOOR:
                return "context_length", unit
            if quantity.value < CONTEXT_TOKENS_LIMIT and (training is None or training > 25):
                return "context_length", unit  # "extends that to one million tokens"
            return "training_tokens", unit
        if unit == "gpu":
            serving = self._nearest_keyword("inference", quantity, sentence)
            near = self._nearest_keyword("training", quantity, sentence)
            if serving is not None and (serving <= ADJACENT_KEYWORD or near is None):
                # "eight H100 cards to run it", "for serving, 32 GPUs ... and 320 for decoding"
                return None, unit
            if quantity.start in self.held_accelerators:
                return "training_gpus", unit
            if self._machine_size(quantity, sentence):
                return None, unit
            # "ein Server mit acht GPUs" runs a model; a training run is said so, or is large,
            # or lasts: "Eight A100 GPUs for one day".
            line_start = self.text.rfind("\n", 0, quantity.start) + 1
            if (
                quantity.value < INFERENCE_GPUS
                and (near is None or near > KEYWORD_WINDOW // 2)
                and not self._purpose_is_training(sentence)
                # "## Finale: Trainingsaufwand" over "- A (8 A100) gegen B (16 A100)", "- A
                # (32 H100) > B (9 cartes)": a figure noted after a name in a training section
                # or in a ranking chain
                and not (
                    self.text[max(0, quantity.start - 2) : quantity.start].strip() == "("
                    and (
                        self.in_training_section
                        or " > " in self.text[line_start : self.text.find("\n", quantity.end)]
                    )
                )
                and not any(q.unit in RUN_UNITS for q in neighbours)
                # "- **Hardware:** 64 A100-GPUs", "- **X** : ..., 20 milliards de jetons, 32
                # cartes H100.": a model's sheet lists what it was trained on
                and not ITEM_LABEL.fullmatch(self.text, line_start, quantity.start)
                and not (
                    BOLD_ITEM.match(self.text, line_start) is not None
                    and LISTED_AFTER_COMMA.search(self.text, line_start, quantity.start) is not None
                )
                and not self._in_each_machine(quantity, neighbours)
                # "Für X liefen acht Karten vier Tage lang. Für die große Variante kamen acht
                # H100-GPUs zum Einsatz.": the next run, told right after one.
                and not self.after_a_run
            ):
                return None, unit
            return "training_gpus", unit
        share = self._share_of(quantity, neighbours) if unit == "expert" else None
        if (
            unit == "expert"
            # "picks eight of 384 experts per token": the whole is how many there are.
            and (share is None or share[1] is not quantity)
            and (
                self._keyword_adjacent("active_parameters", quantity, sentence, neighbours)
                or self._keyword_adjacent(
                    "per_token", quantity, sentence, neighbours, PER_TOKEN_REACH
                )
            )
        ):
            # "eight experts active", "picks 2 experts per token": not how many there are
            return None, unit
        if unit in UNIT_ATTRIBUTE:
            return UNIT_ATTRIBUTE[unit], unit
        return None, unit

    def _in_a_relative_about(self, quantity: Quantity, sentence: Sentence, keyword: str) -> bool:
        """ "added 27,000 entries to the vocabulary, which now holds 61,362 tokens": a figure
        in a relative clause about the keyword's noun right before it."""
        pattern, relative = self.lex.keywords.get(keyword), self.lex.relative_clause
        if pattern is None or relative is None:
            return False
        nouns = list(pattern.finditer(self.text, sentence.start, quantity.start))
        if not nouns:
            return False
        opening = relative.match(self.text, nouns[-1].end(), quantity.start)
        return opening is not None and not CLAUSE_BREAK.search(
            self.text, opening.end(), quantity.start
        )

    def _counted_accelerator(self, end: int, one: bool = False) -> str | None:
        """The accelerator a figure that ends at ``end`` counts, if it counts one: "4,096
        A100s", "256 × A100 (40 GB)", "4 × A100 trainiert", ``one`` "One A100 was enough",
        "huit A100 pendant trois jours" (``one`` too: a span of time follows); not "4 A100
        nodes"."""
        following = self.text[end : end + KEYWORD_WINDOW]
        listed = COUNTED_ACCELERATOR.match(following)
        if listed is not None:
            return listed.group(1)
        multiplied = MULTIPLIED_ACCELERATOR.match(following) or (
            SPACED_ACCELERATOR.match(following) if one else None
        )
        parts = self.lex.machine_part_noun
        if multiplied is None or (
            parts is not None and parts.match(following, multiplied.end()) is not None
        ):
            return None
        return multiplied.group(1)

    @cached_property
    def _ranks_a_setting(self) -> bool:
        """Whether the text writes a rank as a method's setting: "a LoRA rank of 64", "un
        adaptateur LoRA de rang 8"."""
        words, nouns = self.lex.rank_word, self.lex.rank_before
        return (
            words is not None
            and nouns is not None
            and any(
                nouns.search(self.text, max(0, match.start() - 4), match.end()) is not None
                and self._method_before(match.start())
                for match in words.finditer(self.text)
            )
        )

    def _method_before(self, position: int) -> bool:
        """Whether a method's name ("LoRA") is the word before ``position``, or stands before
        a preposition there ("LoRA de rang 8")."""
        word = PREVIOUS_WORD.search(self.text, max(0, position - 24), position)
        preposition = self.lex.preposition
        if word is not None and preposition is not None and preposition.fullmatch(word.group(1)):
            word = PREVIOUS_WORD.search(self.text, max(0, word.start() - 24), word.start())
        setting = self.lex.setting_noun
        return word is not None and (
            word.group(1) in name_rules().generic
            or (setting is not None and setting.fullmatch(word.group(1)) is not None)
        )

    def _implied_unit(
        self, quantity: Quantity, sentence: Sentence, neighbours: list[Quantity]
    ) -> str | None:
        """The unit of a bare figure: a rank, a context size, the accelerators it counts
        ("4,096 A100s"), or the count its neighbours name."""
        before = self.text[max(sentence.start, quantity.start - 30) : quantity.start]
        if self._names_an_accelerator_after(quantity, neighbours):
            return "gpu"
        value = quantity.value
        assert isinstance(value, float)
        if (
            value.is_integer()
            and 0 < value < 10_000
            and self.lex.rank_before
            and self.lex.rank_before.search(before)
            # Not "... and rank 64 gave us headroom" where the text speaks of a "LoRA rank".
            and not self._ranks_a_setting
        ):
            return "rank"
        context = self._nearest_keyword("context_length", quantity, sentence)
        if context is not None and context <= 25 and 1000 <= value < CONTEXT_TOKENS_LIMIT:
            return "token"
        contrasted = self._contrasted(quantity, neighbours)
        if contrasted is not None:
            return contrasted.unit
        joined = self._joined_to_a_count(quantity, sentence, neighbours)
        if joined is not None:
            return joined.unit
        partitive = self.lex.partitive
        subset = self.lex.subset_after
        of_those = (partitive is not None and partitive.search(before) is not None) or (
            subset is not None and subset.match(self.text[quantity.end : quantity.end + 20])
        )
        counted = [q for q in neighbours if q.end <= quantity.start and q.unit in COUNT_UNITS]
        if not counted and of_those:
            # "... plus de 600 milliards de paramètres. DeepSeek-V3 en compte 671 milliards",
            # "Il compte 46,7 milliards de paramètres. ... seuls 12,9 milliards d'entre eux":
            # the pronoun stands for what the paragraph counted last.
            counted = [
                q
                for q in self.quantities
                if self.block_start <= q.start < sentence.start and q.unit in COUNT_UNITS
            ][-1:]
        if not counted and of_those and (term := self._defined_term_unit()) is not None:
            return term  # "Jeton\n: ... Refact-1.6B en a lu mille cinq cents milliards"
        if counted and of_those:
            # "752 processeurs graphiques ... ; GPT-SW3-40B en a mobilisé 256", "4.096 Chips
            # ...; für ERNIE reservierte das Team 1.920 davon": of those.
            return counted[-1].unit
        if self._parenthesised(quantity):
            # "A (200 000 jetons) > B (32 768)": a line that writes its unit once.
            first = next(
                (
                    q
                    for q in neighbours
                    if q.end <= quantity.start and q.unit in COUNT_UNITS and self._parenthesised(q)
                ),
                None,
            )
            if first is not None:
                return first.unit
        labelled = (
            self._labelled_unit(quantity, sentence)
            or self._glossed_unit(quantity, sentence)
            or self._answered_unit(quantity, sentence)
        )
        if labelled is not None:
            return labelled
        if (
            self.section_unit is not None
            and quantity.scale_word
            and not self.in_heading
            # not "3 millions de paires": a noun after it says what it counts
            and BARE_FIGURE_END.match(self.text, self._figure_list(quantity, neighbours)[-1].end)
            is not None
        ):
            return self.section_unit  # "## La taille" over "- **X** : dix milliards"
        if quantity.scale_word is None:
            # "about 30 hours there; its smaller sibling finished in roughly 16.": a bare
            # figure that ends its clause after a span of time counts the same unit.
            spans = [q for q in neighbours if q.unit in DURATION_UNITS and q.end <= quantity.start]
            ends = ELLIPSIS_END.match(self.text, quantity.end) is not None
            # Not "the longest of the two": an article makes the number a noun's.
            elliptical = spans and ends and not self._after_article(quantity)
            return spans[-1].unit if elliptical and value < ELLIPTICAL_SPAN else None
        if value < SCALED_COUNT_FLOOR:
            return None
        active = self.lex.keywords.get("active_parameters")
        copula = COPULA_AFTER.match(self.text, quantity.end)
        if active is not None and (
            active.search(before[-ADJACENT:])
            or (
                ACTIVE_AT_CLAUSE_END.match(self.text, quantity.end)
                and active.match(self.text, quantity.end + 1)
            )
            # "davon knapp 13 Mrd. aktiv je Token"
            or self._active_per_token(quantity)
            # "only about 2.2 billion are active for any given token"
            or (
                copula is not None
                and copula.group(1).casefold() in self.lex.copulas
                and active.match(self.text, copula.end())
            )
        ):
            # "activates 37 billion of them per token", "nur 17 Mrd. aktiv, weil ..."
            return "parameter"
        if self._noun_just_before(quantity, sentence, neighbours) == "parameter":
            return "parameter"  # "lifts the parameter count to about 7.5 billion"
        trained_on = self.lex.trained_on
        if (
            value >= SCALED_TRAINING_FLOOR
            and trained_on is not None
            and trained_on.search(
                self.text, max(0, quantity.start - TRAINED_ON_REACH), quantity.start
            )
            and ELLIPSIS_END.match(self.text, quantity.end) is not None
        ):
            return "token"  # "reads 4,096 tokens and was pretrained on 2 trillion."
        glued = quantity.text[: -len(quantity.scale_word)]
        if (
            glued[-1:].isdigit()
            and quantity.scale_word in self.lex.data.attributes.size_suffixes
            # "the 9B and 27B checkpoints": sizes that name models, not figures of one
            and not any(map(self._describes_a_model, self._figure_list(quantity, neighbours)))
        ):
            return "parameter"  # "Poro 34B (34.2bn)": a size written the way names write it
        if self.text[quantity.end : quantity.end + 1] == ")" and MODEL_BEFORE_PARENTHESIS.search(
            self.text, max(0, quantity.start - 40), quantity.start
        ):
            return "parameter"  # "kleiner als GPT-3 (175 Mrd.)": the size of the model named
        if self._owned_by_a_model(quantity, sentence):
            return "parameter"  # "loin des 175 milliards de GPT-3": the size of the model named
        if self.lex.data.entities.capitalises_nouns and CAPITALISED_NOUN_AFTER.match(
            self.text, quantity.end
        ):
            return None  # "aus gut 4,3 Mio. Dokumenten": the noun after it says what it counts
        # A count of another order of magnitude counts something else ("avec 9,15 milliards,
        # lit jusqu'à 4 096 tokens").
        counted = [
            q
            for q in neighbours
            if q is not quantity
            and q.unit in SCALED_UNITS
            and isinstance(q.value, float)
            and q.value > 0
            and max(q.value, value) / min(q.value, value) < NEIGHBOUR_MAGNITUDE
        ]
        if counted and all(self._magnitudes_apart(q, value) for q in counted):
            # "The smallest holds 1.5 billion parameters. X has eight billion and went through
            # four trillion tokens": a figure of the same order the paragraph gave before.
            counted += [
                q
                for q in self.quantities
                if self.block_start <= q.start < sentence.start
                and q.unit in SCALED_UNITS
                and isinstance(q.value, float)
                and q.value > 0
                and not self._magnitudes_apart(q, value)
            ]
        if counted:
            # The figure of the same order of magnitude first ("360 million parameters and
            # ... 135 million, saw 4 trillion tokens"), then the nearest.
            nearest = min(
                counted,
                key=lambda q: (
                    int(abs(math.log10(float(q.value) / value))),
                    abs(q.start - quantity.start) + (0 if q.start < quantity.start else 5),
                ),
            )
            return nearest.unit
        return None

    @staticmethod
    def _magnitudes_apart(other: Quantity, value: float) -> bool:
        """Whether ``other`` is at least an order of magnitude away from ``value``."""
        assert isinstance(other.value, float)
        return int(abs(math.log10(other.value / value))) >= 1

    def _active_per_token(self, quantity: Quantity) -> bool:
        """ "13 Mrd. aktiv je Token", "13B active per token": the word for active, then the
        words for each token, right after the figure."""
        active, per_token = (
            self.lex.keywords.get("active_parameters"),
            self.lex.keywords.get("per_token"),
        )
        word = active.match(self.text, quantity.end + 1) if active is not None else None
        return (
            word is not None
            and per_token is not None
            and per_token.match(self.text, word.end() + 1) is not None
        )

    def _owned_by_a_model(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "the 175 billion of GPT-3", "des 175 milliards de GPT-3": a count of billions right
        before a preposition of owning and a model's name."""
        owner = self.lex.owner_preposition
        words = NEXT_WORDS.match(self.text, quantity.end)
        if owner is None or words is None or not owner.fullmatch(words.group().split()[0]):
            return False
        preposition = WORD_AND_SPACE.match(self.text, quantity.end)
        start = preposition.end() if preposition is not None else quantity.end
        return any(
            m.start == start and m.model_like and not m.anaphor
            for m in self.names.sentence_mentions(sentence.start, sentence.end)
        )

    def _share_of(
        self, quantity: Quantity, neighbours: list[Quantity]
    ) -> tuple[Quantity, Quantity] | None:
        """ "nur 37 Mrd. der 671 Mrd. Parameter aktiviert", "37B of its 671B": the part and
        the whole, when the figure is one of them."""
        connector = self.lex.share_connector
        if connector is None:
            return None
        for part, whole in pairwise(neighbours):
            if quantity is not part and quantity is not whole:
                continue
            between = self.text[part.end : whole.start].strip()
            if (
                isinstance(part.value, float)
                and isinstance(whole.value, float)
                and part.value < whole.value
                and connector.fullmatch(between)
            ):
                return part, whole
        return None

    def _keyword_adjacent(
        self,
        name: str,
        quantity: Quantity,
        sentence: Sentence,
        neighbours: list[Quantity],
        reach: int = ADJACENT,
        same_clause: bool = False,
    ) -> bool:
        """A keyword of ``name`` right next to the figure, with no other figure in between
        ("6,6 Milliarden aktiv", "12 billion active", "active parameters: 37 billion"), and
        with ``same_clause`` no comma between a keyword before it and the figure."""
        pattern = self.lex.keywords.get(name)
        if pattern is None:
            return False
        following = min((q.start for q in neighbours if q.start >= quantity.end), default=None)
        preceding = max(
            (q.end for q in neighbours if q.end <= quantity.start), default=sentence.start
        )
        stop = sentence.end if following is None else following
        # A word after a semicolon opens the next clause: "128.000 Token; ausgegeben werden ..."
        after = self.text[quantity.end : min(stop, quantity.end + reach)].split(";")[0]
        before = self.text[max(preceding, quantity.start - reach) : quantity.start]
        behind = pattern.search(after)
        if (
            behind is not None
            and following is not None
            and following - (quantity.end + behind.end()) <= ADJACENT // 2
            and not CLAUSE_BREAK.search(self.text, quantity.end + behind.end(), following)
        ):
            behind = None  # "132 billions de paramètres en activent 36 milliards": the next one's
        if (
            behind is not None
            and "," in after[: behind.start()]
            # "a quarter of the weights, about 86 billion parameters, do the work": the figure
            # set off by commas, the clause after it goes on
            and not APPOSED_FIGURE.search(self.text, sentence.start, quantity.start)
        ):
            behind = None  # "560 milliards de paramètres, mais il n'en active qu'une partie"
        ahead = pattern.search(before)
        if same_clause and ahead is not None and re.search(r"[,;]", before[ahead.end() :]):
            ahead = None  # "Split by the tokenizer, the model saw 2.81 trillion tokens"
        own = (
            pattern.search(quantity.text)  # "17 billion active parameters"
            or pattern.search(quantity.unit_text or "")
            or ahead
        )
        return bool(own or behind)

    def _owner_of_the_size(
        self, entity: str, quantity: Quantity, mentions: list[NameMention]
    ) -> str | None:
        """ "L'aîné (10,8 milliards) prolonge X-10.7B ; le cadet (2,8 milliards) ...": a count
        of parameters far from the size a model's name gives (other than by a factor of a
        thousand, a scale slip to report) is not that model's. It is the one model named
        nearby whose name gives that size, else nobody's."""
        size = size_in_name(entity)
        value = quantity.value
        # "PULI LlumiX 32K": thousands in a name count its context, not its parameters.
        if size is None or size < MIN_NAMED_SIZE or not isinstance(value, float) or value <= 0:
            return entity
        ratio = value / size
        low, high = NAME_SIZE_RATIOS
        if low <= ratio <= high or any(
            abs(ratio / slip - 1) <= SCALE_SLIP_MATCH for slip in (1e3, 1e-3)
        ):
            return entity
        named = self._names_nearby(mentions)
        fitting = [
            name
            for name in named
            if (named_size := size_in_name(name)) is not None
            and abs(named_size - value) <= SIZE_MATCH * value
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _names_nearby(self, mentions: list[NameMention]) -> list[str]:
        """The names of this paragraph, the one before and the sentence, each once."""
        return list(
            dict.fromkeys(
                [
                    *self.paragraph_models,
                    *self.previous_paragraph_models,
                    *(m.name for m in mentions if not m.anaphor),
                ]
            )
        )

    def _sized_member(self, entity: str, quantity: Quantity, mentions: list[NameMention]) -> str:
        """ "Meta released Llama 3.1, led by Llama 3.1 405B. With 405 billion parameters, it
        ...": a family's size is the member whose name gives that size."""
        if size_in_name(entity) is not None or not isinstance(quantity.value, float):
            return entity
        named = self._names_nearby(mentions)
        members = {
            name
            for name in named
            # "Llama 3.1 405B", "PolyLM-13B"
            if name.startswith(entity)
            and name[len(entity) : len(entity) + 1] in MEMBER_SEPARATORS
            and (size := size_in_name(name)) is not None
            and abs(size - quantity.value) <= SIZE_MATCH * quantity.value
        }
        # "PolyLM-13B" rather than "PolyLM-MultiAlpaca-13B": the member the size names alone.
        return min(members, key=len) if members else entity

    def _dates_money(
        self, quantity: Quantity, sentence: Sentence, neighbours: list[Quantity]
    ) -> bool:
        """ "xAI raised $6bn in May 2024; Aleph Alpha announced more than $500m in November
        2023": a date in a clause about money raised or invested is the money's."""
        start = self.text.rfind(";", sentence.start, quantity.start) + 1 or sentence.start
        end = self.text.find(";", quantity.end, sentence.end)
        end = sentence.end if end < 0 else end
        money = [
            q for q in neighbours if q.kind == QuantityKind.CURRENCY and start <= q.start < end
        ]
        if not money:
            return False
        release = self.lex.keywords.get("release")
        if release is not None and any(
            release.search(self.text, max(start, q.start - ADJACENT), q.start) for q in money
        ):
            return True  # "announced more than $500m"
        return any(
            pattern.search(self.text, start, end)
            for name in ("funding", "investment", "deal")
            if (pattern := self.lex.keywords.get(name)) is not None
        )

    def _machine_size(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "Colossus, a cluster of 100,000 H100 GPUs", "The cluster itself is larger, with
        1,024 GPUs": a machine's size, unless a training verb comes first ("trained on a
        cluster of 16,000 GPUs"). So is a count a part of which follows ("752 A100 GPUs in
        all, of which the project used 256"), and a total where the sentence speaks of a
        machine ("Leonardo, ein Supercomputer, hat insgesamt knapp 14.000 GPUs")."""
        if self._whole_of_a_part(quantity):
            return True
        total = self.lex.total_word
        nouns = self.lex.machine_noun
        training = self.lex.keywords.get("training")
        if (
            total is not None
            and total.search(
                self.text, max(sentence.start, quantity.start - ADJACENT), quantity.end + ADJACENT
            )
            and nouns is not None
            and nouns.search(self.text, sentence.start, sentence.end)
            # "Training ran on 8 nodes ..., 64 GPUs in total, on the 42 cluster": the run's;
            # "The training ran on the machine in Lugano, which holds 10,000 GPUs in total":
            # the machine's, which a clause of its own describes.
            and not (
                training
                and (run := training.search(self.text, sentence.start, quantity.start))
                and not self._described_machine(run.end(), quantity.start)
            )
        ):
            return True
        machine = self.lex.machine_before_figure
        if machine is None:
            return False
        reach = max(sentence.start, quantity.start - 2 * ADJACENT)
        found = machine.search(self.text, reach, quantity.start)
        training = self.lex.keywords.get("training")
        article = self.lex.apposed_article
        single = self.lex.single_machine
        if (
            found is not None
            and single is not None
            and single.search(self.text[max(0, found.start() - 24) : found.start()].rstrip())
        ):
            return False
        return found is not None and (
            not (training is not None and training.search(self.text, sentence.start, found.start()))
            # "ran on four GPUs of Leonardo, a machine with nearly 14,000 A100 cards"
            or (
                article is not None
                and nouns is not None
                and any(
                    article.search(self.text, max(0, noun.start() - 16), noun.start())
                    for noun in nouns.finditer(self.text, found.start(), quantity.start)
                )
            )
        )

    def _described_machine(self, start: int, end: int) -> bool:
        """A machine named between ``start`` and ``end``, and a relative clause about it:
        "on Alps, the machine in Lugano, which holds ..." """
        nouns, relative = self.lex.machine_noun, self.lex.machine_relative
        machine = nouns.search(self.text, start, end) if nouns is not None else None
        return (
            machine is not None
            and relative is not None
            and relative.search(self.text, machine.end(), end) is not None
        )

    def _dates_training(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "The release is the checkpoint from the end of pre-training, which finished in
        October 2023": the date is nearer a word of training than any word of release."""
        release = self._nearest_keyword("release", quantity, sentence)
        earlier = self.lex.earlier_step
        # "Meta released that base in July 2023 after pretraining it on ...": what came
        # before the release the date is of.
        training = self._nearest_keyword(
            "training",
            quantity,
            sentence,
            lambda window, found, at: earlier is not None
            and earlier.search(window, 0, found.start()) is not None,
        )
        return (
            training is not None
            and training <= ADJACENT_KEYWORD
            and (release is None or training < release)
        )

    def _costs_training(self, quantity: Quantity, sentence: Sentence) -> bool:
        """Whether what the figure is the cost of is the training, named before the word for
        cost in the figure's clause ("Das gesamte Training kostete ... 100.000 US-Dollar") or,
        when no rate follows the figure, earlier in its sentence."""
        price, training = self.lex.keywords.get("price"), self.lex.keywords.get("training")
        if price is None or training is None:
            return False
        clause = self._clause_before(sentence, quantity.start)
        start = quantity.start - len(clause)
        costs = list(price.finditer(self.text, start, quantity.start))
        if costs and training.search(self.text, start, costs[-1].start()) is not None:
            return True
        # "entraîné pendant dix-neuf heures sur huit GPU, pour un coût inférieur à 450
        # dollars": a cost with no rate after it ("per million tokens"), after a word of
        # training earlier in the sentence.
        rate = price.search(self.text, quantity.end, min(sentence.end, quantity.end + ADJACENT))
        return (
            bool(costs)
            and rate is None
            and training.search(self.text, sentence.start, costs[-1].start()) is not None
        )

    def _worth_before(
        self, quantity: Quantity, sentence: Sentence, neighbours: list[Quantity]
    ) -> int | None:
        """How far before the figure a word for a company's worth stands, with no other sum
        in between: "der Wert des Unternehmens liegt bei rund 5,8 Mrd. Euro", not "sammelte
        sechs Milliarden ein, bei einer Bewertung von 24 Mrd."."""
        worth = self.lex.keywords.get("valuation")
        sums = [q.end for q in neighbours if q.kind == QuantityKind.CURRENCY]
        start = max((end for end in sums if end <= quantity.start), default=sentence.start)
        found = list(worth.finditer(self.text, start, quantity.start)) if worth else []
        return quantity.start - found[-1].end() if found else None

    def _denied_next(self, sentence: Sentence, following: list[Sentence]) -> bool:
        """Whether the next sentence, or the sentence's last clause after a semicolon, only
        says what came before was untrue ("We never did.", "Das stimmt nicht.", "C'est
        faux.", "...; we have never had anything close to that."), or opens by giving the
        right figure instead ("Richtig sind 19 Cent."); not "We did not extend it."."""
        denial = self.lex.keywords.get("denied_after")
        if denial is None:
            return False
        own = self.text[sentence.start : sentence.end]
        texts = [own.rsplit(";", 1)[1]] if ";" in own else []
        # "That figure was wrong; the run used 800 GPUs.": the next sentence's first clause.
        texts += [
            text
            for s in following[:1]
            for text in {self.text[s.start : s.end], self.text[s.start : s.end].split(";")[0]}
        ]
        if any(denial.fullmatch(text.strip().rstrip(".!")) is not None for text in texts):
            return True
        correction = self.lex.keywords.get("corrected_after")
        return (
            correction is not None
            and bool(following)
            and correction.match(self.text[following[0].start : following[0].end].lstrip())
            is not None
            and any(following[0].start <= q.start < following[0].end for q in self.quantities)
        )

    def _denied_by_the_answer(self, question: Block, following: list[Block]) -> bool:
        """Whether ``question`` is an interview's question, or a claim quoted for a check,
        that the block after it answers with a no ("No, that number is too high", "Nein,
        ...", "**« Gamma compte 70 milliards de paramètres. »**" over "FAUX.")."""
        denial = self.lex.keywords.get("denial")
        if denial is None or not following:
            return False
        asked = self.text[question.start : question.end].rstrip(" *_")
        answer = self.text[following[0].start : following[0].end]
        # "**[00:03:30] Camille :** On a lu qu'il était en tête." / "**[00:03:35] Marco :**
        # Pas tout à fait.": in a transcript, a turn of one sentence the next turn denies.
        turn = SPEAKER_LABEL.match(answer)
        if turn is not None and SPEAKER_LABEL.match(asked) and len(question.sentences) == 1:
            return denial.match(answer, turn.end()) is not None
        put = asked.endswith(("?", "»", "”", '"'))
        return question.heading and put and denial.match(answer.lstrip(" *_")) is not None

    def _negated(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "it does not hold 56 billion parameters", "ne veut donc pas dire 56 milliards": a
        negation at most two words before the figure, in its clause."""
        negation = self.lex.keywords.get("negation")
        reach = max(sentence.start, quantity.start - KEYWORD_WINDOW)
        if negation is None or negation.search(self.text, reach, quantity.start) is None:
            return False
        clause_start = max(
            sentence.start,
            *(self.text.rfind(mark, sentence.start, quantity.start) + 1 for mark in CLAUSE_MARKS),
        )
        words = self.text[clause_start : quantity.start].split()[-NEGATION_REACH:]
        # "ne dépassait pas 2,6 milliards": a bound, not a denial.
        exceeding = self.lex.keywords.get("exceeding")
        if exceeding is not None and any(exceeding.fullmatch(word) for word in words):
            return False
        return any(negation.fullmatch(word.strip(",;:")) for word in words)

    def _dates_the_article(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "*Publié le 21 mars 2024*", "Published on March 21, 2024": a line that holds only a
        release word and the date is the text's own byline."""
        release = self.lex.keywords.get("release")
        before = self.text[sentence.start : quantity.start]
        after = self.text[quantity.end : sentence.end]
        byline = self.lex.byline
        if (
            byline is not None
            and byline.fullmatch(before) is not None
            and not WORD.findall(after.strip(" *_."))
        ):
            return True  # "Par Nadia Belkacem, le 9 avril 2024"
        if release is None or ":" in before + after or LIST_ITEM.match(self.text, sentence.start):
            return False  # "- **Veröffentlichung:** März 2025" labels a sheet's item
        # "*Posted June 9, 2025 in Model notes*", "... by Jane Doe": after the date, a
        # preposition may lead to the blog's section or the author.
        separators = list(BYLINE_SEPARATOR.finditer(before))
        if ITALIC_OPENING.match(self.text, sentence.start) and separators:
            # "*Evaluation notes, published September 13, 2024*", "*Projektblog · veröffentlicht
            # am 17.12.2024*": an italic line that names what it heads before the byline.
            before = before[separators[-1].end() :]
            # "*Filed under papers · 9 June 2024 · 5 min read*": the reading time after it.
            own = BYLINE_SEPARATOR.split(after, maxsplit=1)[0]
            if not WORD.findall(before) and not WORD.findall(own):
                return True  # "*Google DeepMind blog, April 9, 2024*": the source, then the date
        trailing = WORD.findall(after)
        placed = (
            0 < len(trailing) <= BYLINE_PLACE_WORDS
            and trailing[0].islower()
            and not CLAUSE_BREAK.search(after)
        )
        words = WORD.findall(before) + ([] if placed else trailing)
        verbs = [word for word in words if release.fullmatch(word)]
        others = [word for word in words if word not in verbs]
        return (
            len(words) <= BYLINE_WORDS
            and len(verbs) == 1
            and all(word.islower() for word in others)  # "le", "on", "am": no name
        )

    def _dates_founding(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "Das Unternehmen wurde im April 2023 gegründet und beschäftigte zum Zeitpunkt der
        Veröffentlichung ...": the date is nearer a word of founding than any of release."""
        release = self._nearest_keyword("release", quantity, sentence)
        # "Liquid AI, 2023 von Forschern des MIT gegründet, hat am 30. September 2024 ...
        # vorgestellt": a word of founding before a comma ends a clause the date is not in.
        founding = self._nearest_keyword(
            "founding",
            quantity,
            sentence,
            lambda window, found, at: found.end() <= at and "," in window[found.end() : at],
        )
        return founding is not None and (release is None or founding < release)

    def _members_in_entry(self, family: str) -> list[str]:
        """ "## 2025-04-15 — xLAM-2" over "- xLAM-2-70b-fc-r: ...", "- xLAM-2-8b-fc-r: ...": a
        dated heading that names a family dates the members its entry names, too."""
        if SIZE.match(re.split(r"[\s-]", family)[-1]):
            return []  # "## 2024-09-05 — X-8x22B": one model, whatever variants follow
        entry = self._with_aliases_resolved(
            self.names.sentence_mentions(self.block_end, self.entry_end)
        )
        # "- Instruction-tuned from Llammas-base": a member the entry builds on is no release.
        bases = {m.name for m in entry if not m.anaphor and self._built_on(m)}
        return list(
            dict.fromkeys(
                m.name
                for m in entry
                if m.model_like
                and not m.anaphor
                and extends(m.name, family)
                and m.name not in bases
            )
        )

    def _dated_that_day(
        self,
        sentence: Sentence,
        named: list[NameMention],
        mentions: list[NameMention],
        in_sentence: list[Quantity],
        topic: str | None,
    ) -> None:
        """ "On November 14, 2024, in Jakarta. We released two models that day: A and B": the
        models a sentence releases "that day" came out on the date the paragraph gave last."""
        that_day = self.lex.keywords.get("that_day")
        if (
            that_day is None
            or not that_day.search(self.text, sentence.start, sentence.end)
            or not self._releases(sentence)
        ):
            return
        date = next(
            (
                q
                for q in reversed(self.quantities)
                if q.kind == QuantityKind.DATE and self.block_start <= q.start < sentence.start
            ),
            None,
        )
        self._date_released(date, sentence, named, mentions, in_sentence, topic)

    def _dated_today(
        self,
        sentence: Sentence,
        named: list[NameMention],
        mentions: list[NameMention],
        in_sentence: list[Quantity],
        topic: str | None,
    ) -> None:
        """ "*Posted March 21, 2024*" over "Sakana AI today publishes A and B": what a sentence
        releases "today" came out on the date of the text's byline."""
        if self.byline_date is None or not self._released_today(sentence):
            return
        if any(self._attribute(q, sentence, in_sentence)[0] == "release_date" for q in in_sentence):
            return  # the sentence dates the release itself
        objects = [m for m in named if not self._after_preposition(m)]
        self._date_released(self.byline_date, sentence, objects, mentions, in_sentence, topic)

    def _date_released(
        self,
        date: Quantity | None,
        sentence: Sentence,
        named: list[NameMention],
        mentions: list[NameMention],
        in_sentence: list[Quantity],
        topic: str | None,
    ) -> None:
        released = list(
            dict.fromkeys(
                m.name
                for m in named
                if m.model_like and not m.organisation and m.name not in self.training_grounds
            )
        )
        if date is not None and released:
            self._claim(date, sentence, mentions, [date, *in_sentence], topic, released)

    def _released_today(self, sentence: Sentence) -> bool:
        """Whether "today" stands right by a release word: "today publishes", "veröffentlicht
        heute", "publie aujourd'hui" (not "released in 2023, it is used today")."""
        today, release = self.lex.keywords.get("today"), self.lex.keywords.get("release")
        if today is None or release is None:
            return False
        return any(
            release.search(self.text, max(sentence.start, m.start() - 20), m.end() + 20)
            for m in today.finditer(self.text, sentence.start, sentence.end)
        )

    def _dated_alongside(self, sentence: Sentence, named: list[NameMention]) -> None:
        """ "Hymba-1.5B-Instruct is released alongside it", "Die Chat-Variante X erschien am
        selben Tag", "Deux variantes ont été publiées le même jour : X et Y": what the sentence
        releases came out on the date given last."""
        same_day = self.lex.keywords.get("same_day")
        phrase = same_day.search(self.text, sentence.start, sentence.end) if same_day else None
        if phrase is None or not self._releases(sentence):
            return
        models = [
            m
            for m in named
            if m.model_like and not m.organisation and m.name not in self.training_grounds
        ]
        released = list(dict.fromkeys(m.name for m in models))
        # "X and Y came out on the same day": the same as each other, on no date given; not
        # "Two variants were published the same day: X and Y", which names them after it.
        if len(released) != 1 and not all(m.start >= phrase.end() for m in models):
            return
        dates = [c for c in reversed(self.claims) if c.attribute == "release_date"]
        for entity in released:
            # "X-Instruct ships on the same day" after a predecessor's date: its base's day.
            dated = next(
                (c for c in dates if extends(entity, c.entity)), dates[0] if dates else None
            )
            if dated is None or dated.entity == entity:
                continue
            if any(c.entity == entity and c.attribute == "release_date" for c in self.claims):
                continue
            self.claims.append(
                replace(
                    dated,
                    id=f"{self.doc.path}#{len(self.claims) + 1}",
                    entity=entity,
                    entity_text=entity,
                    text=" ".join(phrase.group().split()),
                    sentence=" ".join(self.text[sentence.start : sentence.end].split()),
                    source=self.location(phrase.start()),
                )
            )

    def _releases(self, sentence: Sentence) -> bool:
        """Whether the sentence releases something: "AMD a annoncé le rachat de Silo AI",
        "announced a funding round" announce business, no model."""
        release = self.lex.keywords.get("release")
        sections = self.lex.keywords.get("release_sections")
        heading = self.text[sentence.start : sentence.end].strip("#*_: \n")
        if sections is not None and sections.fullmatch(heading) is not None:
            return True
        if release is None:
            return False
        business = [
            pattern
            for name in ("deal", "funding", "investment")
            if (pattern := self.lex.keywords.get(name)) is not None
        ]
        succession = self.lex.keywords.get("succession")
        for verb in release.finditer(self.text, sentence.start, sentence.end):
            if any(
                (deal := p.search(self.text, verb.end(), verb.end() + DEAL_REACH)) is not None
                and not self._inherits_from_at(deal.end())
                for p in business
            ):
                continue
            if succession is not None and succession.fullmatch(verb.group()):
                # "Im Juli 2024 folgte Tele-FLM-1T", "GPT-3 followed in May 2020": what
                # follows is named; "folgte eine Familie von zwanzig Modellen" is not.
                named = self.names.sentence_mentions(sentence.start, sentence.end)
                if not any(m.strength >= NAMED and not m.organisation for m in named):
                    continue
            return True
        return False

    def _followed_by(self, words: re.Pattern[str] | None, quantity: Quantity) -> bool:
        """Whether ``words`` come right after the figure: "$20 a month" (a subscription),
        "150 000 dollars de calcul" (what training cost, no price of use)."""
        following = self.text[quantity.end : quantity.end + KEYWORD_WINDOW]
        return words is not None and words.match(following) is not None

    def _purpose_is_training(self, sentence: Sentence) -> bool:
        """ "Trainiert wurde X auf sechs Billionen Token. Dafür setzte H2O.ai 64 H100-GPUs
        ein": the sentence opens with a reference to the training the one before it told."""
        opener = self.lex.keywords.get("purpose_back_reference")
        training = self.lex.keywords.get("training")
        start = len(self.text) - len(self.text[sentence.start :].lstrip())
        if opener is None or training is None or not opener.match(self.text, start):
            return False
        paragraph_start = self.text.rfind("\n\n", 0, sentence.start)
        previous_start = max(paragraph_start, sentence.start - 2 * KEYWORD_WINDOW, 0)
        return training.search(self.text, previous_start, sentence.start) is not None

    def _keyword_in_next_predicate(
        self, keyword: str, quantity: Quantity, neighbours: list[Quantity]
    ) -> bool:
        """ "It reads up to 128K tokens and costs $0.035 ...", "Kontext 128.000 Token, 0,035
        US-Dollar je Million": the word near the figure stands only after "and" or after the
        next figure, in what the sentence says next."""
        pattern = self.lex.keywords.get(keyword)
        if pattern is None:
            return False
        before = self.text[max(0, quantity.start - ADJACENT_KEYWORD) : quantity.start]
        after = self.text[quantity.end : quantity.end + ADJACENT_KEYWORD + 8]
        found = pattern.search(after)
        if pattern.search(before) is not None or found is None:
            return False
        coordinator = self.lex.word_coordinator
        joined = coordinator.search(after, 0, found.start()) if coordinator is not None else None
        return joined is not None or any(
            quantity.end <= q.start < quantity.end + found.start() for q in neighbours
        )

    def _models_asked_about(
        self, sentence: Sentence, mentions: list[NameMention], *, answered_first: bool = False
    ) -> list[str]:
        """The models an interviewer's question lists, for an answer that names none, or
        (``answered_first``) whose first words are the figure asked for: "**How long can a
        conversation with X get?**" over "2,048 tokens, exactly what LLaMA reads."."""
        question = self.question
        if question is None or (
            not answered_first and any(m.model_like and not m.anaphor for m in mentions)
        ):
            return []
        asked = [
            m
            for m in self.names.sentence_mentions(question.start, question.end)
            if m.model_like and not m.anaphor and not m.organisation
        ]
        return [m.name for m in self._coordinated(asked[0], asked)] if asked else []

    def _opens_the_answer(self, quantity: Quantity, sentence: Sentence) -> bool:
        """Whether the figure is the first thing an interview answer says."""
        return (
            self.question is not None
            and sentence.start == self.block_start
            and self._figure_opens(quantity, sentence)
        )

    def _figure_opens(self, quantity: Quantity, sentence: Sentence) -> bool:
        """Whether only markup and quotes stand before the figure in its sentence."""
        return not self.text[sentence.start : quantity.start].strip(' *_\n"«„“')

    def _asked(self, keyword: str, sentence: Sentence) -> bool:
        """ "**And how long did the run take?**" over "About 30 days.": the question an
        answer's first sentence replies to has the word."""
        question = self.question
        return (
            question is not None
            and sentence.start == self.block_start
            and self._has(keyword, question)
        )

    def _has(self, keyword: str, sentence: Sentence) -> bool:
        pattern = self.lex.keywords.get(keyword)
        return (
            pattern is not None
            and pattern.search(self.text, sentence.start, sentence.end) is not None
        )

    def _figure_list_position(
        self, quantity: Quantity, neighbours: list[Quantity]
    ) -> tuple[int, int]:
        """Where the figure stands in a list of figures joined by "and", "bzw.", "et", ","."""
        members = self._figure_list(quantity, neighbours)
        return members.index(quantity), len(members)

    def _size_class(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "no 13-billion-parameter model had reached", "builds on a 7-billion-parameter
        Mistral base": a size written into an adjective after an indefinite article names a
        class of models; "X is a ..." and "X, a ..." say it of X."""
        if self.lex.class_article is None:
            return False
        if "-" in quantity.text and quantity.unit == "parameter":
            # Not "a 128K-token context": the size of a part of the model, no class of models.
            found = self.lex.class_article.search(
                self.text, max(sentence.start, quantity.start - KEYWORD_WINDOW), quantity.start
            )
        elif (
            self._glued_size(quantity)
            and self.lex.size_class_noun is not None
            and (self.lex.size_class_noun.match(self.text, quantity.end))
        ):
            return True
        elif self._glued_size(quantity) and (
            self._model_noun_after(quantity.end)
            # "Pour un 7B, c'est remarquable": the size as a noun of its own
            or SIZE_AS_NOUN_END.match(self.text, quantity.end) is not None
        ):
            # "as much to run as a 2B dense model": a size like a name's, before a model noun.
            found = self.lex.class_article.search(
                self.text, max(sentence.start, quantity.start - ADJACENT), quantity.start
            )
        else:
            return False
        if found is None:
            return False
        before = (found.group("before") or "").casefold()
        if before in self.lex.copulas:
            # "no part of it is a seven-billion-parameter model": what the copula denies.
            clause = self._clause_before(sentence, quantity.start)
            denial = self.lex.negative_opening
            return denial is not None and denial.match(clause) is not None
        return before != ","

    def _names_a_kind_of_model(self, mention: NameMention) -> bool:
        """ "LLaMA-Modell", "Llama model": a name right before a noun for a model."""
        nouns = self.lex.model_noun
        following = HYPHENED_OR_NEXT_WORD.match(self.text, mention.end)
        return (
            nouns is not None
            and following is not None
            and nouns.fullmatch(following.group(1)) is not None
        )

    def _model_noun_after(self, end: int, within: int = 2) -> bool:
        """ "2B dense model", "Llama 2 model": a noun for a model among the next ``within``
        words."""
        nouns = self.lex.model_noun
        words = NEXT_WORDS.match(self.text, end)
        return (
            nouns is not None
            and words is not None
            and any(nouns.fullmatch(word) for word in words.group().split()[:within])
        )

    def _prices_output(
        self, quantity: Quantity, sentence: Sentence, neighbours: list[Quantity]
    ) -> bool:
        """ "$1.10 per million output tokens", "1,10 dollar par million de jetons en sortie":
        the price of what a model writes; a model's price is what it reads."""
        output, reads = self.lex.keywords.get("output"), self.lex.keywords.get("input")
        if output is None:
            return False
        following = min(
            (
                q.start
                for q in neighbours
                if q.start >= quantity.end
                # "$1.80 per 1M output": the amount the price is per, no figure of its own
                and not (q.value in PRICE_DENOMINATORS and q.start - quantity.end <= ADJACENT)
            ),
            default=None,
        )
        stop = min(sentence.end, quantity.end + KEYWORD_WINDOW, following or sentence.end)
        # "$2 per million input tokens; output tokens cost three times as much", "$2.50 per
        # million tokens and its output price $12.50", "0,30 Euro, Ausgabe-Token kosten das
        # Dreifache": its own clause, up to the next one.
        window = re.split(r"[;:,]", self.text[quantity.end : stop])[0]
        coordinator = self.lex.word_coordinator
        joined = coordinator.search(window) if coordinator is not None else None
        if joined is not None and (reads is None or not reads.search(window, 0, joined.start())):
            window = window[: joined.start()]
        # "its output price $12.50", "Its output price is $0.14": the words right before it.
        preceding = max((q.end for q in neighbours if q.end <= quantity.start), default=0)
        lead = self.text[max(sentence.start, preceding, quantity.start - ADJACENT) : quantity.start]
        lead = re.split(r"[;:,]", lead)[-1]
        if coordinator is not None:
            lead = coordinator.split(lead)[-1]
        return any(
            output.search(part) is not None
            and (reads is None or reads.search(part) is None)  # "input and output alike"
            for part in (window, lead)
        )

    def _to_come(self, quantity: Quantity, sentence: Sentence) -> bool:
        """ "Sailor2, which we are training now, should go up to 20 billion parameters", "eine
        Fassung, die auf 3,2 Bio. Token trainiert werden soll": a figure of the future, said in
        the figure's own clause, or in the answer to "What comes next?"."""
        if self._asked("plans", sentence):
            return True
        before, after = self.lex.future_before, self.lex.future_after
        clause_start = max(
            sentence.start,
            *(self.text.rfind(mark, sentence.start, quantity.start) + 1 for mark in CLAUSE_MARKS),
        )
        ends = [self.text.find(mark, quantity.end, sentence.end) for mark in CLAUSE_MARKS]
        clause_end = min([end for end in ends if end >= 0] or [sentence.end])
        return (
            before is not None
            and before.search(self.text, clause_start, quantity.start) is not None
        ) or (after is not None and after.search(self.text, quantity.end, clause_end) is not None)

    def _added(self, quantity: Quantity) -> bool:
        """ "12 billion further tokens", "40 Mrd. zusätzlichen Token", "40 milliards de jetons
        supplémentaires": tokens added to what a model had seen."""
        added = self.lex.keywords.get("added")
        if added is None:
            return False
        following = self.text[quantity.end : quantity.end + 20].lstrip()
        # "a further 800 billion tokens"
        preceding = PREVIOUS_WORD.search(self.text, max(0, quantity.start - 24), quantity.start)
        return (
            added.search(quantity.text) is not None
            or added.match(following) is not None
            or (preceding is not None and added.fullmatch(preceding.group(1)) is not None)
        )

    def _named_after_the_opening_subject(
        self, sentence: Sentence, mentions: list[NameMention], subject: str
    ) -> set[str]:
        """The models a sentence names after a break that follows its subject, when the
        subject is the sentence's first name."""
        named = [m for m in mentions if not m.anaphor]
        if not named or named[0].name != subject:
            return set()
        lead = BOLD_ITEM_LEAD.fullmatch(self.text, sentence.start, named[0].start)
        if lead is None and not starts_sentence(self.text, sentence.start, named[0].start):
            return set()
        return {
            m.name
            for m in named[1:]
            if m.model_like
            and m.name != subject
            and CLAUSE_BREAK.search(self.text, named[0].end, m.start) is not None
        }

    def _set_against(
        self,
        quantity: Quantity,
        sentence: Sentence,
        neighbours: list[Quantity],
        mentions: list[NameMention],
    ) -> bool:
        """ "reads 4,096 tokens, modest compared with the 128,000-token windows common
        elsewhere": a figure that a word of comparison sets against one of the same kind the
        sentence gave before it, with no model named after it, is nobody's."""
        words = self.lex.keywords.get("comparison")
        earlier = [
            q
            for q in neighbours
            if q.end <= quantity.start and q.unit is not None and q.unit == quantity.unit
        ]
        if words is None or not earlier:
            return False
        comparison = words.search(self.text, earlier[-1].end, quantity.start)
        if comparison is None:
            return False
        ends = [self.text.find(mark, quantity.end, sentence.end) for mark in CLAUSE_MARKS]
        clause_end = min([end for end in ends if end >= 0] or [sentence.end])
        # "compared with GPT-J-6B's 402 billion", "compared with xAI's Grok, which used more
        # than 100,000 GPUs": the figure of what the comparison names.
        return not any(
            not m.anaphor
            and (m.model_like or m.strength >= NAMED)
            and comparison.start() <= m.start < clause_end
            for m in mentions
        )

    def _difference(self, quantity: Quantity) -> bool:
        """ "three billion more than GPT-3's 175 billion", "trois fois plus que GPT-3": a
        difference or a ratio between two figures. Not with its unit: "mit 36 Milliarden
        Parametern mehr als doppelt so viele"."""
        if quantity.unit_text is not None:
            return False
        following = self.text[quantity.end : quantity.end + KEYWORD_WINDOW]
        difference, multiplier = self.lex.difference_after, self.lex.multiplier
        next_word = following.split(maxsplit=1)[0] if following.strip() else ""
        counted = self._counted_accelerator(quantity.end)
        if counted is not None and self.names.is_hardware(counted):
            return False  # "256 × A100": a count of accelerators, no ratio
        return (difference is not None and difference.match(following) is not None) or (
            multiplier is not None
            and not quantity.scale_word
            and multiplier.fullmatch(next_word) is not None
        )

    def _figure_list(self, quantity: Quantity, neighbours: list[Quantity]) -> list[Quantity]:
        """The figures joined to this one by "and", "bzw.", "et", "," (itself included), but
        for a difference ("178 billion parameters, three billion more than ...")."""
        ordered = sorted(
            (q for q in neighbours if q is quantity or not self._difference(q)),
            key=lambda q: q.start,
        )
        index = next(i for i, q in enumerate(ordered) if q is quantity)
        joined = self.lex.coordinator

        articles = {word.casefold() for word in self.lex.data.entities.articles}

        def linked(left: Quantity, right: Quantity) -> bool:
            if (left.kind == QuantityKind.DATE) != (right.kind == QuantityKind.DATE):
                return False  # "am 27. April 2024, zwei Sprachmodelle": a date, then a count
            if (
                left.unit is not None
                and right.unit is None
                and right.scale_word is None
                and NOUN_AFTER.match(self.text, right.end)
            ):
                return False  # "118 milliards de paramètres et 137 couches": another count
            between = self.text[left.end : right.start].strip()
            words = between.split()
            if len(words) == 2 and words[1].casefold() in articles:
                between = words[0]  # "le 11 et le 26 octobre"
            # "14.8 trillion and more than 15 trillion": a hedge may open the next member.
            for _qualifier, hedge in self.lex.qualifier_before:
                opened = hedge.search(between)
                if opened is not None and opened.start() > 0:
                    between = between[: opened.start()].strip()
                    break
            return joined is not None and bool(between) and joined.fullmatch(between) is not None

        first = index
        while first > 0 and linked(ordered[first - 1], ordered[first]):
            first -= 1
        last = index
        while last + 1 < len(ordered) and linked(ordered[last], ordered[last + 1]):
            last += 1
        return ordered[first : last + 1]

    def _sizes_of_a_family(
        self, quantity: Quantity, neighbours: list[Quantity], mentions: list[NameMention]
    ) -> bool:
        """Whether the figure is one of several that count the same thing ("102, 51 und 2 Mrd.
        Parameter", not "70bn parameters and 1.4tn tokens"), none of them part of a name
        ("Velvet 2B, environ deux milliards")."""
        listed = [
            member
            for member in self._figure_list(quantity, neighbours)
            if not any(m.start <= member.start and member.end <= m.end for m in mentions)
        ]
        return len(listed) > 1 and all(
            member.unit in (None, quantity.unit)
            # "the 6.2 billion parameters and the 32K window": a context's size, no sibling's
            and (member is quantity or CONTEXT_SUFFIX.fullmatch(member.text) is None)
            for member in listed
        )

    def _per_item(self, quantity: Quantity, sentence: Sentence, neighbours: list[Quantity]) -> bool:
        """ "16 Experten à 3,8 Milliarden Parameter": a size per item, not the model's total."""
        after = self.text[quantity.end : min(sentence.end, quantity.end + 25)]
        hardware = WORD_AFTER.match(after)
        if hardware is not None and self.names.is_hardware(hardware.group(1)):
            after = after[hardware.end() :]  # "eight H100 each": the unit an accelerator implies
        if self.lex.per_item_after and self.lex.per_item_after.match(after):
            return True
        if quantity.unit == "gpu" and self._in_each_machine(quantity, neighbours):
            return True
        if self._opens_per_machine(sentence) and self._counts_accelerators(quantity):
            return True
        distributive = self.lex.distributive_before
        marker_found = (
            distributive.search(
                self.text, max(sentence.start, quantity.start - ADJACENT), quantity.start
            )
            if distributive is not None
            else None
        )
        if marker_found is not None and any(
            # "112 Servern mit je acht GPUs", not "A und B haben je 7 Mrd. Parameter"
            q.kind != QuantityKind.DATE
            and q.scale_word is None  # "Baichuan2-13B je 2,6 Billionen": a name's size
            and 0 <= marker_found.start() - q.end <= ADJACENT
            for q in neighbours
            if q is not quantity
        ):
            return True
        subject = self.lex.per_item_subject
        if (
            subject is not None
            # "Chaque couche contient 256 experts": every layer has the model's experts.
            and quantity.unit != "expert"
            and subject.search(self._without_counts(sentence.start, quantity.start, neighbours))
        ):
            return True  # "Jeder dieser Experten hat 3,66 Milliarden Parameter"
        before_text = self.text[sentence.start : quantity.start]
        marker = self.lex.per_item_before.search(before_text) if self.lex.per_item_before else None
        if marker is None:
            return False
        marker_start = sentence.start + marker.start()
        return any(
            q.unit == "expert" and 0 <= marker_start - q.end <= 25
            for q in neighbours
            if q is not quantity
        )

    def _machines_times_each(
        self, quantity: Quantity, sentence: Sentence, neighbours: list[Quantity]
    ) -> Quantity | None:
        """ "16 nodes with eight A100 GPUs each": the run's accelerators, when the sentence
        gives no total of its own ("..., 128 GPUs in all")."""
        if not isinstance(quantity.value, float):
            return None
        machines = next(
            (
                q
                for q in reversed(neighbours)
                if q.end <= quantity.start
                and q.unit is None
                and isinstance(q.value, float)
                and q.value.is_integer()
                and NAME_BEFORE.search(self.text, max(0, q.start - 24), q.start) is None
                and self._counts_machines(q)
            ),
            None,
        )
        if machines is None and self._opens_per_machine(sentence):
            # "The 8B trained on four nodes. Each node holds eight H100s."
            machines = self.machines_of_the_run
        if machines is None or not isinstance(machines.value, float):
            return None
        total = machines.value * quantity.value
        if any(q.unit == "gpu" and q.value == total for q in neighbours if q is not quantity):
            return None
        return quantity.model_copy(
            update={
                "text": self.text[machines.start : quantity.end],
                "start": machines.start,
                "value": total,
            }
        )

    def _counts_accelerators(self, quantity: Quantity, neighbours: Sequence[Quantity] = ()) -> bool:
        """ "eight H100s", "256 GPUs": a count of accelerators, its unit written or implied."""
        if quantity.unit is not None or quantity.kind != QuantityKind.NUMBER:
            return quantity.unit == "gpu"
        return self._names_an_accelerator_after(quantity, neighbours)

    def _names_an_accelerator_after(
        self, quantity: Quantity, neighbours: Sequence[Quantity]
    ) -> bool:
        """ "4,096 A100s", "One A100", "huit A100 pendant trois jours": an accelerator's name
        right after the figure, which it counts."""
        spaced = (
            quantity.value == 1
            or quantity.text.endswith(("x", "×"))  # "8x H100 each"
            or self._span_follows(quantity, neighbours)
        )
        hardware = self._counted_accelerator(quantity.end, one=spaced)
        return hardware is not None and self.names.hardware_shape.match(hardware) is not None

    def _span_follows(self, quantity: Quantity, neighbours: Sequence[Quantity]) -> bool:
        """ "huit A100 pendant trois jours": a span of time right after the figure's noun; or
        right before it, one word between ("dix jours sur 32 A100")."""
        return any(
            q.unit in DURATION_UNITS
            and (
                (
                    0 < q.start - quantity.end <= SPAN_AFTER_COUNT
                    and not CLAUSE_BREAK.search(self.text, quantity.end, q.start)
                )
                or ONE_WORD.fullmatch(self.text, q.end, quantity.start) is not None
            )
            for q in neighbours
        )

    def _opens_per_machine(self, sentence: Sentence) -> bool:
        """ "Each node holds eight H100s", "Jeder davon ...", "Chaque nœud ...", right after a
        run's machines were counted."""
        subject = self.lex.per_machine_subject
        return (
            self.machines_of_the_run is not None
            and subject is not None
            and subject.match(self.text, sentence.start) is not None
        )

    def _with_machines_held(
        self, in_sentence: list[Quantity], sentence: Sentence
    ) -> list[Quantity]:
        """ "Each node holds eight H100s. ... For the 70B we needed sixteen of those nodes":
        a count of machines, in a sentence that counts no accelerators, as the accelerators
        they hold."""
        per_machine = self.gpus_per_machine
        if (
            per_machine is None
            or self._opens_per_machine(sentence)
            or any(self._counts_accelerators(q) for q in in_sentence)
        ):
            return in_sentence
        held = []
        for quantity in in_sentence:
            if (
                quantity.unit is None
                and isinstance(quantity.value, float)
                and self._counts_machines(quantity)
            ):
                quantity = quantity.model_copy(
                    update={"unit": "gpu", "value": quantity.value * per_machine}
                )
                self.held_accelerators.add(quantity.start)
            held.append(quantity)
        return held

    def _in_each_machine(self, quantity: Quantity, neighbours: list[Quantity]) -> bool:
        """ "16 nodes with eight A100 GPUs", "trente-deux nœuds de huit GPU", "two servers,
        each holding eight A100 GPUs": a count right after a count of machines is per
        machine."""
        return any(
            0 < quantity.start - q.end <= MACHINE_TO_COUNT
            and self._counts_machines(q)
            and (
                not (comma := CLAUSE_BREAK.search(self.text, q.end, quantity.start))
                or (
                    comma.group() == ","
                    and self.lex.per_machine_subject is not None
                    and self.lex.per_machine_subject.match(self.text, comma.end(), quantity.start)
                    is not None
                )
            )
            for q in neighbours
            if q.unit is None
        )

    def _counts_machines(self, count: Quantity) -> bool:
        """Whether the count counts nodes or servers: "16 nodes", "96 NVIDIA DGX-A100 nodes",
        "sixteen of those nodes", "seize de ces nœuds"."""
        parts = self.lex.machine_part_noun
        if parts is None:
            return False
        # "eight such nodes", "sixteen of those nodes": one or two short words between.
        position = count.end
        for _ in range(2):
            referring = MACHINES_REFERRED_TO.match(self.text, position)
            if referring is None:
                break
            if parts.match(self.text, referring.end()) is not None:
                return True
            position = referring.end() - 1
        lead = MACHINE_PART_AFTER_COUNT.match(self.text, count.end)
        if lead is None:
            return False
        # "120 Servern": in German the noun itself is capitalised like a machine's name.
        noun_start = count.end + len(lead.group()) - len(lead.group().lstrip())
        return (
            parts.match(self.text, lead.end()) is not None
            or parts.match(self.text, noun_start) is not None
        )

    def _without_counts(self, start: int, end: int, neighbours: list[Quantity]) -> str:
        """The text from ``start`` to ``end`` with counted nouns left bare: "each of its eight
        experts" reads as "each of its experts"."""
        pieces, at = [], start
        for count in neighbours:
            if count.unit_text and start <= count.start and count.end <= end:
                pieces.append(self.text[at : count.start])
                pieces.append(count.unit_text)
                at = count.end
        pieces.append(self.text[at:end])
        return "".join(pieces)

    def _qualifier(
        self, quantity: Quantity, sentence: Sentence, unit: str
    ) -> tuple[Qualifier, int, int]:
        before = self.text[max(sentence.start, quantity.start - 40) : quantity.start]
        for qualifier, pattern in self.lex.qualifier_before:
            match = pattern.search(before)
            if match is None:
                continue
            word = match.group().split()[0].lower() if match.group().split() else ""
            if unit in self.lex.data.qualifiers.not_before_units.get(word, []):
                continue
            ahead = before[: match.start()]
            if self.lex.not_after is not None and self.lex.not_after.search(ahead):
                continue
            return qualifier, quantity.start - len(before) + match.start(), quantity.end
        scale = (quantity.scale_word or "").casefold()
        if scale in self.lex.approx_scales:
            return Qualifier.APPROX, quantity.start, quantity.end
        after = self.text[quantity.end : min(sentence.end, quantity.end + 20)]
        for qualifier, pattern in self.lex.qualifier_after:
            match = pattern.match(after)
            # "256 experts plus one shared expert" adds a figure; "256 or more." qualifies one.
            if match and not (
                qualifier is Qualifier.AT_LEAST
                and match.group()[-1:].isalpha()
                and CONTINUED.match(after, match.end())
            ):
                return qualifier, quantity.start, quantity.end + match.end()
        return Qualifier.EXACT, quantity.start, quantity.end

    # ---------------------------------------------------------------- whom it is about

    def _recipient(
        self, quantity: Quantity, sentence: Sentence, mentions: list[NameMention]
    ) -> str | None:
        """Who money is invested in: "invested $1.5bn in G42", "a investi 1,5 Md$ dans le
        groupe" (the company named before), "G42, in den Microsoft 1,5 Mrd. investiert hat"."""
        into, relative = self.lex.recipient_preposition, self.lex.recipient_relative
        # Any name will do: "G42" has the digits of a model's name.
        organisations = [m for m in mentions if not m.anaphor]
        if into is not None:
            after = into.match(self.text, quantity.end, sentence.end)
            if after is not None:
                named = next((m for m in organisations if m.start == after.end()), None)
                if named is not None:
                    return named.name
                nouns = self.lex.organisation_anaphora
                if nouns is not None and nouns.match(self.text, after.end()):
                    return self.last_opener or self.last_organisation
        if relative is not None:
            for mention in organisations:
                if mention.end <= quantity.start and relative.match(self.text, mention.end):
                    return mention.name
        return None

    def _first_person_before(self, quantity: Quantity) -> int | None:
        """Where "we", "wir", "nous" or "our" stands shortly before the figure, if it does."""
        pattern = self.lex.first_person
        if pattern is None:
            return None
        found = list(
            pattern.finditer(self.text, max(0, quantity.start - KEYWORD_WINDOW), quantity.start)
        )
        return found[-1].start() if found else None

    def _organisation(self, quantity: Quantity, mentions: list[NameMention]) -> list[str]:
        """Money raised or invested belongs to an organisation: the one named next to the
        figure, else the one "the company" / "la start-up" refers back to."""
        organisations = [m for m in mentions if not m.anaphor and not m.model_like]
        chosen = self._best_before(quantity, organisations)
        if chosen is not None:
            chosen = self._subject_around(chosen, quantity, organisations)
        speaker = self._first_person_before(quantity)
        speaking = speaker is not None and (chosen is None or chosen.end <= speaker)
        if speaking and self.main_organisation is not None:
            # "We raised $58 million ..., with Nvidia among the investors": the speaker's
            # company, the one the document speaks of most.
            return [self.main_organisation]
        chosen = chosen or self._first_after(quantity, organisations)
        nouns = self.lex.organisation_anaphora
        # "The Paris start-up behind it raised ...": the noun, not the place, is the subject.
        if (
            chosen is not None
            and chosen.start < quantity.start
            and nouns is not None
            and nouns.search(self.text, chosen.end, quantity.start)
        ):
            chosen = None
        if chosen is not None:
            return [chosen.name]
        return [self.last_organisation] if self.last_organisation else []

    def _subject_around(
        self, chosen: NameMention, quantity: Quantity, candidates: list[NameMention]
    ) -> NameMention:
        """ "Stability AI, founded in 2019 and best known for Stable Diffusion, raised $101
        million": a name inside the commas after the subject is not what the verb is about."""
        earlier = [m for m in candidates if m.end <= chosen.start]
        if not earlier:
            return chosen
        subject = earlier[0]
        lead = self.text[max(0, subject.start - 2) : subject.start]
        opens = not lead.strip() or lead.rstrip().endswith((".", "!", "?"))
        inside = self.text[subject.end : chosen.start].lstrip().startswith(",")
        closed = "," in self.text[chosen.end : quantity.start]
        return subject if opens and inside and closed else chosen

    def _entities(
        self,
        quantity: Quantity,
        sentence: Sentence,
        mentions: list[NameMention],
        topic: str | None,
        *,
        describes: bool = False,
        ranked: bool = False,
        released: bool = False,
    ) -> list[str]:
        """Whom the figure is about. ``describes``: the figure names a model ("the 70B model
        beats X"), so it is about an earlier name or the topic, never a name after it."""
        candidates = [
            m
            for m in mentions
            if not self._is_attribution(m) and not (topic and self._names_a_kind(m))
        ]
        # "Llama 2, dont la plus grande version ...": without sizes in names to compare, the
        # words describe the model just named and refer back to nothing.
        candidates = [m for m in candidates if not m.extreme or self._sized_referent(m, candidates)]
        # "auf Mistral-7B aufgesetzt, das Basismodell von ...": without a base and tuned pair,
        # the words describe, and refer back to nothing.
        candidates = [m for m in candidates if not m.base or self._base_referent()]
        if describes:
            candidates = [m for m in candidates if m.end <= quantity.start]
        # Capitalised words of running text are names only when nothing surer is at hand.
        sure = [m for m in candidates if m.strength >= NAMED]
        owner = (
            None if ranked else self._possessor(quantity, sure) or self._owner_after(quantity, sure)
        )
        heirs = self._heirs(quantity, sentence, candidates, topic) if owner is not None else []
        if owner is not None and heirs:
            return list(dict.fromkeys([*heirs, owner.name]))
        chosen = (
            (self._released_just_before(quantity, sure) if released else None)
            or self._parenthesised_owner(quantity, sure)
            or self._labelled_owner(quantity, sentence, sure)
            or owner
            or self._trained_after(quantity, sure)
            or self._introduced_after(quantity, sure)
            or self._best_before_a_release(quantity, sure, released=released)
            or self._listed_after_colon(quantity, sure)
            or self._first_after(quantity, sure)
        )
        if (
            chosen is not None
            and not chosen.anaphor
            and (
                # not "inherited from Openchat 3.5, which reads 8,192": the name's own clause
                (
                    self._inherited_from(chosen)
                    and "," not in self.text[chosen.end : quantity.start]
                )
                or self._kept_from_after(quantity, sentence, chosen)
            )
        ):
            # "X übernimmt von Llama-2-70b 69 Milliarden Parameter", "garde la fenêtre de
            # 4 096 jetons de sa base, Llama-2-13b": the heir's, taken from the name.
            heirs = self._heirs(quantity, sentence, candidates, topic) or (
                [topic] if topic is not None and topic != chosen.name else []
            )
            if heirs:
                return heirs
        if chosen is None and topic is None:
            # "- **X-7B** (SH 7B), the base model: ... (Hyena) ..., trained with 32k tokens":
            # the model the sentence opens with, before any weaker word.
            opening = self._sentence_subject(sentence, sure)
            chosen = (
                (opening if opening is not None and opening.end <= quantity.start else None)
                or self._best_before(quantity, candidates)
                or self._first_after(quantity, candidates)
            )
        if (
            chosen is not None
            and owner is None
            and OWNERS_POSSESSIVE.match(self.text, chosen.end) is not None
            and (heirs := self._heirs(quantity, sentence, candidates, topic))
        ):
            # "all of them keep LLaMA 2's window of 4,096 tokens"; "it keeps that model's 7.24
            # billion parameters": the heir's, the reference being no name.
            return list(dict.fromkeys([*heirs, *([] if chosen.anaphor else [chosen.name])]))
        successor = self.lex.successor_of
        about = topic or self.current_subject or self.main_subject
        if (
            chosen is not None
            and about is not None
            and about != chosen.name
            and successor is not None
            and successor.search(self.text, max(sentence.start, chosen.start - 60), chosen.start)
        ):
            return [about]  # "A drop-in successor to Mistral 7B that reads 128k tokens"
        if (
            chosen is not None
            and chosen.plural
            and len(self.paragraph_bases) > 1
            and any(m.source and m.plural and m.start <= chosen.start for m in candidates)
        ):
            # "Meta released both bases ... and pretrained each of them on ...": the bases.
            return list(self.paragraph_bases)
        if chosen is not None and chosen.plural and not (chosen.source and self.paragraph_bases):
            # "Both base models were trained on ...", with no base the paragraph built on: the
            # base versions of the models in play.
            return self._plural_referents(chosen, candidates) or ([topic] if topic else [])
        if (
            chosen is not None
            and is_pronoun(chosen)
            # "Like its base, it has eight experts": a pronoun opening a clause is its subject
            and self.text[sentence.start : chosen.start].rstrip()[-1:] not in ("", ",", ";", ":")
        ):
            # "Meta released that base in July 2023 after pretraining it on 2 trillion
            # tokens": a pronoun after a reference to the base in its sentence is that base.
            chosen = next(
                (
                    m
                    for m in sorted(candidates, key=lambda m: -m.start)
                    if m.source and not m.plural and m.end <= chosen.start
                ),
                chosen,
            )
        if chosen is not None and chosen.source:
            # "..., was Llama 3.1 schon mitbringt: Meta hatte das Ausgangsmodell ...": the
            # model the sentence named; else the base the text named last.
            named_before = [
                m.name
                for m in candidates
                if m.model_like and not m.anaphor and m.end <= chosen.start
            ]
            source = named_before[-1] if named_before else self.last_base
            if source is None:
                return [topic] if topic else []
            # "It keeps the context window of its base: 8,192 tokens": the figure of the one
            # that keeps it, which the sentence states.
            heirs = self._heirs(quantity, sentence, candidates, topic, in_sentence=True)
            return heirs or [source]
        if chosen is not None and chosen.open:
            opened = self._open_referent(chosen, candidates)
            return [opened] if opened else ([topic] if topic else [])
        if chosen is not None and chosen.family:
            family = self._family_referent(chosen, candidates)
            return [family] if family else ([topic] if topic else [])
        if chosen is not None and chosen.base:
            base = self._base_referent()
            return [base] if base else ([topic] if topic else [])
        if chosen is not None and chosen.extreme:
            sized = self._sized_referent(chosen, candidates)
            return [sized] if sized else ([topic] if topic else [])
        if chosen is not None and chosen.position:
            ordinal = self._ordinal_referent(chosen, candidates)
            return [ordinal] if ordinal else ([topic] if topic else [])
        if chosen is not None and chosen.anaphor and self._subject_before_inheriting(chosen):
            # "... son point de départ, Mistral-7B-Instruct-v0.2, ..., et précise que le
            # dérivé en conserve les 7,24 milliards": the heir is none of the bases named.
            sure = [m for m in sure if not self._built_on(m)] or sure
        # "Davon erbt er alles, ...: 7,24 Milliarden": the reference may stand past a break.
        heir = (
            next((m for m in candidates if m.anaphor and m.end <= quantity.start), None)
            if chosen is None
            else chosen if chosen.anaphor else None
        )
        if heir is not None and self._subject_after_inheriting(heir):
            # "Von Mistral-7B-v0.1 ... übernimmt das Modell 7,24 Milliarden Parameter", "Auf
            # Mistral-7B-v0.1 ... Davon erbt er alles, ...: 7,24 Milliarden Parameter": the
            # model the text is about inherits, not the base the paragraph built on.
            about = self.main_subject or self.most_named
            inherited_from = self.lex.keywords.get("inherited_from_pronouns")
            lead = self.text[max(sentence.start, heir.start - HEIR_LEAD) : heir.start]
            if (
                about is not None
                and about != topic
                and inherited_from is not None
                and inherited_from.search(lead) is not None
            ):
                return [about]  # "Davon erbt er": "davon" is the topic, "er" the heir
            return [topic] if topic else []
        if chosen is not None and chosen.anaphor:
            # "X ...; Y sends each token through two of its eight experts": the clause's subject.
            semicolon = self.text.rfind(";", sentence.start, chosen.start)
            clause = Sentence(semicolon + 1, sentence.end) if semicolon >= 0 else sentence
            subject = self._sentence_subject(clause, sure) or self._sentence_subject(sentence, sure)
            if subject is not None and subject.end <= chosen.start:
                return [subject.name]  # "X, a hybrid of A and B, ...; its training took ..."
            before_clause = self._model_before_the_clause(sentence, chosen, sure)
            if before_clause is not None:
                return [before_clause.name]
            antecedent = self._relative_antecedent(sentence, chosen, sure)
            if antecedent is not None:
                return [antecedent.name]
        if chosen is None:
            # "Training data: 1.42T tokens for both": the models a reference after it counts.
            both = next(
                (
                    m
                    for m in candidates
                    if m.plural
                    and m.start >= quantity.end
                    and self._gap_words(quantity.end, m.start) <= PLURAL_AFTER_GAP
                ),
                None,
            )
            # "The two PolyLM base models (...) were pretrained on the same 640 billion
            # tokens": the models a counted reference opening the sentence stands for.
            both = both or next(
                (
                    m
                    for m in candidates
                    if m.plural
                    and m.end <= quantity.start
                    and starts_sentence(self.text, sentence.start, m.start)
                ),
                None,
            )
            referents = self._plural_referents(both, candidates) if both else []
            if referents:
                return referents
            # "SEA-LION v1, trained from scratch in 2023, came in two sizes and was trained on
            # 980 billion tokens": the model the sentence opens with, however far.
            opening = self._sentence_subject(sentence, sure)
            if opening is not None and opening.end <= quantity.start:
                return [opening.name]
            models = [m for m in sure if m.model_like and not m.anaphor]
            # "auf Basis von Meta Llama 3: A und B": a model after a preposition before the
            # others is what they build on.
            while (
                models
                and (self._after_preposition(models[0]) or self._built_on(models[0]))
                and not self._released_with(models[0])
            ):
                models.pop(0)
            if released and models:
                # "Im November 2023 stellten Inception, MBZUAI und Cerebras Jais-30B vor",
                # "veröffentlicht heute zwei Modelle auf Basis von Llama 3: A und B": the one
                # model, or the one list of models, the sentence releases (a list that goes on
                # to figures of its own is the subject of another statement).
                listed = self._coordinated(models[0], candidates, notes=True)
                own_figures = any(
                    listed[-1].end <= q.start < sentence.end and (q.unit or q.scale_word)
                    for q in self.quantities
                )
                # "AI21 Labs today announced A and B, ... through its AI21 Studio": "AI21" is
                # the company's name, however shaped like a model's.
                models = [
                    m
                    for m in models
                    if not any(org.startswith(f"{m.name} ") for org in self.organisations)
                ]
                if [m.name for m in listed] == [m.name for m in models] and (
                    len(listed) == 1 or not own_figures
                ):
                    return [m.name for m in listed]
                if self._released_with(models[0]):
                    return [m.name for m in listed]  # "we followed with X, which starts from Y"
                every = self._every_model_released(models, sentence)
                if every:
                    return every
                if self.lex.data.entities.verb_second and len(models) > 1:
                    released_models = self._released_by_the_verb(models, sentence.start, sentence)
                    if len(released_models) == 1:
                        return [released_models[0].name]
        if released and chosen is not None and chosen.anaphor:
            # "On December 18, 2023 it released A and B": what the maker it refers to released.
            objects = self._released_after_a_pronoun(chosen, sure)
            if objects:
                return objects
        if chosen is not None and chosen.anaphor and not released:
            base = self._base_its_maker_speaks_of(chosen, sentence, candidates)
            if base is not None:
                return [base]
        if chosen is not None and chosen.anaphor and self._names_a_model_noun(chosen):
            # "ne pas héberger le modèle, l'IIC propose ...": a model, whatever the paragraph
            # before spoke of.
            topic = self._model_topic(topic)
        if chosen is None or chosen.anaphor:
            unnamed = self._released_unnamed(quantity, sentence, sure) if released else []
            return unnamed or ([topic] if topic else [])
        if released and not chosen.model_like and not self._parenthesised_date(chosen, quantity):
            # "Avec Falcon 180B, le TII a présenté le 6 septembre ...", "IBM hat am 21. Oktober
            # Granite 3.0 vorgestellt": what is released on a date is the model, not its maker
            # (a name between the maker and the date is the maker's: "Jamba, which AI21 ...").
            # "AI Singapore annonce la publication de SEA-LION": a name the text calls a
            # model's elsewhere ("SEA-LION, une famille de modèles") is one here too.
            models = [
                m
                for m in sure
                if (m.model_like or (m.name in self.model_names and not m.organisation))
                and not m.anaphor
                and (
                    m.end <= chosen.start
                    or m.start >= quantity.end
                    # "SDAIA hat ALLaM-7B im September 2024 vorgestellt": the object stands
                    # between the maker and the date.
                    or (self.lex.data.entities.verb_second and m.start >= chosen.end)
                )
                and not self._relative(m)
                # "the first open models since GPT-2 in 2019": a model dated apart.
                and not self._dated_apart(m, quantity)
            ]
            if len(models) > 1:
                models = self._released_by_the_verb(
                    models, max(chosen.end, sentence.start), sentence
                )
            # "Die Initiative hat am 2. September zwei Modelle veröffentlicht: A und B".
            every = self._every_model_released(models, sentence) if len(models) > 1 else []
            if every:
                return every
            if len(models) == 1:
                chosen = models[0]
            elif not models and (object_ := self._released_object(chosen, quantity, sure)):
                chosen = object_
            elif not models:
                # "Cohere a publié le 24 octobre 2024 Aya Expanse": the name the date is
                # followed by, when it is no maker.
                released_name = next(
                    (
                        m
                        for m in sorted(candidates, key=lambda m: m.start)
                        if m.start >= quantity.end
                        and not m.anaphor
                        and m.name not in self.organisations
                        and not m.organisation
                        and self._gap_words(quantity.end, m.start) <= 1
                    ),
                    None,
                )
                unnamed = self._released_unnamed(quantity, sentence, sure)
                if released_name is None and unnamed:
                    return unnamed
                if (
                    released_name is None
                    and topic is not None
                    and not any(m.model_like or m.name in self.model_names for m in sure)
                    and self._names_an_unnamed_model(quantity.end, sentence.end)
                ):
                    # "Baidu und PCL haben am 23. Dezember 2021 ein Sprachmodell vorgestellt":
                    # the model the text is about, named later, not its makers.
                    return [topic]
                chosen = released_name or chosen
        group = [m.name for m in self._coordinated(chosen, candidates, notes=released)]
        if released and group == [chosen.name]:
            # "a publié EuroBERT, une famille de trois modèles : A, B et C": its members.
            group = self._members_listed_after(chosen, candidates, sentence) or group
        singular = self.lex.singular_relative
        if (
            len(group) > 1
            and group[-1] == chosen.name
            and singular is not None
            and singular.match(self.text, chosen.end, quantity.start)
        ):
            # "A and B, which holds 1.01 billion": the verb's number picks the last name.
            group = [chosen.name]
        if released and chosen.model_like:
            models = [m for m in sure if m.model_like and not m.anaphor]
            every = self._every_model_released(models, sentence)
            if chosen.name in every and len(every) > len(group):
                return every
            # "released A.X 4.0 on July 3, 2025, together with A.X 4.0 Light": a companion.
            companion = self.lex.release_companion
            group += [
                m.name
                for m in models
                if m.start > chosen.end
                and m.name not in group
                and companion is not None
                and companion.search(self.text, max(chosen.end, m.start - COMPANION_REACH), m.start)
            ]
        return group

    def _model_topic(self, topic: str | None) -> str | None:
        """``topic`` unless it names an organisation or a method, else the model the text spoke
        of last or most, or named last."""
        named_last = max(
            (n for n in self.model_names if n in self.mentions and n not in self.organisations),
            key=lambda n: self.mentions[n][-1],
            default=None,
        )
        return next(
            (
                model
                for model in (topic, self.current_subject, self.main_subject, self.most_named)
                if model is not None
                and model not in self.organisations
                and model not in self.methods  # "mit YaRN ein Verfahren"
            ),
            named_last,
        )

    def _names_a_model_noun(self, anaphor: NameMention) -> bool:
        """ "le modèle", "das Modell": a reference that says it is to a model."""
        noun = self.lex.model_noun
        return noun is not None and noun.search(anaphor.name) is not None

    def _members_listed_after(
        self, family: NameMention, candidates: list[NameMention], sentence: Sentence
    ) -> list[str]:
        """The members a colon lists after a family's name and the words that call it one
        ("EuroBERT, une famille de trois modèles encodeurs : A, B et C")."""
        colon = self.text.find(":", family.end, min(sentence.end, family.end + FAMILY_LEAD))
        nouns = self.lex.family_noun
        if colon < 0 or nouns is None or not nouns.search(self.text, family.end, colon):
            return []
        listed = [m for m in candidates if m.start > colon and not m.anaphor]
        if not listed:
            return []
        members = [m.name for m in self._coordinated(listed[0], candidates)]
        return members if all(extends(name, family.name) for name in members) else []

    def _released_unnamed(
        self, quantity: Quantity, sentence: Sentence, sure: list[NameMention]
    ) -> list[str]:
        """The models a release sentence names only after it: as many as it counts ("two
        reasoning models ... The larger, A"), or the one the next sentence opens with ("hat
        die zweite Generation ihres Sprachmodells vorgestellt. GigaChat 2 erscheint ...")."""
        counted = self._counted_models(sentence)
        if counted:
            return counted
        if any(not m.anaphor and (m.model_like or m.name in self.model_names) for m in sure):
            return []
        named_next = self._model_opening_next_sentence(sentence)
        # "über ein Modell, das es schon im Dezember 2024 veröffentlicht hatte. X ist ..."
        if named_next is None or not self._names_an_unnamed_model(sentence.start, sentence.end):
            return []
        return [named_next]

    def _names_an_unnamed_model(self, start: int, end: int) -> bool:
        """ "ein Sprachmodell", "ihres Sprachmodells" between ``start`` and ``end``."""
        unnamed = self.lex.unnamed_model
        return unnamed is not None and unnamed.search(self.text, start, end) is not None

    def _model_opening_next_sentence(self, sentence: Sentence) -> str | None:
        """ "... hat im Dezember 2024 ein Modell veröffentlicht. GigaChat-20B-A3B ist ...": the
        model the paragraph's next sentence opens with."""
        following = self.names.sentence_mentions(sentence.end, self.block_end)
        first = next((m for m in following if not m.anaphor), None)
        if first is None or not first.model_like:
            return None
        # "... ses premiers modèles. Le plus ambitieux, LFM-40B, est ...": a few words set
        # off by a comma may open the sentence before the name.
        lead = self.text[sentence.end : first.start].strip(" \t\n*_\"'„“«")
        return first.name if not lead or OPENING_WORDS.fullmatch(lead) else None

    def _dated_apart(self, mention: NameMention, date: Quantity) -> bool:
        """ "GPT-2 in 2019", "GPT-2 (2019)": a model with a date of its own right after it."""
        return any(
            q.kind == QuantityKind.DATE and q.start != date.start and self._date_follows(mention, q)
            for q in self.quantities
        )

    def _parenthesised_date(self, mention: NameMention, date: Quantity) -> bool:
        """ "Salamandra (October 2024)": the date is the name's, whatever the name's shape."""
        return self._date_follows(mention, date) and "(" in self.text[mention.end : date.start]

    def _date_follows(self, mention: NameMention, date: Quantity) -> bool:
        return (
            mention.end <= date.start <= mention.end + OWN_DATE_REACH
            and self._gap_words(mention.end, date.start) <= 1
        )

    def _models_counted(self, sentence: Sentence) -> int:
        """How many models the sentence counts ("two reasoning models"), or 0."""
        counted = self.lex.counted_models
        if counted is None:
            return 0
        return next(
            (
                int(q.value)
                for q in self.quantities
                if sentence.start <= q.start < sentence.end
                and q.kind == QuantityKind.NUMBER
                and isinstance(q.value, float)
                and q.value in COUNTED_MODELS
                and counted.match(self.text, q.end)
            ),
            0,
        )

    def _each_of_the_models(self, quantity: Quantity, sentence: Sentence) -> list[str]:
        """ "## A and B" over "- Two domain models, 70 billion parameters each": a figure each
        of the models the sentence counts has, as the paragraph or the one before named
        them; or each of the models it lists before the figure ("A et B : 7 milliards
        chacun")."""
        if quantity.unit == "expert":
            return []
        count = self._models_counted(sentence)
        if not count:
            # "- **A** et **B** : 7,24 milliards chacun": the models the sentence lists first.
            listed = [
                m
                for m in self.names.sentence_mentions(sentence.start, sentence.end)
                if m.end <= quantity.start
                and (m.model_like or m.strength >= NAMED)
                and not m.anaphor
                and not m.organisation
            ]
            # "A (8 Md) > B = C (7,24 milliards chacun)": the list that ends right before it.
            group = self._coordinated(listed[-1], listed) if listed else []
            return [m.name for m in group] if len(group) > 1 else []
        named = list(self.paragraph_models or self.previous_paragraph_models)
        return named if len(named) == count else []

    def _counted_models(self, sentence: Sentence) -> list[str]:
        """ "OpenAI put out two reasoning models ... The larger, A, ...; the smaller B": as many
        models as the sentence counts, the first the paragraph names after it."""
        count = self._models_counted(sentence)
        if not count:
            return []
        later = self._with_aliases_resolved(
            self.names.sentence_mentions(sentence.end, self.block_end)
        )
        names = list(
            dict.fromkeys(
                m.name
                for m in later
                if m.model_like
                and not m.anaphor
                and not m.organisation
                and m.name not in self.organisations
                # "Die beiden Modelle mit den Namen A und B"; not "built on Llama 3: A and B"
                and not self._built_on(m)
                and not self._relative(m)
            )
        )
        if len(names) >= count:
            return names[:count]
        # "eine Reihe von fünf Sprachmodellen ... Das kleinste heißt A, das größte B": the
        # ones of the set the paragraph names.
        return names if len(names) > 1 else []

    def _released_by_the_verb(
        self, models: list[NameMention], start: int, sentence: Sentence
    ) -> list[NameMention]:
        """The model a release verb after ``start`` releases, or all ``models`` when the
        sentence does not tell."""
        release = self.lex.keywords.get("release")
        verb = release.search(self.text, start, sentence.end) if release is not None else None
        if verb is None:
            return models
        if self.lex.data.entities.verb_second:
            # "Am 20. Oktober hat das X-Team sein Modell X-70B öffentlich gemacht, ... vor
            # GPT-4": the participle closes the clause; what it releases stands before it.
            before = [
                m
                for m in models
                if start <= m.start
                and m.end <= verb.start()
                and not CLAUSE_BREAK.search(self.text, m.end, verb.start())
            ]
            return before[-1:] or models
        # "xAI ... a mis en ligne les poids de Gork-1 ... que Chinchilla": the first model
        # after the release verb is what it releases.
        return [m for m in models if m.start >= verb.end()][:1] or models

    def _released_with(self, mention: NameMention) -> bool:
        """ "we followed with Llama3-TAIDE-LX-8B": a release verb, one preposition, the name;
        "hat am 5. März mit Instella-3B ein Modell veröffentlicht": the preposition, the name,
        and the verb later in its clause."""
        release = self.lex.keywords.get("release")
        if release is None:
            return False
        previous = PREVIOUS_WORD.search(self.text, max(0, mention.start - 24), mention.start)
        if (
            previous is not None
            and previous.group(1).casefold() in self.lex.data.entities.release_prepositions
            and (verb := release.search(self.text, mention.end, mention.end + KEYWORD_WINDOW))
            and not CLAUSE_BREAK.search(self.text, mention.end, verb.start())
        ):
            return True
        verbs = list(release.finditer(self.text, max(0, mention.start - ADJACENT), mention.start))
        return bool(verbs) and len(self.text[verbs[-1].end() : mention.start].split()) == 1

    def _every_model_released(self, models: list[NameMention], sentence: Sentence) -> list[str]:
        """ "die Sprachmodelle A und B sowie die Dialogversionen C und D veröffentlicht": the
        lists a sentence releases, when it names no other model and no figure after them."""
        if not models or any(self._after_preposition(m) or self._relative(m) for m in models):
            return []
        joined = self.lex.word_coordinator
        for previous, following in pairwise(models):
            # "A und B sowie die Dialogversionen C": a coordinator and at most a noun phrase.
            gap = self.text[previous.end : following.start]
            if joined is None or not joined.search(gap) or len(gap.split()) > LISTED_GAP_WORDS:
                return []
        last = models[-1]
        if any(
            last.end <= q.start < sentence.end and (q.unit or q.scale_word) for q in self.quantities
        ):
            return []
        return list(dict.fromkeys(m.name for m in models))

    def _heirs(
        self,
        quantity: Quantity,
        sentence: Sentence,
        candidates: list[NameMention],
        topic: str | None,
        *,
        in_sentence: bool = False,
    ) -> list[str]:
        """ "Both models keep the 128K tokens of Llama 3.1", "it inherits the 4,096-token window
        of Llama 2": what the clause's subject (``in_sentence``: the sentence's), before a verb
        of inheriting, refers to."""
        inherit = self.lex.keywords.get("inheritance")
        if inherit is None:
            return []
        clause_start = (
            sentence.start
            if in_sentence
            else quantity.start - len(self._clause_before(sentence, quantity.start))
        )
        verbs = list(inherit.finditer(self.text, clause_start, quantity.start))
        if not verbs:
            return []
        subjects = [
            m
            for m in candidates
            if clause_start <= m.start
            and m.end <= verbs[-1].start()
            and not self._after_preposition(m)
            # "Earlier releases were built on Llama 2: Merak-7B-v3, ... inherited ..."
            and not (in_sentence and self._built_on(m))
        ]
        if any(
            self._subject_after_inheriting(m)
            for m in candidates
            if m.anaphor and verbs[-1].end() <= m.start < quantity.start
        ):
            # "Davon erbt er alles: 7,24 Milliarden Parameter": the subject after the verb.
            return [topic] if topic else []
        if not subjects:
            opens = not self.text[clause_start : verbs[0].start()].strip(" \t\n*_\"'„“«(-")
            if opens and not in_sentence:
                # "Merak-7B-v3, published in September, inherited the 6.7 billion parameters
                # of ...": the subject before the aside.
                heirs = self._heirs(quantity, sentence, candidates, topic, in_sentence=True)
                if heirs:
                    return heirs
            # "Übernommen wurden dabei die 6,7 Milliarden Parameter des Ausgangsmodells": a
            # clause that opens with the verb takes over for what the text speaks of.
            return [topic] if opens and topic else []
        subject = subjects[0]
        if subject.plural:
            return self._plural_referents(subject, candidates)
        if subject.extreme or subject.position:
            # "its little sibling keeps the 2,048-token window of Phi-2", "das ältere Modell
            # ... übernimmt dessen neun Milliarden Parameter"
            picked = (
                self._sized_referent(subject, candidates)
                if subject.extreme
                else self._ordinal_referent(subject, candidates)
            )
            return [picked] if picked is not None else []
        if subject.anaphor:
            return [topic] if topic else []
        # "Pheonix keeps its base's 7.24 billion parameters": a name without digits too,
        # when the text is about it.
        known = subject.name == topic or subject.name in self.model_names
        return [subject.name] if subject.model_like or known else []

    def _inherits_from_at(self, end: int) -> bool:
        """Whether a verb of inheriting ending at ``end`` takes what it names from a model
        ("übernimmt von Llama-2-70b 69 Milliarden Parameter"), not a company it buys."""
        inherit = self.lex.keywords.get("inheritance")
        preposition = self.lex.preposition
        if inherit is None or preposition is None:
            return False
        verb = WORD_AT_END.search(self.text, max(0, end - 24), end)
        following = NEXT_WORD.match(self.text, end)
        return (
            verb is not None
            and inherit.fullmatch(verb.group(1)) is not None
            and following is not None
            and preposition.fullmatch(following.group(1)) is not None
        )

    def _kept_from_after(
        self, quantity: Quantity, sentence: Sentence, mention: NameMention
    ) -> bool:
        """Whether a verb of inheriting opens the figure's clause and the name follows the
        figure ("garde la fenêtre de 4 096 jetons de sa base, Llama-2-13b")."""
        inherit = self.lex.keywords.get("inheritance")
        if inherit is None or mention.start < quantity.end:
            return False
        clause = self._clause_before(sentence, quantity.start)
        return inherit.search(self.text, quantity.start - len(clause), quantity.start) is not None

    def _inherited_from(self, mention: NameMention) -> bool:
        """Whether the name follows a verb of inheriting and its preposition ("übernimmt von
        Llama-2-70b", "inherits from Mistral-7B"): what the figures are taken from."""
        verb = PREVIOUS_WORD_BEFORE_PREPOSITION.search(
            self.text, max(0, mention.start - 40), mention.start
        )
        return verb is not None and self._inherits_from_at(verb.end(1))

    def _subject_before_inheriting(self, anaphor: NameMention) -> bool:
        """Whether a reference stands right before a verb of inheriting, as its subject ("le
        dérivé en conserve les 7,24 milliards", "the fine-tune keeps")."""
        inherit = self.lex.keywords.get("inheritance")
        following = NEXT_WORDS.match(self.text, anaphor.end)
        return (
            inherit is not None
            and not anaphor.source
            and following is not None
            and any(inherit.fullmatch(word) for word in following.group().split())
        )

    def _subject_after_inheriting(self, anaphor: NameMention) -> bool:
        """Whether a reference stands right after a verb of inheriting, as its subject in a
        language that puts the verb second ("übernimmt das Modell", "erbt er")."""
        inherit = self.lex.keywords.get("inheritance")
        if inherit is None or not self.lex.data.entities.verb_second or anaphor.source:
            return False
        verb = PREVIOUS_WORD.search(self.text, max(0, anaphor.start - 24), anaphor.start)
        return verb is not None and inherit.fullmatch(verb.group(1)) is not None

    def _names_a_kind(self, mention: NameMention) -> bool:
        """ "A Llama 2 model with 70 billion parameters that we fine-tuned": a name between an
        indefinite article and a noun for a model says what kind of model the subject is."""
        articles = self.lex.class_article
        if mention.anaphor or articles is None or not self._model_noun_after(mention.end, 1):
            return False
        lead = self.text[max(0, mention.start - ADJACENT) : mention.start]
        return articles.search(lead) is not None

    def _base_its_maker_speaks_of(
        self, anaphor: NameMention, sentence: Sentence, candidates: list[NameMention]
    ) -> str | None:
        """ "Le point de départ est Llama 3 8B. Meta avait entraîné celui-ci sur plus de
        15 000 milliards de jetons": a reference in a sentence a name that is no model's
        opens, right after a sentence that named a base, is to that base, which its maker
        trained."""
        base = self.base_just_named
        if base is None or anaphor.plural or anaphor.extreme or anaphor.position:
            return None
        named = [m for m in candidates if not m.anaphor and m.start < anaphor.start]
        opener = named[0] if named else None
        return (
            base
            if opener is not None
            and not opener.model_like
            and opener.name not in self.model_names
            and starts_sentence(self.text, sentence.start, opener.start)
            else None
        )

    def _released_after_a_pronoun(self, pronoun: NameMention, sure: list[NameMention]) -> list[str]:
        """ "it released VinaLLaMA-7B and VinaLLaMA-2.7B": the models listed right after the
        release verb that follows a pronoun."""
        release = self.lex.keywords.get("release")
        after = [
            m
            for m in sure
            if m.start >= pronoun.end
            and not m.anaphor
            and not m.organisation
            and (m.model_like or m.name in self.model_names)
        ]
        if release is None or not after or pronoun.extreme or pronoun.position or pronoun.plural:
            return []
        verb = release.search(self.text, pronoun.end, after[0].start)
        if verb is None or self._gap_words(verb.end(), after[0].start) > 0:
            return []
        return [m.name for m in self._coordinated(after[0], after)]

    def _released_object(
        self, maker: NameMention, quantity: Quantity, sure: list[NameMention]
    ) -> NameMention | None:
        """ "Meta AI and Papers with Code released Galactica on November 15, 2022": the name
        right after the release verb between the maker and the date."""
        release = self.lex.keywords.get("release")
        verb = release.search(self.text, maker.end, quantity.start) if release else None
        if verb is None:
            return None
        return next(
            (
                m
                for m in sure
                if verb.end() <= m.start < quantity.start
                and (m.model_like or m.name in self.model_names)
                and not m.organisation
                and self._gap_words(verb.end(), m.start) == 0
            ),
            None,
        )

    def _sentence_subject(
        self, sentence: Sentence, candidates: list[NameMention]
    ) -> NameMention | None:
        """The model a sentence opens with, which a reference later in it points back to."""
        named = [m for m in candidates if not m.anaphor and m.start >= sentence.start]
        if not named:
            return None
        first = min(named, key=lambda m: m.start)
        # "Publié le 14 octobre 2024, Zamba2-7B mélange ...; il compte ...": a fronted
        # phrase and its comma may come first.
        # "Zum Vergleich: Mixtral 8x7B verteilt ...": a label and its colon, too.
        opens = starts_sentence(self.text, sentence.start, first.start) or self.text[
            sentence.start : first.start
        ].rstrip().endswith((",", ":"))
        possessive = self.lex.opening_determiner
        lead = self.text[sentence.start : first.start].lstrip()
        opening = possessive.match(lead) if possessive is not None and not opens else None
        if opening is not None:
            # "Son successeur WizardLM-2 8x22B est un mélange d'experts ... 141 milliards",
            # "Der Vorgänger LLM-jp-13B, ..., brachte es auf 13 Billionen Parameter".
            noun = ONE_WORD.fullmatch(lead, opening.end())
            opens = noun is not None
        return first if first.model_like and opens else None

    def _model_before_the_clause(
        self, sentence: Sentence, anaphor: NameMention, candidates: list[NameMention]
    ) -> NameMention | None:
        """ "Northwind will release Kaleva-2 next year; it is expected to have ...", "IEIT
        released Yuan 2.0-M32 in May, and it has ...": a clause after a semicolon or a colon,
        or a comma and a conjunction, that opens with a pronoun points back to the one model
        named before it (after its maker, if any)."""
        lead = self.text[sentence.start : anaphor.start].rstrip()
        clause_break = max(lead.rfind(";"), lead.rfind(","), lead.rfind(":"))
        if clause_break < 0 or (len(anaphor.name.split()) > 2 and lead[clause_break] != ":"):
            # "..., and the new model saw ...": an adjective sets the new model apart ("..., et
            # le modèle conserve ..." does not); after a colon it explains ("Die Zahl im Namen
            # von X führt in die Irre: Das neue Modell ...").
            return None
        joined = lead[clause_break + 1 :].strip()
        coordinator = self.lex.coordinator
        # "Wer X nicht selbst betreiben will, kann es ...": in German the main clause after a
        # subordinate one opens with its verb, then the pronoun.
        verb_first = self.lex.data.entities.verb_second and joined.isalpha() and joined.islower()
        if lead[clause_break] == "," and not (
            (coordinator and coordinator.fullmatch(joined)) or verb_first
        ):
            return None  # "Unlike Kaleva-1, it ...": a fronted phrase, no clause of its own
        if lead[clause_break] in ";:" and joined:
            return None
        named = [
            m
            for m in candidates
            if not m.anaphor and sentence.start <= m.start < sentence.start + clause_break
        ]
        models = [m for m in named if m.model_like]
        opened_by_a_pronoun = any(
            m.anaphor and starts_sentence(self.text, sentence.start, m.start) for m in candidates
        )
        if (
            opened_by_a_pronoun
            and lead[clause_break] == ","
            and all(self._built_on(m) for m in models)
        ):
            return None  # "Il repose sur X, ..., et il en conserve ...": the first "il"'s
        if len(models) == 1 and not any(m.start > models[0].start for m in named):
            return models[0]
        # "X answers 52% ..., against 9.6% for Y alone, and it ranks first": the one model
        # not named as an object, when every name after it is one.
        subjects = [m for m in models if not self._after_preposition(m)]
        if len(subjects) == 1 and all(
            self._after_preposition(m) for m in named if m.start > subjects[0].start
        ):
            return subjects[0]
        return None

    def _relative_antecedent(
        self, sentence: Sentence, anaphor: NameMention, candidates: list[NameMention]
    ) -> NameMention | None:
        """ "Microsoft's Turing-NLG, which had 17 billion parameters when it was shown in
        February 2020": a pronoun in a relative clause points back to the model the clause
        is about."""
        relative = self.lex.relative_clause
        if relative is None:
            return None
        models = [
            m
            for m in candidates
            if m.model_like and not m.anaphor and sentence.start <= m.end <= anaphor.start
        ]
        last = max(models, key=lambda m: m.end, default=None)
        described = self.lex.described_relative_clause
        opening = (
            relative.match(self.text, last.end, anaphor.start)
            or (described.match(self.text, last.end, anaphor.start) if described else None)
            if last
            else None
        )
        if last is None or opening is None:
            return None
        if len(self.text[opening.end() : anaphor.start].split()) == 1:
            return None  # "X, which placed it first": the clause's object is another model
        return last if ";" not in self.text[last.end : anaphor.start] else None

    def _family_referent(self, anaphor: NameMention, candidates: list[NameMention]) -> str | None:
        """ "Qwen2.5 ... Qwen2.5-72B ... La famille a été entraînée sur ...": the name the
        document uses that the latest model names of the paragraph extend, or else the name
        their common start spells when the document uses it."""
        earlier = [
            m.name for m in candidates if m.model_like and not m.anaphor and m.end <= anaphor.start
        ]
        models = list(dict.fromkeys([*self.paragraph_models, *earlier]))
        used = set(self.mentions) | self.names.known
        for model in reversed(models):
            families = [name for name in used if model.startswith((name + " ", name + "-"))]
            if families:
                return max(families, key=len)
        if len(models) < 2:
            return None
        first, last = min(models), max(models)
        common = 0
        while common < min(len(first), len(last)) and first[common] == last[common]:
            common += 1
        # Back to the end of a word: "Heron-7B" and "Heron-72B" share "Heron", not "Heron-7".
        cut = max(first.rfind(" ", 0, common + 1), first.rfind("-", 0, common + 1))
        shared = first[:common] if common == len(first) else first[: max(cut, 0)]
        return shared if shared in used else None

    def _open_referent(self, anaphor: NameMention, candidates: list[NameMention]) -> str | None:
        """ "A, réservé au cloud, et B, dont les poids sont téléchargeables. Le modèle ouvert
        compte ...": of the models named last, the one a word of openness follows (before the
        next model's name and within its sentence)."""
        openness = self.lex.openness_word
        if openness is None:
            return None
        names = self._models_named_before(anaphor, candidates)
        starts = sorted(
            (offset, name)
            for name in names
            for offset in self.mentions.get(name, [])
            if offset < anaphor.start
        )
        opened = []
        for position, (offset, name) in enumerate(starts):
            following = starts[position + 1][0] if position + 1 < len(starts) else anaphor.start
            end = min(following, offset + OPENNESS_REACH, anaphor.start)
            stop = SENTENCE_STOP.search(self.text, offset, end)
            if openness.search(self.text, offset + len(name), stop.start() if stop else end):
                opened.append(name)
        found = list(dict.fromkeys(opened))
        return found[0] if len(found) == 1 else None

    def _base_referent(self) -> str | None:
        """ "| PhoGPT-4B | ... | PhoGPT-4B-Chat | ... Das Basismodell wurde ... trainiert": the
        one model the document names beside a tuned version of it ("-Chat", "-Instruct")."""
        tuned = self.names.tuned_variants
        used = set(self.mentions) | self.model_names | self._table_names
        bases = {
            base
            for name in used
            for separator in ("-", " ")
            if (base := name.rpartition(separator)[0]) in used
            and name.rpartition(separator)[2].casefold() in tuned
        }
        return next(iter(bases)) if len(bases) == 1 else None

    def _sized_referent(self, anaphor: NameMention, candidates: list[NameMention]) -> str | None:
        """ "The larger model has 13 billion parameters": of the models named so far in the
        paragraph, the one whose name gives the largest (or smallest) size."""
        earlier = [
            m.name for m in candidates if m.model_like and not m.anaphor and m.end <= anaphor.start
        ]
        # "**What hardware did that take?** Both models ..., and the larger one ...": the
        # models the answer before named, when this paragraph has named none yet.
        named = self.paragraph_models or self.previous_paragraph_models
        sized = {
            name: size
            for name in dict.fromkeys([*named, *earlier])
            if (size := size_in_name(name)) is not None
        }
        if len(set(sized.values())) < 2:
            sized = self._one_sized_family(anaphor.start)
            if len(set(sized.values())) < 2:
                return self._variant_referent(anaphor, candidates)
        pick = max if anaphor.extreme == LARGEST else min
        return pick(sized, key=lambda name: sized[name])

    def _variant_referent(self, anaphor: NameMention, candidates: list[NameMention]) -> str | None:
        """ "A.X 4.0 ... together with A.X 4.0 Light. ... its smaller sibling": of a model and
        one variant of it the paragraph names, the one a variant word says is smaller (or
        larger)."""
        earlier = [
            m.name
            for m in candidates
            if m.model_like and not m.anaphor and m.end <= anaphor.start and not self._built_on(m)
        ]
        names = list(dict.fromkeys([*self.paragraph_models, *earlier]))
        if len(names) != 2:
            return None
        rules = name_rules()
        for base, variant in (names, names[::-1]):
            if not extends(variant, base):
                continue
            tail = variant[len(base) :].strip(" -").casefold()
            if tail in rules.smaller_variants:
                return variant if anaphor.extreme != LARGEST else base
            if tail in rules.larger_variants:
                return variant if anaphor.extreme == LARGEST else base
        return None

    def _one_sized_family(self, before: int) -> dict[str, float]:
        """ "Für das größte Modell ..." after a table of Llama 3.1 8B, 70B and 405B: the sizes
        of the one family the document has named in several sizes so far."""
        names = [name for name, offsets in self.mentions.items() if offsets[0] < before]
        for table in (t for t in self.tables if t.end <= before):
            # Row names, or column names when the table is laid out the other way.
            cells = [row[0] for row in table.rows if row] + table.header[1:]
            names += [cell.text.strip(" *_`") for cell in cells]
        families: dict[str, dict[str, float]] = {}
        for name in names:
            size = size_in_name(name)
            if size is not None:
                family = " ".join(p for p in re.split(r"[\s_-]", name) if not SIZE.match(p))
                families.setdefault(family, {})[name] = size
        several = [sizes for sizes in families.values() if len(set(sizes.values())) >= 2]
        return several[0] if len(several) == 1 else {}

    def _table_models_before(self, offset: int) -> list[str]:
        """The models the rows of the last table before ``offset`` name, when no heading
        stands between them."""
        before = [table for table in self.tables if table.end <= offset]
        if not before or HEADING_LINE.search(self.text, before[-1].end, offset) is not None:
            return []
        table = before[-1]
        column = self._name_columns[table.start]
        names = [
            CELL_NOTE.sub("", row[column].text.strip("*_` ")).strip("*_` ")
            for row in table.rows
            if len(row) > column
        ]
        return [name for name in names if self._names_in(name)]

    def _models_named_before(
        self, anaphor: NameMention, candidates: list[NameMention]
    ) -> list[str]:
        """The models named so far in the paragraph and the sentence, in order, each once; the
        paragraph before's when this one has named none yet."""
        earlier = [
            m.name
            for m in candidates
            if m.model_like
            and not m.anaphor
            and m.end <= anaphor.start
            and not self._built_on(m)
            # "Like Llama 2, both models read ...": what they are like is none of them.
            and not self._opens_with_a_likeness(m)
        ]
        named_before = self.paragraph_models or self.previous_paragraph_models
        return list(dict.fromkeys([*named_before, *earlier]))

    def _ordinal_referent(self, anaphor: NameMention, candidates: list[NameMention]) -> str | None:
        """ "A and B ... the former" is A, "le second" B, "the latter" B: counted among the
        last models named, as many as the ordinal needs and at least two."""
        paired = self.ordinal_pair
        if paired is not None and paired[0] == self.block_start:
            # "Le premier compte ... l'ancien X. Ce dernier reprend ...": the pair the first
            # ordinal of the paragraph counted, whatever was named since.
            pair = paired[1]
            if anaphor.position < 0:
                return pair[-1]
            if anaphor.position <= len(pair):
                return pair[anaphor.position - 1]
        names = self._models_named_before(anaphor, candidates)
        if anaphor.position < 0:
            earlier = [m for m in candidates if not m.anaphor and m.end <= anaphor.start]
            last = self.last_named if not earlier and self.last_named_by_a_machine else None
            if last is not None and last not in self.model_names:
                # "sur Berzelius, le supercalculateur de Linköping. Ce dernier aligne 752 GPU":
                # the machine the sentence before spoke of, whose figures are no model's.
                self.training_grounds.add(last)
                return last
            return names[-1] if names else None
        # "A et B. Le premier repose sur X, le second sur un assemblage de deux Llama 2 ; le
        # premier compte ...": a name the paragraph gave only after a preposition is no one
        # the ordinal counts.
        subjects = [
            name
            for name in names
            if not all(
                self._object_at(offset)
                for offset in self.mentions.get(name, [])
                if self.block_start <= offset < anaphor.start
            )
        ]
        if len(subjects) >= max(2, anaphor.position):
            names = subjects
        window = names[-max(2, anaphor.position) :]
        if len(window) < max(2, anaphor.position):
            return None
        self.ordinal_pair = (self.block_start, window)
        return window[anaphor.position - 1]

    def _family_in_reference(self, anaphor: NameMention) -> str | None:
        """The model name a counted reference holds ("StarCoder2" of "All three StarCoder2
        models"), when the document names models that extend it."""
        for word in anaphor.name.split():
            if any(extends(name, word) for name in self.model_names):
                return word
        return None

    def _plural_referents(self, anaphor: NameMention, candidates: list[NameMention]) -> list[str]:
        """ "Beide Modelle bauen auf LLaMA auf. ... Trainiert wurden beide Modelle auf ...": a
        plural reference counts what the paragraph's last one of that count did, whatever was
        named since; else the models it finds."""
        group = self.plural_group
        named_here = {
            m.name for m in candidates if m.model_like and not m.anaphor and m.end <= anaphor.start
        }
        if (
            group is not None
            and group[0] == self.block_start
            and anaphor.plural == len(group[1])
            # "A and B have ..., and both inherit ...": a pair the sentence names itself.
            and len(named_here) < anaphor.plural
        ):
            return group[1]
        found = self._plural_referents_found(anaphor, candidates)
        if found and anaphor.plural == len(found):
            self.plural_group = (self.block_start, found)
        return found

    def _plural_referents_found(
        self, anaphor: NameMention, candidates: list[NameMention]
    ) -> list[str]:
        """ "Beide Modelle ...": the models the paragraph is about, i.e. the first it named
        (later names are usually what they are compared with); "each model" (a count of
        EVERY_MODEL): all of them, at least two."""
        every = anaphor.plural == EVERY_MODEL
        count = 2 if every else anaphor.plural
        family = self._family_in_reference(anaphor)
        if family is not None:
            # "All three StarCoder2 models", "The two PolyLM base models": its members, in the
            # order the text named them, or the family itself.
            members = [name for name in self.mentions if extends(name, family)]
            return members[:count] if len(members) >= count else [family]
        in_sentence = list(
            dict.fromkeys(
                m.name
                for m in candidates
                if m.model_like
                and not m.anaphor
                and m.end <= anaphor.start
                and not self._relative(m)
                and not self._after_preposition(m)
            )
        )
        if len(in_sentence) >= count:
            # "A and B have 13 and 7 billion parameters, and both inherit ...": the sentence's.
            return in_sentence if every else in_sentence[-count:]
        listed = [
            m
            for m in candidates
            if m.model_like and not m.anaphor and m.end <= anaphor.start and not self._relative(m)
        ]
        if len(listed) >= count and self._coordinated(listed[-1], listed) == listed[-count:]:
            # "Meta a fait l'inverse avec A et B, de 125 et 345 millions de paramètres, tous
            # deux entraînés sur ...": the pair the sentence just listed, object or not.
            return [m.name for m in listed[-count:]]
        distinct = self._models_named_before(anaphor, candidates)
        times = {name: len(self.mentions.get(name, [])) for name in [*distinct, *self.last_listed]}
        if (
            not self.paragraph_models
            and len(self.last_listed) == count
            and not set(self.last_listed) & set(distinct)
            and min(times[name] for name in self.last_listed)
            > max((times[name] for name in distinct), default=0)
        ):
            # "... Mixtral 8x7B ... Llama 3 8B. ## En pratique: Les deux modèles lisent ...": a
            # paragraph that opens with the pair speaks of the pair the text keeps naming, not
            # of what the paragraph before compared it with.
            distinct = self.last_listed
        # "Gemma 2 ... Gemma 2 27B ... Gemma 2 9B. Both ...": the members, not their family.
        members = without_families(distinct)
        if len(members) >= count:
            distinct = members
        # "The two models are fine-tunes of Llama-2-7b and Llama-2-13b. ... Both models were
        # fine-tuned on ...": the models built, not the bases they were built on.
        bases = self.paragraph_bases | self.previous_paragraph_bases
        built = [name for name in distinct if name not in bases]
        if len(built) >= count:
            distinct = built
        # "the first open models since GPT-2 ... A ... B. Both models accept ...": a name the
        # paragraph only ever gave as an object is not what it is about.
        subjects = [
            name
            for name in distinct
            if not all(
                self._object_at(offset)
                for offset in self.mentions.get(name, [])
                if self.block_start <= offset < anaphor.start
            )
        ]
        if len(subjects) >= count:
            distinct = subjects
        if len(distinct) < count and (every or not self._after_preposition(anaphor)):
            # "- Released A, B and C. - A has ... - B ...; C ... - All three read ...": the
            # models the section named first.
            distinct = list(self.section_models)
        if len(distinct) < count and len(self.last_listed) >= count:
            # "Two models, A and B, ..." answers an interview's first question; "the context
            # window of both models" answers a later one.
            distinct = self.last_listed
        if len(distinct) < count:
            # A table of three models, then "Alle drei Modelle erschienen am ...": its rows.
            rows = self._table_models_before(anaphor.start)
            distinct = rows if len(rows) == count or (every and len(rows) >= count) else distinct
        if len(distinct) < count:
            # "MaLLaM ... All three members were published on ...", no model named yet: the
            # members of the family the text is about, as the document names them.
            family = self.main_subject or self.most_named
            members = sorted(
                (
                    name
                    for name in self.model_names
                    if family is not None and extends(name.casefold(), family.casefold())
                ),
                key=self.text.find,
            )
            following = NEXT_WORD.match(self.text, anaphor.end)
            nouns = self.lex.apposition_noun
            counted = (  # "All three members", not "The two phases"
                following is not None
                and nouns is not None
                and nouns.fullmatch(following.group(1)) is not None
            )
            fits = len(members) == count or (every and len(members) >= count)
            distinct = members if fits and counted and not distinct else distinct
        if len(distinct) < count:
            return []
        # "Gaperon ... Three sizes: Gaperon-1B, Gaperon-8B and Gaperon-24B. ... Each of the
        # three": the members the section named, not their family.
        members = without_families(distinct)
        if len(members) >= count:
            distinct = members
        if not every:
            return distinct[:count]
        # "Every model reads ...": the models in play, not the bases named only as objects
        # ("both pruned from Llama 2 7B").
        subjects = [
            name for name in distinct if not all(map(self._object_at, self.mentions.get(name, [])))
        ]
        return subjects if len(subjects) >= count else distinct

    def _shares_the_figure(self, quantity: Quantity, mentions: list[NameMention]) -> str | None:
        """ "Aurora-M has 15.5 billion parameters, exactly as many as StarCoderPlus": the model
        named right after the words of likeness has the figure too."""
        shared = self.lex.shared_with
        found = shared.match(self.text, quantity.end) if shared is not None else None
        if found is None:
            return None
        return next(
            (
                m.name
                for m in mentions
                if m.start == found.end()
                and not (m.anaphor or m.organisation)
                and m.strength >= NAMED
                and m.name not in self.organisations
            ),
            None,
        )

    def _possessor(self, quantity: Quantity, candidates: list[NameMention]) -> NameMention | None:
        """ "Stable Beluga 2 et ses 70 milliards de paramètres hérite de Llama 2 70B": the name
        right before "and its" owns the figure, whatever follows it."""
        owned = self.lex.coordinated_possessive
        before = [m for m in candidates if m.end <= quantity.start and not m.anaphor]
        if owned is None or not before:
            return None
        last = max(before, key=lambda m: m.end)
        lead = self.text[last.end : quantity.start]
        match = owned.match(lead)
        return last if match is not None and not lead[match.end() :].strip() else None

    def _owner_after(self, quantity: Quantity, candidates: list[NameMention]) -> NameMention | None:
        """ "the 15.5 billion parameters of the original StarCoder", "the 4,096-token window
        of Granite 3.0": the figure's owner."""
        predecessor = self._named_predecessor(quantity, candidates)
        if predecessor is not None:
            return predecessor
        owner = self.lex.owner_preposition
        if owner is None:
            return None
        # "of its predecessor Qwen2": a possessive on the way is not the owner.
        for mention in sorted(
            (m for m in candidates if m.start >= quantity.end and not m.anaphor),
            key=lambda m: m.start,
        ):
            between = self.text[quantity.end : mention.start]
            if quantity.kind == QuantityKind.CURRENCY:
                # "$0.89 per million tokens for the 70B": what the price is per, then whose.
                rate = PRICED_TOKENS.search(between)
                between = between[rate.end() :] if rate is not None else between
            relative = self.lex.object_relative
            if mention.model_like and relative and relative.fullmatch(between):
                return mention
            if (
                mention.model_like
                and MAKER_ONLY.fullmatch(between)
                and self._after_article(quantity)
            ):
                return mention  # "the 0.78T tokens Google's PaLM 540B was trained on"
            words = re.findall(r"[\w'’]+", between)
            if len(words) > 3 or re.search(r"[,;:.()]", between):
                return None
            marker = self.lex.base_marker
            if marker is not None and marker.match(between.strip()):
                return None  # "sept milliards de paramètres repris de Llama 2 7B": its base
            if not mention.model_like and self._in_a_model_apposition(quantity, candidates):
                return None  # "GPT-J-6B, le modèle de six milliards ... d'EleutherAI": the maker
            # The preposition right after the figure, or after the noun it counts; a model
            # after a participle's agent ("des 2 000 milliards de jetons vus par Llama 2").
            agent = self.lex.agent_preposition
            owned = any(
                owner.fullmatch(word)
                or (mention.model_like and agent is not None and agent.fullmatch(word))
                for word in words[:2]
                if not word[0].isupper()
            )
            return mention if owned else None
        return None

    def _listed_after_colon(
        self, quantity: Quantity, candidates: list[NameMention]
    ) -> NameMention | None:
        """The name a colon follows before the figure, however far: "avec Komodo-7B-Base :
        sept milliards de paramètres ..., puis ..., avec une fenêtre de 4 096 jetons"."""
        for mention in sorted(candidates, key=lambda m: m.start, reverse=True):
            if (
                mention.end <= quantity.start
                and not mention.anaphor
                and mention.model_like
                and not self._built_on(mention)
                and self.text[mention.end : quantity.start].lstrip().startswith(":")
            ):
                return mention
        return None

    def _in_a_model_apposition(self, quantity: Quantity, candidates: list[NameMention]) -> bool:
        """Whether the figure stands in an apposition that says what the model before it is:
        "GPT-J-6B, le modèle de six milliards de paramètres"."""
        apposition = self.lex.model_apposition
        before = [m for m in candidates if m.end <= quantity.start and not m.anaphor]
        if apposition is None or not before:
            return False
        last = max(before, key=lambda m: m.end)
        match = apposition.match(self.text, last.end, quantity.start)
        if not last.model_like or match is None:
            return False
        # Not "StarCoder2-7B, the middle size, matches the 15.5 billion parameters of ...".
        rest = self.text[match.end() : quantity.start]
        return "," not in rest and len(rest.split()) <= APPOSITION_TO_FIGURE_WORDS

    def _after_article(self, quantity: Quantity) -> bool:
        """Whether a definite article stands right before the figure ("the 0.78T tokens")."""
        words = self.text[max(0, quantity.start - 12) : quantity.start].split()
        articles = {word.casefold() for word in self.lex.data.entities.articles}
        return bool(words) and words[-1].casefold() in articles

    def _best_before_a_release(
        self, quantity: Quantity, candidates: list[NameMention], *, released: bool
    ) -> NameMention | None:
        """The best name before the figure; for a release date, the models listed after a
        colon rather than a name that is no model's ("Liquid AI, von Forschern des MIT
        gegründet, hat am 30. September 2024 vorgestellt: LFM-1B, LFM-3B und LFM-40B")."""
        best = self._best_before(quantity, candidates)
        if released and best is not None and not best.model_like:
            listed = (
                m
                for m in sorted(candidates, key=lambda m: m.start)
                if m.start >= quantity.end
                and m.model_like
                and not m.anaphor
                and self.text[quantity.end : m.start].rstrip().endswith(":")
            )
            return next(listed, best)
        return best

    def _released_just_before(
        self, quantity: Quantity, candidates: list[NameMention]
    ) -> NameMention | None:
        """ "du premier Gemma 7B, sorti en février 2024", "Llama 3, released in April": the
        name a release participle right before the date follows."""
        release = self.lex.keywords.get("release")
        if release is None:
            return None
        for mention in sorted(candidates, key=lambda m: -m.start):
            if mention.end > quantity.start or mention.anaphor or not mention.model_like:
                continue
            if self._built_on(mention):
                continue  # "X, construite sur Y, a suivi en décembre": X's
            between = self.text[mention.end : quantity.start]
            # The comma makes the verb a participle: "AI21 presented in March" is a subject's.
            lead = between.lstrip(" ")
            verb = release.match(lead[1:].lstrip()) if lead[:1] == "," else None
            words = re.findall(r"\w+", between)
            return mention if verb is not None and len(words) <= RELEASED_GAP else None
        return None

    def _trained_after(
        self, quantity: Quantity, candidates: list[NameMention]
    ) -> NameMention | None:
        """ "used over 16,000 GPUs to train Llama 3.1 405B", "12 000 GPU pour entraîner X":
        the model a training verb right after the figure names."""
        training = self.lex.keywords.get("training")
        if training is None:
            return None
        for mention in sorted(
            (m for m in candidates if m.start >= quantity.end and m.model_like and not m.anaphor),
            key=lambda m: m.start,
        ):
            between = self.text[quantity.end : mention.start]
            words = re.findall(r"[\w'’]+", between)
            if len(words) > TRAINED_GAP or re.search(r"[,;:.()]", between):
                return None
            verb = training.search(between)
            # The verb ends the gap: "to train X", not "trained on ... X".
            if verb is not None and not re.search(r"\w", between[verb.end() :]):
                return mention
            return None
        return None

    def _named_predecessor(
        self, quantity: Quantity, candidates: list[NameMention]
    ) -> NameMention | None:
        """ "7 000 milliards pour son prédécesseur, Qwen2": the name set beside the words that
        give the figure to an earlier model."""
        owner = self.lex.unnamed_owner
        described = owner.match(self.text, quantity.end) if owner is not None else None
        if described is None:
            return None
        after = described.end()
        return next(
            (
                m
                for m in candidates
                if not m.anaphor and after <= m.start and not self.text[after : m.start].strip(" ,")
            ),
            None,
        )

    def _introduced_after(
        self, quantity: Quantity, candidates: list[NameMention]
    ) -> NameMention | None:
        """ "a dévoilé le 27 mars 2024 DBRX", "le 21 octobre sa famille Granite 3.0": a name
        right after the figure, with no punctuation between, is what the figure is about."""
        following = sorted(
            (m for m in candidates if m.start >= quantity.end), key=lambda m: m.start
        )
        if not following or following[0].anaphor:
            return None
        mention = following[0]
        between = self.text[quantity.end : mention.start]
        if re.search(r"[,;:.!?()]", between):
            return None
        gap = self._gap_words(quantity.end, mention.start)
        introduced = self.lex.introducer is not None and self.lex.introducer.search(between)
        return mention if gap == 0 or (gap <= 3 and introduced) else None

    def _parenthesised_owner(
        self, quantity: Quantity, candidates: list[NameMention]
    ) -> NameMention | None:
        """ "AceGPT-13B (KAUST, septembre 2023)": a figure in parentheses after a name, in
        its line, is that name's."""
        line_start = self.text.rfind("\n", 0, quantity.start) + 1
        opening = self.text.rfind("(", line_start, quantity.start)
        if opening < 0 or ")" in self.text[opening : quantity.start]:
            return None
        owners = [
            m
            for m in candidates
            if not m.anaphor
            and m.end <= opening
            and not self.text[m.end : opening].strip(" *_`")  # "**Airavata** ("
        ]
        return owners[0] if owners else None

    def _labelled_owner(
        self, quantity: Quantity, sentence: Sentence, candidates: list[NameMention]
    ) -> NameMention | None:
        """ "- **Molmo-72B:** 72 Mrd. Parameter, Sprachteil Qwen2 72B; trainiert auf 256
        GPUs": a list item labelled with a model's name states that model's figures."""
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        label = ITEM_LABEL.match(self.text, line_start, quantity.start)
        if label is None:
            return None
        named = self.text[line_start : label.end()].strip(" \t-*+:_")
        return next(
            (
                m
                for m in candidates
                if m.model_like
                and not m.anaphor
                and m.end <= label.end()
                # "- **Bielik-11B-v2 (11B)**:": the name, perhaps with its size
                and (named == m.name or named.startswith(f"{m.name} ("))
            ),
            None,
        )

    def _name_run_start(self, mention: NameMention, candidates: list[NameMention]) -> NameMention:
        """The first of the capitalised words that end in ``mention`` ("d'Abou Dhabi",
        "of the Technology Innovation Institute"): a place or body named in several words."""
        first = mention
        if mention.model_like:
            return first
        earlier = sorted(
            (m for m in candidates if m.end <= mention.start and not m.anaphor),
            key=lambda m: m.start,
            reverse=True,
        )
        for previous in earlier:
            gap = self.text[previous.end : first.start]
            if previous.model_like or gap != " ":
                break
            first = previous
        return first

    def _answered_by_a_name(self, mention: NameMention, sentence: Sentence) -> bool:
        """Whether the sentence is only a preposition and the name ("From X."), perhaps
        after a word of agreement and before an aside ("Oui, de Llama 3.1 8B, que Meta ...")."""
        lead_in = self.text[sentence.start : mention.start].split()
        agreement = self.lex.keywords.get("agreement")
        agrees = (
            len(lead_in) == 2
            and agreement is not None
            and agreement.fullmatch(lead_in[0]) is not None
        )
        if agrees:
            lead_in = lead_in[1:]
        rest = self.text[mention.end : sentence.end].strip(" .!\n")
        return (
            len(lead_in) == 1
            and (not rest or (agrees and rest.startswith(",")))
            and self.lex.preposition is not None
            and self.lex.preposition.fullmatch(lead_in[0]) is not None
        )

    def _after_preposition(self, mention: NameMention) -> bool:
        """ "sur Mistral Large 2", "aus dem Projekt OpenGPT-X": the name is an object."""
        return self._object_at(mention.start)

    def _object_at(self, start: int) -> bool:
        """Whether a name at ``start`` follows a preposition (or a phrase ending in one)."""
        lead_in = self.text[max(0, start - 16) : start]
        if self.lex.preposition is not None and self.lex.preposition.search(lead_in):
            return True
        phrase = self.lex.preposition_noun
        lead_in = self.text[max(0, start - 40) : start]
        return phrase is not None and phrase.search(lead_in) is not None

    def _gap_words(self, start: int, end: int) -> int:
        return len(re.findall(r"\w+", self.text[start:end]))

    def _apposition_end(self, mention: NameMention, limit: int) -> int | None:
        """Where the apposition after a name ends ("Grok, le modèle de xAI, qui ..."): at the
        comma that closes it, before ``limit``; None when no closed apposition follows."""
        if self.lex.apposition is None or mention.anaphor:
            return None
        opening = self.lex.apposition.match(self.text, mention.end, limit)
        if opening is None and mention.model_like and self._opens_its_sentence(mention):
            # "Minerva-7B, from Rome's Sapienza NLP group, has ...", "BgGPT, publié par
            # l'institut INSAIT, lit ...": a phrase between commas after the subject.
            opening = INSERTION_OPENING.match(self.text, mention.end, limit)
        if opening is None:
            return None
        closing = self.text.find(",", opening.end(), limit)
        return closing + 1 if closing >= 0 else None

    def _opens_its_sentence(self, mention: NameMention) -> bool:
        """Whether only markup stands between the name and the end of what came before."""
        lead = self.text[max(0, mention.start - SENTENCE_LEAD_REACH) : mention.start]
        stripped = lead.rstrip(SENTENCE_LEAD_CHARS)
        return (
            (mention.start <= SENTENCE_LEAD_REACH and not stripped)
            or "\n" in lead[len(stripped) :]
            or stripped.endswith((".", "!", "?", ":"))
        )

    def _opens_with_a_likeness(self, mention: NameMention) -> bool:
        """ "Like Llama 2, both models ...": a sentence that opens by saying what it is like."""
        opening = self.lex.opening_likeness_lead
        lead = self.text[max(0, mention.start - 40) : mention.start]
        ends = [end.end() for end in SENTENCE_BREAK_IN_LEAD.finditer(lead)]
        if mention.start <= len(lead):
            ends.insert(0, 0)  # the text's first sentence
        if opening is None or not ends:
            return False
        start = mention.start - len(lead) + ends[-1]
        return opening.fullmatch(self.text, start, mention.start) is not None

    def _best_before(self, quantity: Quantity, candidates: list[NameMention]) -> NameMention | None:
        best: tuple[float, NameMention, bool] | None = None
        # A name inside an apposition describes the name before it, which stays the subject.
        heads = {
            m: end
            for m in candidates
            if m.end <= quantity.start and (end := self._apposition_end(m, quantity.start))
        }
        described = [(head.end, end) for head, end in heads.items()]
        for mention in candidates:
            if mention.end > quantity.start:
                continue
            # "A, fine-tuned from B, which Kestrel released on ... with 3.8 billion parameters":
            # a relative clause inside the apposition, unbroken up to the figure, speaks of B.
            relative = self._relative_clause_up_to(mention, quantity)
            if any(start <= mention.start < end for start, end in described) and not relative:
                continue
            if self._names_a_kind_of_model(mention) and any(
                m.end <= mention.start and not m.anaphor and extends(m.name, mention.name)
                for m in candidates
            ):
                # "LLaMA-33B, dem zweitgrößten LLaMA-Modell, das Meta ... vorgestellt ...
                # hatte": the family says what kind of model the member before it is.
                continue
            if self._in_closed_aside(mention, quantity):
                continue  # "AceGPT-13B (KAUST, CUHK-Shenzhen et SRIBD) : ... 13 milliards"
            after = heads.get(mention, mention.end)
            between = self.text[after : quantity.start]
            gap = self._gap_words(after, quantity.start)
            if gap > MAX_GAP_WORDS:
                continue
            # A semicolon starts a new clause, often about the same subject ("...; its training").
            score = -0.3 * gap + mention.strength - (1.5 if ";" in between else 0.0)
            if (
                gap <= ATTACH_GAP
                and self.lex.attacher
                and self.lex.attacher.match(between.lstrip(" ,"))
                # "X, which placed it first": the clause speaks of the one it refers to.
                and not any(c.anaphor and after <= c.start < quantity.start for c in candidates)
            ):
                score += 3.0
            # "il prolonge Falcon-7B, le modèle de TII, qui avait vu ...": described, and so
            # the figure's own.
            attached = self.lex.attacher is not None and bool(
                self.lex.attacher.match(between.lstrip(" ,"))
            )
            likeness = self.lex.likeness_lead
            # "genau so viele wie bei SOLAR-10.7B-v1.0, das Upstage im Dezember 2023
            # veröffentlicht hat": a relative clause of its own tells of the example.
            if CLAUSE_BREAK.search(between) and not relative and (
                (
                    likeness is not None
                    and likeness.search(self.text, max(0, mention.start - 30), mention.start)
                )
                or self._opens_with_a_likeness(mention)
            ):
                # "Wie schon bei der LeoLM-Reihe wurde ... weitertrainiert: 65 Milliarden
                # Token": the example the sentence is like owns no figure past a clause break.
                continue
            head, comma, clause = between.partition(",")
            # "baut auf Gemma-2-9B von Google auf, das mit acht Billionen Token ...": a clause
            # after the base's maker and a verb's particle describes it.
            tail = len(head.split())
            clause_on_base = (
                bool(comma)
                and 1 < tail <= BASE_TAIL_WORDS
                # "auf Llama 2 7B von Meta auf, das mit 2 Billionen Token ...": an object
                # whose maker and the verb's particle stand before the clause describing it.
                and (
                    self._built_on(mention)
                    or (
                        tail <= OBJECT_TAIL_WORDS
                        and not mention.anaphor
                        and self._after_preposition(mention)
                    )
                )
                and (opening := re.match(r"[\w'’-]+", clause.lstrip())) is not None
                and self._opens_a_description(opening.group())
            )
            if clause_on_base:
                score += 3.0
            owned = self.lex.coordinated_possessive
            base_described = (
                (mention in heads and attached)
                # "starts from Llama-2-13b, which Meta released ... after pretraining it on"
                or relative
                # "..., trained on 2T tokens", "..., a 6-billion-parameter model" describe the
                # base; "..., Kontext 128K" labels the next figure of the subject's list.
                or (comma and len(head.split()) <= 1 and not self._labels_a_figure(clause))
                or clause_on_base
                or (owned is not None and owned.match(between) is not None)
            )
            if not base_described and self._base_before_its_verb(mention):
                # "hat Vanroy das englische Phi-2 weiter vortrainiert, und zwar mit 28
                # Milliarden Token": what the sentence makes of it, not the base, owns them.
                continue
            base = not base_described and self._base_of_a_subject(mention, candidates)
            if base:
                # "It continued Falcon-7B on 26 billion tokens", "un modèle dérivé de Llama 2
                # qui compte 13 milliards": the subject's figure, unless a phrase after a
                # comma right after the base describes it ("..., trained on 2T tokens").
                score -= 5.0
            apposed = self.names.apposition
            if (
                apposed is not None
                and not mention.anaphor
                and (description := apposed.match(self.text, mention.end, quantity.start))
                and not CLAUSE_BREAK.search(self.text, description.end(), quantity.start)
            ):
                score += 3.0  # "Gopher, le modèle maison de 280 milliards": its description
            if mention.anaphor:
                # "Dieses Modell mit dem Namen X ...": a name, when there is one, says more.
                score -= 1.0
            elif self._names_the_topic(mention):
                score += 4.5  # "Für Aguila-7B hat das BSC Falcon-7B mit 26 Mrd. Token ..."
            elif self._after_preposition(self._name_run_start(mention, candidates)):
                # "Ce modèle, qui s'appuie sur Mistral Large 2, dispose de ...": an object.
                score -= 1.5
                if self._subject_goes_on(between):
                    # "It keeps the parameters of X and has a context of 128K": the object
                    # ends before what the subject goes on to do, however far the subject.
                    score -= 3.0
                    base = base or any(
                        m.end <= mention.start and (m.anaphor or m.model_like) for m in candidates
                    )
            if ":" in between and self._in_relative_clause(mention, candidates):
                # "Mixtral 8x7B, das die Bauweise von Mistral 7B nutzt: acht Experten, 46,7
                # Milliarden Parameter": what the colon lists is the clause's head's.
                score -= 2.0
            elif (
                between.lstrip().startswith(":")
                and not mention.anaphor
                and not self._built_on(mention)
            ):
                # "avec Komodo-7B-Base : sept milliards de paramètres repris de Llama 2 7B,
                # puis 8,79 milliards de jetons": what the colon lists is the name's.
                score += 4.0
            if relative:
                score += 6.0
            if best is None or score > best[0]:
                best = (score, mention, base)
        if best is not None and best[2]:
            # Only the base is near enough: the subject that builds on it, however far.
            return max(
                (m for m in candidates if m.end <= best[1].start and (m.anaphor or m.model_like)),
                key=lambda m: m.start,
            )
        return best[1] if best else None

    def _relative_clause_up_to(self, mention: NameMention, quantity: Quantity) -> bool:
        """Whether a relative clause whose subject is a name, or that says what something has,
        opens right after ``mention`` (", which Meta released ...", ", que Microsoft a dévoilé
        ...", ", which has ...") and runs unbroken to ``quantity``: the clause tells of that
        name; not ", which placed it first", which may tell of a whole clause."""
        pronoun = self.lex.object_relative_pronoun
        if (
            pronoun is None
            or mention.anaphor
            or not mention.model_like
            or mention.name in self.organisations
        ):
            return False  # "Grok, le modèle de xAI, qui a mobilisé ...": the head's clause
        between = self.text[mention.end : quantity.start]
        noun = self.lex.apposition
        apposed = noun.match(self.text, mention.end, quantity.start) if noun else None
        if apposed is not None and self.text[apposed.end() : apposed.end() + 1] == ",":
            # "LLaMA-33B, dem zweitgrößten LLaMA-Modell, das Meta ... vorgestellt hatte":
            # the clause after a noun apposed to the name.
            between = self.text[apposed.end() : quantity.start]
        clause = between.lstrip(" ,")
        opening = pronoun.match(clause)
        relative, attacher = self.lex.relative_pronoun, self.lex.attacher
        if opening is None and relative is not None and attacher is not None:
            # ", which has 6.7 billion parameters": a clause that says what it has
            word = relative.match(clause)
            opening = attacher.match(clause, word.end() + 1) if word is not None else None
        if opening is None or not between.startswith(","):
            return False
        return not CLAUSE_BREAK.search(clause[opening.end() :])

    def _names_the_topic(self, mention: NameMention) -> bool:
        """Whether the name follows only a preposition that opens its sentence to say what
        the sentence serves ("Für Aguila-7B hat ...", "Pour Aguila-7B, le BSC a ...")."""
        lead = self.lex.topic_lead
        if lead is None:
            return False
        start = max(self.text.rfind(mark, 0, mention.start) for mark in ".!?\n") + 1
        return lead.fullmatch(self.text, start, mention.start) is not None

    def _opens_a_description(self, word: str) -> bool:
        """ "das ...", "qui ...", "préentraîné sur ...": a relative pronoun or a participle of
        training opens a phrase that describes the name before it."""
        relative, training = self.lex.relative_pronoun, self.lex.keywords.get("training")
        return (relative is not None and relative.fullmatch(word) is not None) or (
            training is not None and word[:1].islower() and training.fullmatch(word) is not None
        )

    def _labels_a_figure(self, clause: str) -> bool:
        """ "Kontext", "context:": one word before a figure, no article, that names what the
        figure is."""
        words = clause.split()
        entities = self.lex.data.entities
        articles = {w.casefold() for w in entities.articles + entities.indefinite_articles}
        return len(words) == 1 and words[0].casefold() not in articles

    def _in_closed_aside(self, mention: NameMention, quantity: Quantity) -> bool:
        """Whether the name stands in parentheses that close before the figure."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        opening = self.text.rfind("(", line_start, mention.start)
        if opening < 0 or ")" in self.text[opening : mention.start]:
            return False
        return ")" in self.text[mention.end : quantity.start]

    def _subject_goes_on(self, between: str) -> bool:
        """Whether the words after an object name start another verb of the sentence's
        subject: "and has", "et lit", "und liest" (a lower-case word after the coordinator
        that is no determiner), not within a relative clause about the object ("das 671
        Milliarden zählt und davon ...")."""
        coordinator = self.lex.word_coordinator
        relative = self.lex.relative_pronoun
        if coordinator is None:
            return False
        for joint in coordinator.finditer(between):
            head = between[: joint.start()]
            if relative is not None and any(
                relative.fullmatch(word) for word in re.findall(r"[\w'’]+", head)
            ):
                return False
            following = re.match(r"\s+([^\W\d]+)", between[joint.end() :])
            if (
                following is not None
                and following.group(1).islower()
                and following.group(1) not in self.lex.determiners
                and following.group(1) not in self.lex.articles
            ):
                return True
        return False

    def _built_on(self, mention: NameMention) -> bool:
        """Whether the name stands right after words for building on it ("extends X")."""
        marker = self.lex.base_marker
        if marker is None or mention.anaphor:
            return False
        if any(start <= mention.start < end for start, end in self.base_answers):
            return True  # "**What are they built on?**" over "The 7B models on Mistral-7B, ..."
        start = max(0, mention.start - BASE_REACH)
        ends = list(CLAUSE_END.finditer(self.text, start, mention.start))
        start = ends[-1].end() if ends else start
        if marker.search(self.text, start, mention.start) is not None:
            return True
        return (
            self._base_before_its_verb(mention)
            or self._base_after_a_gap(mention, marker)
            or self._named_as_another(mention)
            or self._apposed_to_a_base(mention, marker)
            or self._coordinated_with_a_base(mention)
        )

    def _coordinated_with_a_base(self, mention: NameMention) -> bool:
        """ "fine-tunes of Meta's Llama-2-7b and Llama-2-13b": a name joined by a conjunction
        to a base right before it is a base too."""
        coordinator = self.lex.word_coordinator
        if coordinator is None:
            return False
        joined = NAME_AND_CONJUNCTION.search(self.text, max(0, mention.start - 80), mention.start)
        if joined is None or not coordinator.fullmatch(joined.group(2)):
            return False
        previous = NameMention(joined.start(1), joined.end(1), joined.group(1), MODEL)
        return self._built_on(previous)

    def _apposed_to_a_base(self, mention: NameMention, marker: re.Pattern[str]) -> bool:
        """ "starts from the Meta Llama 3 checkpoint of its size, Meta-Llama-3-70B and
        Meta-Llama-3-8B, and ...": names apposed to a phrase for a base are bases too."""
        start = max(0, mention.start - 3 * BASE_REACH)
        ends = list(CLAUSE_END.finditer(self.text, start, mention.start))
        start = ends[-1].end() if ends else start
        comma = self.text.rfind(",", start, mention.start)
        if comma < 0 or not APPOSED_LIST_LEAD.fullmatch(self.text, comma + 1, mention.start):
            return False
        return APPOSED_LIST_TAIL.match(self.text, mention.end) is not None and any(
            marker.search(self.text, start, phrase.start()) is not None
            for phrase in BASE_PHRASE.finditer(self.text, start, comma)
        )

    def _named_as_another(self, mention: NameMention) -> bool:
        """ "Wren v3.1 is Orsa2-6B with a LoRA adapter", "SaulLM-7B is Mistral 7B, continued
        on ...": a model said to be another model is made from it."""
        copula = COPULA_AFTER_NAME.search(self.text, max(0, mention.start - 60), mention.start)
        if copula is None or copula.group(2).casefold() not in self.lex.copulas:
            return False
        subject = copula.group(1)
        return any(name.endswith(subject) for name in self.model_names if name != mention.name)

    def _base_after_a_gap(self, mention: NameMention, marker: re.Pattern[str]) -> bool:
        """ "Le petit juge repose sur A, son grand frère sur B": after a comma, the preposition
        a base verb ended with, and the verb left out, brings in a second base."""
        start = max(0, mention.start - 3 * BASE_REACH)
        ends = list(CLAUSE_END.finditer(self.text, start, mention.start))
        start = ends[-1].end() if ends else start
        last = LAST_WORD.search(self.text, start, mention.start)
        if last is None:
            return False
        earlier = re.compile(rf"(?<!\w){re.escape(last.group(1))}\s+", re.IGNORECASE)
        return any(
            "," in self.text[found.end() : last.start()]
            and marker.search(self.text, start, found.end()) is not None
            for found in earlier.finditer(self.text, start, last.start())
        )

    def _base_before_its_verb(self, mention: NameMention) -> bool:
        """ "hat Vanroy das englische Phi-2 weiter vortrainiert": German puts the verb last; an
        article before the name makes it the object ("wurde X weitertrainiert": the subject)."""
        after, article = self.lex.base_marker_after, self.lex.object_article
        if after is None or article is None or mention.anaphor:
            return False
        # "Llama 2 wurde dafür mit 40 Mrd. zusätzlichen Token weitertrainiert": trained
        # further for what the text speaks of, the subject too is its base.
        purpose = self.lex.keywords.get("purpose_back_reference")
        for_it = (
            purpose is not None
            and purpose.search(self.text, mention.end, mention.end + PURPOSE_REACH) is not None
        )
        reach = 2 * BASE_REACH if for_it else BASE_REACH
        end = min(len(self.text), mention.end + reach)
        for stop in CLAUSE_STOP.finditer(self.text, mention.end, end):
            # "40 Mrd. zusätzlichen": the full stop of an abbreviated scale ends no clause.
            if not any(q.start <= stop.start() < q.end for q in self.quantities):
                end = stop.start()
                break
        lead = max(0, mention.start - 30)
        if not for_it and article.search(self.text, lead, mention.start) is None:
            return False
        return after.search(self.text, mention.end, end) is not None

    def _base_of_a_subject(self, mention: NameMention, candidates: list[NameMention]) -> bool:
        """Whether the name is the model a subject named before it is built from ("Das
        Modell setzt auf Mistral 7B auf", "il reprend LLaMA-65B")."""
        if not self._built_on(mention):
            return False
        return any(m.end <= mention.start and (m.anaphor or m.model_like) for m in candidates)

    def _in_relative_clause(self, mention: NameMention, candidates: list[NameMention]) -> bool:
        """Whether the name stands in a relative clause about the name before it."""
        heads = [m for m in candidates if m.end <= mention.start and not m.anaphor]
        if not heads:
            return False
        head = max(heads, key=lambda m: m.end)
        lead = RELATIVE_OPENING.match(self.text, head.end, mention.start)
        pronouns = self.lex.relative_pronoun
        return (
            lead is not None
            and pronouns is not None
            and pronouns.fullmatch(lead.group(1)) is not None
        )

    def _first_after(self, quantity: Quantity, candidates: list[NameMention]) -> NameMention | None:
        following = [m for m in candidates if m.start >= quantity.end]
        first: NameMention | None = None
        for mention in sorted(following, key=lambda m: m.start):
            between = self.text[quantity.end : mention.start]
            # "Présenté le 30 août 2023 à Abou Dhabi, Jais-13B est ...": a fronted phrase ends
            # at its comma; only what follows it can make the name an object.
            clause = between.rsplit(",", 1)[-1]
            opener = self.lex.clause_opener
            if opener is not None and opener.match(clause.strip()):
                break  # "costs $5 ..., while Gemma 2 can be downloaded": another clause's subject
            if self.lex.preposition is not None and any(
                self.lex.preposition.search(clause[: word.end()])
                for word in re.finditer(r"\w+", clause)
            ):
                break  # "... GPUs on Amazon SageMaker": an object, not the subject
            gap = self._gap_words(quantity.end, mention.start)
            if gap and not self.lex.data.entities.verb_second and "," not in between:
                # English and French put the subject first: a name after a figure is its
                # subject only after a fronted phrase ("With 3 billion parameters, X ...").
                break
            if self._built_on(mention):
                continue  # "Veröffentlicht am 2.10.2023, Basis Llama 2": the base is no owner
            if mention.model_like and gap <= FOLLOWING_GAP_MODEL:
                return mention
            if gap > FOLLOWING_GAP_MODEL:
                break
            if gap <= FOLLOWING_GAP and first is None:
                first = mention  # a model named a little further on is still preferred
        return first

    def _link(self, start: int, end: int, notes: bool) -> str:
        """The words joining two names: "**Finch 1.6B** and **Finch 3B**" (emphasis is no
        punctuation); with ``notes``, "A (1.3 billion parameters) and B" (nor is a note in
        parentheses, which a date released with both skips)."""
        clause_end = self._apposed_clause_end(start) if notes else None
        if clause_end is not None and clause_end < end:
            start = clause_end  # "A, tuned from X, and B"
        between = self.text[start:end]
        return (PARENTHESISED.sub("", between) if notes else between).strip(" \t\r\n*_")

    def _in_apposed_clause(self, mention: NameMention, named: list[NameMention]) -> bool:
        """Whether ``mention`` stands in a clause set off by commas after an earlier name."""
        for other in named:
            if other.end > mention.start:
                break
            clause_end = self._apposed_clause_end(other.end)
            if clause_end is not None and mention.end <= clause_end:
                return True
        return False

    def _apposed_clause_end(self, position: int) -> int | None:
        """Where a clause set off by commas right after ``position`` ends, unless it opens
        with a coordinator (", and B,") or gives its own date (", sorti en juin 2023,")."""
        clause = APPOSED_CLAUSE.match(self.text, position)
        if clause is None or any(
            q.kind == QuantityKind.DATE and clause.start() <= q.start < clause.end()
            for q in self.quantities
        ):
            return None
        first = re.match(r"[\s,]*([^\W\d_]+)", clause.group())
        coordinator = self.lex.coordinator
        if first is not None and coordinator is not None and coordinator.fullmatch(first.group(1)):
            return None
        return clause.end()

    def _joins(self, link: str, notes: bool) -> bool:
        """Whether the words between two names join them: a coordinator; with ``notes`` also
        a span, "from Mamba-130M up to Mamba-2.8B", whose both ends a release date covers."""
        coordinator, spans = self.lex.coordinator, self.lex.name_range_link
        member = self.lex.member_link
        return bool(link) and (
            (coordinator is not None and coordinator.fullmatch(link) is not None)
            or (notes and spans is not None and spans.fullmatch(link) is not None)
            or (notes and member is not None and member.fullmatch(link) is not None)
        )

    def _coordinated(
        self, chosen: NameMention, candidates: list[NameMention], *, notes: bool = False
    ) -> list[NameMention]:
        """ "GPT-4 ou Claude 3 qui frôlent les 2 billions": one figure for both names;
        ``notes``: across notes in parentheses (for what a release date covers)."""
        group = [chosen]
        named = sorted((m for m in candidates if not m.anaphor), key=lambda m: m.start)
        if notes:
            # "A, tuned from X, and B": X only describes A.
            named = [m for m in named if m is chosen or not self._in_apposed_clause(m, named)]
        position = named.index(chosen) if chosen in named else -1
        while position > 0:
            previous = named[position - 1]
            if not self._joins(self._link(previous.end, group[0].start, notes), notes):
                break
            group.insert(0, previous)
            position -= 1
        # "A and B were trained on 2 and 3 trillion tokens": the names after it, too.
        following = named.index(chosen) + 1 if chosen in named else len(named)
        while following < len(named):
            if not self._joins(self._link(group[-1].end, named[following].start, notes), notes):
                break
            group.append(named[following])
            following += 1
        links = [self.text[a.end : b.start].strip() for a, b in pairwise(group)]
        if links and all(link == "," for link in links):
            return [chosen]  # "Brume, Zephyr-4 a ...": an apposition, not a list
        return group


def heading_level(text: str, offset: int) -> int:
    """How deep the Markdown heading whose line holds ``offset`` is ("### Added" 3); 0 for
    any other line."""
    line_start = text.rfind("\n", 0, offset) + 1
    marks = len(text) - len(text[line_start:].lstrip("#")) - line_start
    return marks if text.startswith(" ", line_start + marks) else 0


def without_scopes_of_sizes(mentions: list[NameMention], text: str) -> list[NameMention]:
    """ "Le poids plume de la famille", "the smallest of the family": the family after a
    sized reference is where the size is picked from, not another subject."""
    return [
        mention
        for previous, mention in zip([None, *mentions], mentions, strict=False)
        if not (
            mention.family
            and previous is not None
            and previous.extreme
            and SHORT_LINK.fullmatch(text, previous.end, mention.start) is not None
        )
    ]


def without_families(names: list[str]) -> list[str]:
    """``names`` less those that others extend: "Gemma 2" of "Gemma 2 27B"."""
    return [
        name
        for name in names
        if not any(other.startswith((name + " ", name + "-")) for other in names)
    ]


def extends(name: str, family: str) -> bool:
    """Whether ``name`` names a member of ``family`` ("Jais-13B" of "Jais")."""
    return len(name) > len(family) and name.startswith(family) and name[len(family)] in " -"


def names_a_part(name: str, part: str) -> bool:
    """Whether the words of ``part`` are words of the longer ``name``, in order ("Aloe" of
    "Llama3-Aloe-8B-Alpha", "Japanese StableLM Alpha" of "Japanese StableLM Base Alpha 7B")."""
    words = iter(re.split(r"[\s-]", name))
    return name != part and all(word in words for word in re.split(r"[\s-]", part))


def dominant(counts: dict[str, int], excluded: set[str]) -> str | None:
    """The name a document is about, when one clearly dominates: what a section that names
    nothing ("## Context") speaks of."""
    ranked = sorted(((n, name) for name, n in counts.items() if name not in excluded), reverse=True)
    if not ranked or ranked[0][0] < DOMINANT_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]:
        return None
    return ranked[0][1]


def most_named(counts: dict[str, int], excluded: set[str]) -> str | None:
    """The name used most often, when no other is used as often."""
    ranked = sorted(((n, name) for name, n in counts.items() if name not in excluded), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def first_statements(claims: list[Claim]) -> list[Claim]:
    """A document that repeats a figure (a heading, then its paragraph) states it once."""
    seen: set[tuple[str, str, float | str, str, float | None]] = set()
    kept = []
    for claim in claims:
        key = (claim.entity, claim.attribute, claim.value, claim.qualifier.value, claim.upper)
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return kept


def extract_claims(document: Document) -> DocumentClaims:
    """Every claim a document states, with the entity names it mentions."""
    return Extractor(document).run()

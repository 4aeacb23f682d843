"""Entity resolution: which names written in the documents are one entity.

Spellings of one name become one entity: ``Phi-3 Mini``, ``Phi-3-mini`` and ``phi 3 mini`` differ
only in case and separators; ``Anthropic Claude 3`` is ``Claude 3`` with its maker in front;
``MAI-1s`` and ``GPT-4's`` are genitives. Different versions or variants stay different entities
(``Phi-3`` / ``Phi-3.5``, ``GPT-4`` / ``GPT-4o``, ``MAI-1`` / ``MAI-1-preview``): every letter and
number of a name counts, only separators, case, accents and the two wrappers above do not.

Names that look like one name mistyped (``MIA-1`` / ``MAI-1``, ``Lama 3`` / ``Llama 3``) are not
merged, only reported as candidates: the numbers and shape of the names agree and one word
differs by a transposition or a small edit. Nothing here knows any model name; curated aliases
(``Aliases``) force groups and keep look-alikes apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations

from checker.extract import name_rules
from checker.models import (
    Aliases,
    Claim,
    DocumentClaims,
    EntityGroup,
    NameCandidate,
    Resolution,
)

# A version number keeps its dots ("3.5"); any other dot, hyphen, space or underscore separates.
_TOKEN = re.compile(r"\d+(?:\.\d+)*|[^\W\d_]+")
_POSSESSIVE = re.compile(r"['’]s?$")
# A word that may be a maker's name in front of a model name: letters only ("Anthropic",
# "Googles", "xAI"), so that a version or variant like "3" or "3.5" is never dropped.
_PREFIX_WORD = re.compile(r"[^\W\d_]{2,}")
# An elided article or preposition glued to a name by an apostrophe ("d'OpenAI", "l'API").
_ELISION = re.compile(r"^[^\W\d_]{1,2}['’](?=\w)")

# Thresholds for look-alike words; see ``_typo_close``.
_MIN_STEM_FOR_TRANSPOSITION = 3
_MIN_STEM_FOR_EDIT = 5
_MIN_STEM_FOR_TWO_EDITS = 8


def tokens(name: str) -> list[str]:
    """The letters-or-digits runs of a name, case-folded and without accents: ``Phi-3.5-MoE``
    -> phi, 3.5, moe; ``ETH Zürich`` -> eth, zurich, as a text without the letter writes it."""
    folded = _POSSESSIVE.sub("", name.strip()).casefold()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _TOKEN.findall(folded)


def name_key(name: str) -> str:
    """One string per spelling family: case and separators removed, version numbers kept apart.

    Adjacent numbers stay separated ("Gemma 2 9B" is not "Gemma 29B").
    """
    parts = tokens(name)
    key = ""
    for previous, token in zip(["", *parts], parts, strict=False):
        if previous[:1].isdigit() and token[:1].isdigit():
            key += " "
        key += token
    return key


@lru_cache(maxsize=4096)
def _segments(name: str) -> tuple[str, ...]:
    """Alternating letter and number parts: ``Phi-3 Mini`` -> phi, 3, mini."""
    segments: list[str] = []
    for token in tokens(name):
        if segments and not token[0].isdigit() and not segments[-1][0].isdigit():
            segments[-1] += token
        else:
            segments.append(token)
    return tuple(segments)


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment): a transposition is one edit.

    Stops at ``limit + 1`` as soon as no alignment can stay within ``limit``.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        rows.append(row)
    return rows[-1][-1]


def _is_transposition(a: str, b: str) -> bool:
    if len(a) != len(b) or sorted(a) != sorted(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1


def _typo_close(a: str, b: str) -> bool:
    """Whether two different words look like one word mistyped.

    Short words differ in one letter all the time and mean different things (``Gemma`` /
    ``Gemini`` are two edits apart, ``A100`` / ``H100`` one), so the allowed edit grows with the
    length: two swapped neighbours from 3 letters, one edit from 5, two edits from 8.
    """
    shorter = min(len(a), len(b))
    if shorter >= _MIN_STEM_FOR_TRANSPOSITION and _is_transposition(a, b):
        return True
    distance = _edit_distance(a, b, limit=2)
    if distance == 1:
        return max(len(a), len(b)) >= _MIN_STEM_FOR_EDIT and shorter >= _MIN_STEM_FOR_EDIT - 1
    return distance == 2 and shorter >= _MIN_STEM_FOR_TWO_EDITS


# Endings a word takes in a sentence: plurals and cases ("Adapter"/"Adaptern", "Llama"/"Llamas").
INFLECTION_ENDINGS = frozenset({"s", "es", "n", "en", "e", "er"})


def look_alike(a: str, b: str) -> bool:
    """Same shape and numbers, exactly one word mistyped: ``MIA-1`` / ``MAI-1``.

    ``GPT-4`` / ``GPT-4o`` and ``Phi-3`` / ``Phi-3.5`` differ in shape or number, so they are
    two versions, never a typo.
    """
    words_a, words_b = tokens(a), tokens(b)
    if len(words_a) != len(words_b):
        # "Inflection" / "Inflection AI", "Magcoder-S-DS" / "Magicoder-DS": a word more or
        # less, not a letter wrong.
        return False
    left, right = _segments(a), _segments(b)
    if len(left) != len(right):
        return False
    differing = [(x, y) for x, y in zip(left, right, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    if x[0].isdigit() or y[0].isdigit():
        return False
    shorter, longer = sorted((x, y), key=len)
    if longer.startswith(shorter) and longer[len(shorter) :] in INFLECTION_ENDINGS:
        return False  # "LoRA-Adapter" / "LoRA-Adaptern": one word inflected, no typo
    return _typo_close(x, y)


class _Groups:
    """Union-find over name keys that refuses to join names kept apart by ``Aliases.distinct``."""

    def __init__(self, keys: Iterable[str], distinct: list[set[str]]) -> None:
        self.parent = {key: key for key in keys}
        self.distinct = distinct

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def members(self, root: str) -> set[str]:
        return {key for key in self.parent if self.find(key) == root}

    def kept_apart(self, a: str, b: str) -> bool:
        if not self.distinct:
            return False
        left, right = self.members(self.find(a)), self.members(self.find(b))
        return any(pair & left and pair & right for pair in self.distinct)

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b and not self.kept_apart(a, b):
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


# How many times more often a maker-prefixed form must be written to be the entity's name.
WRAPPED_FORM_MAJORITY = 2

def _reduced_key(name: str, known: set[str]) -> str | None:
    """The key of the name this one wraps, when that name is written on its own somewhere.

    ``Anthropic Claude 3`` wraps ``Claude 3`` (a maker in front), ``Geminis`` wraps ``Gemini``
    (a genitive) and ``d'Orion`` wraps ``Orion`` (an elision), but only when the inner name is
    written on its own somewhere: the corpus, not a list of makers, says what the bare name is.
    """
    if _ELISION.match(name):
        rest = _ELISION.sub("", name)
        return _reduced_key(rest, known) or (name_key(rest) if name_key(rest) in known else None)
    words = name.split()
    # "Reka Flash", "Mistral Large": a variant word alone is no name the maker stands before.
    if len(words) >= 2 and _PREFIX_WORD.fullmatch(words[0]) and not _variant_only(words[1:]):
        rest = " ".join(words[1:])
        rest_key = name_key(rest)
        if any(ch.isalpha() for ch in rest_key):
            inner = _reduced_key(rest, known)
            if inner is not None:
                return inner
            if rest_key in known:
                return rest_key
    key = name_key(name)
    if key.endswith("s") and key[:-1] in known and len(key) > 2:
        return key[:-1]
    return None


def _variant_only(words: list[str]) -> bool:
    return len(words) == 1 and words[0].casefold() in name_rules().variants


@dataclass
class _Spellings:
    """How often each spelling is written, and in which documents."""

    count: Counter[str] = field(default_factory=Counter)
    paths: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, spelling: str, path: str, times: int) -> None:
        self.count[spelling] += times
        self.paths[spelling].add(path)


def _collect(documents: list[DocumentClaims]) -> _Spellings:
    spellings = _Spellings()
    for document in documents:
        mentioned = {mention.name.strip() for mention in document.mentions}
        for mention in document.mentions:
            spellings.add(mention.name.strip(), document.path, mention.count)
        # A claim's name is normally among the mentions; count it when the extractor left it out.
        for claim in document.claims:
            if claim.entity_text.strip() not in mentioned:
                spellings.add(claim.entity_text.strip(), document.path, 1)
    return spellings


def _with_entity(claim: Claim, entity: str) -> Claim:
    """``claim`` with ``entity``; the same object when that is its entity already, since a
    corpus's claims are many and most keep the name they were written with."""
    return claim if claim.entity == entity else replace(claim, entity=entity)


def _canonical(spellings: list[str], counts: _Spellings, forced: str | None) -> str:
    if forced is not None:
        return forced
    return min(spellings, key=lambda s: (-counts.count[s], -len(counts.paths[s]), s))


def resolve(documents: list[DocumentClaims], aliases: Aliases) -> Resolution:
    """Give every claim its entity's canonical name, list the entities, and the look-alikes."""
    counts = _collect(documents)
    spellings = sorted(s for s in counts.count if name_key(s))
    key_of = {spelling: name_key(spelling) for spelling in spellings}
    alias_keys = [{name_key(n) for n in [g.canonical, *g.variants]} for g in aliases.groups]
    distinct = [{name_key(n) for n in names} for names in aliases.distinct]
    keys = set(key_of.values()).union(*alias_keys) if alias_keys else set(key_of.values())

    groups = _Groups(keys, distinct)
    for alias_group in alias_keys:
        first, *rest = sorted(alias_group)
        for key in rest:
            groups.parent[groups.find(key)] = groups.find(first)
    wrapped: set[str] = set()
    for spelling in spellings:
        inner = _reduced_key(spelling, keys)
        if inner is not None:
            groups.union(key_of[spelling], inner)
            wrapped.add(spelling)

    members: defaultdict[str, list[str]] = defaultdict(list)
    for spelling in spellings:
        members[groups.find(key_of[spelling])].append(spelling)
    forced_canonical = {
        groups.find(name_key(g.canonical)): g.canonical for g in aliases.groups if g.canonical
    }
    canonical_of_root: dict[str, str] = {}
    for root, names in members.items():
        # The bare name, not a maker-prefixed or genitive form, is the entity's name, unless
        # the texts write the longer form far more often: "Mistral NeMo" is the model's name,
        # not the stray "NeMo" a sentence left of it.
        plain = [name for name in names if name not in wrapped] or names
        most_plain = max(counts.count[name] for name in plain)
        plain += [
            name
            for name in names
            if name in wrapped and counts.count[name] > WRAPPED_FORM_MAJORITY * most_plain
        ]
        canonical_of_root[root] = _canonical(plain, counts, forced_canonical.get(root))

    def canonical_of(name: str) -> str:
        return canonical_of_root[groups.find(name_key(name))]

    claims = [
        (
            _with_entity(claim, canonical_of(claim.entity_text))
            if name_key(claim.entity_text)
            else claim
        )
        for document in documents
        for claim in document.claims
    ]
    entities = sorted(
        (
            EntityGroup(canonical=canonical_of_root[root], variants=sorted(names))
            for root, names in members.items()
        ),
        key=lambda group: (group.canonical, group.variants),
    )
    return Resolution(
        claims=claims,
        entities=entities,
        similar_names=_similar_names(documents, entities, counts, groups),
    )


def _similar_names(
    documents: list[DocumentClaims],
    entities: list[EntityGroup],
    counts: _Spellings,
    groups: _Groups,
) -> list[NameCandidate]:
    """Pairs of entities whose names look like one name mistyped, and that no document names
    together (a document that writes both means two things)."""
    entity_of = {spelling: group.canonical for group in entities for spelling in group.variants}
    together: set[frozenset[str]] = set()
    for document in documents:
        named = {entity_of[name] for name in _names_in(document) if name in entity_of}
        together.update(frozenset(pair) for pair in combinations(sorted(named), 2))
    candidates: list[NameCandidate] = []
    for left, right in _possible_look_alikes(entities):
        if frozenset((left.canonical, right.canonical)) in together:
            continue
        if groups.kept_apart(name_key(left.canonical), name_key(right.canonical)):
            continue
        if not look_alike(left.canonical, right.canonical):
            continue
        names = [*left.variants, *right.variants]
        paths = sorted({path for name in names for path in counts.paths[name]})
        pair = sorted([left.canonical, right.canonical])
        candidates.append(NameCandidate(names=pair, paths=paths))
    return sorted(candidates, key=lambda candidate: candidate.names)


def _deletions(word: str, times: int) -> set[str]:
    """``word`` with up to ``times`` letters deleted."""
    variants = {word}
    for _ in range(times):
        variants |= {v[:i] + v[i + 1 :] for v in variants for i in range(len(v))}
    return variants


def _possible_look_alikes(entities: list[EntityGroup]) -> list[tuple[EntityGroup, EntityGroup]]:
    """The pairs of entities that ``look_alike`` can accept, without comparing all pairs.

    Two look-alikes have the same segments but one word, and that word within two edits
    (one unless both spellings have ``_MIN_STEM_FOR_TWO_EDITS`` letters). Words within k edits
    (a transposition being one) share a form with at most k letters deleted from each, so
    names are indexed by their other segments and the deleted forms of each word: only names
    sharing an index entry are compared, and the work grows with the number of names.
    """
    index: defaultdict[tuple[object, ...], list[int]] = defaultdict(list)
    for position, group in enumerate(entities):
        segments = _segments(group.canonical)
        for place, word in enumerate(segments):
            if word[0].isdigit():
                continue
            rest = segments[:place] + segments[place + 1 :]
            edits = 2 if len(word) >= _MIN_STEM_FOR_TWO_EDITS else 1
            for variant in _deletions(word, edits):
                index[(place, rest, variant)].append(position)
    pairs: set[tuple[int, int]] = set()
    for same in index.values():
        pairs.update(combinations(sorted(set(same)), 2))
    return [(entities[i], entities[j]) for i, j in sorted(pairs)]


def _names_in(document: DocumentClaims) -> set[str]:
    return {m.name.strip() for m in document.mentions} | {
        c.entity_text.strip() for c in document.claims
    }


class EntityIndex:
    """Looks up the resolved entity of any spelling, e.g. the entity of a curated claim."""

    def __init__(self, entities: list[EntityGroup]) -> None:
        self._canonical_of_key = {
            name_key(spelling): group.canonical
            for group in entities
            for spelling in [group.canonical, *group.variants]
        }

    def canonical(self, name: str) -> str | None:
        """The canonical name ``name`` resolves to, or None when no document names it."""
        key = name_key(name)
        if key in self._canonical_of_key:
            return self._canonical_of_key[key]
        inner = _reduced_key(name, set(self._canonical_of_key))
        return self._canonical_of_key.get(inner) if inner is not None else None

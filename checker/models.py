"""The typed records that flow between the pipeline's steps.

read -> extract -> normalize -> resolve -> rules -> report: each step takes and returns the
models defined here and nothing else, so a step can be tested, cached or run on another machine
on its own.
"""

from __future__ import annotations

import sys
from dataclasses import fields
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field
from pydantic.dataclasses import dataclass


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Qualifier(StrEnum):
    """How a figure is hedged in the text."""

    EXACT = "exact"
    APPROX = "approx"
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    RANGE = "range"


class QuantityKind(StrEnum):
    NUMBER = "number"
    CURRENCY = "currency"
    PERCENTAGE = "percentage"
    DIMENSION = "dimension"
    COUNT = "count"
    DATE = "date"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


# --------------------------------------------------------------------------- number layer


class Quantity(Frozen):
    """One quantity found in a text by the number layer.

    ``start``/``end`` are character offsets into the text (end exclusive). ``value`` is a plain
    number (the lower bound of a range), or an ISO string for a date. ``unit`` is the canonical
    unit name or ISO currency code when one is attached. ``scale_word`` keeps the scale word or
    suffix as written ("Billionen", "billions", "bn", "K"), because a scale slip can only be
    explained by the word that caused it.
    """

    text: str
    start: int
    end: int
    value: float | str
    unit: str | None = None
    kind: QuantityKind = QuantityKind.NUMBER
    upper: float | None = None
    scale_word: str | None = None
    unit_text: str | None = None

    def contract_dict(self) -> dict[str, object]:
        """The six fields the ``quantities`` command prints (see CONTRACT.md)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "unit": self.unit,
            "kind": self.kind.value,
        }


# --------------------------------------------------------------------------- read


class Directive(Frozen):
    """An inline ``<!-- claim-check: ... -->`` comment.

    ``action`` is ``ignore`` (the next paragraph), ``disable`` or ``enable`` (a block).
    An empty ``rules`` list means every rule.
    """

    action: str
    rules: list[str] = Field(default_factory=list)
    reason: str | None = None
    line: int
    end_line: int | None = None
    """For ``ignore``: the last line of the paragraph it covers (the first paragraph that
    starts after the directive), so suppression needs no text; ``None`` when not computed."""


class Document(Frozen):
    """A readable document. ``text`` keeps every character offset and line of the file, with
    non-prose regions (code, front matter, HTML comments, URLs) blanked out by spaces."""

    path: str
    language: str
    sha256: str
    text: str
    encoding: str = "utf-8"
    directives: list[Directive] = Field(default_factory=list)


class SkippedFile(Frozen):
    path: str
    reason: str


# --------------------------------------------------------------------------- extract


# A corpus holds hundreds of thousands of claims: they and their locations are slotted pydantic
# dataclasses (validated like the models, about a fifth of a model's memory).
RECORD = ConfigDict(extra="forbid")


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class SourceLocation:
    path: str
    line: int
    column: int


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Claim:
    """A factual claim: an entity, one of its attributes, and a value with its qualifier.

    Before normalization ``value``/``unit`` are as the number layer read them; after it they are
    in the attribute's canonical unit. Before resolution ``entity`` equals ``entity_text``.
    """

    id: str
    entity: str
    entity_text: str
    attribute: str
    value: float | str
    unit: str
    qualifier: Qualifier = Qualifier.EXACT
    upper: float | None = None
    text: str
    sentence: str = ""
    language: str
    source: SourceLocation
    scale_word: str | None = None
    # When a figure of an event held ("2023-12" for a funding round closed that month): two
    # rounds of one company are two facts, not a disagreement.
    as_of: str | None = None

    def __setstate__(self, state: list[object]) -> None:
        # Claims come back from the worker processes pickled, a document at a time, and each
        # document would bring its own copy of the words all documents repeat: interned, a
        # corpus holds each of them once.
        for field, value in zip(fields(self), state, strict=True):
            if field.name in SHARED_WORDS and isinstance(value, str):
                value = sys.intern(value)
            object.__setattr__(self, field.name, value)


SHARED_WORDS = frozenset({"entity", "entity_text", "attribute", "unit", "language"})


class Mention(Frozen):
    """An entity name as a document wrote it, with where it first appears and how often."""

    name: str
    line: int
    count: int = 1


class DocumentClaims(Frozen):
    """Everything the later steps need from one document; the text itself is not kept."""

    path: str
    language: str
    sha256: str
    encoding: str = "utf-8"
    claims: list[Claim] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    directives: list[Directive] = Field(default_factory=list)


# --------------------------------------------------------------------------- resolve


class EntityGroup(Frozen):
    canonical: str
    variants: list[str]


class NameCandidate(Frozen):
    """Two spellings that look like one entity written two ways (``MIA-1`` / ``MAI-1``)."""

    names: list[str]
    paths: list[str]


class Resolution(Frozen):
    claims: list[Claim]
    entities: list[EntityGroup]
    similar_names: list[NameCandidate] = Field(default_factory=list)


# --------------------------------------------------------------------------- curated claims


class Aliases(Frozen):
    """Curated entity knowledge: spellings that are one entity, and names that are distinct
    although they look alike ("Orion" and "Orin" are two products)."""

    groups: list[EntityGroup] = Field(default_factory=list)
    distinct: list[list[str]] = Field(default_factory=list)


class ReferenceClaim(Frozen):
    entity: str
    attribute: str
    value: float | str
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    upper: float | None = None
    source: str | None = None
    file: str = ""


# --------------------------------------------------------------------------- rules


class Finding(Frozen):
    rule: str
    kind: str
    severity: Severity
    entity: str
    attribute: str | None = None
    message: str
    claims: list[str] = Field(default_factory=list)
    names: list[str] = Field(default_factory=list)
    reference: ReferenceClaim | None = None


# --------------------------------------------------------------------------- a whole run


class DocumentInfo(Frozen):
    path: str
    language: str
    sha256: str
    claims: int
    encoding: str = "utf-8"


class RunResult(Frozen):
    """What one run produced: the input of every report format."""

    documents: list[DocumentInfo]
    claims: list[Claim]
    findings: list[Finding]
    entities: list[EntityGroup] = Field(default_factory=list)
    skipped: list[SkippedFile] = Field(default_factory=list)
    suppressed: int = 0
    baselined: int = 0
    stale_baseline: list[str] = Field(default_factory=list)

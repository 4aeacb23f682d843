"""Hand-built claims, for testing resolution and rules without the extractor."""

from __future__ import annotations

from itertools import count

from checker.models import Claim, DocumentClaims, Mention, Qualifier, SourceLocation

_ids = count(1)


def claim(
    entity: str,
    attribute: str,
    value: float | str,
    path: str = "a.md",
    *,
    unit: str = "parameter",
    qualifier: Qualifier = Qualifier.EXACT,
    upper: float | None = None,
    text: str | None = None,
    language: str = "en",
    scale_word: str | None = None,
    line: int = 1,
) -> Claim:
    return Claim(
        id=f"c{next(_ids)}",
        entity=entity,
        entity_text=entity,
        attribute=attribute,
        value=value,
        unit=unit,
        qualifier=qualifier,
        upper=upper,
        text=text or str(value),
        language=language,
        source=SourceLocation(path=path, line=line, column=1),
        scale_word=scale_word,
    )


def document(path: str, claims: list[Claim], names: list[str] | None = None) -> DocumentClaims:
    """A document's claims; its mentions are the claims' names plus ``names``."""
    written = [c.entity_text for c in claims] + (names or [])
    mentions = [Mention(name=n, line=1, count=written.count(n)) for n in dict.fromkeys(written)]
    return DocumentClaims(path=path, language="en", sha256="0", claims=claims, mentions=mentions)

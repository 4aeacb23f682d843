"""A hostile corpus: one file of many sentences naming a few dozen entities with thousands of
different values, so that every pair of claims disagrees. Deterministic for a given size."""

from __future__ import annotations

import random
from pathlib import Path

ENTITIES = 50
TEMPLATES = (
    "{name} has {value} billion parameters.",
    "{name} was trained on {value} GPUs for {days} days.",
    "The {name} model reads a context of {value} tokens.",
    "Reports say {name} cost {value} million dollars.",
    "{name} hat {value} Milliarden Parameter.",
    "{name} a été entraîné sur {value} GPU.",
)
PARAGRAPH = 20


def entity_names(count: int = ENTITIES) -> list[str]:
    """Names unlike each other (no look-alike pairs), so the findings are value conflicts."""
    stems = ("Vorta", "Kelpie", "Quasar", "Brindle", "Tundra", "Maple", "Zephyr", "Oxbow",
             "Lumen", "Garnet")
    return [f"{stems[i % len(stems)]}-{100 + 37 * i}" for i in range(count)]


def hostile_text(sentences: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    names = entity_names()
    lines: list[str] = []
    for index in range(sentences):
        template = TEMPLATES[index % len(TEMPLATES)]
        lines.append(
            template.format(
                name=names[rng.randrange(len(names))],
                value=rng.randrange(1, 5000),
                days=rng.randrange(1, 400),
            )
        )
        if index % PARAGRAPH == PARAGRAPH - 1:
            lines.append("")
    return "\n".join(lines) + "\n"


def write_hostile_corpus(folder: Path, sentences: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.md").write_text(hostile_text(sentences), encoding="utf-8")
    return folder

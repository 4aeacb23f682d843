"""Per-language knowledge, kept as data.

Each language is a folder ``checker/lang/<code>/`` of TOML tables (``numbers.toml`` for the
number layer, ``claims.toml`` for claim extraction, ...). Adding a language is adding a folder;
each step validates the tables it reads with its own pydantic model.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def available() -> tuple[str, ...]:
    """Language codes that have a data folder, sorted."""
    root = resources.files(__name__)
    return tuple(
        sorted(
            entry.name
            for entry in root.iterdir()
            if entry.is_dir() and not entry.name.startswith("_")
        )
    )


@cache
def load_table(code: str, table: str) -> dict[str, Any]:
    """The TOML table ``<code>/<table>.toml``; an empty dict when that language lacks it."""
    path = resources.files(__name__).joinpath(code, f"{table}.toml")
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))

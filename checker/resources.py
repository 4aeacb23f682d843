"""Data shipped with the tool: the example corpus and its curated claims."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """``examples`` or ``claims``: inside the installed package (a wheel carries them under
    ``checker/_bundled``), or beside the package in a source checkout (editable installs)."""
    for candidate in (PACKAGE / "_bundled" / name, PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name} shipped with claim-check are missing from {PACKAGE}")

"""Configuration: ``[tool.claim-check]`` in ``pyproject.toml`` or ``.claim-check.toml``.

Validated at the edge with pydantic; every later step receives a typed ``Settings``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from checker.models import Severity

DEFAULT_EXTENSIONS = [".md", ".markdown", ".txt", ".rst"]


class RuleSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    severity: Severity | None = None


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    paths: list[str] = Field(default_factory=list)
    extensions: list[str] = Field(default_factory=lambda: list(DEFAULT_EXTENSIONS))
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    language: str = "auto"
    fail_on: str = "error"
    rules: dict[str, RuleSettings] = Field(default_factory=dict)
    tolerance: dict[str, float] = Field(default_factory=dict)
    claims: str | None = None
    baseline: str = ".claim-check-baseline.json"

"""Configuration: ``[tool.claim-check]`` in ``pyproject.toml`` or ``.claim-check.toml``.

Validated at the edge with pydantic; every later step receives a typed ``Settings``. Every
mistake in a configuration file becomes a ``ConfigError`` whose message is one line naming the
file and the key, because that line is all a pre-commit or CI log shows.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    StringConstraints,
    ValidationError,
    field_validator,
)
from pydantic_core import ErrorDetails

from checker import lang
from checker.models import Severity

DEFAULT_EXTENSIONS = [".md", ".markdown", ".txt", ".rst"]
PROJECT_FILE = "pyproject.toml"
OWN_FILE = ".claim-check.toml"
RULE_CODE = r"^CC\d{3}$"
ATTRIBUTE_NAME = r"^[a-z][a-z0-9_]*$"
PATTERN_WORDS = {
    RULE_CODE: "not a rule code (CC followed by three digits, like CC101)",
    ATTRIBUTE_NAME: "not an attribute name (lowercase with underscores, like training_tokens)",
}
RANGE_WORDS = {
    "tolerance": "must be a relative tolerance from 0 up to (not including) 1, like 0.05 for 5 %",
    "jobs": "must be 0 (one worker per CPU core) or a positive number of workers",
}

RuleCode = Annotated[str, StringConstraints(pattern=RULE_CODE)]
AttributeName = Annotated[str, StringConstraints(pattern=ATTRIBUTE_NAME)]
RelativeTolerance = Annotated[float, Field(strict=True, ge=0, lt=1)]


class WorkflowError(Exception):
    """A file a team keeps beside its documents (configuration, curated claims, baseline,
    ignore file) that cannot be used. ``str()`` is one line naming the file and the place in
    it: the command line prints it and exits with status 2."""


class ConfigError(WorkflowError):
    """A configuration that cannot be used; ``str()`` is one line naming the file and the key."""


class RuleSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: StrictBool = True
    severity: Severity | None = None


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    paths: list[StrictStr] = Field(default_factory=list)
    extensions: list[StrictStr] = Field(default_factory=lambda: list(DEFAULT_EXTENSIONS))
    include: list[StrictStr] = Field(default_factory=list)
    exclude: list[StrictStr] = Field(default_factory=list)
    language: StrictStr = "auto"
    languages: list[StrictStr] = Field(default_factory=list)
    fail_on: Literal["error", "warning", "never"] = "error"
    rules: dict[RuleCode, RuleSettings] = Field(default_factory=dict)
    tolerance: dict[AttributeName, RelativeTolerance] = Field(default_factory=dict)
    claims: StrictStr | None = None
    baseline: StrictStr = ".claim-check-baseline.json"
    ignore_file: StrictStr = ".claim-check-ignore"
    cache_dir: StrictStr = ".claim-check-cache"
    jobs: int = Field(default=0, ge=0, strict=True)

    @field_validator("extensions")
    @classmethod
    def _dotted_lowercase(cls, extensions: list[str]) -> list[str]:
        return [ext.lower() if ext.startswith(".") else f".{ext.lower()}" for ext in extensions]

    @field_validator("language")
    @classmethod
    def _known_language_or_auto(cls, code: str) -> str:
        if code != "auto":
            _check_language(code)
        return code

    @field_validator("languages")
    @classmethod
    def _known_languages(cls, codes: list[str]) -> list[str]:
        for code in codes:
            _check_language(code)
        return codes

    def rule_enabled(self, code: str) -> bool:
        rule = self.rules.get(code)
        return rule is None or rule.enabled

    def rule_severity(self, code: str, default: Severity) -> Severity:
        rule = self.rules.get(code)
        return rule.severity if rule is not None and rule.severity is not None else default


def _check_language(code: str) -> None:
    known = lang.available()
    if code not in known:
        raise ValueError(f"{code!r} is not a supported language ({', '.join(known)})")


PATH_KEYS = ("claims", "baseline", "ignore_file", "cache_dir")


def load_settings(config_path: Path | None, cwd: Path) -> Settings:
    """The settings of ``config_path``, else ``.claim-check.toml`` in ``cwd``, else the
    ``[tool.claim-check]`` table of ``pyproject.toml`` in ``cwd``, else the defaults.

    Relative paths in a file are relative to that file's folder; they are returned relative to
    ``cwd`` (or absolute when the file lies elsewhere), so every later step can use them as is.
    """
    if config_path is not None:
        return _load_file(config_path, cwd, explicit=True)
    own = cwd / OWN_FILE
    if own.is_file():
        return _load_file(own, cwd, explicit=True)
    project = cwd / PROJECT_FILE
    if project.is_file():
        return _load_file(project, cwd, explicit=False)
    return Settings()


def _load_file(path: Path, cwd: Path, *, explicit: bool) -> Settings:
    """``explicit``: the file exists to configure claim-check (its own file, or ``--config``),
    so its table may sit at the top level; a ``pyproject.toml`` only counts with the table."""
    label = _display(path, cwd)
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{label}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{label}: cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{label}: invalid TOML: {error}") from None
    table, section = _claim_check_table(document, label, path, explicit=explicit)
    if table is None:
        return Settings()
    prefix = f"{label}: {section + ' ' if section else ''}"
    data, spelled = _underscore_keys(table, prefix)
    try:
        settings = Settings.model_validate(data)
    except ValidationError as error:
        raise ConfigError(prefix + _describe(error, spelled)) from None
    return _rebase_paths(settings, path.parent, cwd, data)


def _claim_check_table(
    document: dict[str, Any], label: str, path: Path, *, explicit: bool
) -> tuple[dict[str, Any] | None, str]:
    tool = document.get("tool")
    if isinstance(tool, dict) and "claim-check" in tool:
        table = tool["claim-check"]
        if not isinstance(table, dict):
            raise ConfigError(f"{label}: [tool.claim-check] must be a table")
        return table, "[tool.claim-check]"
    if path.name == PROJECT_FILE or not explicit:
        return None, ""
    return document, ""


def _underscore_keys(table: dict[str, Any], prefix: str) -> tuple[dict[str, Any], dict[str, str]]:
    """``fail-on`` and ``fail_on`` are the same key; returns the table with underscores and a map
    back to the spelling the user wrote, for error messages."""
    data: dict[str, Any] = {}
    spelled: dict[str, str] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name in data:
            raise ConfigError(f"{prefix}{key}: given twice (as {spelled[name]} and {key})")
        spelled[name] = key
        if name == "rules" and isinstance(value, dict):
            value = {
                code: _underscore_rule(entry) if isinstance(entry, dict) else entry
                for code, entry in value.items()
            }
        data[name] = value
    return data, spelled


def _underscore_rule(entry: dict[str, Any]) -> dict[str, Any]:
    return {key.replace("-", "_"): value for key, value in entry.items()}


def _describe(error: ValidationError, spelled: dict[str, str]) -> str:
    details = error.errors(include_url=False)
    first = details[0]
    location = [str(part) for part in first["loc"] if part != "[key]"]
    if location and location[0] in spelled:
        location[0] = spelled[location[0]]
    key = ".".join(location) or "(table)"
    more = f" (and {len(details) - 1} more problems)" if len(details) > 1 else ""
    return f"{key}: {_explain(first)}{more}"


TYPE_WORDS = {
    "string_type": "must be a string",
    "bool_type": "must be true or false",
    "int_type": "must be a whole number",
    "float_type": "must be a number",
    "list_type": "must be a list",
    "dict_type": "must be a table",
    "model_type": "must be a table",
}


def _explain(detail: ErrorDetails) -> str:
    kind = detail["type"]
    context = detail.get("ctx") or {}
    if kind == "extra_forbidden":
        name = str(detail["loc"][-1]).replace("-", "_")
        fields = RuleSettings.model_fields if len(detail["loc"]) > 1 else Settings.model_fields
        close = difflib.get_close_matches(name, list(fields), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        return f"unknown key{hint}; known keys: {', '.join(fields)}"
    if kind in ("literal_error", "enum"):
        choices = str(context.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return f"must be one of {choices}, not {detail['input']!r}"
    if kind in TYPE_WORDS:
        return f"{TYPE_WORDS[kind]}, not {_toml_type(detail['input'])}"
    if kind == "string_pattern_mismatch":
        return PATTERN_WORDS.get(str(context.get("pattern")), str(detail["msg"]).lower())
    if kind in ("greater_than_equal", "less_than") and str(detail["loc"][0]) in RANGE_WORDS:
        return f"{RANGE_WORDS[str(detail['loc'][0])]}, not {detail['input']!r}"
    if kind == "value_error":
        return str(context.get("error", detail["msg"]))
    return str(detail["msg"]).lower()


def _toml_type(value: object) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"{names.get(type(value), type(value).__name__)} ({value!r})"


def _rebase_paths(settings: Settings, base: Path, cwd: Path, given: dict[str, Any]) -> Settings:
    if base.resolve() == cwd.resolve():
        return settings
    updates: dict[str, Any] = {
        key: _rebase(getattr(settings, key), base, cwd) for key in PATH_KEYS if key in given
    }
    if "paths" in given:
        updates["paths"] = [_rebase(p, base, cwd) for p in settings.paths]
    return settings.model_copy(update=updates) if updates else settings


def _rebase(value: str | None, base: Path, cwd: Path) -> str | None:
    if value is None or Path(value).is_absolute():
        return value
    target = (base / value).resolve()
    try:
        return target.relative_to(cwd.resolve()).as_posix() or "."
    except ValueError:
        return str(target)


def _display(path: Path, cwd: Path) -> str:
    try:
        return os.path.relpath(path, cwd) if path.is_absolute() else str(path)
    except ValueError:
        return str(path)

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import ConfigError, RuleSettings, Settings, load_settings
from checker.models import Severity

REPOSITORY = Path(__file__).resolve().parents[2]


def write_project(folder: Path, table: str) -> Path:
    path = folder / "pyproject.toml"
    path.write_text(f'[project]\nname = "demo"\n\n[tool.claim-check]\n{table}\n', encoding="utf-8")
    return path


def test_no_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(None, tmp_path) == Settings()


def test_pyproject_without_table_gives_defaults(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n', encoding="utf-8")
    assert load_settings(None, tmp_path) == Settings()


def test_every_key_is_read_from_pyproject(tmp_path: Path) -> None:
    write_project(
        tmp_path,
        """
paths = ["docs", "news"]
extensions = ["md", ".TXT"]
include = ["docs/**/*.md"]
exclude = ["docs/drafts/*"]
language = "de"
languages = ["de", "fr"]
fail-on = "warning"
claims = "facts"
baseline = "ci/baseline.json"
ignore-file = "ci/ignore"
cache-dir = ".cache/claims"
jobs = 2

[tool.claim-check.rules.CC102]
enabled = false

[tool.claim-check.rules.CC101]
severity = "warning"

[tool.claim-check.tolerance]
training_duration = 0.1
""",
    )
    settings = load_settings(None, tmp_path)
    assert settings.paths == ["docs", "news"]
    assert settings.extensions == [".md", ".txt"]
    assert settings.include == ["docs/**/*.md"]
    assert settings.exclude == ["docs/drafts/*"]
    assert settings.language == "de"
    assert settings.languages == ["de", "fr"]
    assert settings.fail_on == "warning"
    assert settings.claims == "facts"
    assert settings.baseline == "ci/baseline.json"
    assert settings.ignore_file == "ci/ignore"
    assert settings.cache_dir == ".cache/claims"
    assert settings.jobs == 2
    assert not settings.rule_enabled("CC102")
    assert settings.rule_enabled("CC101")
    assert settings.rule_severity("CC101", Severity.ERROR) is Severity.WARNING
    assert settings.rule_severity("CC103", Severity.ERROR) is Severity.ERROR
    assert settings.tolerance == {"training_duration": 0.1}


def test_own_file_wins_over_pyproject(tmp_path: Path) -> None:
    write_project(tmp_path, 'fail_on = "never"')
    (tmp_path / ".claim-check.toml").write_text('fail_on = "warning"\n', encoding="utf-8")
    assert load_settings(None, tmp_path).fail_on == "warning"


def test_explicit_file_wins_and_its_paths_are_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / ".claim-check.toml").write_text('fail_on = "warning"\n', encoding="utf-8")
    config = tmp_path / "ci" / "strict.toml"
    config.parent.mkdir()
    config.write_text(
        'fail_on = "never"\npaths = ["../docs"]\nbaseline = "baseline.json"\n', encoding="utf-8"
    )
    settings = load_settings(config, tmp_path)
    assert settings.fail_on == "never"
    assert settings.paths == ["docs"]
    assert settings.baseline == "ci/baseline.json"
    assert settings.cache_dir == ".claim-check-cache"


def test_explicit_pyproject_elsewhere_is_read_from_its_table(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    write_project(other, 'fail-on = "warning"')
    assert load_settings(other / "pyproject.toml", tmp_path).fail_on == "warning"


BAD_KEYS = [
    ('paths = "docs"', "paths: must be a list, not a string ('docs')"),
    ("extensions = [1]", "extensions.0: must be a string, not an integer (1)"),
    ('include = "*.md"', "include: must be a list"),
    ("exclude = [true]", "exclude.0: must be a string, not a boolean (True)"),
    ('language = "xx"', "language: 'xx' is not a supported language"),
    ('languages = ["de", "zz"]', "languages: 'zz' is not a supported language"),
    ('fail-on = "warnings"', "fail-on: must be one of error, warning, never, not 'warnings'"),
    ("rules = 3", "rules: must be a table, not an integer (3)"),
    ("[tool.claim-check.rules.X1]\nenabled = false", "rules.X1: not a rule code"),
    (
        '[tool.claim-check.rules.CC101]\nenabled = "no"',
        "rules.CC101.enabled: must be true or false",
    ),
    (
        '[tool.claim-check.rules.CC101]\nseverity = "fatal"',
        "rules.CC101.severity: must be one of error, warning, info, not 'fatal'",
    ),
    (
        "[tool.claim-check.rules.CC101]\nenable = false",
        "rules.CC101.enable: unknown key (did you mean enabled?)",
    ),
    (
        "[tool.claim-check.tolerance]\nparameters = 2",
        "tolerance.parameters: must be a relative tolerance",
    ),
    (
        '[tool.claim-check.tolerance]\nparameters = "5%"',
        "tolerance.parameters: must be a number",
    ),
    ("[tool.claim-check.tolerance]\nTokens = 0.1", "tolerance.Tokens: not an attribute name"),
    ("claims = 1", "claims: must be a string, not an integer (1)"),
    ("baseline = false", "baseline: must be a string, not a boolean (False)"),
    ("ignore_file = []", "ignore_file: must be a string, not a list"),
    ("cache-dir = 0", "cache-dir: must be a string"),
    ('jobs = "4"', "jobs: must be a whole number, not a string ('4')"),
    ("jobs = -1", "jobs: must be 0 (one worker per CPU core) or a positive number"),
    ('fail_onn = "error"', "fail_onn: unknown key (did you mean fail_on?)"),
    ('fail-on = "never"\nfail_on = "error"', "fail_on: given twice (as fail-on and fail_on)"),
]


@pytest.mark.parametrize(("table", "expected"), BAD_KEYS)
def test_a_bad_key_is_one_line_naming_file_and_key(
    tmp_path: Path, table: str, expected: str
) -> None:
    write_project(tmp_path, table)
    with pytest.raises(ConfigError) as caught:
        load_settings(None, tmp_path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("pyproject.toml: [tool.claim-check] ")
    assert expected in message


def test_own_file_errors_name_that_file(tmp_path: Path) -> None:
    (tmp_path / ".claim-check.toml").write_text("jobs = 1.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^\.claim-check\.toml: jobs: must be a whole number"):
        load_settings(None, tmp_path)


def test_broken_toml_is_one_line(tmp_path: Path) -> None:
    (tmp_path / ".claim-check.toml").write_text("jobs = 1\nfail_on = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^\.claim-check\.toml: invalid TOML: .*line") as caught:
        load_settings(None, tmp_path)
    assert "\n" not in str(caught.value)


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nowhere\.toml: configuration file not found"):
        load_settings(tmp_path / "nowhere.toml", tmp_path)


def test_table_that_is_not_a_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool]\nclaim-check = "yes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pyproject.toml: \[tool.claim-check\] must be a table"):
        load_settings(None, tmp_path)


def test_several_problems_are_counted_on_the_one_line(tmp_path: Path) -> None:
    write_project(tmp_path, 'jobs = "x"\nfail_on = 3')
    with pytest.raises(ConfigError, match=r"\(and 1 more problems\)$"):
        load_settings(None, tmp_path)


def test_every_key_has_an_error_message_test() -> None:
    tested = {expected.split(":")[0].split(".")[0].replace("-", "_") for _, expected in BAD_KEYS}
    assert set(Settings.model_fields) <= tested


def test_every_key_is_documented() -> None:
    documentation = (REPOSITORY / "docs" / "configuration.md").read_text(encoding="utf-8")
    for key in Settings.model_fields:
        assert f"| `{key}` |" in documentation, key
    for key in RuleSettings.model_fields:
        assert f"`{key}`" in documentation, key

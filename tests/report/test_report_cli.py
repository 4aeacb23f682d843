"""``claim-check report``: wiring of the command (the run itself is faked)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from checker.models import RunResult

cli = pytest.importorskip("checker.cli")
report_command = pytest.importorskip("checker.cli.report")

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture
def faked_run(
    corpus: Path, run_result: RunResult, monkeypatch: pytest.MonkeyPatch
) -> list[list[Path]]:
    calls: list[list[Path]] = []

    def run(paths: list[Path], settings: Any, **options: Any) -> RunResult:
        calls.append(list(paths))
        return run_result

    monkeypatch.setattr("checker.pipeline.run", run)
    return calls


def test_report_is_written_with_links_relative_to_it(
    corpus: Path, faked_run: list[list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["report", "news", "-o", "out/facts.md"])
    assert code == 1  # an error finding, and --fail-on defaults to error
    assert faked_run == [[Path("news")]]
    page = (corpus / "out" / "facts.md").read_text(encoding="utf-8")
    assert page.startswith("# claim-check report\n")
    assert "[news/de/kestrel.md:3](../news/de/kestrel.md#L3)" in page
    assert not list((corpus / "out").glob(".facts.md.*")), "temporary file left behind"
    err = capsys.readouterr().err
    assert "out/facts.md: 4 findings (1 error, 2 warnings, 1 info)" in err
    assert "news/scan.pdf: skipped: binary file" in err


def test_fail_on_never_exits_zero(corpus: Path, faked_run: list[list[Path]]) -> None:
    assert cli.main(["report", "news", "-o", "facts.md", "--fail-on", "never"]) == 0


def test_report_in_another_format_to_stdout(
    corpus: Path, faked_run: list[list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["report", "news", "--format", "sarif"])
    log = json.loads(capsys.readouterr().out)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    names = [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]]
    assert names[:5] == ["CC101", "CC102", "CC103", "CC104", "CC105"]
    assert all(rule["help"]["text"] for rule in log["runs"][0]["tool"]["driver"]["rules"])


def test_missing_path_is_a_usage_error(
    corpus: Path, faked_run: list[list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["report", "nowhere", "-o", "facts.md"]) == 2
    assert "nowhere" in capsys.readouterr().err
    assert faked_run == []

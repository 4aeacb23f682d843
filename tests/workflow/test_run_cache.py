from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from checker.cache import DEFAULT_FOLDER, record_run, replay_run

ARGV = ["check", "docs"]


def age(*paths: Path) -> None:
    """Files written an hour ago: old enough not to be 'racy'."""
    past = time.time() - 3600
    for path in paths:
        os.utime(path, (past, past))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "news").mkdir(parents=True)
    (docs / "a.md").write_text("Nimbus-7 has 500 billion parameters.\n", encoding="utf-8")
    (docs / "news" / "b.md").write_text("Nimbus-7 has 400 billion parameters.\n", encoding="utf-8")
    age(docs / "a.md", docs / "news" / "b.md", docs / "news", docs)
    return tmp_path


def checked(cwd: Path, argv: list[str] = ARGV, folder: Path | None = None) -> list[int]:
    """Runs a fake check through ``record_run``; returns how often the real work ran."""
    calls: list[int] = []

    def work() -> int:
        calls.append(1)
        print("a.md:1: CC101 error Nimbus-7")
        print("1 known finding(s) not shown", file=sys.stderr)
        return 1

    target = folder or cwd / DEFAULT_FOLDER
    assert record_run(argv, cwd, target, [cwd / "docs"], [cwd / "baseline.json"], work) == 1
    return calls


def test_an_unchanged_corpus_replays_the_output(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert replay_run(ARGV, corpus) is None
    assert checked(corpus) == [1]
    first = capsys.readouterr()
    assert first.out == "a.md:1: CC101 error Nimbus-7\n"
    assert replay_run(ARGV, corpus) == 1
    again = capsys.readouterr()
    assert (again.out, again.err) == (first.out, first.err)
    assert (corpus / DEFAULT_FOLDER / ".gitignore").read_text(encoding="utf-8") == "*\n"


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "docs" / "a.md").write_text("Nimbus-7 has 5 parameters.\n"),
        lambda root: os.utime(root / "docs" / "news" / "b.md"),
        lambda root: (root / "docs" / "news" / "c.md").write_text("new\n"),
        lambda root: (root / "docs" / "news" / "b.md").unlink(),
        lambda root: (root / "baseline.json").write_text("{}\n"),
        lambda root: (root / "pyproject.toml").write_text("[tool.claim-check]\n"),
        lambda root: (root / ".claim-check.toml").write_text("jobs = 2\n"),
    ],
    ids=["edited", "touched", "added", "removed", "baseline", "pyproject", "own-config"],
)
def test_any_change_to_an_input_is_a_miss(corpus: Path, change: object) -> None:
    checked(corpus)
    change(corpus)  # type: ignore[operator]
    assert replay_run(ARGV, corpus) is None


def test_hidden_folders_are_not_inputs(corpus: Path) -> None:
    hidden = corpus / "docs" / ".notes"
    hidden.mkdir()
    age(hidden, corpus / "docs")
    checked(corpus)
    (hidden / "scratch.md").write_text("Nimbus-7 has 9 parameters.\n", encoding="utf-8")
    assert replay_run(ARGV, corpus) == 1


def test_another_command_line_is_another_record(corpus: Path) -> None:
    checked(corpus)
    assert replay_run(["check", "docs", "--format", "json"], corpus) is None


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "docs", "--no-cache"],
        ["check", "docs", "-o", "out.md"],
        ["check", "docs", "-oout.md"],
        ["check", "--output=x"],
        ["check", "docs", "--claims-out", "claims.jsonl"],
    ],
)
def test_runs_with_side_effects_are_never_recorded(corpus: Path, argv: list[str]) -> None:
    assert checked(corpus, argv) == [1]
    assert checked(corpus, argv) == [1]
    assert replay_run(argv, corpus) is None


def test_step_summary_runs_are_never_replayed(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked(corpus)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(corpus / "summary.md"))
    assert replay_run(ARGV, corpus) is None


def test_a_file_changed_just_now_is_not_trusted(corpus: Path) -> None:
    (corpus / "docs" / "a.md").write_text("Nimbus-7 has 600 billion parameters.\n")
    checked(corpus)
    assert replay_run(ARGV, corpus) is None


def test_another_cache_folder_records_nothing(corpus: Path) -> None:
    checked(corpus, folder=corpus / "elsewhere")
    assert replay_run(ARGV, corpus) is None
    assert not (corpus / "elsewhere").exists()


def test_a_damaged_record_is_a_miss(corpus: Path) -> None:
    checked(corpus)
    (record,) = (corpus / DEFAULT_FOLDER / "runs").glob("*.json")
    for damage in (
        "",
        "{",
        '{"exit": 1}',
        '{"exit": 1, "stdout_file": "", "stderr": "", "inputs": 3}',
        '{"exit": 1, "stdout_file": "gone.out", "stderr": "", "inputs": {}}',
    ):
        record.write_text(damage, encoding="utf-8")
        assert replay_run(ARGV, corpus) is None


def test_a_run_that_fails_records_nothing(corpus: Path) -> None:
    def broken() -> int:
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        record_run(ARGV, corpus, corpus / DEFAULT_FOLDER, [corpus / "docs"], [], broken)
    assert replay_run(ARGV, corpus) is None
    assert list((corpus / DEFAULT_FOLDER / "runs").glob("*.out")) == []


def test_the_output_is_kept_beside_the_record_and_replaced_by_the_next_run(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checked(corpus)
    (docs_record,) = (corpus / DEFAULT_FOLDER / "runs").glob("*.json")
    assert "CC101" not in docs_record.read_text(encoding="utf-8")
    (corpus / "docs" / "a.md").write_text("Nimbus-7 has 5 billion parameters.\n")
    age(corpus / "docs" / "a.md")
    checked(corpus)
    (output,) = (corpus / DEFAULT_FOLDER / "runs").glob("*.out")
    assert output.read_text(encoding="utf-8") == "a.md:1: CC101 error Nimbus-7\n"
    capsys.readouterr()
    assert replay_run(ARGV, corpus) == 1
    assert capsys.readouterr().out == "a.md:1: CC101 error Nimbus-7\n"

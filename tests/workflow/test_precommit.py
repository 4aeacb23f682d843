"""The pre-commit hook, end to end: ``pre-commit try-repo`` installs this repository as a hook
into a fresh repository of documents and runs it.

try-repo builds the hook's virtualenv with pip, so it needs the package index (or a pip cache
holding the dependencies); the environment is kept in a pre-commit home shared by the tests of
one session.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

REPOSITORY = Path(__file__).resolve().parents[2]
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")

pytestmark = pytest.mark.skipif(
    not (REPOSITORY / ".git").exists()
    or shutil.which("git") is None
    or not Path(PRE_COMMIT).exists(),
    reason="needs a git checkout of claim-check, git and pre-commit",
)


def test_hook_definition_follows_the_contract() -> None:
    (hook,) = yaml.safe_load((REPOSITORY / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "claim-check"
    assert hook["entry"] == "claim-check check"
    assert hook["language"] == "python"
    assert hook["require_serial"] is True
    assert hook["pass_filenames"] is False


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


@pytest.fixture
def documents(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "docs-repo"
    folder.mkdir()
    git(folder, "init", "-q")
    git(folder, "config", "user.email", "editor@example.org")
    git(folder, "config", "user.name", "Editor")
    yield folder


@pytest.fixture(scope="session")
def hook_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def try_repo(folder: Path, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    environment.pop("PYTHONPATH", None)
    return subprocess.run(
        [PRE_COMMIT, "try-repo", str(REPOSITORY), "claim-check", "--all-files", "--verbose"],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )


def write_and_stage(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    git(folder, "add", name)


def accept_findings(folder: Path) -> None:
    """``claim-check baseline`` from this checkout, as a person would run it before committing."""
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    done = subprocess.run(
        [sys.executable, "-m", "checker", "baseline"],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    git(folder, "add", ".claim-check-baseline.json")


def test_hook_fails_on_a_conflict_passes_once_baselined_and_fails_on_a_new_one(
    documents: Path, hook_home: Path
) -> None:
    write_and_stage(
        documents, "a.md", "# Nimbus\n\nThe Nimbus-7 model has 500 billion parameters.\n"
    )
    write_and_stage(
        documents, "b.md", "# Notes\n\nNimbus-7 was trained with 400 billion parameters.\n"
    )

    first = try_repo(documents, hook_home)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "CC101" in first.stdout
    assert "Nimbus-7" in first.stdout

    accept_findings(documents)
    second = try_repo(documents, hook_home)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout
    assert not list(documents.glob(".claim-check-cache/**/*.tmp"))
    git(documents, "add", "-A")
    staged = subprocess.run(
        ["git", "diff", "--cached", "--name-only"],
        cwd=documents,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert ".claim-check-cache" not in staged

    write_and_stage(documents, "c.md", "# Orion\n\nOrion-2 reads 32,000 tokens of context.\n")
    write_and_stage(documents, "d.md", "# Orion again\n\nOrion-2 reads 8,000 tokens of context.\n")
    third = try_repo(documents, hook_home)
    assert third.returncode == 1, third.stdout + third.stderr
    assert "Orion-2" in third.stdout
    assert "Nimbus-7 (" not in third.stdout

"""Running the command line as a user does, and proving it left the inputs alone."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[2]
CONFLICT = {
    "a.md": "# Nimbus\n\nThe Nimbus-7 model has 500 billion parameters.\n",
    "b.md": "# Notes\n\nNimbus-7 was trained with 400 billion parameters.\n",
}


def claim_check(cwd: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY), "NO_COLOR": "1"}
    environment.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def write(folder: Path, files: Mapping[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every regular file below ``folder`` (the tool's own cache aside): content hash and
    modification time, so that a rewrite with the same bytes shows too."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted(folder.rglob("*")):
        if ".claim-check-cache" in path.parts or path.is_symlink() or not path.is_file():
            continue
        if not os.access(path, os.R_OK):
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        found[path.relative_to(folder).as_posix()] = (digest, path.stat().st_mtime_ns)
    return found


def assert_one_clean_line(stderr: str, *expected: str) -> None:
    """stderr is exactly one line, mentions each of ``expected``, and is no traceback."""
    assert "Traceback" not in stderr, stderr
    assert stderr.count("\n") == 1, stderr
    for fragment in expected:
        assert fragment in stderr, stderr


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout


def report(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data

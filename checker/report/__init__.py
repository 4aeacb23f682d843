"""The report step: a ``RunResult`` rendered as text, JSON, Markdown, SARIF or GitHub
workflow commands, and the Markdown report added to a GitHub Actions job summary."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from checker.models import RunResult
from checker.report.github import render_github
from checker.report.json_report import json_chunks, render_json
from checker.report.markdown import render_markdown
from checker.report.rulemeta import RuleInfo, registry_rules
from checker.report.sarif import render_sarif
from checker.report.text import render_text

FORMATS = ("text", "json", "markdown", "sarif", "github")

__all__ = ["FORMATS", "RuleInfo", "append_step_summary", "render", "render_chunks"]


def render(
    result: RunResult,
    fmt: str,
    *,
    color: bool = False,
    link_base: str | os.PathLike[str] | None = None,
    rules: Sequence[RuleInfo] | None = None,
) -> str:
    """The report of ``result`` in format ``fmt``.

    ``color`` adds ANSI colours to ``text``. ``link_base`` is where a Markdown report will be
    read from (its folder, or a URL prefix), so its links to source lines work there.
    ``rules`` describes the rules for SARIF and Markdown; by default the rules registry.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "text":
        return render_text(result, color=color)
    if fmt == "json":
        return render_json(result)
    if fmt == "github":
        return render_github(result)
    described = registry_rules() if rules is None else rules
    if fmt == "sarif":
        return render_sarif(result, described)
    return render_markdown(result, described, link_base)


def render_chunks(result: RunResult, fmt: str, *, color: bool = False) -> Iterator[str]:
    """``render`` in pieces to write one after the other, ending in a newline unless empty: a
    JSON report of a large corpus is never held whole."""
    if fmt == "json":
        return json_chunks(result)
    text = render(result, fmt, color=color)
    return iter([text if not text or text.endswith("\n") else text + "\n"])


def append_step_summary(
    result: RunResult,
    target: Path | None = None,
    *,
    environ: Mapping[str, str] = os.environ,
    rules: Sequence[RuleInfo] | None = None,
) -> Path | None:
    """Append the Markdown report to GitHub's job summary: ``target``, by default the file
    ``GITHUB_STEP_SUMMARY`` names. Returns the file written, or ``None`` when there is none.

    The summary is shown away from the files, so its links point at the repository on the
    server when the workflow's variables tell where that is.
    """
    summary_file = environ.get("GITHUB_STEP_SUMMARY")
    if target is None and summary_file:
        target = Path(summary_file)
    if target is None:
        return None
    markdown = render(result, "markdown", link_base=_repository_blob_url(environ), rules=rules)
    with target.open("a", encoding="utf-8", newline="\n") as handle:
        handle.write(markdown)
    return target


def _repository_blob_url(environ: Mapping[str, str]) -> str | None:
    server = environ.get("GITHUB_SERVER_URL")
    repository = environ.get("GITHUB_REPOSITORY")
    commit = environ.get("GITHUB_SHA")
    if not (server and repository and commit):
        return None
    return f"{server}/{repository}/blob/{commit}/"

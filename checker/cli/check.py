"""``claim-check check [PATH...]``: every rule across all given documents; and the bare
``claim-check`` demo on the example corpus shipped with the tool."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from checker import pipeline
from checker.cache import record_run
from checker.cli.common import (
    add_common_options,
    color_enabled,
    configured_baseline,
    emit,
    exit_code,
    input_paths,
    run_pipeline,
    settings_from_args,
)
from checker.config import Settings
from checker.curated import load_curated
from checker.models import RunResult
from checker.report import append_step_summary, render_chunks
from checker.resources import bundled


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "check",
        help="extract claims, run every rule across all documents, print findings",
        description=(
            "Extract the claims of every document, compare them across all documents and "
            "print the findings. Without PATH, checks the corpus configured in "
            "[tool.claim-check] (pyproject.toml or .claim-check.toml), else the current "
            "directory. Exit status: 0 no finding at or above --fail-on, 1 findings, 2 the "
            "run could not be done."
        ),
    )
    add_common_options(parser)
    parser.add_argument(
        "--claims-out", metavar="FILE", help="also write every document's claims as JSON Lines"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    paths = input_paths(args, settings)
    argv = getattr(args, "argv", None)
    if argv is None:
        return check(args, settings, paths)
    # Recorded so that the same check of unchanged files can be replayed (see checker.cache).
    return record_run(
        argv,
        Path.cwd(),
        Path(settings.cache_dir),
        [*paths, *([settings.claims] if settings.claims else [])],
        [settings.baseline, settings.ignore_file, *([args.config] if args.config else [])],
        lambda: check(args, settings, paths),
    )


def check(args: argparse.Namespace, settings: Settings, paths: list[Path]) -> int:
    baseline_path, baseline = configured_baseline(settings)
    claims_out = Path(args.claims_out) if args.claims_out else None
    result = run_pipeline(args, settings, paths, baseline=baseline, claims_out=claims_out)
    publish(result, args.format, args.output)
    if baseline is not None:
        report_baseline(result, baseline_path)
    return exit_code(result, settings.fail_on)


def publish(result: RunResult, fmt: str, output: str | None) -> None:
    color = output is None and color_enabled(sys.stdout)
    emit(render_chunks(result, fmt, color=color), output)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and summary:
        append_step_summary(result, Path(summary))


def report_baseline(result: RunResult, path: Path) -> None:
    if result.baselined:
        print(f"{path}: {result.baselined} known finding(s) not shown", file=sys.stderr)
    for entry in result.stale_baseline:
        print(f"{path}: no longer found, can be removed: {entry}", file=sys.stderr)


def run_example() -> int:
    """Bare ``claim-check``: the example corpus, then how to check one's own documents."""
    examples = bundled("examples")
    settings = Settings()
    result = pipeline.run(
        [examples],
        settings,
        use_cache=False,
        curated=load_curated(bundled("claims")),
        root=examples.parent,
    )
    publish(result, "text", None)
    print(
        "\nThis was the example corpus shipped with claim-check. To check your own documents:"
        "\n  claim-check check PATH...        (claim-check --help for more)"
    )
    return exit_code(result, settings.fail_on)

"""``claim-check report [PATH...] -o FILE.md``: write the Markdown report of a corpus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from checker import pipeline
from checker.cli.common import (
    FORMATS,
    UsageError,
    add_common_options,
    color_enabled,
    emit,
    exit_code,
    input_paths,
    settings_from_args,
)
from checker.config import ConfigError
from checker.report import render
from checker.report.common import findings_phrase


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "report",
        help="write the Markdown report (findings, fact sheets, documents)",
        description=(
            "Check the documents and write a report a person reads: every disagreement with "
            "its quotes and links to the lines, a fact sheet per entity, the documents read. "
            "Links in the report are relative to the output file."
        ),
    )
    add_common_options(parser, formats=False)
    parser.add_argument("--format", choices=FORMATS, default="markdown", help="report format")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        settings = settings_from_args(args)
    except ConfigError as error:
        raise UsageError(str(error)) from error
    paths = input_paths(args, settings)
    result = pipeline.run(paths, settings, use_cache=not args.no_cache, jobs=args.jobs)
    output = Path(args.output) if args.output else None
    link_base = output.parent if output is not None else None
    color = output is None and color_enabled(sys.stdout)
    emit(render(result, args.format, color=color, link_base=link_base), args.output)
    if output is not None:
        print(f"{output}: {findings_phrase(result.findings)}", file=sys.stderr)
    return exit_code(result, settings.fail_on)

"""``claim-check report [PATH...] -o FILE.md``: write the Markdown report of a corpus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

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
from checker.report import FORMATS, render
from checker.report.common import findings_phrase


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "report",
        help="write the Markdown report: findings with quotes, fact sheets, documents",
        description=(
            "Check the documents and write a report for people: every disagreement with its "
            "quotes and links to the lines that state it, a fact sheet per entity, the name "
            "variants, the documents read and the files skipped. Links are relative to the "
            "output file, so the report works where it is written."
        ),
    )
    add_common_options(parser, formats=False)
    parser.add_argument("--format", choices=FORMATS, default="markdown", help="report format")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    paths = input_paths(args, settings)
    result = run_pipeline(args, settings, paths, baseline=configured_baseline(settings)[1])
    output = Path(args.output) if args.output else None
    link_base = output.parent if output is not None else None
    color = output is None and color_enabled(sys.stdout)
    emit(render(result, args.format, color=color, link_base=link_base), args.output)
    if output is not None:
        print(f"{output}: {findings_phrase(result.findings)}", file=sys.stderr)
    return exit_code(result, settings.fail_on)

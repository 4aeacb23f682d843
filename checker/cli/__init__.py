"""The ``claim-check`` command line: one small module per command."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from checker import __version__
from checker.cache import replay_run

COMMAND_MODULES = ("check", "extract", "report", "baseline", "rules", "quantities")

EPILOG = """\
examples:
  claim-check                          check the example corpus shipped with the tool
  claim-check check docs/              check every .md/.markdown/.txt/.rst file below docs/
  claim-check check --format json a.md b.md > findings.json
  claim-check report news/ -o reports/news.md
  claim-check baseline -o .claim-check-baseline.json
  claim-check explain CC101
  claim-check quantities --lang de "rund 15.000 GPUs und 3,8 Milliarden Parameter"
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claim-check",
        description=(
            "Extract the factual claims (numbers above all) from documents in German, French "
            "and English, and flag where the sources disagree."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"claim-check {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"checker.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # An unchanged corpus checked the same way again: print the recorded output, import
    # nothing else (what a pre-commit hook on an unchanged repository pays).
    replayed = replay_run(args_list, Path.cwd()) if args_list[:1] == ["check"] else None
    if replayed is not None:
        return replayed

    from checker.cli.common import EXIT_USAGE, UsageError, fail
    from checker.config import WorkflowError
    from checker.read import ReadError

    parser = build_parser()
    if not args_list:
        from checker.cli.check import run_example

        return run_example()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:
        return int(exit_.code or 0) if exit_.code in (0, None) else EXIT_USAGE
    if not hasattr(args, "handler"):
        parser.print_help()
        return EXIT_USAGE
    args.argv = args_list
    try:
        return int(args.handler(args))
    except (UsageError, WorkflowError, ReadError) as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted")

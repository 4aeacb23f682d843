"""``claim-check baseline [PATH...] -o FILE``: accept today's findings, so that later runs (and
the pre-commit hook) fail only on new ones."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from checker.baseline import fingerprint, load_baseline, write_baseline
from checker.cli.common import (
    add_common_options,
    input_paths,
    run_pipeline,
    settings_from_args,
)


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "baseline",
        help="record today's findings so that later runs fail only on new ones",
        description=(
            "Check the documents and write every finding to a baseline file (by default "
            ".claim-check-baseline.json, or the baseline configured in [tool.claim-check]). "
            "Later runs of check and report read it and show only findings not in it. Entries "
            "name the rule, entity, attribute, values and files of a finding, never line "
            "numbers, so edits elsewhere keep them valid. Commit the file."
        ),
    )
    add_common_options(parser, formats=False)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    paths = input_paths(args, settings)
    target = Path(args.output or settings.baseline)
    previous = load_baseline(target)
    result = run_pipeline(args, settings, paths)
    claims = {claim.id: claim for claim in result.claims}
    count = write_baseline(target, result.findings, claims)
    before = {entry.fingerprint for entry in previous.findings}
    now = {fingerprint(finding, claims) for finding in result.findings}
    changes = f" ({len(now - before)} new, {len(before - now)} removed)" if before else ""
    print(f"{target}: {count} finding(s) accepted{changes}", file=sys.stderr)
    return 0

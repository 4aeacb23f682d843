"""``claim-check extract [PATH...]``: print the claims only, no rules."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from checker.cli.common import (
    add_common_options,
    emit,
    input_paths,
    run_pipeline,
    settings_from_args,
)
from checker.models import Claim
from checker.report import render_chunks
from checker.report.common import format_claim_value, location, plural

EXTRACT_FORMATS = ("text", "json")


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "extract",
        help="print the claims found, without running the rules",
        description=(
            "Print every claim found (entity, attribute, value with its qualifier, and where "
            "it stands). --format json gives the claims as in 'check --format json'."
        ),
    )
    add_common_options(parser, formats=False)
    parser.add_argument("--format", choices=EXTRACT_FORMATS, default="text", help="output format")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    paths = input_paths(args, settings)
    result = run_pipeline(args, settings, paths)
    claims_only = result.model_copy(update={"findings": []})
    if args.format == "json":
        emit(render_chunks(claims_only, "json"), args.output)
    else:
        emit((claim_line(c) + "\n" for c in result.claims), args.output)
        print(
            f"{plural(len(result.claims), 'claim')} in "
            f"{plural(len(result.documents), 'document')}",
            file=sys.stderr,
        )
    return 0


def claim_line(claim: Claim) -> str:
    qualifier = "" if claim.qualifier == "exact" else f" ({claim.qualifier.value})"
    entity = (
        claim.entity
        if claim.entity == claim.entity_text
        else f"{claim.entity} [{claim.entity_text}]"
    )
    return (
        f"{location(claim)}: {entity} {claim.attribute} = {format_claim_value(claim)}{qualifier}"
        f'  "{claim.text}"'
    )

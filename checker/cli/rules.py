"""``claim-check rules`` lists the rules; ``claim-check explain CODE`` documents one."""

from __future__ import annotations

import argparse
import json

from tabulate import tabulate

from checker.cli.common import EXIT_OK, emit, fail
from checker.rules import all_rules, rule_by_code
from checker.rules.docs import explain_text, markdown, rule_doc

LIST_FORMATS = ("text", "json", "markdown")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = subparsers.add_parser(
        "rules",
        help="list the rules",
        description="List every rule: code, name, finding kind, default severity and summary.",
    )
    listing.add_argument(
        "--format",
        choices=LIST_FORMATS,
        default="text",
        help="text table, JSON, or the full Markdown documentation (docs/rules.md)",
    )
    listing.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE")
    listing.set_defaults(handler=run)
    explain = subparsers.add_parser(
        "explain",
        help="explain one rule, with examples",
        description="Print a rule's documentation with a failing and a passing example.",
    )
    explain.add_argument("code", metavar="CODE", help="rule code or name, e.g. CC101")
    explain.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.command == "explain":
        rule = rule_by_code(args.code)
        if rule is None:
            codes = ", ".join(r.code for r in all_rules())
            return fail(f"unknown rule {args.code!r}; the rules are {codes}")
        emit(explain_text(rule_doc(rule)), None)
        return EXIT_OK
    docs = [rule_doc(rule) for rule in all_rules()]
    if args.format == "json":
        rows = [
            {
                "code": d.code,
                "name": d.name,
                "kind": d.kind,
                "severity": d.severity,
                "summary": d.summary,
            }
            for d in docs
        ]
        text = json.dumps(rows, indent=2, ensure_ascii=False)
    elif args.format == "markdown":
        text = markdown(docs)
    else:
        table = [[d.code, d.name, d.kind, d.severity, d.summary] for d in docs]
        text = tabulate(table, headers=["code", "name", "kind", "severity", "summary"])
    emit(text, args.output)
    return EXIT_OK

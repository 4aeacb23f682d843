"""``claim-check quantities``: the number layer on its own, as JSON."""

from __future__ import annotations

import argparse
import json
import sys

from checker.cli.common import EXIT_OK, UsageError
from checker.lang import available
from checker.numbers import find_quantities

DEFAULT_LANGUAGE = "en"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "quantities",
        help="print the quantities found in each text as JSON",
        description=(
            "Print one JSON array per TEXT of the quantities the number layer finds: "
            "text, start, end (exclusive), value, unit and kind."
        ),
    )
    parser.add_argument("texts", nargs="*", metavar="TEXT", help="texts to read")
    parser.add_argument(
        "--lang",
        default=DEFAULT_LANGUAGE,
        help="language of the texts: auto (English conventions), de, fr, en, es, ...",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read one JSON string per stdin line and print one array per line",
    )
    parser.set_defaults(handler=run)


def _language(requested: str | None) -> str:
    code = (requested or DEFAULT_LANGUAGE).lower()
    return code if code in available() else DEFAULT_LANGUAGE


def _array(text: str, lang: str) -> str:
    return json.dumps(
        [quantity.contract_dict() for quantity in find_quantities(text, lang)], ensure_ascii=False
    )


def run(args: argparse.Namespace) -> int:
    lang = _language(args.lang)
    if args.jsonl:
        if args.texts:
            raise UsageError("--jsonl reads texts from stdin; give no TEXT arguments")
        for number, line in enumerate(sys.stdin, start=1):
            try:
                text = json.loads(line)
            except json.JSONDecodeError as error:
                raise UsageError(f"stdin line {number} is not JSON: {error.msg}") from None
            if not isinstance(text, str):
                raise UsageError(f"stdin line {number} is not a JSON string")
            sys.stdout.write(_array(text, lang) + "\n")
        return EXIT_OK
    for text in args.texts:
        sys.stdout.write(_array(text, lang) + "\n")
    return EXIT_OK

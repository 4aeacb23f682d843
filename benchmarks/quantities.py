"""Benchmark of the number layer against published test sets and anchors.

    python benchmarks/quantities.py [--failures FILE-SUBSTRING]

Prints the Recognizers-Text pass rate per spec file (supported Number and Currency cases,
EN/FR/DE), the CQE NewsQuant value and value+unit scores beside the published ones, and the
speed on 1,000 English sentences (beside quantulum3's when it is installed). The test sets are
read from ../shared/peer-specs next to the repository and are never copied into it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tabulate import tabulate

from benchmarks import quantities_specs as specs
from checker.numbers import find_quantities

# Published NewsQuant scores (P, R, F1) from the CQE paper's evaluation output.
NEWSQUANT_ANCHORS = {
    "CQE": ((92.0, 91.9, 92.0), (85.6, 85.5, 85.6)),
    "quantulum3": ((65.0, 83.3, 73.0), (42.1, 53.9, 47.2)),
    "GPT-3": ((72.1, 69.1, 70.6), (60.3, 57.9, 59.1)),
    "Recognizers-Text": ((59.7, 82.2, 69.1), (29.6, 40.7, 34.2)),
}
SPEED_SENTENCES = 1000


def _percent(value: float) -> str:
    return f"{100 * value:.1f}"


def recognizers_text(show_failures: str | None) -> None:
    by_file: dict[str, list[specs.RtCase]] = defaultdict(list)
    cases = specs.rt_cases()
    for case in cases:
        by_file[case.file].append(case)
    rows = []
    for file, file_cases in sorted(by_file.items()):
        score = specs.score_rt(file_cases)
        rows.append([file, len(score.passed), score.total, _percent(score.rate)])
        if show_failures and show_failures in file:
            for case, found in score.failed:
                print(f"FAIL {case.text!r}: expected {list(case.expected)}, found {found}")
    total = specs.score_rt(cases)
    rows.append(
        [
            "all supported Number + Currency cases",
            len(total.passed),
            total.total,
            _percent(total.rate),
        ]
    )
    ordinals = specs.rt_ordinal_cases()
    ordinal_score = specs.score_rt(ordinals)
    rows.append(
        [
            "Ordinal cases, all (find_ordinals)",
            len(ordinal_score.passed),
            ordinal_score.total,
            _percent(ordinal_score.rate),
        ]
    )
    if show_failures and show_failures in "Ordinal":
        for case, found in ordinal_score.failed:
            print(f"FAIL {case.text!r}: expected {list(case.expected)}, found {found}")
    print("Recognizers-Text specs (cases marked unsupported for python skipped)")
    print(tabulate(rows, headers=["spec", "passed", "cases", "%"]))
    print()


def newsquant() -> list[str]:
    sentences = specs.newsquant_sentences()
    by_value, by_unit = specs.score_newsquant(sentences)
    rows = [
        [
            "claim-check",
            *(_percent(x) for x in (by_value.precision, by_value.recall, by_value.f1)),
            *(_percent(x) for x in (by_unit.precision, by_unit.recall, by_unit.f1)),
        ]
    ]
    for name, (value, unit) in NEWSQUANT_ANCHORS.items():
        rows.append([f"{name} (published)", *value, *unit])
    print(f"CQE NewsQuant ({len(sentences)} sentences, {by_value.gold} quantities)")
    print(
        tabulate(
            rows,
            headers=["system", "value P", "value R", "value F1", "unit P", "unit R", "unit F1"],
        )
    )
    print()
    return [sentence.text for sentence in sentences]


def speed(sentences: list[str]) -> None:
    texts = (sentences * (SPEED_SENTENCES // max(len(sentences), 1) + 1))[:SPEED_SENTENCES]
    find_quantities("warm-up", "en")
    started = time.perf_counter()
    for text in texts:
        find_quantities(text, "en")
    ours = time.perf_counter() - started
    rows = [["claim-check", f"{ours:.3f}", f"{len(texts) / ours:,.0f}"]]
    try:
        parser = importlib.import_module("quantulum3.parser")
    except ImportError:
        rows.append(["quantulum3", "not installed", "-"])
    else:
        parser.parse("warm-up 1 m")
        started = time.perf_counter()
        for text in texts:
            parser.parse(text)
        theirs = time.perf_counter() - started
        rows.append(["quantulum3", f"{theirs:.3f}", f"{len(texts) / theirs:,.0f}"])
    print(f"Speed on {len(texts)} English sentences")
    print(tabulate(rows, headers=["system", "seconds", "sentences/s"]))


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument(
        "--failures", metavar="FILE", help="list failed cases of spec files matching FILE"
    )
    args = arguments.parse_args()
    if not specs.available():
        print(f"test sets not found under {specs.PEER_SPECS}; nothing to measure")
        return 0
    recognizers_text(args.failures)
    speed(newsquant())
    return 0


if __name__ == "__main__":
    sys.exit(main())

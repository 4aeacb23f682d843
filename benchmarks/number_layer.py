"""Speed of the number layer, and a record of its output to prove a change leaves it alone.

    python -m benchmarks.number_layer --save FILE      # record the output for every text
    python -m benchmarks.number_layer --compare FILE   # check that the output is unchanged
    python -m benchmarks.number_layer                  # time only

The texts: every document of the example corpus, of the labelled test corpora and of the seeds
(as the reader masks them, and as raw files), the synthetic benchmark corpus
(``benchmarks/corpus.py``, 400 documents), the sentences of the published test sets that the
conformance tests read (``../shared/peer-specs``, never copied into the repository), every string
written in the test suite (read in each language), and shuffled mixtures of all of these. The
output of a text is the ``repr`` of ``find_quantities`` and of ``find_ordinals`` on it.

The time is the best of ``--runs`` passes of ``find_quantities`` over each document of the
synthetic corpus and over the real documents, per document.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks import quantities_specs as specs
from benchmarks.corpus import generate
from checker.lang import available
from checker.numbers import find_ordinals, find_quantities
from checker.read import ReadError, read_document

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED = REPOSITORY.parent / "shared"
DOCUMENT_FOLDERS = (
    REPOSITORY / "examples",
    *sorted(REPOSITORY.glob("tests/corpus*/docs")),
    SHARED / "seeds",
)
DOCUMENT_SUFFIXES = {".md", ".markdown", ".txt", ".rst"}
SYNTHETIC_DOCUMENTS = 400
# Texts made of words drawn from all the others: numbers next to words they never meet in a
# real document.
MIXTURES = 300
MIXTURE_WORDS = 120
# At most this many differences are printed by --compare.
SHOWN_DIFFERENCES = 10


@dataclass(frozen=True)
class Text:
    label: str
    lang: str
    text: str


def _documents(folders: tuple[Path, ...]) -> Iterator[Text]:
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix not in DOCUMENT_SUFFIXES or not path.is_file():
                continue
            try:
                document = read_document(path, str(path))
            except ReadError:
                continue
            label = str(path.relative_to(folder.parent))
            yield Text(label, document.language, document.text)
            raw = path.read_text(encoding="utf-8", errors="replace")
            if raw != document.text:
                yield Text(f"{label} (raw)", document.language, raw)


def _synthetic(folder: Path) -> list[Text]:
    texts = []
    for path in generate(folder, SYNTHETIC_DOCUMENTS):
        texts.append(Text(f"synthetic/{path.name}", path.parent.parent.name, path.read_text()))
    return texts


def _peer_sentences() -> Iterator[Text]:
    if specs.RT_SPECS.is_dir():
        for index, case in enumerate([*specs.rt_cases(), *specs.rt_ordinal_cases()]):
            yield Text(f"{case.file}#{index}", case.lang, case.text)
    if specs.NEWSQUANT.is_file():
        for index, sentence in enumerate(specs.newsquant_sentences()):
            yield Text(f"NewsQuant#{index}", "en", sentence.text)


def _test_strings() -> Iterator[Text]:
    """Every string constant of the test suite, in every language with a number table."""
    languages = [code for code in sorted(available()) if not code.startswith("_")]
    for path in sorted((REPOSITORY / "tests").rglob("*.py")):
        strings = {
            node.value
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value
        }
        for string in sorted(strings):
            for lang in languages:
                yield Text(f"{path.relative_to(REPOSITORY)}:{string!r}", lang, string)


def _mixtures(texts: list[Text]) -> Iterator[Text]:
    rng = random.Random(1)
    words = sorted({word for text in texts for word in text.text.split(" ") if word})
    languages = sorted({text.lang for text in texts})
    for index in range(MIXTURES):
        picked = [rng.choice(words) for _ in range(MIXTURE_WORDS)]
        yield Text(f"mixture#{index}", rng.choice(languages), " ".join(picked))


def _output(text: Text) -> str:
    quantities = find_quantities(text.text, text.lang)
    ordinals = find_ordinals(text.text, text.lang, quantities)
    return f"{quantities!r}\n{ordinals!r}"


def _best_time_per_text(texts: list[Text], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        for text in texts:
            find_quantities(text.text, text.lang)
        best = min(best, time.perf_counter() - started)
    return best / len(texts)


def _compare(saved: dict[str, str], outputs: dict[str, str]) -> int:
    differing = [label for label in saved if outputs.get(label) != saved[label]]
    missing = sorted(set(outputs) - set(saved))
    for label in differing[:SHOWN_DIFFERENCES]:
        print(f"DIFFERENT {label}\n  before: {saved[label]}\n  after:  {outputs.get(label)}")
    print(f"{len(saved) - len(differing)} of {len(saved)} outputs unchanged", end="")
    print(f", {len(missing)} texts not in the record" if missing else "")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--save", type=Path, help="write the output of every text to FILE")
    action.add_argument("--compare", type=Path, help="compare the output with FILE")
    parser.add_argument("--runs", type=int, default=3, help="timing passes; the best counts")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        synthetic = _synthetic(Path(folder))
    documents = list(_documents(DOCUMENT_FOLDERS))
    peer = list(_peer_sentences())
    # Documents and tests are added all the time: the mixtures are made of the texts that stay.
    texts = [*documents, *synthetic, *peer, *_mixtures([*synthetic, *peer]), *_test_strings()]

    status = 0
    if args.save or args.compare:
        outputs = {f"{text.lang}|{text.label}": _output(text) for text in texts}
        if args.save:
            args.save.write_text(json.dumps(outputs, ensure_ascii=False, indent=0))
            print(f"{len(outputs)} outputs written to {args.save}")
        else:
            status = _compare(json.loads(args.compare.read_text()), outputs)

    real = [text for text in documents if not text.label.endswith("(raw)")]
    for name, timed in (("synthetic corpus", synthetic), ("real documents", real)):
        per_text = _best_time_per_text(timed, args.runs)
        print(f"{name}: {len(timed)} documents, {per_text * 1e6:.0f} us per document")
    return status


if __name__ == "__main__":
    sys.exit(main())

"""Fuzz the reading, number and extraction layers for minutes, outside CI.

    python benchmarks/fuzz.py                    # 10 minutes over every target
    python benchmarks/fuzz.py --minutes 30 --target extract
    python benchmarks/fuzz.py --hostile          # time the full-size hostile corpus instead

Each target is a hypothesis property run in rounds of fresh random examples until the time is
up. Inputs mix what the tool meets in real documents (figures in three languages' notations,
scale words, model names, Markdown and reST markup) with arbitrary Unicode and bytes. A failure
is shrunk to a minimal example, written to ``benchmarks/fuzz-failures/`` and the run goes on
with the other targets; the exit status is 1 when anything failed. Turn each failure into a
regression test before fixing it.

``--hostile`` times ``claim-check check`` on the full-size hostile inputs instead: the
200,000-sentence file of 50 entities with thousands of values (``tests/robustness/hostile.py``),
5 MB of ``1.1.1.``, ``1,1,1,`` and spaces, and a 1 MB line; each should take under a minute.
CI runs them at a fraction of that size.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from checker.models import Document  # noqa: E402
from checker.numbers import find_quantities  # noqa: E402
from checker.read import ReadError, read_document  # noqa: E402
from checker.read.mask import mask_markdown, mask_plain, mask_rst  # noqa: E402

FAILURES = REPOSITORY / "benchmarks" / "fuzz-failures"
LANGUAGES = ["de", "fr", "en", "es"]
# How long one small input may take in any layer before it counts as a hang.
SLOW_SECONDS = 5.0
PROGRESS_SECONDS = 60.0

# Pieces of real documents; the generator strings them together with arbitrary text.
FIGURES = [
    "1.234,5", "3,8", "500", "1 000", "1\u202f000", "12'000", "1e9", "2^10", "½", "0,5", "-3",
    "٣", "1.1.1", "1,1,1", "2024", "15.", "3.5-4", "10–20", "100+", "~70", "≈ 8", "1/3",
    "7B", "405B", "1.8T", "8x22B", "128K", "32k", "4,5 Mrd.", "2 Mio.", "$5", "5 $", "€ 2,50",
    "10 %", "10 Prozent", "pour cent", "#1", "Platz 2", "1er", "2e", "20.03.2024", "März 2024",
    "May 5, 2024", "2024-05-01", "Q3 2024", "H100", "A100s", "MAI-1", "Phi-3.5", "GPT-4o",
]
WORDS = [
    "Milliarden", "Milliarde", "Billionen", "Billion", "billion", "billions", "milliards",
    "millions", "Millionen", "trillion", "bn", "Mrd", "Mio", "K", "M", "B", "T", "Parameter",
    "parameters", "paramètres", "Tokens", "tokens", "jetons", "GPUs", "GPU", "Grafikkarten",
    "Tage", "days", "jours", "Wochen", "months", "Dollar", "dollars", "Euro", "euros",
    "Experten", "experts", "Kontextfenster", "context window", "bis zu", "up to", "jusqu'à",
    "rund", "about", "environ", "mehr als", "more than", "plus de", "zwischen", "between",
    "und", "and", "et", "oder", "or", "the", "der", "le", "la", "ein", "a", "un", "hat", "has",
    "a été", "wurde", "was", "trained", "trainiert", "entraîné", "Nimbus-7", "Nimbus", "Orion",
    "Orin", "Acme", "It", "Es", "Il", "beide", "both", "les deux", "Modell", "model", "modèle",
]
MARKUP = [
    "\n", "\n\n", "# ", "## ", "- ", "* ", "1. ", "> ", "|", " | ", "|---|---|\n", "**", "_",
    "`", "```\n", "~~~\n", "    ", "\t", "<!--", "-->", "<!-- claim-check: ignore CC101 -->",
    "<!-- claim-check: disable -->", "<b>", "</b>", "[", "](", ")", "https://example.com/1.2",
    "::", ".. ", ".. code-block:: python\n", "---\n", "...", "!", "?", ";", ":", ",", ".",
    "«", "»", "„", "“", "'", "\u00a0", "\u2028", "\r\n", "\r",
]
PIECE = st.one_of(
    st.sampled_from(FIGURES),
    st.sampled_from(WORDS),
    st.sampled_from(MARKUP),
    st.text(max_size=6),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)
DOCUMENT_TEXT = st.lists(PIECE, max_size=120).map(" ".join) | st.lists(PIECE, max_size=120).map(
    "".join
)


def timed(label: str, call: Callable[[], object]) -> None:
    started = time.perf_counter()
    call()
    elapsed = time.perf_counter() - started
    if elapsed > SLOW_SECONDS:
        raise AssertionError(f"{label} took {elapsed:.1f} s on a small input")


def check_reading(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        try:
            document = read_document(path, path.name)
        except ReadError as error:
            assert str(error) and "\n" not in str(error), repr(str(error))
            return
        assert path.read_bytes() == data, "the input file changed"
        assert document.language in LANGUAGES


def check_masking(text: str) -> None:
    for mask in (mask_markdown, mask_rst, mask_plain):
        masked = mask(text)
        assert len(masked.text) == len(text)
        assert masked.text.count("\n") == text.count("\n")


def check_quantities(text: str, lang: str) -> None:
    def run() -> None:
        for quantity in find_quantities(text, lang):
            assert 0 <= quantity.start < quantity.end <= len(text), quantity
            assert text[quantity.start : quantity.end] == quantity.text, quantity

    timed("find_quantities", run)


def extractor() -> Callable[[Document], object] | None:
    if importlib.util.find_spec("checker.extract") is None:
        return None
    from checker.extract import extract_claims

    return extract_claims


def check_extraction(text: str, lang: str, suffix: str) -> None:
    extract = extractor()
    if extract is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            document = read_document(path, path.name, language=lang)
        except ReadError:
            return
    timed("extract_claims", lambda: extract(document))


SUFFIXES = st.sampled_from([".md", ".rst", ".txt"])
TARGETS: dict[str, Callable[..., None]] = {
    "read": given(st.binary(max_size=2000) | DOCUMENT_TEXT.map(str.encode), SUFFIXES)(
        check_reading
    ),
    "mask": given(DOCUMENT_TEXT)(check_masking),
    "quantities": given(DOCUMENT_TEXT, st.sampled_from(LANGUAGES))(check_quantities),
    "extract": given(DOCUMENT_TEXT, st.sampled_from(LANGUAGES), SUFFIXES)(check_extraction),
}


def fuzz(targets: list[str], minutes: float, round_size: int) -> int:
    deadline = time.monotonic() + minutes * 60
    round_settings = settings(
        max_examples=round_size,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    # Each call of a hypothesis test draws fresh random examples.
    tests = {name: round_settings(TARGETS[name]) for name in targets}
    failures = 0
    examples = dict.fromkeys(targets, 0)
    next_report = time.monotonic() + PROGRESS_SECONDS
    while time.monotonic() < deadline:
        for name, test in tests.items():
            if time.monotonic() >= deadline:
                break
            try:
                test()
            except Exception as error:  # every failure is recorded, and the run goes on
                failures += 1
                record(name, error)
            examples[name] += round_size
        if time.monotonic() >= next_report or time.monotonic() >= deadline:
            next_report = time.monotonic() + PROGRESS_SECONDS
            done = ", ".join(f"{name} {count}" for name, count in examples.items())
            left = max(deadline - time.monotonic(), 0) / 60
            print(f"examples: {done}; failures: {failures}; {left:.1f} min left", flush=True)
    return 1 if failures else 0


def record(target: str, error: BaseException) -> None:
    FAILURES.mkdir(exist_ok=True)
    # The folder ignores itself, so that a `git add -A` never commits a fuzzing run.
    (FAILURES / ".gitignore").write_text("*\n", encoding="utf-8")
    path = FAILURES / f"{target}-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    text = "".join(traceback.format_exception(error))
    path.write_text(text, encoding="utf-8")
    print(f"FAILURE in {target}: see {path}\n{text}", file=sys.stderr, flush=True)


HOSTILE_SECONDS = 60
HOSTILE_TIMEOUT = 600


def hostile_inputs() -> dict[str, Callable[[Path], None]]:
    """The full-size hostile inputs of the robustness issue, each written into a folder."""
    sys.path.insert(0, str(REPOSITORY / "tests" / "robustness"))
    from hostile import hostile_text  # type: ignore[import-not-found]

    def text(content: str) -> Callable[[Path], None]:
        def make(folder: Path) -> None:
            (folder / "hostile.md").write_text(content, encoding="utf-8")

        return make

    megabyte = 1_000_000
    sentence = "The team met at noon and talked about 3 things for a while. "
    return {
        "200,000 sentences, 50 entities": text(hostile_text(200_000)),
        "5 MB of 1.1.1.": text("1." * (5 * megabyte // 2)),
        "5 MB of 1,1,1,": text("1," * (5 * megabyte // 2)),
        "5 MB of spaces": text(" " * 5 * megabyte),
        "a 1 MB line": text(sentence * (megabyte // len(sentence))),
    }


def hostile() -> int:
    """Time ``claim-check check`` on each full-size hostile input; 1 when one is too slow."""
    slow = 0
    for name, make in hostile_inputs().items():
        with tempfile.TemporaryDirectory() as folder:
            make(Path(folder))
            started = time.perf_counter()
            try:
                result = subprocess.run(
                    [sys.executable, "-m", "checker", "check", "--no-cache", "."],
                    cwd=folder,
                    capture_output=True,
                    text=True,
                    env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
                    timeout=HOSTILE_TIMEOUT,
                )
            except subprocess.TimeoutExpired:
                print(f"{name}: stopped after {HOSTILE_TIMEOUT} s", flush=True)
                slow += 1
                continue
            elapsed = time.perf_counter() - started
        lines = result.stdout.count("\n")
        print(
            f"{name}: exit {result.returncode} in {elapsed:.1f} s, {lines:,} lines of output, "
            f"stderr {result.stderr.strip()[-200:]!r}",
            flush=True,
        )
        if result.returncode not in (0, 1) or elapsed > HOSTILE_SECONDS:
            slow += 1
    return 1 if slow else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz")
    parser.add_argument(
        "--target", action="append", choices=sorted(TARGETS), help="fuzz only these (repeatable)"
    )
    parser.add_argument("--round", type=int, default=200, help="examples per target per round")
    parser.add_argument("--hostile", action="store_true", help="time the full hostile corpus")
    args = parser.parse_args()
    if args.hostile:
        return hostile()
    return fuzz(args.target or sorted(TARGETS), args.minutes, args.round)


if __name__ == "__main__":
    sys.exit(main())

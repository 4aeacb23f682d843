"""The benchmark: ``python -m benchmarks.run [--docs 8000] [--scale 4]``.

Prints, side by side from one run, what claim-check costs against the floor of any Python
checker (read every file and run one number regex over it):

- ``floor``: read every file of the corpus and scan it once with a number regex;
- ``check cold``: ``claim-check check`` with an empty cache, at ``docs`` and ``scale`` x ``docs``
  documents (linear growth means the ratio of the two stays near ``scale``);
- ``check warm``: the same command again, nothing changed;
- ``quantities``: sentences per second of the number layer, and of quantulum3 on the same
  English sentences when it is installed (``pip install quantulum3``);
- peak memory: the largest proportional set size (PSS) of the check's process tree (main
  process and workers together), sampled every 50 ms. Worker processes are forked and share
  the pages of the main process; PSS counts a shared page once, divided among the processes
  that share it, where adding up their resident sizes would count it once per process.

Corpora are generated once by ``benchmarks/corpus.py`` and kept in ``--corpora``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.corpus import english_sentences, generate

NUMBER = re.compile(r"\d+(?:[.,\s]\d+)*")
SAMPLE_SECONDS = 0.05


@dataclass
class Timed:
    seconds: float
    peak_mb: float
    exit: int


def floor(corpus: Path) -> int:
    """Read every file below ``corpus`` and count the numbers in it: the cost floor."""
    found = 0
    for folder, _, files in os.walk(corpus):
        for name in files:
            text = Path(folder, name).read_bytes().decode("utf-8")
            found += sum(1 for _ in NUMBER.finditer(text))
    return found


def _tree_pss(pid: int) -> int:
    """Proportional set size in bytes of ``pid`` and all its descendants (Linux /proc)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as handle:
                total += next(
                    int(line.split()[1]) * 1024 for line in handle if line.startswith("Pss:")
                )
            with open(f"/proc/{current}/task/{current}/children") as handle:
                pending.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError, StopIteration):
            continue
    return total


def timed(command: list[str], cwd: Path) -> Timed:
    """Wall time and peak memory (PSS of the whole process tree) of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_pss(process.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    status = process.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    return Timed(seconds, peak / 1e6, status)


def corpus(corpora: Path, docs: int, seed: int) -> tuple[Path, int]:
    """The generated corpus of ``docs`` documents and its size in bytes, made on first use."""
    folder = corpora / f"docs-{docs}-seed-{seed}"
    manifest = folder / "MANIFEST.json"
    if not manifest.is_file():
        paths = generate(folder / "corpus", docs, seed)
        size = sum(path.stat().st_size for path in paths)
        manifest.write_text(json.dumps({"docs": docs, "bytes": size}))
    return folder / "corpus", int(json.loads(manifest.read_text())["bytes"])


def check_command(python: list[str], path: Path, extra: list[str]) -> list[str]:
    return [*python, "-m", "checker", "check", str(path), "--format", "json", *extra]


def per_sentence(function: object, sentences: list[str]) -> float:
    """Seconds per sentence of ``function(sentence)``."""
    call = function  # typed loosely: two libraries with different signatures
    start = time.perf_counter()
    for sentence in sentences:
        call(sentence)  # type: ignore[operator]
    return (time.perf_counter() - start) / len(sentences)


def quantities_speed(count: int, quantulum_count: int) -> dict[str, float | None]:
    from checker.numbers import find_quantities

    sentences = english_sentences(count)
    find_quantities(sentences[0], "en")  # load the language tables outside the timing
    ours = per_sentence(lambda s: find_quantities(s, "en"), sentences)
    theirs: float | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum

            quantulum.parse(sentences[0])
            theirs = per_sentence(quantulum.parse, sentences[:quantulum_count])
    except ImportError:
        pass
    return {"ours": ours, "quantulum3": theirs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=8000)
    parser.add_argument("--scale", type=int, default=4, help="the larger corpus is SCALE x DOCS")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpora", type=Path, default=Path(tempfile.gettempdir(), "cc-bench"))
    parser.add_argument("--check-args", default="", help="extra options for claim-check check")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter command that runs the checks and the floor, e.g. 'python -S'",
    )
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--quantulum-sentences", type=int, default=300)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    extra = args.check_args.split()
    python = args.python.split()
    args.corpora.mkdir(parents=True, exist_ok=True)

    rows: list[tuple[str, str, str]] = []
    figures: dict[str, object] = {"cores": os.cpu_count(), "check_args": extra}
    cold_small = 0.0
    for docs in (args.docs, args.docs * args.scale):
        path, size = corpus(args.corpora, docs, args.seed)
        floor_command = [*python, "-m", "benchmarks.run_floor", str(path)]
        # A first read fills the page cache, so the floor and the checks all read from memory.
        timed(floor_command, Path.cwd())
        floor_run = timed(floor_command, Path.cwd())
        with tempfile.TemporaryDirectory() as workdir:
            cold = timed(check_command(python, path, extra), Path(workdir))
            warm = timed(check_command(python, path, extra), Path(workdir))
        label = f"{docs} docs ({size / 1e6:.0f} MB)"
        versus_floor = cold.seconds / floor_run.seconds
        versus_cold = warm.seconds / cold.seconds
        rows += [
            (label, "floor: read + one regex", f"{floor_run.seconds:.2f} s"),
            (label, "check cold", f"{cold.seconds:.2f} s = {versus_floor:.1f} x floor"),
            (label, "check warm", f"{warm.seconds:.2f} s = {versus_cold:.2f} x cold"),
            (label, "peak memory", f"cold {cold.peak_mb:.0f} MB, warm {warm.peak_mb:.0f} MB"),
        ]
        # Each figure as soon as it is known: the larger corpus takes a while.
        print(" | ".join(" ".join(row[1:]) for row in rows[-4:]), flush=True)
        if docs == args.docs:
            cold_small = cold.seconds
        else:
            growth = cold.seconds / cold_small
            rows.append((label, "growth", f"{growth:.2f} x the time for {args.scale} x the docs"))
        figures[str(docs)] = {
            "bytes": size,
            "floor": asdict(floor_run),
            "cold": asdict(cold),
            "warm": asdict(warm),
        }

    speed = quantities_speed(args.sentences, args.quantulum_sentences)
    figures["quantities"] = speed
    ours, theirs = speed["ours"], speed["quantulum3"]
    assert ours is not None
    rows.append(("English sentences", "quantities", f"{ours * 1e6:.0f} µs/sentence"))
    if theirs is not None:
        slower = f"{theirs * 1e6:.0f} µs/sentence = {theirs / ours:.0f} x quantities"
        rows.append(("English sentences", "quantulum3", slower))
    else:
        rows.append(("English sentences", "quantulum3", "not installed"))

    print()
    width = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width[i]) for i, cell in enumerate(row)).rstrip())
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()

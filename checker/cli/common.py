"""What every command shares: common options, settings from arguments, output and errors."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from checker import pipeline
from checker.baseline import Baseline, load_baseline
from checker.cache import write_text_atomic
from checker.config import Settings, load_settings
from checker.engine import ENGINES, EngineError
from checker.models import DocumentClaims, RunResult, Severity, SkippedFile
from checker.pipeline import Progress
from checker.report import FORMATS

# Fewer files than this finish before a progress bar is worth drawing.
PROGRESS_MIN_FILES = 50

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

FAIL_ON = ("error", "warning", "never")


class UsageError(Exception):
    """A run that cannot be done: the message is one line for stderr, the exit code 2."""


def fail(message: str) -> int:
    print(f"claim-check: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def warn(message: str) -> None:
    print(f"claim-check: warning: {message}", file=sys.stderr)


def add_common_options(parser: argparse.ArgumentParser, *, formats: bool = True) -> None:
    """Options shared by the commands that read documents."""
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to read")
    if formats:
        parser.add_argument("--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE")
    parser.add_argument("--config", metavar="FILE", help="configuration file to use")
    parser.add_argument("--baseline", metavar="FILE", help="baseline of accepted findings")
    parser.add_argument("--fail-on", choices=FAIL_ON, help="lowest severity that fails the run")
    parser.add_argument("--lang", default=None, help="document language: auto, de, fr, en, ...")
    parser.add_argument("--jobs", type=int, metavar="N", help="worker processes for extraction")
    parser.add_argument("--no-cache", action="store_true", help="ignore and do not write the cache")
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where extraction runs: local processes, or Dask (docs/performance.md)",
    )


def settings_from_args(args: argparse.Namespace) -> Settings:
    """The configuration file's settings with the command line's overrides on top."""
    config = Path(args.config) if getattr(args, "config", None) else None
    if config is not None and not config.is_file():
        raise UsageError(f"{config}: configuration file not found")
    settings = load_settings(config, Path.cwd())
    updates: dict[str, object] = {}
    if getattr(args, "fail_on", None):
        updates["fail_on"] = args.fail_on
    if getattr(args, "lang", None):
        updates["language"] = args.lang
    if getattr(args, "baseline", None):
        updates["baseline"] = args.baseline
    return settings.model_copy(update=updates) if updates else settings


def input_paths(args: argparse.Namespace, settings: Settings) -> list[Path]:
    """The paths given, else the configured corpus, else the current directory."""
    raw = list(args.paths) or list(settings.paths) or ["."]
    paths = [Path(p) for p in raw]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"{missing[0]}: no such file or directory")
    return paths


def exit_code(result: RunResult, fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_OK
    floor = Severity(fail_on).rank
    return EXIT_FINDINGS if any(f.severity.rank >= floor for f in result.findings) else EXIT_OK


def color_enabled(stream: object = sys.stdout) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def emit(text: str | Iterable[str], output: str | None) -> None:
    """Write ``text`` (or its pieces, one after the other) to ``output`` or stdout."""
    if output:
        write_text_atomic(Path(output), text)
    elif isinstance(text, str):
        if text:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        sys.stdout.writelines(text)


def report_reading(result: RunResult) -> None:
    """What a user should know about the reading: files skipped, and files that were not
    UTF-8 and were decoded another way (their quotes may show the wrong characters)."""
    for skipped in result.skipped:
        warn(f"{skipped.path}: skipped: {skipped.reason}")
    for document in result.documents:
        if document.encoding.replace("-sig", "") not in ("utf-8", "ascii"):
            warn(f"{document.path}: not UTF-8, decoded as {document.encoding}")


def progress_bar(label: str) -> Progress | None:
    """A progress bar on stderr for long runs, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def wrap(
        items: Iterable[DocumentClaims | SkippedFile], total: int
    ) -> Iterator[DocumentClaims | SkippedFile]:
        if total < PROGRESS_MIN_FILES:
            yield from items
            return
        from tqdm import tqdm

        yield from tqdm(items, total=total, desc=label, unit="file", leave=False, file=sys.stderr)

    return wrap


def configured_baseline(settings: Settings) -> tuple[Path, Baseline | None]:
    """The baseline file the settings name, and its content when it exists."""
    path = Path(settings.baseline)
    return path, load_baseline(path) if path.is_file() else None


def run_pipeline(
    args: argparse.Namespace,
    settings: Settings,
    paths: list[Path],
    *,
    baseline: Baseline | None = None,
    claims_out: Path | None = None,
) -> RunResult:
    """One run with the command line's options, skipped files warned about on stderr."""
    try:
        result = pipeline.run(
            paths,
            settings,
            use_cache=not args.no_cache,
            jobs=args.jobs,
            progress=progress_bar("reading"),
            baseline=baseline,
            engine=args.engine,
            claims_out=claims_out,
        )
    except EngineError as error:
        raise UsageError(str(error)) from error
    report_reading(result)
    return result

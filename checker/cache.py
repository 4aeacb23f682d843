"""The caches of ``.claim-check-cache/``: per-document extraction results, and whole runs.

**Extraction cache.** Reading, extracting and normalizing a document is a pure function of the
file's bytes, its path (the file type decides what is prose) and the few settings that change
extraction, so a result found under that key is reused as is. One small JSON file per document:
a run reads only the entries it needs, two runs at once never write the same file half-way (each
write is a temporary file and a rename), and a damaged or foreign entry is read as a miss and
written again.

**Run cache.** A check of an unchanged corpus prints what the previous identical check printed.
A run record keeps the output and exit status of one command line together with the size and
modification time of every file and folder the run depended on (documents, folders walked,
configuration, curated claims, baseline, ignore file). ``replay_run`` re-checks those with
``stat`` only and prints the recorded output: no document is opened, and none of the pipeline is
imported, so this module imports nothing but the standard library at load time.

A command uses the run cache in two places: ``main`` calls ``replay_run(argv, cwd)`` before it
imports anything heavy (and returns its status when it is not None), and the command runs its
work through ``record_run(argv, cwd, cache_dir, trees, files, work)``, naming as ``trees`` the
paths it reads (documents, the claims folder) and as ``files`` the baseline, the ignore file and
a ``--config`` file. Runs with ``--output``, ``--claims-out``, ``--no-cache`` or
``GITHUB_STEP_SUMMARY`` are never recorded: their effect reaches beyond stdout and stderr.

Layout::

    .claim-check-cache/
        .gitignore        "*": the folder ignores itself, so ``git add -A`` never commits it
        CACHEDIR.TAG      backup tools skip the folder (https://bford.info/cachedir/)
        v1/<salt>/<key>.json      extraction results
        runs/<key>.json           run records
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import checker

if TYPE_CHECKING:
    from checker.config import Settings
    from checker.models import DocumentClaims

DEFAULT_FOLDER = ".claim-check-cache"
LAYOUT_VERSION = "v1"
RUNS = "runs"
# Folders of results of other code or settings kept beside the current one.
KEPT_SALTS = 4
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by claim-check.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
SOURCE_SUFFIXES = (".py", ".toml", ".txt", ".yaml")
# Folders a corpus walk never enters (see checker/read/discover.py); changes inside them do not
# change what a run reads.
NOT_WALKED = frozenset({"node_modules", "__pycache__"})
# Options whose effect reaches beyond stdout and stderr: such runs are never replayed.
SIDE_EFFECT_OPTIONS = frozenset({"-o", "--output", "--claims-out", "--no-cache"})
SIDE_EFFECT_ENVIRONMENT = ("GITHUB_STEP_SUMMARY",)
OUTPUT_ENVIRONMENT = ("NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS")
# A file changed this recently may change again within the same timestamp tick, unseen by a
# later stat ("racy" timestamps, as git calls them); such a run is not recorded.
RACY_SECONDS = 1.0
# Characters copied at a time when a recorded output is printed again.
REPLAY_BLOCK = 1 << 20


def write_text_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, one after the other) via a temporary file in the same
    folder and a rename, so that a reader (or a second run at the same time) sees the old file
    or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        with open(temporary, "x", encoding="utf-8", newline="\n") as handle:
            handle.writelines([text] if isinstance(text, str) else text)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _mark_folder(folder: Path) -> None:
    """The files that make a cache folder a well-behaved one."""
    for name, text in ((".gitignore", "*\n"), ("CACHEDIR.TAG", CACHEDIR_TAG)):
        marker = folder / name
        if not marker.is_file():
            write_text_atomic(marker, text)


@cache
def code_fingerprint() -> str:
    """A hash of the installed code and language data (names, sizes, modification times).

    The version number alone would let an edited checkout reuse results of the old code; a
    stat of the package's few dozen files costs about a millisecond."""
    root = Path(checker.__file__).parent
    digest = hashlib.sha256(checker.__version__.encode())
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(SOURCE_SUFFIXES):
                path = Path(folder, name)
                stat = path.stat()
                relative = path.relative_to(root).as_posix()
                digest.update(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


# --------------------------------------------------------------------------- extraction cache


def extraction_salt(settings: Settings) -> str:
    """The part of the configuration that changes what extraction produces."""
    relevant = {"language": settings.language, "languages": sorted(settings.languages)}
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()


class ExtractionCache:
    """Per-document extraction results under ``folder``.

    ``key_salt`` names the settings that affect extraction (see ``extraction_salt``); the code
    fingerprint is added here, so results of another version of the tool are never reused.
    With ``enabled`` false every ``get`` misses and ``put`` writes nothing (``--no-cache``).
    """

    def __init__(self, folder: Path, key_salt: str, enabled: bool = True) -> None:
        self.folder = folder
        self.enabled = enabled
        salt = hashlib.sha256(f"{key_salt}\0{code_fingerprint()}".encode()).hexdigest()
        self.entries = folder / LAYOUT_VERSION / salt[:20]
        self._prepared = False

    def get(self, sha256: str, path: str) -> DocumentClaims | None:
        """The cached result for the file at ``path`` whose bytes hash to ``sha256``."""
        if not self.enabled:
            return None
        try:
            raw = self._entry(sha256, path).read_bytes()
        except OSError:
            return None
        from pydantic import ValidationError

        from checker.models import DocumentClaims

        try:
            result = DocumentClaims.model_validate_json(raw)
        except ValidationError:
            return None
        if result.sha256 != sha256 or result.path != path:
            return None
        return result

    def put(self, sha256: str, result: DocumentClaims) -> None:
        """Keep ``result`` (read from ``result.path``); a cache that cannot be written (a
        read-only checkout, a full disk) only costs speed, so errors are swallowed."""
        if not self.enabled:
            return
        try:
            if not self._prepared:
                if not self.entries.is_dir():
                    self.entries.mkdir(parents=True)
                    _prune(self.entries.parent, keep=self.entries)
                _mark_folder(self.folder)
                self._prepared = True
            write_text_atomic(self._entry(sha256, result.path), result.model_dump_json())
        except OSError:
            return

    def _entry(self, sha256: str, path: str) -> Path:
        key = hashlib.sha256(f"{sha256}\0{path}".encode()).hexdigest()
        return self.entries / f"{key}.json"


def _prune(salts: Path, keep: Path) -> None:
    """Drop the results of old code and settings, keeping the most recently created few: every
    edit of the code starts a new folder, and a run with other settings may be under way."""
    others = sorted(
        (entry for entry in salts.iterdir() if entry.is_dir() and entry != keep),
        key=lambda entry: entry.stat().st_mtime_ns,
        reverse=True,
    )
    for stale in others[KEPT_SALTS - 1 :]:
        shutil.rmtree(stale, ignore_errors=True)


# --------------------------------------------------------------------------- run cache


def _run_key(argv: Sequence[str], cwd: Path) -> str | None:
    """What, besides files, decides a run's output; None for runs that must not be replayed."""
    if any(_has_side_effect(arg) for arg in argv):
        return None
    if any(os.environ.get(name) for name in SIDE_EFFECT_ENVIRONMENT):
        return None
    identity = {
        "argv": list(argv),
        "cwd": str(cwd.resolve()),
        "environment": {name: os.environ.get(name) for name in OUTPUT_ENVIRONMENT},
        "terminals": [sys.stdout.isatty(), sys.stderr.isatty()],
        "code": code_fingerprint(),
    }
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:32]


def _has_side_effect(arg: str) -> bool:
    """``--output FILE``, ``--output=FILE`` and ``-oFILE`` alike."""
    option = arg.split("=", 1)[0]
    return option in SIDE_EFFECT_OPTIONS or (arg.startswith("-o") and not arg.startswith("--"))


def _stamp(path: str) -> list[int] | None:
    """Size and modification time, or None for a path that does not exist."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def replay_run(argv: Sequence[str], cwd: Path, folder: Path | None = None) -> int | None:
    """When an earlier run of the same command line saw exactly the files that are there now,
    print its output again and return its exit status; otherwise None (run it)."""
    key = _run_key(argv, cwd)
    if key is None:
        return None
    runs = (folder or cwd / DEFAULT_FOLDER) / RUNS
    try:
        record = json.loads((runs / f"{key}.json").read_bytes())
        inputs: dict[str, list[int] | None] = record["inputs"]
        stdout_name, stderr = str(record["stdout_file"]), str(record["stderr"])
        status = int(record["exit"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(inputs, dict) or any(_stamp(p) != stamp for p, stamp in inputs.items()):
        return None
    try:
        # The output may be a large JSON report: copied in blocks, never held whole.
        with open(runs / Path(stdout_name).name, encoding="utf-8", newline="") as recorded:
            shutil.copyfileobj(recorded, sys.stdout, REPLAY_BLOCK)
    except OSError:
        return None  # a run at the same time replaced the record: run afresh
    sys.stdout.flush()
    sys.stderr.write(stderr)
    return status


class _Tee:
    """A text stream that writes through and keeps a copy in ``copy``."""

    def __init__(self, stream: TextIO, copy: TextIO) -> None:
        self.stream = stream
        self.copy = copy

    def write(self, text: str) -> int:
        self.copy.write(text)
        return self.stream.write(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class RunRecorder:
    """Collects what a run depends on while it runs; ``save`` keeps the record."""

    def __init__(self, argv: Sequence[str], cwd: Path, folder: Path) -> None:
        self.key = _run_key(argv, cwd)
        self.folder = folder
        self.files: set[str] = set()
        self.trees: set[str] = set()

    def file(self, path: Path | str) -> None:
        """A file the output depends on, whether or not it exists."""
        self.files.add(os.path.abspath(path))

    def tree(self, path: Path | str) -> None:
        """A file or folder of documents: every file and folder below it, as a walk sees them."""
        self.trees.add(os.path.abspath(path))

    def inputs(self) -> dict[str, list[int] | None]:
        paths = set(self.files)
        for root in self.trees:
            paths.update(_walk(root))
        return {path: _stamp(path) for path in sorted(paths)}

    def output_file(self) -> Path:
        """A new file in the runs folder for the copy of the run's standard output: the output
        can be a report of hundreds of megabytes, which is not kept in memory."""
        runs = self.folder / RUNS
        runs.mkdir(parents=True, exist_ok=True)
        _mark_folder(self.folder)
        return runs / f"{self.key}.{os.getpid()}.{os.urandom(4).hex()}.out"

    def save(self, stdout_file: Path, stderr: str, status: int) -> None:
        """Keep the record of a finished run whose standard output is in ``stdout_file``."""
        inputs = self.inputs()
        recent = time.time_ns() - int(RACY_SECONDS * 1e9)
        if self.key is None or any(
            stamp is not None and stamp[1] > recent for stamp in inputs.values()
        ):
            stdout_file.unlink(missing_ok=True)
            return
        record = {
            "exit": status,
            "stdout_file": stdout_file.name,
            "stderr": stderr,
            "inputs": inputs,
        }
        try:
            write_text_atomic(stdout_file.parent / f"{self.key}.json", json.dumps(record))
        except OSError:
            stdout_file.unlink(missing_ok=True)
            return
        for earlier in stdout_file.parent.glob(f"{self.key}.*.out"):
            if earlier != stdout_file:
                earlier.unlink(missing_ok=True)


def _walk(root: str) -> Iterator[str]:
    """``root`` and, for a folder, every folder and file below it that a corpus walk enters.

    Folders count too: a file added or removed changes its folder's modification time."""
    yield root
    for folder, subfolders, files in os.walk(root, followlinks=False):
        subfolders[:] = [d for d in subfolders if not d.startswith(".") and d not in NOT_WALKED]
        yield from (os.path.join(folder, d) for d in subfolders)
        yield from (os.path.join(folder, f) for f in files)


def record_run(
    argv: Sequence[str],
    cwd: Path,
    folder: Path,
    trees: Iterable[Path | str],
    files: Iterable[Path | str],
    run: Callable[[], int],
) -> int:
    """Run ``run`` (which prints the output and returns the exit status) and keep a record of
    it that ``replay_run`` can print again while ``trees`` and ``files`` stay unchanged.

    ``replay_run`` looks in the default folder only (it runs before the configuration is read),
    so with another ``cache_dir`` nothing is recorded."""
    recorder = RunRecorder(argv, cwd, folder)
    if recorder.key is None or folder.resolve() != (cwd / DEFAULT_FOLDER).resolve():
        return run()
    try:
        stdout_file = recorder.output_file()
        stdout_file.touch(exist_ok=False)
    except OSError:
        return run()  # no cache folder to write to: run without a record
    errors = io.StringIO()
    saved = sys.stdout, sys.stderr
    try:
        with open(stdout_file, "w", encoding="utf-8", newline="") as stdout_copy:
            sys.stdout, sys.stderr = _Tee(sys.stdout, stdout_copy), _Tee(sys.stderr, errors)
            try:
                status = run()
            finally:
                sys.stdout, sys.stderr = saved
    except BaseException:
        stdout_file.unlink(missing_ok=True)
        raise
    for tree in trees:
        recorder.tree(tree)
    for path in (*files, cwd / ".claim-check.toml", cwd / "pyproject.toml"):
        recorder.file(path)
    recorder.save(stdout_file, errors.getvalue(), status)
    return status

"""Which files a run reads: files and folders given, walked recursively and deterministically.

Rules, in the order they apply:

- a path that does not exist ends the run (``ReadError``);
- a file named on the command line is always read, whatever its extension or patterns;
- inside folders, hidden entries (``.git``, ``.claim-check-cache``, ``.venv``...) and
  ``node_modules``/``__pycache__`` are not entered;
- a file is taken when its extension is in ``settings.extensions`` and, if ``settings.include``
  is not empty, it matches one of those patterns; ``settings.exclude`` patterns remove files and
  whole folders. Patterns are globs relative to the current directory (``docs/**/*.md``); a
  pattern without ``/`` matches a name at any depth (``drafts``, ``*.draft.md``);
- symbolic links are followed only when they stay inside the given paths; links that leave
  them, loop, or point nowhere are reported as skipped, and special files (pipes, devices) are
  never opened;
- a file reached twice (through a link, or named twice) is read once.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Final

from checker.config import Settings
from checker.models import SkippedFile
from checker.read.errors import ReadError

NEVER_ENTERED: Final = frozenset({"node_modules", "__pycache__"})


def discover(paths: Sequence[Path], settings: Settings) -> tuple[list[Path], list[SkippedFile]]:
    """The files to read under ``paths``, sorted, and the entries skipped with their reason."""
    cwd = Path.cwd()
    roots: list[Path] = []
    for path in paths:
        if not os.path.lexists(path):
            raise ReadError(f"{path}: no such file or directory")
        roots.append(path)
    walk = _Walk(
        cwd=cwd,
        roots=[Path(os.path.realpath(root)) for root in roots],
        extensions=frozenset(
            ext.lower() if ext.startswith(".") else f".{ext.lower()}" for ext in settings.extensions
        ),
        include=[_glob_regex(pattern) for pattern in settings.include],
        exclude=[_glob_regex(pattern) for pattern in settings.exclude],
    )
    for root in roots:
        walk.root(root)
    files = sorted(walk.files.values(), key=_sort_key)
    skipped = sorted(walk.skipped, key=lambda item: (item.path, item.reason))
    return files, skipped


def _sort_key(path: Path) -> tuple[str, ...]:
    return path.parts


@dataclass
class _Walk:
    cwd: Path
    roots: list[Path]
    extensions: frozenset[str]
    include: list[re.Pattern[str]]
    exclude: list[re.Pattern[str]]
    # Keyed by the real path, so a file reached twice is read once; the value is the first
    # path (in walk order) that reached it.
    files: dict[str, Path] = field(default_factory=dict)
    skipped: list[SkippedFile] = field(default_factory=list)
    # Real paths of the folders walked: each is walked once however many links lead to it.
    visited: set[str] = field(default_factory=set)

    def root(self, path: Path) -> None:
        real = os.path.realpath(path)
        if os.path.isdir(path):
            self.folder(path, frozenset({real}))
        elif not os.path.exists(path):
            self.skip(path, "broken symbolic link")
        elif not stat.S_ISREG(os.stat(path).st_mode):
            self.skip(path, "not a regular file")
        else:
            self.files.setdefault(real, path)

    def skip(self, path: Path, reason: str) -> None:
        self.skipped.append(SkippedFile(path=path.as_posix(), reason=reason))

    def folder(self, folder: Path, ancestors: frozenset[str]) -> None:
        """Walk ``folder``; ``ancestors`` are the real paths of the folders above, for loops.

        Iterative over a stack so that deep trees cannot exhaust the recursion limit.
        """
        stack: list[tuple[Path, frozenset[str]]] = [(folder, ancestors)]
        while stack:
            current, above = stack.pop()
            real = os.path.realpath(current)
            if real in self.visited:
                continue
            self.visited.add(real)
            try:
                with os.scandir(current) as scan:
                    entries = sorted(scan, key=lambda entry: entry.name)
            except PermissionError:
                self.skip(current, "permission denied")
                continue
            except OSError as error:
                self.skip(current, error.strerror or type(error).__name__)
                continue
            for entry in reversed(entries):
                child = self.entry(entry, current, above)
                if child is not None:
                    stack.append(child)

    def entry(
        self, entry: os.DirEntry[str], parent: Path, above: frozenset[str]
    ) -> tuple[Path, frozenset[str]] | None:
        """Take a file, or return a folder to walk next."""
        if entry.name.startswith(".") or entry.name in NEVER_ENTERED:
            return None
        path = parent / entry.name
        try:
            is_link = entry.is_symlink()
            is_dir = entry.is_dir()
        except OSError as error:
            self.skip(path, error.strerror or type(error).__name__)
            return None
        if is_dir:
            if self.excluded(path, folder=True):
                return None
            real = os.path.realpath(path)
            if is_link:
                if real in above:
                    self.skip(path, "symbolic link loop (points to a folder above it)")
                    return None
                if not self.inside_roots(real):
                    self.skip(path, "symbolic link leads outside the checked paths")
                    return None
            return path, above | {real}
        if Path(entry.name).suffix.lower() not in self.extensions:
            return None
        if self.excluded(path, folder=False) or not self.included(path):
            return None
        if is_link:
            if not os.path.exists(path):
                self.skip(path, "broken symbolic link")
                return None
            if not self.inside_roots(os.path.realpath(path)):
                self.skip(path, "symbolic link leads outside the checked paths")
                return None
        try:
            regular = stat.S_ISREG(entry.stat().st_mode)
        except OSError as error:
            self.skip(path, error.strerror or type(error).__name__)
            return None
        if not regular:
            self.skip(path, "not a regular file")
            return None
        self.files.setdefault(os.path.realpath(path), path)
        return None

    def inside_roots(self, real: str) -> bool:
        return any(_is_within(real, os.fspath(root)) for root in self.roots)

    def relative(self, path: Path) -> str:
        absolute = Path(os.path.abspath(path))
        try:
            return absolute.relative_to(self.cwd).as_posix()
        except ValueError:
            return absolute.as_posix()

    def excluded(self, path: Path, *, folder: bool) -> bool:
        if not self.exclude:
            return False
        relative = self.relative(path)
        candidates = (relative, relative + "/") if folder else (relative,)
        return _matches_any(self.exclude, candidates)

    def included(self, path: Path) -> bool:
        return not self.include or _matches_any(self.include, (self.relative(path),))


def _is_within(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _matches_any(patterns: Iterable[re.Pattern[str]], candidates: Iterable[str]) -> bool:
    return any(pattern.fullmatch(candidate) for pattern in patterns for candidate in candidates)


@cache
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regex over a ``/``-separated relative path.

    ``**`` spans folders, ``*`` and ``?`` stay within one name, ``[...]`` is a character class.
    A pattern without ``/`` (a trailing one aside) matches at any depth. A pattern matching a
    folder also matches everything below it.
    """
    pattern = pattern.replace("\\", "/").removeprefix("./")
    anchored = "/" in pattern.rstrip("/")
    pieces: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if pattern.startswith("**/", index):
            pieces.append("(?:[^/]*/)*")
            index += 3
            continue
        if pattern.startswith("**", index):
            pieces.append(".*")
            index += 2
            continue
        if char == "*":
            pieces.append("[^/]*")
        elif char == "?":
            pieces.append("[^/]")
        elif char == "[":
            close = pattern.find("]", index + 2)
            if close == -1:
                pieces.append(re.escape(char))
            else:
                body = pattern[index + 1 : close].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                pieces.append(f"[{body}]")
                index = close + 1
                continue
        else:
            pieces.append(re.escape(char))
        index += 1
    body = "".join(pieces).rstrip("/")
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"{prefix}{body}(?:/.*)?", re.DOTALL)

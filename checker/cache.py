"""The extraction cache: the per-document result of read + extract + normalize, kept on disk.

That work is a pure function of a file's bytes, its path (the file type decides what is prose)
and the few settings that change extraction, so a result found under that key is reused as is.
One small JSON file per document: a run reads only the entries it needs, two runs at once
never write the same file half-way (each write is a temporary file and a rename), and a
damaged or foreign entry is simply read as a miss and written again.

Layout::

    .claim-check-cache/
        .gitignore        "*": the folder ignores itself, so ``git add -A`` never commits it
        CACHEDIR.TAG      backup tools skip the folder (https://bford.info/cachedir/)
        v1/<salt>/<key>.json
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from pydantic import ValidationError

import checker
from checker.config import Settings
from checker.models import DocumentClaims

LAYOUT_VERSION = "v1"
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by claim-check.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
SOURCE_SUFFIXES = (".py", ".toml", ".txt", ".yaml")


def write_text_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and a rename, so that a reader (or a
    second run at the same time) sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
            self._prepare()
            write_text_atomic(self._entry(sha256, result.path), result.model_dump_json())
        except OSError:
            return

    def _entry(self, sha256: str, path: str) -> Path:
        key = hashlib.sha256(f"{sha256}\0{path}".encode()).hexdigest()
        return self.entries / f"{key}.json"

    def _prepare(self) -> None:
        if self._prepared:
            return
        self.entries.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", "*\n"), ("CACHEDIR.TAG", CACHEDIR_TAG)):
            marker = self.folder / name
            if not marker.is_file():
                write_text_atomic(marker, text)
        self._prepared = True

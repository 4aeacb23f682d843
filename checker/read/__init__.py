"""The read step: find the files, turn bytes into prose text, and detect the language.

``discover`` lists the files to read; ``read_document`` turns one file into a ``Document`` whose
text keeps every character offset and line of the file with the non-prose parts blanked;
``detect_language`` guesses a text's language from data in ``checker/lang/<code>/detect.toml``.
Every failure is a ``ReadError`` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from pathlib import Path
from typing import Final

from checker.models import Document
from checker.read.decode import decode
from checker.read.discover import discover
from checker.read.errors import ReadError
from checker.read.language import detect_language
from checker.read.mask import masker_for

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "detect_language", "discover", "read_document"]

DEFAULT_MAX_BYTES: Final = 20 * 1024 * 1024

logger = logging.getLogger(__name__)


def read_document(
    path: Path, display_path: str, language: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read one file into a ``Document``; ``language="auto"`` detects it from the prose.

    Raises ``ReadError`` for folders, special files, unreadable, binary and oversized files.
    """
    data = _read_bytes(path, max_bytes)
    text, encoding = decode(data)
    masked = masker_for(path.suffix)(text)
    for line, problem in masked.problems:
        logger.warning("%s:%d: %s; the comment is ignored", display_path, line, problem)
    return Document(
        path=display_path,
        language=detect_language(masked.text) if language == "auto" else language,
        sha256=hashlib.sha256(data).hexdigest(),
        text=masked.text,
        encoding=encoding,
        directives=masked.directives,
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        # Never open a pipe or a device: reading one could block forever.
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError("is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file")
        if info.st_size > max_bytes:
            raise ReadError(_too_large(info.st_size, max_bytes))
        with open(path, "rb") as handle:
            # A read of the stated size (asking for the limit would allocate that much for
            # every file), then, for a file that grew since stat(), up to one byte over it.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(max(0, max_bytes + 1 - len(data)))
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except OSError as error:
        raise ReadError(error.strerror or type(error).__name__) from None
    if len(data) > max_bytes:
        raise ReadError(_too_large(len(data), max_bytes))
    return data


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({_megabytes(size)}; the limit is {_megabytes(limit)})"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"

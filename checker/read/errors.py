"""The one error the read step raises."""

from __future__ import annotations


class ReadError(Exception):
    """A file or path that cannot be read, with a one-line reason a person understands.

    The CLI prints ``str(error)``: a path that does not exist ends the run (exit 2); a single
    unreadable file among many is skipped with a warning and named in the report.
    """

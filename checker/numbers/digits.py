"""Reading a run of digits and separators ("15.000", "1 234,5", "3.8") as one number.

Every language has one decimal mark. A separator that is not the decimal mark and is followed by
exactly three digits groups thousands; a single other mark followed by another count of digits is
read as a decimal written in the other convention ("3.8 billion" in a German text). Spaces and
apostrophes always group. A run that fits no convention (an IP address, a section number
"3.2.1") is no number at all.
"""

from __future__ import annotations

import re

SPACE_MARKS = " \u00a0\u202f\u2009'’"
# A space groups thousands only before three digits that end the word: "15 000 tokens", not
# "Tülu 3 405B", where the digits belong to a size.
DIGIT_RUN = re.compile(r"\d+(?:(?:[.,]|[" + SPACE_MARKS + r"](?=\d{3}(?!\w)))\d+)*")
_PIECES = re.compile(r"(\d+)|(.)")
# No number is written with more characters than this; a longer run is a code or a list.
LONGEST_NUMBER = 40


def _split(run: str) -> tuple[list[str], list[str]]:
    groups: list[str] = []
    marks: list[str] = []
    for digits, mark in _PIECES.findall(run):
        if digits:
            groups.append(digits)
        else:
            marks.append(mark)
    return groups, marks


def _grouped(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def parse_digit_run(run: str, decimal_mark: str) -> float | None:
    """The value of ``run`` under the language's ``decimal_mark``, or None when it is no number."""
    if len(run) > LONGEST_NUMBER:
        return None
    groups, marks = _split(run)
    if not marks:
        return float(groups[0])
    other_mark = "." if decimal_mark == "," else ","
    last = marks[-1]
    decimal_index: int | None = None
    if last in ".," and marks.count(last) == 1:
        earlier = set(marks[:-1])
        if earlier and last not in earlier:
            # Two conventions in one run: the last mark is the decimal ("1.234,5", "1,234.5").
            decimal_index = len(marks) - 1
        elif not earlier:
            is_grouping = last == other_mark and len(groups[-1]) == 3 and len(groups[0]) <= 3
            if not is_grouping:
                decimal_index = len(marks) - 1
    integer_groups = groups if decimal_index is None else groups[: decimal_index + 1]
    grouping_marks = marks if decimal_index is None else marks[:decimal_index]
    if len(set(grouping_marks) - set(SPACE_MARKS)) > 1:
        return None
    if grouping_marks and not _grouped(integer_groups):
        return None
    integer = "".join(integer_groups)
    if decimal_index is None:
        return float(integer)
    return float(f"{integer}.{groups[-1]}")


def split_spaced_run(run: str) -> list[tuple[int, str]]:
    """The pieces of a run whose space grouping is invalid ("423 0000"), with their offsets."""
    if not any(mark in run for mark in SPACE_MARKS):
        return [(0, run)]
    pieces: list[tuple[int, str]] = []
    offset = 0
    for piece in re.split(f"[{SPACE_MARKS}]", run):
        if piece:
            pieces.append((offset, piece))
        offset += len(piece) + 1
    return pieces

"""Suppression: findings a document's author has marked as known, in the text or beside it.

Inline, in Markdown (and in plain text, which the reader scans for the same comments)::

    <!-- claim-check: ignore CC101 reason="the draft figure, quoted on purpose" -->
    <!-- claim-check: disable CC102 -->  ...  <!-- claim-check: enable CC102 -->

``ignore`` covers the next paragraph; ``disable`` covers everything after it up to a matching
``enable`` or the end of the file; no rule list means every rule. Rules are named by code
(``CC101``) or by finding kind (``value-conflict``).

Beside the documents, a ``.claim-check-ignore`` file (one entry a line) covers files, lines or
line ranges that cannot carry a comment::

    # <path glob>[:<line>[-<line>]]  <rules, comma-separated, or *>  [reason]
    notes/interview.txt:14      CC101              figure as the speaker said it
    archive/*                   *                  superseded drafts

A finding is suppressed when **any** claim it cites is suppressed for its rule: the claim marked
is the one the author vouches for, and without it the disagreement would not be reported.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from checker.config import WorkflowError
from checker.models import Claim, Directive, Finding

RULE_TOKEN = re.compile(r"^(?:CC\d{3}|[a-z]+(?:-[a-z]+)*)$", re.IGNORECASE)
LINE_SPEC = re.compile(r"^(?P<path>.+?)(?::(?P<first>\d+)(?:-(?P<last>\d+))?)?$")
EVERY_RULE = "*"


class SuppressError(WorkflowError):
    """An ignore file that cannot be used; ``str()`` is one line naming the file and line."""


def _rule_key(token: str) -> str:
    """Codes compare in upper case, kinds in lower case."""
    return token.upper() if token[:2].upper() == "CC" else token.lower()


def _names(rules: list[str]) -> frozenset[str]:
    return frozenset(_rule_key(rule) for rule in rules)


def _matches(rules: frozenset[str], finding: Finding) -> bool:
    """An empty set stands for every rule."""
    return not rules or _rule_key(finding.rule) in rules or _rule_key(finding.kind) in rules


# --------------------------------------------------------------------------- ignore file


@dataclass(frozen=True)
class IgnoreEntry:
    pattern: str
    first_line: int | None
    last_line: int | None
    rules: frozenset[str]
    reason: str
    origin: str

    def covers(self, path: str, line: int, finding: Finding) -> bool:
        if not fnmatchcase(path, self.pattern):
            return False
        in_lines = (
            self.first_line is None
            or self.last_line is None
            or self.first_line <= line <= self.last_line
        )
        return in_lines and _matches(self.rules, finding)


@dataclass(frozen=True)
class IgnoreList:
    entries: list[IgnoreEntry] = field(default_factory=list)

    def covers(self, claim: Claim, finding: Finding) -> bool:
        path = claim.source.path.replace("\\", "/")
        return any(entry.covers(path, claim.source.line, finding) for entry in self.entries)


def load_ignore_file(path: Path, cwd: Path | None = None) -> IgnoreList:
    """The entries of ``path``; a missing file ignores nothing. Paths in it are relative to its
    folder and are matched against document paths as the run shows them (relative to ``cwd``,
    the current directory by default)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return IgnoreList()
    except (OSError, UnicodeDecodeError) as error:
        raise SuppressError(f"{path}: cannot read: {error}") from None
    prefix = _folder_prefix(path.parent, cwd or Path.cwd())
    entries = [
        _parse_entry(line, f"{path}:{number}", prefix)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    return IgnoreList(entries)


def _folder_prefix(folder: Path, cwd: Path) -> str:
    relative = os.path.relpath(folder.resolve(), cwd.resolve()).replace(os.sep, "/")
    return "" if relative == "." else f"{relative}/"


def _parse_entry(line: str, origin: str, prefix: str) -> IgnoreEntry:
    parts = line.split(maxsplit=2)
    if len(parts) < 2:
        raise SuppressError(f"{origin}: expected '<path>[:<line>[-<line>]] <rules or *> [reason]'")
    location, rule_list = parts[0], parts[1]
    reason = parts[2].strip() if len(parts) > 2 else ""
    spec = LINE_SPEC.match(location)
    if spec is None:  # pragma: no cover - the pattern accepts every non-empty word
        raise SuppressError(f"{origin}: cannot read the path {location!r}")
    first = int(spec["first"]) if spec["first"] else None
    last = int(spec["last"]) if spec["last"] else first
    if first is not None and last is not None and (first < 1 or last < first):
        raise SuppressError(f"{origin}: line range {first}-{last} is empty")
    pattern = spec["path"].replace("\\", "/").removeprefix("./")
    if pattern.endswith("/"):
        pattern += "*"
    return IgnoreEntry(
        pattern=prefix + pattern,
        first_line=first,
        last_line=last,
        rules=_rule_set(rule_list, origin),
        reason=reason,
        origin=origin,
    )


def _rule_set(rule_list: str, origin: str) -> frozenset[str]:
    if rule_list == EVERY_RULE:
        return frozenset()
    tokens = [token for token in rule_list.split(",") if token]
    for token in tokens:
        if not RULE_TOKEN.match(token):
            raise SuppressError(
                f"{origin}: {token!r} is not a rule code (CC101), a finding kind "
                "(value-conflict) or *"
            )
    return _names(tokens)


# --------------------------------------------------------------------------- inline directives


@dataclass(frozen=True)
class _Span:
    first: int
    last: int
    rules: frozenset[str]


class _FileDirectives:
    """The directives of one document, turned into questions about lines."""

    def __init__(self, directives: list[Directive], claim_lines: list[int]) -> None:
        ordered = sorted(directives, key=lambda d: d.line)
        self.ignores = [
            _Span(d.line, _ignore_end(d, claim_lines), _names(d.rules))
            for d in ordered
            if d.action == "ignore"
        ]
        self.switch_lines: list[int] = []
        self.states: list[tuple[bool, frozenset[str], frozenset[str]]] = []
        every_off, off, back_on = False, frozenset[str](), frozenset[str]()
        for directive in ordered:
            rules = _names(directive.rules)
            if directive.action == "disable":
                if rules:
                    off, back_on = off | rules, back_on - rules
                else:
                    every_off, off, back_on = True, frozenset(), frozenset()
            elif directive.action == "enable":
                if rules:
                    off, back_on = off - rules, back_on | rules
                else:
                    every_off, off, back_on = False, frozenset(), frozenset()
            else:
                continue
            self.switch_lines.append(directive.line)
            self.states.append((every_off, off, back_on))

    def suppresses(self, line: int, finding: Finding) -> bool:
        if any(s.first <= line <= s.last and _matches(s.rules, finding) for s in self.ignores):
            return True
        # A switch takes effect on the lines after it: a trailing comment on a line of prose
        # does not reach back to that line.
        position = bisect.bisect_left(self.switch_lines, line) - 1
        if position < 0:
            return False
        every_off, off, back_on = self.states[position]
        names = {_rule_key(finding.rule), _rule_key(finding.kind)}
        if every_off:
            return not names & back_on
        return bool(names & off)


def _ignore_end(directive: Directive, claim_lines: list[int]) -> int:
    """The last line an ``ignore`` covers. Without ``end_line`` from the reader, the paragraph
    is taken to be the first line after the directive that holds a claim."""
    if directive.end_line is not None:
        return directive.end_line
    later = bisect.bisect_left(claim_lines, directive.line)
    return claim_lines[later] if later < len(claim_lines) else directive.line


def apply_suppressions(
    findings: list[Finding],
    claims: dict[str, Claim],
    directives: dict[str, list[Directive]],
    ignore_files: IgnoreList | None = None,
) -> tuple[list[Finding], int]:
    """The findings that remain, and how many were suppressed.

    ``directives`` maps a document path (as in ``Claim.source.path``) to its directives.
    """
    lines_by_path: dict[str, set[int]] = {}
    for claim in claims.values():
        lines_by_path.setdefault(claim.source.path, set()).add(claim.source.line)
    per_file = {
        path: _FileDirectives(found, sorted(lines_by_path.get(path, ())))
        for path, found in directives.items()
        if found
    }
    ignored = ignore_files or IgnoreList()

    def suppressed(claim: Claim, finding: Finding) -> bool:
        in_file = per_file.get(claim.source.path)
        if in_file is not None and in_file.suppresses(claim.source.line, finding):
            return True
        return ignored.covers(claim, finding)

    kept = [
        finding
        for finding in findings
        if not any(
            suppressed(claims[claim_id], finding)
            for claim_id in finding.claims
            if claim_id in claims
        )
    ]
    return kept, len(findings) - len(kept)

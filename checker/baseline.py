"""The baseline: findings a team has accepted, so that later runs fail only on new ones.

A finding is recognised by a fingerprint of what it is about (rule, entity, attribute, the
values in play, the files involved), never by line numbers or dates, so that an edit elsewhere
in a document keeps its accepted findings accepted. The file is sorted, pretty JSON with one
readable entry per finding, so that a change to it reads well in a review.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.cache import write_text_atomic
from checker.config import WorkflowError
from checker.models import Claim, Finding

FORMAT_VERSION = 1


class BaselineError(WorkflowError):
    """A baseline file that cannot be used; ``str()`` is one line naming the file."""


class BaselineEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    fingerprint: str = Field(pattern=r"^[0-9a-f]{16,64}$")
    rule: str
    kind: str = ""
    entity: str
    attribute: str | None = None
    values: list[str] = Field(default_factory=list)
    files: list[str] = Field(default_factory=list)

    def describe(self) -> str:
        what = " ".join(part for part in (self.rule, self.entity, self.attribute) if part)
        where = ", ".join(self.files) or "no file"
        return f"{what} in {where} ({self.fingerprint[:12]})"


class Baseline(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = FORMAT_VERSION
    findings: list[BaselineEntry] = Field(default_factory=list)

    def filter(
        self, findings: list[Finding], claims: dict[str, Claim]
    ) -> tuple[list[Finding], int, list[str]]:
        """The findings not in the baseline, how many were in it, and the baseline entries that
        matched nothing this run (described in one line each), so they can be removed."""
        known = {entry.fingerprint: entry for entry in self.findings}
        matched: set[str] = set()
        new: list[Finding] = []
        for finding in findings:
            mark = fingerprint(finding, claims)
            if mark in known:
                matched.add(mark)
            else:
                new.append(finding)
        stale = [entry.describe() for mark, entry in known.items() if mark not in matched]
        return new, len(findings) - len(new), sorted(stale)


def _number_text(value: float | str) -> str:
    """Twelve significant digits: the same figure read twice never differs in its last bit."""
    return value if isinstance(value, str) else format(value, ".12g")


def _value_text(claim: Claim) -> str:
    return f"{_number_text(claim.value)} {claim.unit}".strip()


def _parts(finding: Finding, claims: dict[str, Claim]) -> tuple[list[str], list[str]]:
    cited = [claims[claim_id] for claim_id in finding.claims if claim_id in claims]
    values = {_value_text(claim) for claim in cited}
    if finding.reference is not None:
        reference = finding.reference
        values.add(f"reference {_number_text(reference.value)} {reference.unit or ''}".strip())
    files = {claim.source.path.replace("\\", "/") for claim in cited}
    return sorted(values), sorted(files)


def fingerprint(finding: Finding, claims: dict[str, Claim]) -> str:
    """What the finding is about, hashed: rule, entity, attribute, the names it compares, the
    distinct values and the files. Claim ids, lines, messages and times are left out."""
    values, files = _parts(finding, claims)
    identity = {
        "rule": finding.rule,
        "entity": finding.entity,
        "attribute": finding.attribute,
        "names": sorted(finding.names),
        "values": values,
        "files": files,
    }
    encoded = json.dumps(identity, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def entries(findings: Iterable[Finding], claims: dict[str, Claim]) -> list[BaselineEntry]:
    unique: dict[str, BaselineEntry] = {}
    for finding in findings:
        values, files = _parts(finding, claims)
        mark = fingerprint(finding, claims)
        unique[mark] = BaselineEntry(
            fingerprint=mark,
            rule=finding.rule,
            kind=finding.kind,
            entity=finding.entity,
            attribute=finding.attribute,
            values=values,
            files=files,
        )
    return sorted(
        unique.values(), key=lambda e: (e.rule, e.entity, e.attribute or "", e.fingerprint)
    )


def load_baseline(path: Path) -> Baseline:
    """The baseline in ``path``; a missing file is an empty baseline."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Baseline()
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: cannot read the baseline: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path}: not valid JSON: {error}") from None
    try:
        baseline = Baseline.model_validate(data)
    except ValidationError as error:
        detail = error.errors(include_url=False)[0]
        where = ".".join(str(part) for part in detail["loc"]) or "(top level)"
        raise BaselineError(f"{path}: {where}: {str(detail['msg']).lower()}") from None
    if baseline.version != FORMAT_VERSION:
        raise BaselineError(
            f"{path}: version {baseline.version} is not supported (expected {FORMAT_VERSION}); "
            "write it again with `claim-check baseline`"
        )
    return baseline


def render_baseline(baseline: Baseline) -> str:
    return json.dumps(baseline.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: Path, findings: Iterable[Finding], claims: dict[str, Claim]) -> int:
    """Write the baseline of ``findings`` atomically; returns how many entries it holds."""
    baseline = Baseline(findings=entries(findings, claims))
    write_text_atomic(path, render_baseline(baseline))
    return len(baseline.findings)

"""A rule's documentation, read from its docstring: the summary, the description and the
examples. ``explain``, ``docs/rules.md`` and the tests all read it from here, so an example
shown to a user is an example the test suite runs."""

from __future__ import annotations

import inspect
import re
import textwrap
from dataclasses import dataclass

from checker.rules.base import Rule

_EXAMPLE_HEADING = re.compile(r"^(Failing|Passing) example:\s*$", re.MULTILINE)
REFERENCE_FILE = "reference"


@dataclass(frozen=True)
class Example:
    """A short corpus: file name -> text; ``reference`` lines are curated claims
    (``entity | attribute | value | unit``)."""

    failing: bool
    documents: dict[str, str]
    references: list[list[str]]


@dataclass(frozen=True)
class RuleDoc:
    code: str
    name: str
    kind: str
    severity: str
    summary: str
    description: str
    examples: list[Example]


def _example(failing: bool, body: str) -> Example:
    documents: dict[str, str] = {}
    references: list[list[str]] = []
    for line in body.strip().splitlines():
        label, _, text = line.strip().partition(": ")
        if label == REFERENCE_FILE:
            references.append([part.strip() for part in text.split("|")])
        else:
            documents[label] = text.strip() + "\n"
    return Example(failing=failing, documents=documents, references=references)


def rule_doc(rule: type[Rule]) -> RuleDoc:
    text = inspect.getdoc(rule) or ""
    parts = _EXAMPLE_HEADING.split(text)
    summary, _, description = parts[0].strip().partition("\n\n")
    examples = [
        _example(heading == "Failing", body)
        for heading, body in zip(parts[1::2], parts[2::2], strict=True)
    ]
    return RuleDoc(
        code=rule.code,
        name=rule.name,
        kind=rule.kind,
        severity=rule.default_severity.value,
        summary=summary.replace("\n", " "),
        description=" ".join(description.split()),
        examples=examples,
    )


def _example_text(example: Example) -> str:
    lines = [f"reference: {' | '.join(parts)}" for parts in example.references]
    lines += [f"{name}: {text.strip()}" for name, text in example.documents.items()]
    return "\n".join(lines)


def explain_text(doc: RuleDoc) -> str:
    """The plain-text explanation ``claim-check explain`` prints."""
    blocks = [
        f"{doc.code} {doc.name} (kind: {doc.kind}, default severity: {doc.severity})",
        doc.summary,
        textwrap.fill(doc.description, width=88),
    ]
    for example in doc.examples:
        heading = "Failing example" if example.failing else "Passing example"
        body = "\n".join(f"    {line}" for line in _example_text(example).splitlines())
        blocks.append(f"{heading}:\n{body}")
    return "\n\n".join(blocks) + "\n"


def markdown(docs: list[RuleDoc]) -> str:
    """``docs/rules.md``: every rule, generated from the docstrings."""
    lines = [
        "# Rules",
        "",
        "Generated from the rules' docstrings by "
        "`claim-check rules --format markdown -o docs/rules.md`; "
        "the examples are run by the test suite.",
        "",
        "| code | name | kind | default severity | summary |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {d.code} | {d.name} | {d.kind} | {d.severity} | {d.summary} |" for d in docs]
    for doc in docs:
        lines += ["", f"## {doc.code} {doc.name}", "", doc.summary, "", doc.description]
        for example in doc.examples:
            heading = "Failing example" if example.failing else "Passing example"
            lines += ["", f"{heading}:", "", "```text", _example_text(example), "```"]
    return "\n".join(lines) + "\n"

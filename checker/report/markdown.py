"""The Markdown report: a page a fact-checker reads from top to bottom.

Summary, then every finding with each distinct value, its hedge, its quote and a link to the
line that states it; then a fact sheet per entity (what the sources agree on, what they do
not), the name variants, the documents read and the files skipped. GitHub-flavoured: tables
by tabulate, diagrams as Mermaid blocks. The same input gives the same bytes: no timestamps,
every list in a stable order.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import groupby, pairwise

from tabulate import tabulate

from checker.models import Claim, EntityGroup, Finding, RunResult, Severity
from checker.report.common import (
    ClaimIndex,
    Linker,
    ValueGroup,
    findings_phrase,
    format_amount,
    format_claim_value,
    make_linker,
    ordered_findings,
    plural,
    power_of_ten,
    scale_reading,
    severity_counts,
)
from checker.report.rulemeta import RuleInfo, rules_for

SEVERITY_BADGES = {
    Severity.ERROR: "🔴 error",
    Severity.WARNING: "🟠 warning",
    Severity.INFO: "🔵 info",
}
CONFLICT_KINDS = ("value-conflict", "scale-mismatch", "reference-conflict", "arithmetic")
MARKDOWN_SPECIALS = "\\`*_[]<>|~$#"


# --------------------------------------------------------------------------- escaping


def escape(text: str) -> str:
    """Text that Markdown shows as written, also inside a table cell: specials are
    backslash-escaped (``|`` would end a cell, ``$`` start math), ``&`` cannot start an
    entity, and line breaks become spaces."""
    flat = " ".join(text.split())
    escaped = "".join("\\" + char if char in MARKDOWN_SPECIALS else char for char in flat)
    return escaped.replace("&", "&amp;")


def mermaid_label(text: str) -> str:
    """A quoted Mermaid node label: quotes and angle brackets as Mermaid entity codes."""
    flat = " ".join(text.split())
    for char, code in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;")):
        flat = flat.replace(char, code)
    return f'"{flat}"'


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    return tabulate(list(rows), headers=list(headers), tablefmt="github", disable_numparse=True)


def code(name: str) -> str:
    """A name in code style, which shows every character as written."""
    return f"`{name}`" if "`" not in name and "|" not in name else escape(name)


def quoted(claim: Claim) -> str:
    return f"“{escape(claim.text)}”"


# --------------------------------------------------------------------------- the page


class MarkdownReport:
    def __init__(self, result: RunResult, rules: Sequence[RuleInfo], linker: Linker) -> None:
        self.result = result
        self.index = ClaimIndex(result.claims)
        self.findings = ordered_findings(result)
        self.numbers = {id(finding): n for n, finding in enumerate(self.findings, start=1)}
        self.rules = rules_for(self.findings, rules)
        self.link = linker

    def render(self) -> str:
        sections = [
            self.header(),
            self.summary(),
            self.findings_section(),
            self.fact_sheets(),
            self.names_section(),
            self.documents_section(),
            self.rules_section(),
        ]
        return "\n\n".join(section for section in sections if section).rstrip() + "\n"

    # ----------------------------------------------------------------------- helpers

    def source_link(self, claim: Claim) -> str:
        source = claim.source
        text = escape(f"{source.path}:{source.line}")
        return f"[{text}]({self.link(source.path, source.line)})"

    def finding_link(self, finding: Finding) -> str:
        number = self.numbers[id(finding)]
        return f"[#{number}](#finding-{number})"

    def file_link(self, path: str) -> str:
        target = self.link(path, 1).rsplit("#", 1)[0]
        return f"[{escape(path)}]({target})"

    # ----------------------------------------------------------------------- sections

    def header(self) -> str:
        result = self.result
        entities = {claim.entity for claim in result.claims}
        verdict = findings_phrase(self.findings) if self.findings else "No disagreements"
        lead = (
            f"**{verdict}** in {plural(len(result.documents), 'document')}, "
            f"{plural(len(result.claims), 'claim')} about "
            f"{plural(len(entities), 'entity', 'entities')}."
        )
        if self.findings:
            lead += (
                " Each finding below lists every value the sources give, with its quote and a "
                "link to the line that states it; the fact sheets show what the sources agree on."
            )
        return f"# claim-check report\n\n{lead}"

    def summary(self) -> str:
        result = self.result
        languages = Counter(info.language for info in result.documents)
        language_list = ", ".join(f"{code} ({count})" for code, count in sorted(languages.items()))
        rows = [
            ["documents", str(len(result.documents))],
            ["languages", language_list or "none"],
            ["claims", str(len(result.claims))],
        ]
        rows += [
            [f"{severity.value} findings", str(count)]
            for severity, count in severity_counts(self.findings).items()
        ]
        if result.baselined:
            rows.append(["findings accepted in the baseline", str(result.baselined)])
        if result.suppressed:
            rows.append(["findings suppressed inline", str(result.suppressed)])
        if result.skipped:
            rows.append(["files skipped", str(len(result.skipped))])
        parts = ["## Summary", table(["", "count"], rows)]
        if self.findings:
            parts.append(self.kinds_table())
        if result.stale_baseline:
            parts.append(
                f"{plural(len(result.stale_baseline), 'baseline entry', 'baseline entries')} "
                "no longer match any finding; `claim-check baseline` refreshes the file."
            )
        return "\n\n".join(parts)

    def kinds_table(self) -> str:
        severities = sorted(Severity, key=lambda severity: -severity.rank)
        counts = Counter((finding.kind, finding.severity) for finding in self.findings)
        kinds = sorted({finding.kind for finding in self.findings})
        rows = [
            [
                kind,
                *(str(counts[kind, severity]) for severity in severities),
                str(sum(counts[kind, severity] for severity in severities)),
            ]
            for kind in kinds
        ]
        return table(["kind", *(severity.value for severity in severities), "total"], rows)

    def findings_section(self) -> str:
        if not self.findings:
            return ""
        parts = ["## Findings"]
        for entity, group in groupby(self.findings, key=lambda finding: finding.entity):
            parts.append(f"### {escape(entity)}")
            parts.extend(self.finding_block(finding) for finding in group)
        return "\n\n".join(parts)

    def finding_block(self, finding: Finding) -> str:
        number = self.numbers[id(finding)]
        entity = " / ".join(finding.names) if finding.names else finding.entity
        subject = " · ".join(escape(part) for part in (entity, finding.attribute) if part)
        title = (
            f'<a id="finding-{number}"></a>\n'
            f"#### {number}. {subject}: {finding.kind.replace('-', ' ')}\n\n"
            f"{SEVERITY_BADGES[finding.severity]} · `{finding.rule}` · {escape(finding.message)}"
        )
        parts = [title]
        if finding.kind == "name-mismatch":
            parts.append(self.name_evidence(finding))
        groups = self.index.value_groups(finding)
        if groups:
            parts.append(self.values_table(groups))
        if finding.kind == "name-mismatch":
            parts.append(self.names_diagram([], [finding.names], self.claims_by_name(finding)))
        if finding.reference is not None:
            parts.append(self.reference_note(finding))
        if finding.kind == "scale-mismatch":
            parts.append(self.scale_explanation(finding))
        if finding.kind in CONFLICT_KINDS and groups:
            parts.append(self.conflict_diagram(finding, groups))
        return "\n\n".join(part for part in parts if part)

    def values_table(self, groups: Sequence[ValueGroup]) -> str:
        rows = []
        for group in groups:
            for position, claim in enumerate(group.claims):
                value = f"**{escape(group.value)}**" if position == 0 else "″"
                rows.append(
                    [
                        value,
                        escape(claim.entity_text),
                        quoted(claim),
                        self.source_link(claim),
                        claim.language,
                    ]
                )
        return table(["value", "as written", "quote", "source", "lang"], rows)

    def reference_note(self, finding: Finding) -> str:
        reference = finding.reference
        if reference is None:
            return ""
        value = format_amount(reference.value, reference.unit or "", reference.upper)
        hedge = reference.qualifier.value
        origin = f" (source: {escape(reference.source)})" if reference.source else ""
        where = f", recorded in {self.file_link(reference.file)}" if reference.file else ""
        return f"Curated reference: **{escape(value)}** ({hedge}){origin}{where}."

    def scale_explanation(self, finding: Finding) -> str:
        """Which reading of which scale word accounts for the factor between the figures."""
        claims = self.index.of(finding)
        positive = [c.value for c in claims if isinstance(c.value, float) and c.value > 0]
        if len(positive) < 2:
            return ""
        exponent = round(math.log10(max(positive) / min(positive)))
        heading = f"**Why a factor of {power_of_ten(exponent)}?**"
        readings: dict[tuple[str, str, int], Claim] = {}
        for claim in sorted(claims, key=lambda claim: -(scale_reading(claim) or 0)):
            reading = scale_reading(claim)
            if claim.scale_word is not None and reading is not None:
                readings.setdefault((claim.scale_word, claim.language, reading), claim)
        words = "; ".join(
            f"“{escape(word)}” ({language}, {self.source_link(claim)}) read as "
            f"{power_of_ten(reading)}"
            for (word, language, reading), claim in readings.items()
        )
        if len({reading for _, _, reading in readings}) >= 2:
            return (
                f"{heading} The scale words account for it: {words}. A scale word can name 10⁹ "
                "in one language and 10¹² in another (short and long scale), so a figure "
                "carried across languages without converting its scale word changes by a "
                "factor of 1000. Check which figure the original source gave."
            )
        if readings:
            return (
                f"{heading} Only some figures carry a scale word: {words}. Check whether the "
                "other figures lost theirs, or whether the word was misread."
            )
        return f"{heading} The figures differ by an exact power of 1000: a unit or scale slip."

    def claims_by_name(self, finding: Finding) -> dict[str, list[Claim]]:
        by_name: dict[str, list[Claim]] = {name: [] for name in finding.names}
        for claim in self.index.of(finding):
            for name in finding.names:
                if claim.entity_text.casefold() == name.casefold():
                    by_name[name].append(claim)
        return by_name

    def name_evidence(self, finding: Finding) -> str:
        by_name = self.claims_by_name(finding)
        rows = []
        for name in finding.names:
            paths = sorted({claim.source.path for claim in by_name[name]})
            rows.append(
                [
                    code(name),
                    str(len(by_name[name])),
                    ", ".join(self.file_link(path) for path in paths) or "—",
                ]
            )
        parts = [table(["name", "claims", "documents"], rows)]
        shared = self.shared_values(by_name)
        if shared:
            parts.append(f"Shared evidence: every spelling is stated with {shared}.")
        return "\n\n".join(parts)

    @staticmethod
    def shared_values(by_name: dict[str, list[Claim]]) -> str:
        """The attribute values every spelling is stated with, as a phrase."""
        value_sets = [
            {(claim.attribute, format_claim_value(claim)) for claim in claims}
            for claims in by_name.values()
        ]
        if len(value_sets) < 2:
            return ""
        common = sorted(set.intersection(*value_sets))
        return ", ".join(f"{escape(value)} ({attribute})" for attribute, value in common)

    def conflict_diagram(self, finding: Finding, groups: Sequence[ValueGroup]) -> str:
        lines = ["```mermaid", "flowchart LR"]
        for position, group in enumerate(groups):
            lines.append(f"    v{position}[{mermaid_label(group.value)}]")
        sources: dict[str, str] = {}
        for position, group in enumerate(groups):
            for claim in group.claims:
                label = f"{claim.source.path}:{claim.source.line} ({claim.language})"
                if label in sources:
                    lines.append(f"    {sources[label]} --> v{position}")
                    continue
                sources[label] = f"s{len(sources)}"
                lines.append(f"    {sources[label]}[{mermaid_label(label)}] --> v{position}")
        if finding.reference is not None:
            reference = finding.reference
            value = format_amount(reference.value, reference.unit or "", reference.upper)
            lines.append(f"    r0[{mermaid_label('reference: ' + value)}]")
            lines.extend(f"    v{position} -. vs .- r0" for position in range(len(groups)))
            lines.append("    style r0 stroke-dasharray: 5 5")
        lines.append("```")
        return "\n".join(lines)

    @staticmethod
    def names_diagram(
        merged: Sequence[EntityGroup],
        lookalikes: Sequence[Sequence[str]],
        written_in: dict[str, list[Claim]] | None = None,
    ) -> str:
        """Merged spellings joined by solid lines, look-alikes by dotted ones, and (when
        given) the documents that wrote each name."""
        lines = ["```mermaid", "flowchart LR"]
        nodes: dict[str, str] = {}

        def node(name: str, prefix: str = "n") -> str:
            if name not in nodes:
                nodes[name] = f"{prefix}{len(nodes)}"
                lines.append(f"    {nodes[name]}[{mermaid_label(name)}]")
            return nodes[name]

        for group in merged:
            canonical = node(group.canonical)
            for variant in sorted(set(group.variants) - {group.canonical}):
                lines.append(f"    {canonical} --- {node(variant)}")
        for names in lookalikes:
            for first, second in pairwise(names):
                lines.append(f"    {node(first)} -. looks like .- {node(second)}")
        for name, claims in (written_in or {}).items():
            for path in sorted({claim.source.path for claim in claims}):
                lines.append(f"    {node('file: ' + path, 'd')} --> {node(name)}")
        lines.append("```")
        return "\n".join(lines)

    def fact_sheets(self) -> str:
        """A table per entity that more than one document speaks about or that has a finding;
        the entities only one document mentions share one table at the end."""
        claims_by_entity: dict[str, list[Claim]] = {}
        for claim in self.result.claims:
            claims_by_entity.setdefault(claim.entity, []).append(claim)
        if not claims_by_entity:
            return ""
        findings_by_subject: dict[tuple[str, str | None], list[Finding]] = {}
        for finding in self.findings:
            findings_by_subject.setdefault((finding.entity, finding.attribute), []).append(finding)
        flagged = {name for finding in self.findings for name in (finding.entity, *finding.names)}
        variants = {group.canonical: group.variants for group in self.result.entities}
        parts = ["## Fact sheets"]
        single_source: list[Claim] = []
        for entity in sorted(claims_by_entity, key=lambda name: (name.casefold(), name)):
            claims = sorted(claims_by_entity[entity], key=lambda claim: claim.attribute)
            if entity not in flagged and len({claim.source.path for claim in claims}) == 1:
                single_source.extend(claims)
                continue
            parts.append(f"### {escape(entity)}")
            others = [name for name in variants.get(entity, []) if name != entity]
            if others:
                parts.append("Also written " + ", ".join(code(name) for name in others) + ".")
            rows = [
                self.fact_row(
                    attribute,
                    list(attribute_claims),
                    findings_by_subject.get((entity, attribute), []),
                )
                for attribute, attribute_claims in groupby(claims, key=lambda c: c.attribute)
            ]
            parts.append(table(["attribute", "value", "sources", "languages", "status"], rows))
        if single_source:
            parts += [
                "### Stated by one document only",
                "Nothing to compare these with: each entity appears in a single document.",
                table(
                    ["entity", "attribute", "value", "quote", "source"],
                    (
                        [
                            escape(claim.entity),
                            claim.attribute,
                            escape(format_claim_value(claim)),
                            quoted(claim),
                            self.source_link(claim),
                        ]
                        for claim in single_source
                    ),
                ),
            ]
        return "\n\n".join(parts)

    def fact_row(self, attribute: str, claims: list[Claim], findings: list[Finding]) -> list[str]:
        values = Counter(format_claim_value(claim) for claim in claims)
        documents = {claim.source.path for claim in claims}
        languages = ", ".join(sorted({claim.language for claim in claims}))
        listed = "; ".join(
            f"{escape(value)} ({count}×)" if len(values) > 1 else escape(value)
            for value, count in sorted(values.items(), key=lambda item: (-item[1], item[0]))
        )
        if findings:
            links = ", ".join(self.finding_link(finding) for finding in findings)
            status = f"⚠️ disagreement, see {links}"
        elif len(values) == 1:
            status = "✅ agreed" if len(documents) > 1 else "single source"
        else:
            status = "✅ compatible"
        return [attribute, listed, str(len(documents)), languages, status]

    def names_section(self) -> str:
        merged = sorted(
            (group for group in self.result.entities if len(set(group.variants)) > 1),
            key=lambda group: (group.canonical.casefold(), group.canonical),
        )
        lookalikes = [f for f in self.findings if f.kind == "name-mismatch" and f.names]
        if not merged and not lookalikes:
            return ""
        parts = ["## Name variants"]
        if merged:
            rows = [
                [escape(group.canonical), ", ".join(code(name) for name in sorted(group.variants))]
                for group in merged
            ]
            parts += ["Spellings read as one entity:", table(["entity", "written as"], rows)]
        if lookalikes:
            rows = [
                [" / ".join(code(name) for name in finding.names), self.finding_link(finding)]
                for finding in lookalikes
            ]
            parts += ["Spellings that look alike:", table(["names", "finding"], rows)]
        parts.append(self.names_diagram(merged, [finding.names for finding in lookalikes]))
        return "\n\n".join(parts)

    def documents_section(self) -> str:
        rows = [
            [self.file_link(info.path), info.language, str(info.claims)]
            for info in sorted(self.result.documents, key=lambda info: info.path)
        ]
        parts = ["## Documents", table(["document", "language", "claims"], rows)]
        if self.result.skipped:
            skipped = [
                [escape(item.path), escape(item.reason)]
                for item in sorted(self.result.skipped, key=lambda item: item.path)
            ]
            parts += ["### Skipped", table(["file", "reason"], skipped)]
        return "\n\n".join(parts)

    def rules_section(self) -> str:
        fired = {finding.rule for finding in self.findings}
        rows = [
            [f"`{rule.code}`", escape(rule.name), escape(rule.summary)]
            for rule in self.rules
            if rule.code in fired
        ]
        if not rows:
            return ""
        return "\n\n".join(
            [
                "## Rules",
                table(["rule", "name", "checks"], rows),
                "`claim-check explain CODE` tells more about a rule.",
            ]
        )


def render_markdown(
    result: RunResult,
    rules: Sequence[RuleInfo],
    link_base: str | os.PathLike[str] | None = None,
) -> str:
    return MarkdownReport(result, rules, make_linker(link_base)).render()

"""The Markdown report, read back with a Markdown parser: tables, links, diagrams."""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from checker.models import RunResult
from checker.report import RuleInfo, render
from checker.report.markdown import escape, mermaid_label

REPO = Path(__file__).resolve().parents[2]
EXAMPLES_REPORT = REPO / "reports" / "examples.md"
LINE_ANCHOR = re.compile(r"L[1-9][0-9]*")


def parse(markdown: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def inline_children(tokens: list[Token]) -> list[Token]:
    return [child for token in tokens if token.type == "inline" for child in token.children or []]


def link_targets(markdown: str) -> list[str]:
    return [
        str(token.attrs["href"])
        for token in inline_children(parse(markdown))
        if token.type == "link_open"
    ]


def assert_links_resolve(markdown: str, report_folder: Path) -> int:
    """Every link names an existing file relative to the report (with a ``#Lnn`` line
    anchor, if any) or an anchor defined in the page; returns how many links were checked."""
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', markdown))
    targets = link_targets(markdown)
    for target in targets:
        path, _, anchor = target.partition("#")
        if not path:
            assert anchor in anchors, f"in-page link to a missing anchor: {target}"
            continue
        assert "://" not in path, target
        resolved = Path(os.path.normpath(report_folder / path))
        assert resolved.is_file(), f"link to a missing file: {target}"
        if anchor:
            assert LINE_ANCHOR.fullmatch(anchor), f"anchor is not #Lnn: {target}"
    return len(targets)


def plain_text(inline: Token) -> str:
    """What a reader sees of an inline token: its text, without link targets or emphasis."""
    return "".join(
        child.content
        for child in inline.children or []
        if child.type in ("text", "code_inline", "html_inline")
    )


def tables(markdown: str) -> list[list[list[str]]]:
    """Each table as rows of cell texts (header row first)."""
    found: list[list[list[str]]] = []
    row: list[str] = []
    tokens = parse(markdown)
    for position, token in enumerate(tokens):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            row.append(plain_text(tokens[position + 1]))
        elif token.type == "tr_close":
            found[-1].append(row)
    return found


def delimiter_rows(markdown: str) -> int:
    return len(re.findall(r"^\|-[-|]*\|$", markdown, flags=re.MULTILINE))


@pytest.fixture
def report(corpus: Path, run_result: RunResult, rules: list[RuleInfo]) -> str:
    return render(run_result, "markdown", rules=rules, link_base=Path("reports"))


def test_every_table_parses_and_rows_keep_their_cells(report: str) -> None:
    parsed = tables(report)
    assert len(parsed) == delimiter_rows(report)
    for table in parsed:
        width = len(table[0])
        assert all(len(row) == width for row in table)


def test_pipes_and_markdown_in_quotes_are_escaped(report: str) -> None:
    assert "“\\$1 billion \\| seed funding”" in report
    cells = [cell for table in tables(report) for row in table for cell in row]
    assert "“$1 billion | seed funding”" in cells
    rendered = MarkdownIt("commonmark").enable("table").render(report)
    assert "“$1 billion | seed funding”" in rendered
    assert "“$1 Mrd. *Startkapital*”" in rendered


def test_links_point_at_existing_files_and_lines(corpus: Path, report: str) -> None:
    assert assert_links_resolve(report, corpus / "reports") > 10
    assert "[news/fr/kestrel.md:2](../news/fr/kestrel.md#L2)" in report


def test_links_follow_the_report_location(
    corpus: Path, run_result: RunResult, rules: list[RuleInfo]
) -> None:
    nested = render(run_result, "markdown", rules=rules, link_base=Path("out/deep"))
    assert "(../../news/de/kestrel.md#L3)" in nested
    assert assert_links_resolve(nested, corpus / "out" / "deep") > 10
    beside = render(run_result, "markdown", rules=rules)
    assert "(news/de/kestrel.md#L3)" in beside


def test_the_page_has_its_sections(report: str) -> None:
    headings = [line for line in report.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Summary",
        "## Findings",
        "## Fact sheets",
        "## Name variants",
        "## Documents",
        "## Rules",
    ]
    assert report.startswith(
        "# claim-check report\n\n**4 findings (1 error, 2 warnings, 1 info)** in 4 documents, "
        "14 claims about 2 entities. Each finding below lists every value"
    )
    assert "#### 3. ZNE-4 / ZEN-4: name mismatch" in report


def test_scale_mismatch_names_the_words_and_their_readings(report: str) -> None:
    explanation = next(line for line in report.splitlines() if "Why a factor" in line)
    assert "**Why a factor of 10³?**" in explanation
    assert "“Billionen” (de, [news/de/kestrel.md:5](../news/de/kestrel.md#L5)) read as 10¹²" in (
        explanation
    )
    assert "“billion” (en, [news/en/kestrel.md:4](../news/en/kestrel.md#L4)) read as 10⁹" in (
        explanation
    )


def test_scale_mismatch_with_one_scale_word_says_so(
    run_result: RunResult, rules: list[RuleInfo]
) -> None:
    bare = run_result.model_copy(
        update={
            "claims": [
                replace(claim, scale_word=None) if claim.id == "c5" else claim
                for claim in run_result.claims
            ]
        }
    )
    page = render(bare, "markdown", rules=rules)
    explanation = next(line for line in page.splitlines() if "Why a factor" in line)
    assert explanation.startswith(
        "**Why a factor of 10³?** Only some figures carry a scale word: “Billionen” (de, "
    )


def test_name_mismatch_shows_the_shared_evidence(report: str) -> None:
    assert (
        "Shared evidence: every spelling is stated with USD 1 billion (funding), "
        "up to 120 billion parameters (parameters)."
    ) in report
    assert 'n0["ZNE-4"]\n    n1["ZEN-4"]\n    n0 -. looks like .- n1' in report


def test_fact_sheet_marks_agreement_and_disagreement(report: str) -> None:
    kestrel = next(
        table
        for table in tables(report)
        if ["training_gpus", "4,096 GPUs", "3", "de, en, fr", "✅ agreed"] in table
    )
    parameters = next(row for row in kestrel if row[0] == "parameters")
    assert parameters[4] == "⚠️ disagreement, see #1"
    assert "[#1](#finding-1)" in report


def test_reference_conflict_shows_the_curated_value(report: str) -> None:
    assert (
        "Curated reference: **2024-05-02** (exact) (source: vendor announcement), "
        "recorded in [claims/zen.yaml](../claims/zen.yaml)."
    ) in report


def test_documents_and_skipped_files_are_listed(report: str) -> None:
    document_table = next(table for table in tables(report) if table[0][0] == "document")
    assert document_table[1:] == [
        ["news/de/kestrel.md", "de", "3"],
        ["news/de/zen-4.md", "de", "2"],
        ["news/en/kestrel.md", "en", "7"],
        ["news/fr/kestrel.md", "fr", "2"],
    ]
    assert ["news/scan.pdf", "binary file"] in next(
        table for table in tables(report) if table[0] == ["file", "reason"]
    )


def test_mermaid_blocks_are_fenced_and_labels_quoted(report: str) -> None:
    fences = [token for token in parse(report) if token.type == "fence" and token.info == "mermaid"]
    assert len(fences) >= 4
    for fence in fences:
        assert fence.content.startswith("flowchart LR\n")
        for label in re.findall(r'\["(.*?)"\]', fence.content):
            assert '"' not in label


def test_quiet_report_says_so(quiet_result: RunResult, rules: list[RuleInfo]) -> None:
    page = render(quiet_result, "markdown", rules=rules)
    assert page.startswith("# claim-check report\n\n**No disagreements** in 4 documents")
    assert "## Findings" not in page
    assert "✅ agreed" in page


def test_entities_of_one_document_share_one_table(
    quiet_result: RunResult, rules: list[RuleInfo]
) -> None:
    kestrel_de = [c for c in quiet_result.claims if c.source.path == "news/de/kestrel.md"]
    lone = quiet_result.model_copy(update={"claims": kestrel_de})
    page = render(lone, "markdown", rules=rules)
    assert "### Kestrel-3" not in page
    single = next(table for table in tables(page) if table[0][0] == "entity")
    assert single[1] == [
        "Kestrel-3",
        "parameters",
        "about 70 billion parameters",
        "“rund 70 Milliarden Parameter”",
        "news/de/kestrel.md:3",
    ]
    assert len(single) == 4


def test_escape_and_mermaid_label() -> None:
    assert escape("a|b *c* $5 <x> [y](z)\nnext & more") == (
        "a\\|b \\*c\\* \\$5 \\<x\\> \\[y\\](z) next &amp; more"
    )
    assert mermaid_label('say "hi" #1 <b>') == '"say #quot;hi#quot; #35;1 #lt;b#gt;"'


# --------------------------------------------------------------------------- examples report


def test_examples_report_is_up_to_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """``reports/examples.md`` is what ``claim-check report examples -o reports/examples.md``
    writes today; regenerate it with that command when this fails."""
    pipeline = pytest.importorskip("checker.pipeline")
    from checker.baseline import load_baseline
    from checker.config import load_settings

    if not (REPO / "examples").is_dir():
        pytest.skip("no example corpus")
    monkeypatch.chdir(REPO)
    settings = load_settings(None, REPO)
    baseline_file = Path(settings.baseline)
    baseline = load_baseline(baseline_file) if baseline_file.is_file() else None
    result = pipeline.run([Path("examples")], settings, use_cache=False, baseline=baseline)
    expected = render(result, "markdown", link_base=Path("reports"))
    assert EXAMPLES_REPORT.is_file(), "run: claim-check report examples -o reports/examples.md"
    committed = EXAMPLES_REPORT.read_text(encoding="utf-8")
    if committed != expected:
        diff = difflib.unified_diff(
            committed.splitlines(), expected.splitlines(), "committed", "current", lineterm=""
        )
        pytest.fail(
            "reports/examples.md is out of date; run: "
            "claim-check report examples -o reports/examples.md\n" + "\n".join(list(diff)[:40])
        )
    assert_links_resolve(expected, REPO / "reports")

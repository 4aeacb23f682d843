"""Masking: what is not prose becomes spaces; offsets and lines stay."""

from __future__ import annotations

import pytest

from checker.read.mask import Masked, mask_markdown, mask_plain, mask_rst


def kept(masked: Masked) -> list[str]:
    """The words left readable, in order."""
    return masked.text.split()


def check_shape(original: str, masked: Masked) -> None:
    assert len(masked.text) == len(original)
    assert [len(line) for line in masked.text.split("\n")] == [
        len(line) for line in original.split("\n")
    ]


def md(text: str) -> Masked:
    masked = mask_markdown(text)
    check_shape(text, masked)
    return masked


def rst(text: str) -> Masked:
    masked = mask_rst(text)
    check_shape(text, masked)
    return masked


# --------------------------------------------------------------------------- Markdown


def test_yaml_front_matter() -> None:
    masked = md("---\ntitle: Model 7B\nyear: 2024\n---\nBody 12 words.\n")
    assert kept(masked) == ["Body", "12", "words."]


def test_toml_front_matter() -> None:
    assert kept(md("+++\nsize = 70\n+++\nText.")) == ["Text."]


def test_a_leading_rule_without_closing_is_not_front_matter() -> None:
    assert kept(md("---\nThe model has 7B parameters.\n")) == [
        "---", "The", "model", "has", "7B", "parameters.",
    ]


def test_front_matter_only_at_the_start() -> None:
    assert "kept:" in kept(md("Intro.\n\n---\nkept: 1\n---\n"))


@pytest.mark.parametrize("fence", ["```", "~~~", "````"])
def test_fenced_code(fence: str) -> None:
    text = f"Before 1.\n\n{fence}python\nx = 42  # https://example.com\n{fence}\nAfter 2.\n"
    assert kept(md(text)) == ["Before", "1.", "After", "2."]


def test_unclosed_fence_runs_to_the_end() -> None:
    assert kept(md("Prose.\n```\ncode 1\nmore 2\n")) == ["Prose."]


def test_closing_fence_must_be_as_long_as_the_opening() -> None:
    text = "````\n```\nstill code 5\n````\nprose 6\n"
    assert kept(md(text)) == ["prose", "6"]


def test_backticks_in_a_line_are_a_code_span_not_a_fence() -> None:
    assert kept(md("```inline 5``` and 6 more")) == ["and", "6", "more"]


def test_fence_inside_a_list_item() -> None:
    text = "- item 1\n\n  ```\n  code 2\n  ```\n- item 3\n"
    assert kept(md(text)) == ["-", "item", "1", "-", "item", "3"]


def test_indented_code_after_a_paragraph() -> None:
    text = "Paragraph 1.\n\n    code 2\n    code 3\n\nParagraph 4.\n"
    assert kept(md(text)) == ["Paragraph", "1.", "Paragraph", "4."]


def test_indented_code_at_the_very_start() -> None:
    assert kept(md("    code 1\n\nText 2.")) == ["Text", "2."]


def test_indented_lines_continuing_a_paragraph_are_prose() -> None:
    assert kept(md("Paragraph with\n    a lazy line 3.\n")) == [
        "Paragraph", "with", "a", "lazy", "line", "3.",
    ]


def test_indented_continuation_of_a_list_item_is_prose() -> None:
    text = "1. First item\n\n    Continues with 42 GPUs and `code 7`.\n\n2. Second\n"
    assert kept(md(text)) == [
        "1.", "First", "item", "Continues", "with", "42", "GPUs", "and", ".", "2.", "Second",
    ]


def test_indented_block_after_the_list_ended_is_code() -> None:
    text = "- item\n\nA paragraph.\n\n    code 9\n"
    assert kept(md(text)) == ["-", "item", "A", "paragraph."]


def test_code_spans() -> None:
    text = "Use `x = 5` or ``a ` b`` here, 7 times."
    assert kept(md(text)) == ["Use", "or", "here,", "7", "times."]


def test_code_span_of_a_model_identifier_keeps_the_name() -> None:
    text = "Built on `kestrel/Orsa-7B-Instruct-v0.2` and `wren-v2-12b`, not `pip install x`."
    assert kept(md(text)) == [
        "Built",
        "on",
        "Orsa-7B-Instruct-v0.2",
        "and",
        "wren-v2-12b",
        ",",
        "not",
        ".",
    ]


def test_unmatched_backtick_is_literal() -> None:
    masked = md("It costs `5 dollars.\n\nNext 6.")
    assert kept(masked) == ["It", "costs", "`5", "dollars.", "Next", "6."]


def test_code_span_does_not_cross_a_blank_line() -> None:
    assert kept(md("a `b\n\nc` d")) == ["a", "`b", "c`", "d"]


def test_html_comments_and_tags() -> None:
    text = "A <!-- 99 hidden\nlines --> B <span class='x'>C 3</span> <br/> D"
    assert kept(md(text)) == ["A", "B", "C", "3", "D"]


def test_unclosed_comment_runs_to_the_end() -> None:
    assert kept(md("A <!-- 1\n2")) == ["A"]


def test_raw_html_blocks() -> None:
    text = "A <script>var n = 5;</script> B <PRE>x 1</PRE> C"
    assert kept(md(text)) == ["A", "B", "C"]


def test_comparisons_are_not_tags() -> None:
    assert kept(md("a < 5 and b > 3, x<7")) == ["a", "<", "5", "and", "b", ">", "3,", "x<7"]


def test_bare_urls_keep_the_sentence_end() -> None:
    text = "See https://example.com/v1.2/page?id=3. Or www.example.org/x, then (http://a.b/c)."
    assert kept(md(text)) == ["See", ".", "Or", ",", "then", "(", ")."]


def test_link_text_stays_and_target_goes() -> None:
    text = 'Read [the 2024 report](https://x.org/r(1).pdf "Title 5") now.'
    assert kept(md(text)) == ["Read", "[the", "2024", "report]", "now."]


def test_image_alt_text_stays() -> None:
    assert kept(md("![chart of 3 models](img/3.png)")) == ["![chart", "of", "3", "models]"]


def test_reference_definitions_go_footnotes_stay() -> None:
    text = "Text [a].\n\n[a]: https://example.com/7 'T'\n[^1]: A footnote with 8 GPUs.\n"
    assert kept(md(text)) == ["Text", "[a].", "[^1]:", "A", "footnote", "with", "8", "GPUs."]


def test_autolinks_and_emails() -> None:
    assert kept(md("Mail <info@example.com> or me.too+x@mail.example.org, <https://a.b/1>.")) == [
        "Mail", "or", ",", ".",
    ]


def test_headings_lists_tables_and_emphasis_stay_readable() -> None:
    text = "# Title 1\n\n- **bold 2**\n\n| a | 3 |\n|---|---|\n| b | 4 |\n"
    for word in ("Title", "1", "**bold", "2**", "3", "4"):
        assert word in kept(md(text))


def test_nothing_to_mask_returns_the_text() -> None:
    assert md("Plain prose, 7 words.").text == "Plain prose, 7 words."


def test_empty() -> None:
    assert md("") == Masked("", [], [])


# --------------------------------------------------------------------------- directives


def test_directives_are_parsed_with_lines() -> None:
    text = (
        "Intro.\n"
        "<!-- claim-check: disable CC101,CC102 -->\n"
        "Text.\n"
        "<!-- claim-check: enable -->\n"
    )
    directives = md(text).directives
    assert [(d.action, d.rules, d.line) for d in directives] == [
        ("disable", ["CC101", "CC102"], 2),
        ("enable", [], 4),
    ]


def test_ignore_covers_the_next_paragraph() -> None:
    text = (
        "A.\n\n"
        '<!-- claim-check: ignore CC101 reason="quoted from a rumour" -->\n\n'
        "```\ncode\n```\n\n"
        "First line,\nsecond line.\n\n"
        "Other paragraph.\n"
    )
    (directive,) = md(text).directives
    assert directive.action == "ignore"
    assert directive.reason == "quoted from a rumour"
    assert (directive.line, directive.end_line) == (3, 10)


def test_ignore_at_the_end_covers_its_own_line() -> None:
    (directive,) = md("Text.\n<!-- claim-check: ignore -->").directives
    assert directive.end_line == 2


def test_many_directives_before_one_paragraph_share_its_end() -> None:
    text = "<!-- claim-check: ignore CC101 -->\n<!-- claim-check: ignore CC102 -->\nA\nB\n\nC"
    assert [d.end_line for d in md(text).directives] == [4, 4]


def test_directive_lines_after_front_matter() -> None:
    text = "---\na: 1\n---\n\n<!-- claim-check: enable -->\n"
    assert [d.line for d in md(text).directives] == [5]


def test_directive_inside_a_list_continuation() -> None:
    text = "- item\n\n    <!-- claim-check: disable CC103 -->\n"
    assert [(d.rules, d.line) for d in md(text).directives] == [(["CC103"], 3)]


def test_directives_inside_code_are_examples_not_directives() -> None:
    text = "```\n<!-- claim-check: disable -->\n```\n`<!-- claim-check: disable -->`"
    assert md(text).directives == []


def test_malformed_directive_is_reported_and_left_out() -> None:
    masked = md("a\n<!-- claim-check: silence CC101 -->\n<!-- claim-check: ignore CC1O1 -->")
    assert masked.directives == []
    assert [line for line, _ in masked.problems] == [2, 3]
    assert "silence" in masked.problems[0][1]
    assert "CC1O1" in masked.problems[1][1]


def test_ordinary_comments_are_not_directives() -> None:
    masked = md("<!-- TODO: check the 7B figure -->")
    assert (masked.directives, masked.problems) == ([], [])


# --------------------------------------------------------------------------- reStructuredText


def test_rst_literal_block_after_double_colon() -> None:
    text = "Example::\n\n    x = 12\n    y = 13\n\nBack to prose 14.\n"
    assert kept(rst(text)) == ["Example::", "Back", "to", "prose", "14."]


def test_rst_code_block_directive() -> None:
    text = "Intro 1.\n\n.. code-block:: python\n   :linenos:\n\n   n = 2\n\nAfter 3.\n"
    assert kept(rst(text)) == ["Intro", "1.", "After", "3."]


def test_rst_admonition_body_is_prose() -> None:
    text = ".. note::\n\n   The model has 7 layers.\n"
    assert kept(rst(text)) == ["The", "model", "has", "7", "layers."]


def test_rst_comments_targets_and_directives() -> None:
    text = (
        ".. a comment with 5\n   continued 6\n\n"
        ".. _site: https://example.com/9\n\n"
        ".. claim-check: ignore CC104\n\n"
        "Text 10.\n"
    )
    masked = rst(text)
    assert kept(masked) == ["Text", "10."]
    assert [(d.action, d.rules, d.line, d.end_line) for d in masked.directives] == [
        ("ignore", ["CC104"], 6, 8)
    ]


def test_rst_inline_markup() -> None:
    text = "Use ``n = 4`` and :math:`x^2` and `site <https://a.b/5>`_ here.\n"
    assert kept(rst(text)) == ["Use", "and", "`x^2`", "and", "`site", "`_", "here."]


def test_rst_heading_underlines_go() -> None:
    assert kept(rst("Title 2024\n==========\n\nText.\n")) == ["Title", "2024", "Text."]


# --------------------------------------------------------------------------- plain text


def test_plain_text_is_prose_as_it_is() -> None:
    text = "Code `x = 1` and <b>tags</b> and https://example.com stay."
    assert mask_plain(text).text == text


def test_plain_text_directives() -> None:
    masked = mask_plain("A.\n<!-- claim-check: ignore CC101 -->\nB.\n")
    assert masked.text.split() == ["A.", "B."]
    assert [(d.line, d.end_line) for d in masked.directives] == [(2, 3)]

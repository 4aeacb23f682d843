"""Properties of reading and masking on arbitrary input: never an unexpected exception, and
the text keeps every offset and line."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker.read import ReadError, read_document
from checker.read.decode import decode
from checker.read.mask import mask_markdown, mask_plain, mask_rst

# Markup-heavy alphabets find more than uniform Unicode does.
MARKUP = st.text(
    alphabet=st.sampled_from(list("`~<>!-[]()*_#|:.,\\/ \t\n\r\"'=+1aZhtpsw@é€\u2028\x85\x00")),
    max_size=300,
)
ANY_TEXT = st.one_of(st.text(max_size=300), MARKUP)
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_count(text: str) -> int:
    return len(LINE_BREAK.findall(text))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
@example("```\n<!-- claim-check: ignore -->\n")
@example("\n\n    x\n- a\n\n    b")
@example(".. claim-check: ignore\n  x::\n\n   y")
def test_masking_keeps_length_and_lines(text: str) -> None:
    for mask in (mask_markdown, mask_rst, mask_plain):
        masked = mask(text)
        assert len(masked.text) == len(text)
        assert masked.text.count("\n") == text.count("\n")
        # Only blanking: each character is either kept or became a space.
        assert all(a == b or a == " " for a, b in zip(masked.text, text, strict=True))
        for directive in masked.directives:
            assert 1 <= directive.line <= text.count("\n") + 1
            if directive.end_line is not None:
                assert directive.line <= directive.end_line <= text.count("\n") + 1


@settings(max_examples=400)
@given(st.binary(max_size=400))
def test_decoding_bytes_answers_text_or_read_error(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except ReadError as error:
        assert "\n" not in str(error)
        return
    assert encoding in {"utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"}
    assert "\r" not in text


TEXT_FILE_CONTENT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from(["\n", "\r", "\t"])
    ),
    max_size=300,
)


@settings(max_examples=300)
@given(TEXT_FILE_CONTENT)
def test_decoding_utf8_keeps_length_and_line_count(text: str) -> None:
    decoded, encoding = decode(text.encode("utf-8"))
    assert encoding == "utf-8"
    assert len(decoded) == len(text)
    assert decoded.count("\n") == line_count(text)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([".md", ".rst", ".txt", ".html"]))
def test_read_document_never_raises_anything_but_read_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        try:
            document = read_document(path, path.name)
        except ReadError as error:
            assert str(error) and "\n" not in str(error)
            return
        assert path.read_bytes() == data
        assert document.text.count("\n") == line_count(data.decode(document.encoding))

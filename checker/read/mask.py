"""Blank out what is not prose, keeping every character offset and line.

Each markup format is one compiled regex whose alternatives are the non-prose constructs. One
``finditer`` pass walks the text left to right, so whichever construct starts first wins (a URL
inside fenced code is part of the code, a fence inside an HTML comment is part of the comment).

Every alternative is written to stay linear on hostile input: constructs that can be left
unclosed (fences, HTML comments, raw HTML blocks) run to the end of the text instead of failing
after a scan, openers that may fail are bounded to one line or paragraph, and indentation is
matched possessively.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Final, NamedTuple

from checker.models import Directive
from checker.read.directives import DirectiveError, parse_directive

# Every pattern below starts by consuming one character from a small set, which lets the regex
# engine skip, in C, over everything else; each alternative then checks which character it was
# with a lookbehind. The text gets two newlines in front (see _LEAD) so that the first line is
# preceded by a newline and a blank line like any other.
_LEAD: Final = "\n\n"

# --------------------------------------------------------------------------- shared pieces

_URL: Final = (
    r"(?P<url>(?<![\w/.@-].)"
    r"(?:(?<=[hH])(?i:ttps?://)|(?<=[fF])(?i:tp://)|(?<=[wW])(?i:ww\.))"
    r"[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}*_])"
)
# After "<".
_AUTOLINK: Final = r"(?P<autolink>(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>)"
_COMMENT: Final = r"(?P<comment>!--(?P<comment_body>[\s\S]*?)(?:-->|\Z))"
# Raw HTML whose content is never prose; unclosed, it runs to the end like a browser would.
_RAW_HTML: Final = (
    r"(?P<raw_html>(?i:(?P<raw_tag>script|style|pre|code|textarea|svg|math))\b[^>]*>"
    r"[\s\S]*?(?:</(?i:(?P=raw_tag))\s*>|\Z))"
)
_TAG: Final = r"(?P<tag>/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
_EMAIL_DOMAIN: Final = re.compile(r"@[\w-]+(?:\.[\w-]+)+")
_EMAIL_LOCAL: Final = re.compile(r"[\w.+-]{1,64}\Z")

# --------------------------------------------------------------------------- Markdown

_MD_FRONT_MATTER: Final = re.compile(
    r"(?P<front_fence>---|\+\+\+)[ \t]*\n[\s\S]*?\n(?:(?P=front_fence)|\.\.\.)[ \t]*(?=\n|\Z)"
)
# After "\n". A backtick fence's info string holds no backtick, else the line is a code span.
_MD_FENCE: Final = (
    r"(?P<fence>[ \t]*+(?P<fence_mark>`{3,}(?=[^`\n]*$)|~{3,})[^\n]*"
    r"(?:[\s\S]*?\n[ \t]*(?P=fence_mark)(?:`*|~*)[ \t]*(?=\n|\Z)|[\s\S]*))"
)
# After "\n": an indented block after a blank line; whether it is code or a list item's
# continuation is decided by looking back (see _continues_list). It ends before its last
# newline, which belongs to the next line.
_MD_INDENTED_LINE: Final = r"(?:[ ]{4}|[ ]{0,3}\t)[^\n]*"
_MD_INDENTED: Final = (
    r"[ \t]*+\n(?P<indented>"
    + _MD_INDENTED_LINE
    + r"(?:\n(?:[ \t]*+\n)*"
    + _MD_INDENTED_LINE
    + r")*)"
)
# After "\n". Footnote definitions ("[^1]: ...") are prose, link reference definitions are not.
_MD_REFERENCE: Final = r"(?P<reference>[ ]{0,3}\[(?!\^)[^\]\n]{1,999}\]:[ \t]*\S[^\n]*)"
# After "]".
_MD_LINK_TARGET: Final = (
    r"(?P<link_target>\((?:[^()\s]|\([^()\s]*\))*"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?[ \t]*\))"
)
# After "`": runs of up to 8 backticks open a code span that closes with a run of the same
# length in the same paragraph; the bound keeps unmatched openers from rescanning a paragraph
# many times.
_MD_CODE_SPAN: Final = (
    r"(?<!``)(?P<code_span>(?P<ticks>`{0,7})(?!`)(?:[^\n]|\n(?![ \t]*\n))*?"
    r"(?<!`)`(?P=ticks)(?!`))"
)


def _alternatives(first: str, groups: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern: a character of ``first``, then the alternatives listed for that character."""
    branches = []
    for character, parts in groups.items():
        guard = "" if character == "url" else f"(?<={character})"
        branches.append(guard + "(?:" + "|".join(parts) + ")")
    return re.compile(f"[{first}](?:" + "|".join(branches) + ")", re.MULTILINE)


_MD_AFTER_LT: Final = (_COMMENT, _RAW_HTML, _AUTOLINK, _TAG)
_MARKDOWN: Final = _alternatives(
    "\n<\\]`hHfFwW",
    {
        "\n": (_MD_FENCE, _MD_INDENTED, _MD_REFERENCE),
        "<": _MD_AFTER_LT,
        "\\]": (_MD_LINK_TARGET,),
        "`": (_MD_CODE_SPAN,),
        "url": (_URL,),
    },
)
# For an indented block that turned out to continue a list item: everything but indented code.
_MARKDOWN_IN_LIST: Final = _alternatives(
    "\n<\\]`hHfFwW",
    {
        "\n": (_MD_FENCE, _MD_REFERENCE),
        "<": _MD_AFTER_LT,
        "\\]": (_MD_LINK_TARGET,),
        "`": (_MD_CODE_SPAN,),
        "url": (_URL,),
    },
)
_LIST_ITEM: Final = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")

# --------------------------------------------------------------------------- reStructuredText

# Directives whose body is code, markup or file names rather than prose.
_RST_CODE_DIRECTIVES: Final = (
    "code-block|code|sourcecode|literalinclude|highlight|math|raw|toctree|graphviz|"
    "jupyter-execute|ipython|doctest|testcode|testoutput|productionlist"
)
_RST_BODY: Final = r"(?:\n(?:(?P={indent})[ \t]+\S[^\n]*|[ \t]*(?=\n)))*"
# All of these come after "\n".
_RST_CODE_DIRECTIVE: Final = (
    r"(?P<rst_code>(?P<code_indent>[ \t]*+)\.\.[ \t]+(?:" + _RST_CODE_DIRECTIVES + r")::[^\n]*"
    + _RST_BODY.format(indent="code_indent")
    + ")"
)
_RST_TARGET: Final = r"(?P<rst_target>[ \t]*+\.\.[ \t]+_[^\n]*)"
# ".. name::", ".. [1]", ".. |sub| name::": the marker is markup, what follows is prose.
_RST_MARKER: Final = (
    r"(?P<rst_marker>[ \t]*+\.\.[ \t]+(?:\|[^|\n]+\|[ \t]+)?(?:[\w:+-]+::|\[[^\]\n]+\]))"
)
# Any other explicit markup block is a comment (this is where claim-check directives live).
_RST_COMMENT: Final = (
    r"(?P<rst_comment>(?P<comment_indent>[ \t]*+)\.\.(?=[ \t]|$)(?P<rst_comment_text>[^\n]*"
    + _RST_BODY.format(indent="comment_indent")
    + "))"
)
_RST_LITERAL_LINE: Final = r"(?P=literal_indent)[ \t]+\S[^\n]*"
_RST_LITERAL: Final = (
    r"(?P<literal_indent>[ \t]*+)(?!\.\.)[^\n]*::[ \t]*\n(?:[ \t]*+\n)++"
    r"(?P<rst_literal>" + _RST_LITERAL_LINE + r"(?:\n(?:[ \t]*+\n)*" + _RST_LITERAL_LINE + r")*)"
)
_RST_ADORNMENT: Final = (
    r"(?P<adornment>(?P<adorn_char>[=\-`:'\"~^_*+#<>.])(?P=adorn_char){3,}[ \t]*$)"
)
# After "`" and ":".
_RST_INLINE_LITERAL: Final = r"(?<!``)(?P<rst_inline>`(?!`)[^\n]*?``(?!`))"
_RST_ROLE: Final = r"(?<![\w:]:)(?P<rst_role>[\w+-]+(?::[\w+-]+)?:(?=`))"

_RST: Final = _alternatives(
    "\n<`:hHfFwW",
    {
        "\n": (
            _RST_CODE_DIRECTIVE,
            _RST_TARGET,
            _RST_MARKER,
            _RST_COMMENT,
            _RST_LITERAL,
            _RST_ADORNMENT,
        ),
        "<": (_AUTOLINK,),
        "`": (_RST_INLINE_LITERAL,),
        ":": (_RST_ROLE,),
        "url": (_URL,),
    },
)
_RST_DIRECTIVE_COMMENT: Final = re.compile(r"[ \t]+(claim-check:[\s\S]*)")
# A model's identifier: letters, then letters, digits, dots and hyphens, with a digit after a
# hyphen ("dolly-v2-12b", "Llama-3.1-8B-Instruct"; not "transformers" or "max_tokens=4096").
_IDENTIFIER: Final = re.compile(
    r"[A-Za-z][A-Za-z\d.]*(?:-[A-Za-z\d.]+)*-[A-Za-z\d.]*\d[A-Za-z\d.-]*"
)
_REPOSITORY_OWNER: Final = re.compile(r"[A-Za-z\d][\w.-]*/")
# Groups that begin after the consumed first character, which must be blanked too.
_WHOLE_MATCH: Final = frozenset(
    {"comment", "raw_html", "autolink", "tag", "code_span", "url", "rst_inline", "rst_role"}
)

# --------------------------------------------------------------------------- plain text

_PLAIN_DIRECTIVE: Final = re.compile(r"<!--(?P<comment_body>[ \t]*claim-check:.*?)-->")


class Masked(NamedTuple):
    """A masked text, the directives found in it, and (line, reason) for malformed ones."""

    text: str
    directives: list[Directive]
    problems: list[tuple[int, str]]


_NEWLINE: Final = re.compile("\n")
_PROSE: Final = re.compile(r"\S")
_PARAGRAPH_END: Final = re.compile(r"\n[ \t]*(?:\n|\Z)|\Z")


def blank(segment: str) -> str:
    """``segment`` with every character but ``\\n`` turned into a space."""
    if "\n" not in segment:
        return " " * len(segment)
    return "\n".join(" " * len(line) for line in segment.split("\n"))


class _Masker:
    """One masking pass over one text: blanks the matches of a pattern and collects the
    directives found in comments.

    ``self.text`` is the text with ``lead`` in front, so that match offsets are into it.
    """

    def __init__(self, text: str, lead: str = _LEAD) -> None:
        self.text = lead + text
        self.lead = len(lead)
        self.directives: list[Directive] = []
        self.problems: list[tuple[int, str]] = []
        self._directive_ends: list[int] = []
        # Directives arrive in text order, so their lines are counted incrementally.
        self._counted_to = self.lead
        self._line = 1

    def directive(self, body: str, span: tuple[int, int]) -> None:
        start, end = span
        self._line += self.text.count("\n", self._counted_to, start)
        self._counted_to = start
        try:
            found = parse_directive(body, self._line)
        except DirectiveError as error:
            self.problems.append((self._line, str(error)))
            return
        if found is not None:
            self.directives.append(found)
            self._directive_ends.append(end - self.lead)

    def finish(self, masked: str) -> Masked:
        """``masked`` is the blanked ``self.text``: drop the lead and complete the directives."""
        text = _mask_emails(masked[self.lead :])
        return Masked(text, self._with_ends(text), self.problems)

    def _with_ends(self, text: str) -> list[Directive]:
        """Directives with ``end_line`` set for ``ignore``: the last line of the first prose
        paragraph that starts after the comment (blanked code in between is passed over)."""
        if not any(directive.action == "ignore" for directive in self.directives):
            return self.directives
        newlines = [match.start() for match in _NEWLINE.finditer(text)]
        completed: list[Directive] = []
        # Directives before one paragraph share its end: found once, not once per directive.
        known_paragraph, known_last = -1, -1
        for directive, end in zip(self.directives, self._directive_ends, strict=True):
            if directive.action != "ignore":
                completed.append(directive)
                continue
            # Only blanks lie between the previous directive and its paragraph, so a directive
            # that ends before that paragraph starts precedes the same one.
            if end <= known_paragraph:
                last = known_last
            else:
                paragraph = _PROSE.search(text, end)
                last = end
                if paragraph is not None:
                    paragraph_end = _PARAGRAPH_END.search(text, paragraph.start())
                    last = paragraph_end.start() if paragraph_end else len(text)
                    known_paragraph, known_last = paragraph.start(), last
            end_line = bisect.bisect_left(newlines, last) + 1
            completed.append(directive.model_copy(update={"end_line": end_line}))
        return completed


def _blank_match(match: re.Match[str], kind: str) -> str:
    """The replacement of a match: blanks, but what precedes the group ``kind`` is kept (the
    newline or bracket consumed first, the lines before an indented block)."""
    if kind in _WHOLE_MATCH:
        return blank(match.group())
    start = match.start(kind) - match.start()
    whole = match.group()
    return whole[:start] + blank(whole[start:])


def _kept_identifier(span: str) -> str:
    """A code span blanked, but for a model's identifier alone in it ("`dolly-v2-12b`"):
    model cards and release notes write names so, and the text speaks of them."""
    ticks = len(span) - len(span.lstrip("`"))
    inner = span[ticks : len(span) - ticks]
    # "`mistralai/Mistral-7B-Instruct-v0.2`": a repository's owner before the model's name.
    owner = _REPOSITORY_OWNER.match(inner)
    name = inner[owner.end() :] if owner is not None else inner
    if _IDENTIFIER.fullmatch(name) is None:
        return blank(span)
    return " " * (ticks + len(inner) - len(name)) + name + " " * ticks


def _continues_list(text: str, newline: int) -> bool:
    """Whether the indented block after the blank line that follows ``newline`` continues a list
    item rather than being code.

    The nearest line above it that is indented less than four columns decides: a list item
    (``-``, ``*``, ``+``, ``1.``) means continuation.
    """
    end = newline
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        end = line_start - 1
        stripped = line.expandtabs(4)
        content = stripped.lstrip(" ")
        if content and len(stripped) - len(content) < 4:
            return _LIST_ITEM.match(line) is not None
    return False


def mask_markdown(text: str) -> Masked:
    front = _MD_FRONT_MATTER.match(text)
    if front is not None:
        # Blanked first, so that nothing inside it is taken for anything else.
        text = blank(front.group()) + text[front.end() :]
    masker = _Masker(text)

    def replacer(base: int) -> Callable[[re.Match[str]], str]:
        """The replacement function for matches at offset ``base`` into ``masker.text``."""

        def replace(match: re.Match[str]) -> str:
            kind = match.lastgroup or ""
            if kind == "comment":
                start, end = match.span()
                masker.directive(match.group("comment_body"), (base + start, base + end))
            elif kind == "indented" and _continues_list(masker.text, match.start()):
                return _MARKDOWN_IN_LIST.sub(replacer(match.start()), match.group())
            elif kind == "code_span":
                return _kept_identifier(match.group())
            return _blank_match(match, kind)

        return replace

    return masker.finish(_MARKDOWN.sub(replacer(0), masker.text))


def mask_rst(text: str) -> Masked:
    masker = _Masker(text)

    def replace(match: re.Match[str]) -> str:
        kind = match.lastgroup or ""
        if kind == "rst_comment":
            inner = _RST_DIRECTIVE_COMMENT.match(match.group("rst_comment_text"))
            if inner is not None:
                masker.directive(inner.group(1), match.span(kind))
        return _blank_match(match, kind)

    return masker.finish(_RST.sub(replace, masker.text))


def mask_plain(text: str) -> Masked:
    """Plain text is prose as it is; only claim-check directive comments are taken out."""
    masker = _Masker(text, lead="")
    if "claim-check:" not in text:
        return Masked(text, [], [])

    def replace(match: re.Match[str]) -> str:
        masker.directive(match.group("comment_body"), match.span())
        return blank(match.group())

    return masker.finish(_PLAIN_DIRECTIVE.sub(replace, text))


def _mask_emails(text: str) -> str:
    """E-mail addresses have no distinctive first character, so they are found from their
    ``@`` in a pass of their own, only when the text has one."""
    if "@" not in text:
        return text
    pieces: list[str] = []
    position = 0
    for domain in _EMAIL_DOMAIN.finditer(text):
        at = domain.start()
        local = _EMAIL_LOCAL.search(text, max(at - 64, position), at)
        if local is not None:
            pieces.append(text[position : local.start()])
            pieces.append(blank(text[local.start() : domain.end()]))
            position = domain.end()
    pieces.append(text[position:])
    return "".join(pieces)


Masker = Callable[[str], Masked]

MASKERS: Final[dict[str, Masker]] = {
    ".txt": mask_plain,
    ".text": mask_plain,
    ".rst": mask_rst,
    ".rest": mask_rst,
}


def masker_for(suffix: str) -> Masker:
    """The masker for a file extension; anything not plain text or reST is read as Markdown."""
    return MASKERS.get(suffix.lower(), mask_markdown)

"""Inline directives: ``<!-- claim-check: ignore CC101 reason="why" -->``.

``ignore`` applies to the next paragraph, ``disable`` to everything until a matching
``enable``; no rule codes means every rule. A comment that does not start with
``claim-check:`` is an ordinary comment. A ``claim-check:`` comment that cannot be understood
(unknown action, a token that is neither a rule code nor ``reason=``) is left out of the
directives, and the reader logs a warning naming the file and line: a typo must not silently
suppress, nor silently fail to suppress, without a word.
"""

from __future__ import annotations

import re
from typing import Final

from checker.models import Directive

ACTIONS: Final = ("ignore", "disable", "enable")

_PREFIX: Final = re.compile(r"\s*claim-check\s*:\s*", re.IGNORECASE)
_ACTION: Final = re.compile(r"([A-Za-z-]*)\s*")
_TOKEN: Final = re.compile(
    r"""\s*(?:reason\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<bare>\S+))"""
    r"""|(?P<rule>[A-Za-z]{1,8}[0-9]{1,6})\s*(?:,|(?=\s|$))|(?P<other>\S+))""",
)


class DirectiveError(ValueError):
    """A ``claim-check:`` comment that is not a valid directive; the message says why."""


def parse_directive(body: str, line: int) -> Directive | None:
    """The directive in a comment's ``body``; None when the comment is not meant for us.

    Raises ``DirectiveError`` for a ``claim-check:`` comment that is malformed.
    """
    prefix = _PREFIX.match(body)
    if prefix is None:
        return None
    action_match = _ACTION.match(body, prefix.end())
    action = action_match.group(1).lower() if action_match else ""
    if action not in ACTIONS:
        shown = action or body[prefix.end() :].strip()[:30]
        raise DirectiveError(
            f"unknown claim-check directive {shown!r} (expected {', '.join(ACTIONS)})"
        )
    rules: list[str] = []
    reason: str | None = None
    position = action_match.end() if action_match else len(body)
    rest = body.rstrip()
    while position < len(rest):
        token = _TOKEN.match(rest, position)
        if token is None or token.end() == position:  # pragma: no cover - `other` takes any \S
            break
        position = token.end()
        if token.group("rule"):
            rules.append(token.group("rule").upper())
        elif token.group("other") is not None:
            raise DirectiveError(
                f"cannot read {token.group('other')!r} in a claim-check {action} directive "
                '(expected rule codes like CC101 and an optional reason="...")'
            )
        else:
            reason = next(
                value for value in token.group("double", "single", "bare") if value is not None
            )
    return Directive(action=action, rules=sorted(set(rules)), reason=reason, line=line)

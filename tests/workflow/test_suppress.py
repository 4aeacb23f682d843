from __future__ import annotations

from pathlib import Path

import pytest

from checker.models import Directive
from checker.suppress import IgnoreList, SuppressError, apply_suppressions, load_ignore_file
from tests.workflow.helpers import by_id, make_claim, make_finding

CLAIMS = by_id(
    make_claim("c1", "a.md", 3, 5e11),
    make_claim("c2", "b.md", 9, 5e14),
    make_claim("c3", "b.md", 20, 5e14),
)
CONFLICT = make_finding(["c1", "c2"])
LATER = make_finding(["c1", "c3"])
SCALE = make_finding(["c1", "c2"], rule="CC102", kind="scale-mismatch")


def run(directives: dict[str, list[Directive]], *findings: object) -> tuple[list[object], int]:
    chosen = list(findings) or [CONFLICT, LATER, SCALE]
    kept, count = apply_suppressions(chosen, CLAIMS, directives)  # type: ignore[arg-type]
    return list(kept), count


def test_nothing_to_suppress() -> None:
    assert run({}) == ([CONFLICT, LATER, SCALE], 0)


def test_ignore_covers_the_next_paragraph_for_the_named_rule() -> None:
    directives = {"b.md": [Directive(action="ignore", rules=["CC101"], line=7, end_line=10)]}
    assert run(directives) == ([LATER, SCALE], 1)


def test_ignore_without_rules_covers_every_rule() -> None:
    directives = {"b.md": [Directive(action="ignore", line=7, end_line=10)]}
    assert run(directives) == ([LATER], 2)


def test_ignore_by_kind_name() -> None:
    directives = {
        "b.md": [Directive(action="ignore", rules=["scale-mismatch"], line=7, end_line=9)]
    }
    assert run(directives) == ([CONFLICT, LATER], 1)


def test_ignore_in_another_file_does_not_reach() -> None:
    directives = {"c.md": [Directive(action="ignore", line=1, end_line=30)]}
    assert run(directives) == ([CONFLICT, LATER, SCALE], 0)


def test_ignore_without_end_line_covers_the_next_line_with_claims() -> None:
    directives = {"b.md": [Directive(action="ignore", rules=["cc101"], line=5)]}
    assert run(directives) == ([LATER, SCALE], 1)


def test_disable_until_enable() -> None:
    directives = {
        "b.md": [
            Directive(action="disable", rules=["CC101"], line=8),
            Directive(action="enable", rules=["CC101"], line=15),
        ]
    }
    assert run(directives) == ([LATER, SCALE], 1)


def test_disable_without_enable_runs_to_the_end() -> None:
    directives = {"b.md": [Directive(action="disable", line=8)]}
    assert run(directives) == ([], 3)


def test_disable_all_then_enable_one() -> None:
    directives = {
        "b.md": [
            Directive(action="disable", line=1),
            Directive(action="enable", rules=["CC102"], line=2),
        ]
    }
    assert run(directives) == ([SCALE], 2)


def test_a_switch_does_not_reach_back_to_its_own_line() -> None:
    directives = {"b.md": [Directive(action="disable", line=9)]}
    assert run(directives) == ([CONFLICT, SCALE], 1)


def write_ignore(folder: Path, text: str) -> Path:
    path = folder / ".claim-check-ignore"
    path.write_text(text, encoding="utf-8")
    return path


def test_ignore_file_by_path_line_and_rule(tmp_path: Path) -> None:
    path = write_ignore(
        tmp_path,
        "# accepted on review\n\nb.md:18-22  CC101  the later figure is quoted on purpose\n",
    )
    ignored = load_ignore_file(path, tmp_path)
    kept, count = apply_suppressions([CONFLICT, LATER, SCALE], CLAIMS, {}, ignored)
    assert (kept, count) == ([CONFLICT, SCALE], 1)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("b.md *", []),
        ("b.md:9 CC102", [CONFLICT, LATER]),
        ("*.md value-conflict,scale-mismatch", []),
        ("b.md:10 *", [CONFLICT, LATER, SCALE]),
        ("./b.md CC101", [SCALE]),
    ],
)
def test_ignore_file_forms(tmp_path: Path, line: str, kept: list[object]) -> None:
    ignored = load_ignore_file(write_ignore(tmp_path, line + "\n"), tmp_path)
    assert apply_suppressions([CONFLICT, LATER, SCALE], CLAIMS, {}, ignored)[0] == kept


def test_ignore_file_paths_are_relative_to_its_folder(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    ignored = load_ignore_file(write_ignore(tmp_path / "docs", "a.md *\n"), tmp_path)
    claims = by_id(make_claim("c1", "docs/a.md", 1), make_claim("c2", "b.md", 1))
    assert apply_suppressions([make_finding(["c1", "c2"])], claims, {}, ignored) == ([], 1)


def test_missing_ignore_file_ignores_nothing(tmp_path: Path) -> None:
    assert load_ignore_file(tmp_path / ".claim-check-ignore", tmp_path) == IgnoreList()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("b.md", ":1: expected '<path>[:<line>[-<line>]] <rules or *> [reason]'"),
        ("b.md CC1O1", ":1: 'CC1O1' is not a rule code"),
        ("b.md:9-3 *", ":1: line range 9-3 is empty"),
    ],
)
def test_malformed_ignore_line_is_one_line_error(tmp_path: Path, line: str, expected: str) -> None:
    path = write_ignore(tmp_path, line + "\n")
    with pytest.raises(SuppressError) as caught:
        load_ignore_file(path, tmp_path)
    assert str(caught.value).startswith(f"{path}{expected}")

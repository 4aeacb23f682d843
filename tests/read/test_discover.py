"""Which files a run reads."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from checker.config import Settings
from checker.read import ReadError, discover


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A small corpus; the current directory is its parent, as for a user in their repo."""
    root = tmp_path / "docs"
    for name in (
        "b.md", "a.txt", "c.rst", "d.markdown", "image.png", "notes.MD",
        "sub/deep/e.md", "sub/f.md", "drafts/g.md", "x.draft.md",
        ".hidden/h.md", ".git/i.md", "node_modules/j.md", ".claim-check-cache/k.md", ".dot.md",
    ):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text")
    monkeypatch.chdir(tmp_path)
    yield root


def names(files: list[Path], root: Path) -> list[str]:
    return [path.relative_to(root).as_posix() for path in files]


def test_walks_recursively_sorted_by_default_extensions(tree: Path) -> None:
    files, skipped = discover([Path("docs")], Settings())
    assert names(files, Path("docs")) == [
        "a.txt", "b.md", "c.rst", "d.markdown", "drafts/g.md", "notes.MD",
        "sub/deep/e.md", "sub/f.md", "x.draft.md",
    ]
    assert skipped == []


def test_same_answer_whatever_the_order_of_paths(tree: Path) -> None:
    one, _ = discover([Path("docs/sub"), Path("docs/drafts")], Settings())
    other, _ = discover([Path("docs/drafts"), Path("docs/sub")], Settings())
    assert one == other


def test_extensions_are_configurable(tree: Path) -> None:
    files, _ = discover([Path("docs")], Settings(extensions=["rst", ".TXT"]))
    assert names(files, Path("docs")) == ["a.txt", "c.rst"]


def test_exclude_patterns(tree: Path) -> None:
    files, _ = discover([Path("docs")], Settings(exclude=["drafts", "*.draft.md", "docs/sub/**"]))
    assert names(files, Path("docs")) == ["a.txt", "b.md", "c.rst", "d.markdown", "notes.MD"]


def test_include_patterns_narrow_the_selection(tree: Path) -> None:
    files, _ = discover([Path("docs")], Settings(include=["docs/sub/**/*.md"]))
    assert names(files, Path("docs")) == ["sub/deep/e.md", "sub/f.md"]


def test_a_named_file_is_read_whatever_its_extension(tree: Path) -> None:
    files, _ = discover([Path("docs/image.png"), Path("docs/.dot.md")], Settings())
    assert files == [Path("docs/.dot.md"), Path("docs/image.png")]


def test_a_file_named_twice_is_read_once(tree: Path) -> None:
    files, _ = discover([Path("docs/b.md"), Path("docs"), Path("./docs/b.md")], Settings())
    assert names(files, Path("docs")).count("b.md") == 1


def test_missing_path_is_a_read_error(tree: Path) -> None:
    with pytest.raises(ReadError, match=r"nope\.md: no such file or directory"):
        discover([Path("docs"), Path("nope.md")], Settings())


def test_symlink_loop_is_skipped_with_a_reason(tree: Path) -> None:
    os.symlink("..", tree / "sub" / "loop")
    files, skipped = discover([Path("docs")], Settings())
    assert "sub/f.md" in names(files, Path("docs"))
    assert [(s.path, s.reason) for s in skipped] == [
        ("docs/sub/loop", "symbolic link loop (points to a folder above it)")
    ]


def test_links_leaving_the_tree_are_not_followed(tree: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("x")
    os.symlink(outside, tree / "out_dir")
    os.symlink(outside / "secret.md", tree / "out_file.md")
    files, skipped = discover([Path("docs")], Settings())
    assert not any("secret" in str(path) for path in files)
    assert sorted(s.path for s in skipped) == ["docs/out_dir", "docs/out_file.md"]
    assert {s.reason for s in skipped} == {"symbolic link leads outside the checked paths"}


def test_links_inside_the_tree_are_followed_once(tree: Path) -> None:
    os.symlink(tree / "sub", tree / "alias")
    os.symlink(tree / "b.md", tree / "b-link.md")
    files, skipped = discover([Path("docs")], Settings())
    assert skipped == []
    real = [os.path.realpath(path) for path in files]
    assert len(real) == len(set(real))
    assert len(files) == 9


def test_broken_link_is_skipped(tree: Path) -> None:
    os.symlink(tree / "gone.md", tree / "broken.md")
    _, skipped = discover([Path("docs")], Settings())
    assert [(s.path, s.reason) for s in skipped] == [("docs/broken.md", "broken symbolic link")]


def test_special_files_are_never_opened(tree: Path) -> None:
    os.mkfifo(tree / "pipe.md")
    files, skipped = discover([Path("docs")], Settings())
    assert Path("docs/pipe.md") not in files
    assert [(s.path, s.reason) for s in skipped] == [("docs/pipe.md", "not a regular file")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_folder_is_skipped(tree: Path) -> None:
    locked = tree / "sub"
    locked.chmod(0)
    try:
        files, skipped = discover([Path("docs")], Settings())
    finally:
        locked.chmod(0o755)
    assert [(s.path, s.reason) for s in skipped] == [("docs/sub", "permission denied")]
    assert "b.md" in names(files, Path("docs"))


def test_deep_trees_do_not_exhaust_the_stack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    deep = Path("d")
    for _ in range(300):
        deep = deep / "x"
    deep.mkdir(parents=True)
    (deep / "end.md").write_text("x")
    files, _ = discover([Path("d")], Settings())
    assert files == [deep / "end.md"]


def test_unreadable_folder_even_for_root(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, skipped = discover([Path("docs")], Settings())
    assert [(s.path, s.reason) for s in skipped] == [("docs/sub", "permission denied")]
    assert "sub/f.md" not in names(files, Path("docs"))

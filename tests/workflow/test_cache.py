from __future__ import annotations

import os
import time
from pathlib import Path

from checker.cache import ExtractionCache, extraction_salt
from checker.config import Settings
from checker.models import DocumentClaims
from tests.workflow.helpers import make_claim

SHA = "ab" * 32


def result(path: str = "news/a.md", sha: str = SHA, claims: int = 2) -> DocumentClaims:
    return DocumentClaims(
        path=path,
        language="en",
        sha256=sha,
        claims=[make_claim(f"c{i}", path, i + 1) for i in range(claims)],
    )


def test_round_trip_and_self_ignoring_folder(tmp_path: Path) -> None:
    folder = tmp_path / ".claim-check-cache"
    cache = ExtractionCache(folder, "salt", enabled=True)
    assert cache.get(SHA, "news/a.md") is None
    cache.put(SHA, result())
    assert ExtractionCache(folder, "salt", enabled=True).get(SHA, "news/a.md") == result()
    assert (folder / ".gitignore").read_text(encoding="utf-8") == "*\n"
    assert (
        (folder / "CACHEDIR.TAG")
        .read_text(encoding="utf-8")
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    assert not list(folder.rglob("*.tmp"))


def test_key_holds_content_path_and_salt(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, "salt", enabled=True)
    cache.put(SHA, result())
    assert cache.get("cd" * 32, "news/a.md") is None
    assert cache.get(SHA, "news/b.md") is None
    assert ExtractionCache(tmp_path, "other salt", enabled=True).get(SHA, "news/a.md") is None


def test_disabled_cache_neither_reads_nor_writes(tmp_path: Path) -> None:
    ExtractionCache(tmp_path, "salt", enabled=True).put(SHA, result())
    disabled = ExtractionCache(tmp_path / "off", "salt", enabled=False)
    disabled.put(SHA, result())
    assert not (tmp_path / "off").exists()
    assert ExtractionCache(tmp_path, "salt", enabled=False).get(SHA, "news/a.md") is None


def test_damaged_or_foreign_entries_are_misses_and_get_rebuilt(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, "salt", enabled=True)
    cache.put(SHA, result())
    (entry,) = cache.entries.glob("*.json")
    for damage in (b"", entry.read_bytes()[:40], b"\x00\xff garbage", b'{"path": 3}'):
        entry.write_bytes(damage)
        assert cache.get(SHA, "news/a.md") is None
    entry.write_text(result(sha="cd" * 32).model_dump_json(), encoding="utf-8")
    assert cache.get(SHA, "news/a.md") is None
    cache.put(SHA, result())
    assert cache.get(SHA, "news/a.md") == result()


def test_unwritable_cache_only_costs_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    cache = ExtractionCache(blocker / "cache", "salt", enabled=True)
    cache.put(SHA, result())
    assert cache.get(SHA, "news/a.md") is None


def test_salt_follows_the_settings_that_change_extraction() -> None:
    base = Settings()
    assert extraction_salt(base) == extraction_salt(base.model_copy(update={"fail_on": "never"}))
    assert extraction_salt(base) != extraction_salt(base.model_copy(update={"language": "de"}))


def test_warm_reads_of_hundreds_of_documents_give_them_back(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, "salt", enabled=True)
    documents = [result(f"docs/{n}.md", f"{n:064x}", claims=10) for n in range(300)]
    for document in documents:
        cache.put(document.sha256, document)
    assert [cache.get(d.sha256, d.path) for d in documents] == documents


def test_results_of_old_code_or_settings_are_pruned(tmp_path: Path) -> None:
    salts = [f"salt {n}" for n in range(6)]
    for age, salt in enumerate(salts):
        cache = ExtractionCache(tmp_path, salt, enabled=True)
        cache.put(SHA, result())
        written = time.time() - 3600 + age
        os.utime(cache.entries, (written, written))
    folders = list((tmp_path / "v1").iterdir())
    assert len(folders) == 4
    newest = ExtractionCache(tmp_path, salts[-1], enabled=True)
    assert newest.entries in folders
    assert newest.get(SHA, "news/a.md") == result()
    assert ExtractionCache(tmp_path, salts[0], enabled=True).get(SHA, "news/a.md") is None

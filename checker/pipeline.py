"""One run: read -> extract -> normalize -> resolve -> rules, ready for a report.

The per-file part (read, extract, normalize) is a pure function of a file's bytes and the
settings that affect extraction, so its results are cached by content hash and computed in
worker processes when there are many; everything after it works on claims only.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from checker.baseline import Baseline
from checker.cache import ExtractionCache, extraction_salt
from checker.config import Settings
from checker.curated import Curated, load_curated
from checker.extract import extract_claims
from checker.models import (
    Claim,
    DocumentClaims,
    DocumentInfo,
    Finding,
    RunResult,
    SkippedFile,
)
from checker.normalize import normalize_claims
from checker.read import ReadError, discover, read_document
from checker.resolve import resolve
from checker.rules import run_rules
from checker.suppress import apply_suppressions, load_ignore_file

Progress = Callable[
    [Iterable[DocumentClaims | SkippedFile], int], Iterator[DocumentClaims | SkippedFile]
]
"""Wraps the stream of per-file results (given their number), e.g. to draw a progress bar."""

# Below this many files to extract, starting worker processes costs more than it saves.
POOL_THRESHOLD = 24


@dataclass(frozen=True)
class FileTask:
    path: Path
    display: str
    language: str


def display_path(path: Path, cwd: Path, root: Path | None = None) -> str:
    """Relative to ``root`` (or the current directory) when the file is below it."""
    absolute = path.absolute()
    for base in (root, cwd):
        if base is None:
            continue
        try:
            return absolute.relative_to(base.absolute()).as_posix()
        except ValueError:
            continue
    return os.path.relpath(absolute, cwd).replace(os.sep, "/")


def process_file(task: FileTask) -> DocumentClaims | SkippedFile:
    """Read, extract and normalize one file; a file that cannot be read is skipped, not fatal."""
    try:
        document = read_document(task.path, task.display, task.language)
    except ReadError as error:
        return SkippedFile(path=task.display, reason=str(error))
    extracted = extract_claims(document)
    return extracted.model_copy(update={"claims": normalize_claims(extracted.claims)})


def file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def extract_files(
    tasks: Sequence[FileTask],
    cache: ExtractionCache,
    jobs: int,
    progress: Progress | None = None,
) -> list[DocumentClaims | SkippedFile]:
    """Per-file results in the order of ``tasks``, from the cache where the bytes are known."""
    results: list[DocumentClaims | SkippedFile | None] = [None] * len(tasks)
    missing: list[int] = []
    hashes: list[str | None] = []
    for index, task in enumerate(tasks):
        digest = file_sha256(task.path) if cache.enabled else None
        hashes.append(digest)
        cached = cache.get(digest, task.display) if digest else None
        if cached is not None:
            results[index] = cached
        else:
            missing.append(index)
    todo = [tasks[i] for i in missing]
    computed: Iterable[DocumentClaims | SkippedFile]
    if jobs > 1 and len(todo) >= POOL_THRESHOLD:
        pool = ProcessPoolExecutor(max_workers=jobs)
        computed = pool.map(process_file, todo, chunksize=max(1, len(todo) // (jobs * 8)))
    else:
        pool = None
        computed = map(process_file, todo)
    try:
        if progress is not None:
            computed = progress(computed, len(todo))
        for index, result in zip(missing, computed, strict=True):
            results[index] = result
            if isinstance(result, DocumentClaims):
                cache.put(result.sha256, result)
    finally:
        if pool is not None:
            pool.shutdown()
    return [r for r in results if r is not None]


def number_claims(documents: list[DocumentClaims]) -> list[DocumentClaims]:
    """Claim ids ``c1``, ``c2``, ... in document order: the same input gives the same ids."""
    counter = 0
    numbered = []
    for document in documents:
        claims = []
        for claim in document.claims:
            counter += 1
            claims.append(claim.model_copy(update={"id": f"c{counter}"}))
        numbered.append(document.model_copy(update={"claims": claims}))
    return numbered


def run(
    paths: Sequence[Path],
    settings: Settings,
    *,
    use_cache: bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
    baseline: Baseline | None = None,
    curated: Curated | None = None,
    root: Path | None = None,
) -> RunResult:
    """Check ``paths`` and return everything a report needs.

    ``root`` is where displayed paths are relative to when files are below it (the current
    directory otherwise); ``curated`` defaults to the claims folder the settings name.
    """
    cwd = Path.cwd()
    files, skipped = discover(paths, settings)
    tasks = [FileTask(path, display_path(path, cwd, root), settings.language) for path in files]
    cache = ExtractionCache(cwd / settings.cache_dir, extraction_salt(settings), enabled=use_cache)
    workers = jobs if jobs is not None else settings.jobs
    if workers <= 0:
        workers = os.cpu_count() or 1
    outcomes = extract_files(tasks, cache, workers, progress)
    documents = sorted((r for r in outcomes if isinstance(r, DocumentClaims)), key=lambda d: d.path)
    skipped = sorted(
        [*skipped, *(r for r in outcomes if isinstance(r, SkippedFile))], key=lambda s: s.path
    )
    documents = number_claims(documents)

    if curated is None:
        curated = load_curated(Path(settings.claims) if settings.claims else None)
    resolution = resolve(documents, curated.aliases)
    findings = run_rules(resolution, curated.references, settings)
    claims_by_id = {claim.id: claim for claim in resolution.claims}
    findings, suppressed = apply_suppressions(
        findings,
        claims_by_id,
        {d.path: d.directives for d in documents},
        load_ignore_file(cwd / settings.ignore_file),
    )
    baselined, stale = 0, list[str]()
    if baseline is not None:
        findings, baselined, stale = baseline.filter(findings, claims_by_id)
    return RunResult(
        documents=[
            DocumentInfo(
                path=d.path,
                language=d.language,
                sha256=d.sha256,
                claims=len(d.claims),
                encoding=d.encoding,
            )
            for d in documents
        ],
        claims=resolution.claims,
        findings=sorted(findings, key=finding_order(claims_by_id)),
        entities=resolution.entities,
        skipped=skipped,
        suppressed=suppressed,
        baselined=baselined,
        stale_baseline=stale,
    )


def finding_order(claims: dict[str, Claim]) -> Callable[[Finding], tuple[str, int, str, str]]:
    """Findings by where their first piece of evidence stands, then by rule."""

    def key(finding: Finding) -> tuple[str, int, str, str]:
        first = claims.get(finding.claims[0]) if finding.claims else None
        if first is None:
            return ("", 0, finding.rule, finding.entity)
        return (first.source.path, first.source.line, finding.rule, finding.entity)

    return key

"""One run: read -> extract -> normalize -> resolve -> rules, ready for a report.

The per-file part (read, extract, normalize) is a pure function of a file's bytes and the
settings that affect extraction, so its results are cached by content hash and computed by an
engine (``checker/engine.py``: worker processes, or Dask); everything after it works on claims
only. The text of a document lives only while its file is processed: memory grows with the
claims, not with the corpus.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from checker.baseline import Baseline
from checker.cache import ExtractionCache, extraction_salt
from checker.config import Settings
from checker.curated import Curated, load_curated
from checker.engine import available_cores, run_engine
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
    try:
        extracted = extract_claims(document)
        return extracted.model_copy(update={"claims": normalize_claims(extracted.claims)})
    except Exception as error:
        # A defect met by one document must not cost the findings of all the others: the
        # file is skipped and named, like an unreadable one.
        return SkippedFile(
            path=task.display, reason=f"internal error while extracting: {type(error).__name__}"
        )


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
    engine: str = "local",
) -> list[DocumentClaims | SkippedFile]:
    """Per-file results in the order of ``tasks``, from the cache where the bytes are known."""
    results: list[DocumentClaims | SkippedFile | None] = [None] * len(tasks)
    missing: list[int] = []
    for index, task in enumerate(tasks):
        digest = file_sha256(task.path) if cache.enabled else None
        cached = cache.get(digest, task.display) if digest else None
        if cached is not None:
            results[index] = cached
        else:
            missing.append(index)
    computed: Iterable[DocumentClaims | SkippedFile] = run_engine(
        engine, process_file, [tasks[i] for i in missing], jobs
    )
    if progress is not None:
        computed = progress(computed, len(missing))
    for index, result in zip(missing, computed, strict=True):
        results[index] = result
        if isinstance(result, DocumentClaims):
            cache.put(result.sha256, result)
    return [r for r in results if r is not None]


def worker_count(jobs: int | None, settings: Settings) -> int:
    """``--jobs``, else the configured ``jobs``, else one worker per core; 0 means per core.

    Extraction output does not depend on the number of workers, so using every core is the
    default; small runs stay in one process whatever this says (see ``engine.POOL_THRESHOLD``).
    """
    if jobs is None and "jobs" in settings.model_fields_set:
        jobs = settings.jobs
    return available_cores() if not jobs or jobs <= 0 else jobs


def write_claims(documents: Sequence[DocumentClaims], path: Path) -> None:
    """The claims of every document as JSON Lines, one ``DocumentClaims`` record a line: what
    resolution and the rules need, for a rules step run elsewhere (``read_claims``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for document in documents:
            handle.write(document.model_dump_json())
            handle.write("\n")


def read_claims(path: Path) -> list[DocumentClaims]:
    """The documents ``write_claims`` wrote, in their order."""
    with open(path, encoding="utf-8") as handle:
        return [DocumentClaims.model_validate_json(line) for line in handle if line.strip()]


def number_claims(documents: list[DocumentClaims]) -> None:
    """Claim ids ``c1``, ``c2``, ... in document order: the same input gives the same ids.
    The documents are replaced in the list one by one, so that only one document's claims
    exist twice at a time."""
    counter = 0
    for position, document in enumerate(documents):
        claims = []
        for claim in document.claims:
            counter += 1
            claims.append(replace(claim, id=f"c{counter}"))
        documents[position] = document.model_copy(update={"claims": claims})


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
    engine: str = "local",
    claims_out: Path | None = None,
) -> RunResult:
    """Check ``paths`` and return everything a report needs.

    ``root`` is where displayed paths are relative to when files are below it (the current
    directory otherwise); ``curated`` defaults to the claims folder the settings name.
    ``engine`` runs the per-file work (``checker/engine.py``); ``claims_out`` also writes every
    document's claims there as JSON Lines (``write_claims``).
    """
    cwd = Path.cwd()
    files, skipped = discover(paths, settings)
    tasks = [FileTask(path, display_path(path, cwd, root), settings.language) for path in files]
    cache = ExtractionCache(cwd / settings.cache_dir, extraction_salt(settings), enabled=use_cache)
    outcomes = extract_files(tasks, cache, worker_count(jobs, settings), progress, engine)
    documents = sorted((r for r in outcomes if isinstance(r, DocumentClaims)), key=lambda d: d.path)
    skipped = sorted(
        [*skipped, *(r for r in outcomes if isinstance(r, SkippedFile))], key=lambda s: s.path
    )
    # Each copy of the claims costs memory in proportion to the corpus: keep one at a time.
    del outcomes
    number_claims(documents)
    if claims_out is not None:
        write_claims(documents, claims_out)

    if curated is None:
        curated = load_curated(Path(settings.claims) if settings.claims else None)
    resolution = resolve(documents, curated.aliases)
    directives = {d.path: d.directives for d in documents}
    infos = [
        DocumentInfo(
            path=d.path,
            language=d.language,
            sha256=d.sha256,
            claims=len(d.claims),
            encoding=d.encoding,
        )
        for d in documents
    ]
    del documents
    findings = run_rules(resolution, curated.references, settings)
    claims_by_id = {claim.id: claim for claim in resolution.claims}
    findings, suppressed = apply_suppressions(
        findings, claims_by_id, directives, load_ignore_file(cwd / settings.ignore_file)
    )
    baselined, stale = 0, list[str]()
    if baseline is not None:
        findings, baselined, stale = baseline.filter(findings, claims_by_id)
    return RunResult(
        documents=infos,
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

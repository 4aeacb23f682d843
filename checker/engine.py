"""Where the per-file work runs: in this process, in a local process pool, or on Dask.

Reading, extracting and normalizing a document is a pure function of the file
(``pipeline.process_file``), so any engine that maps a function over a list can run it. Every
engine returns the results in the order of the tasks, which is what keeps the output of a run
the same whatever runs it. Dask is optional (``pip install claim-check[dask]``) and imported
only when asked for; docs/performance.md says why Dask and how to run it on a cluster.
"""

from __future__ import annotations

import gc
import importlib
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

ENGINES = ("local", "dask")
# Below this many files, starting worker processes costs more than it saves.
POOL_THRESHOLD = 24
# Tasks a worker takes at a time, per worker: large enough to amortise the hand-over,
# small enough that the workers finish together.
CHUNKS_PER_WORKER = 8
# Dask's address of a running scheduler (``dask scheduler``); unset means local processes.
SCHEDULER_ENVIRONMENT = "DASK_SCHEDULER_ADDRESS"

Task = TypeVar("Task")
Result = TypeVar("Result")


class EngineError(Exception):
    """An engine that cannot be used here; ``str()`` is one line for the command line."""


def available_cores() -> int:
    """The cores this process may run on (a container's share, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run_local(
    function: Callable[[Task], Result], tasks: Sequence[Task], jobs: int
) -> Iterator[Result]:
    """``function`` over ``tasks`` in order, in ``jobs`` worker processes when worth it."""
    if jobs <= 1 or len(tasks) < POOL_THRESHOLD:
        yield from map(function, tasks)
        return
    # The first task runs here, before the workers start: it loads the tables and registries
    # every task needs, which forked workers then share with this process instead of each
    # building its own copy. Frozen, the collector leaves those objects' pages unwritten, so
    # they stay shared.
    yield function(tasks[0])
    gc.freeze()
    rest = tasks[1:]
    chunk = max(1, len(rest) // (jobs * CHUNKS_PER_WORKER))
    try:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(function, rest, chunksize=chunk)
    finally:
        gc.unfreeze()


def run_dask(
    function: Callable[[Task], Result], tasks: Sequence[Task], jobs: int
) -> Iterator[Result]:
    """``function`` over ``tasks`` in order on Dask: the cluster whose scheduler
    ``DASK_SCHEDULER_ADDRESS`` names, else ``jobs`` local processes."""
    # Imported by name: Dask is optional, and its modules carry no type information.
    try:
        dask = importlib.import_module("dask")
        dask_bag = importlib.import_module("dask.bag")
    except ImportError as error:
        raise EngineError("the dask engine needs Dask: pip install 'claim-check[dask]'") from error
    if not tasks:
        return iter(())
    address = os.environ.get(SCHEDULER_ENVIRONMENT)
    partitions = max(1, min(len(tasks), max(jobs, 1) * CHUNKS_PER_WORKER))
    bag = dask_bag.from_sequence(list(tasks), npartitions=partitions).map(function)
    results: list[Result]
    if address:
        try:
            distributed = importlib.import_module("distributed")
        except ImportError as error:
            raise EngineError(
                f"{SCHEDULER_ENVIRONMENT} is set but Dask's distributed scheduler is not "
                "installed: pip install 'claim-check[dask]'"
            ) from error
        with distributed.Client(address) as client:
            results = client.compute(bag).result()
    else:
        scheduler = "processes" if jobs > 1 and len(tasks) >= POOL_THRESHOLD else "sync"
        with dask.config.set(num_workers=max(jobs, 1)):
            results = bag.compute(scheduler=scheduler)
    return iter(results)


def run_engine(
    engine: str, function: Callable[[Task], Result], tasks: Sequence[Task], jobs: int
) -> Iterator[Result]:
    """The results of ``function`` over ``tasks``, in order, computed by ``engine``."""
    if engine == "local":
        return run_local(function, tasks, jobs)
    if engine == "dask":
        return run_dask(function, tasks, jobs)
    raise EngineError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")

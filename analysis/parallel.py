"""Run a function over a stream of work, in order, on local processes or a Dask cluster.

Small inputs never pay for a pool: work runs in this process until it has seen
enough text to be worth spreading. At most a few items per worker are in flight,
so memory stays flat however large the input.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

from newsx.analysis.errors import NewsxError

T = TypeVar("T")
R = TypeVar("R")

# Text handled in-process before a pool starts: a tenth of a second of work or so.
SEQUENTIAL_CHARS = 300_000
IN_FLIGHT_PER_WORKER = 3
# Small items (one short file each) travel to workers in batches of about this much
# text, so a folder of ten thousand articles does not pay ten thousand round trips.
BATCH_CHARS = 200_000
BATCH_ITEMS = 200
# Batches that give one result (summed counts) can be larger: the fewer results,
# the less the caller merges, and nothing waits on a batch's first item.
WHOLE_BATCH = 5


class _Sized(Protocol):
    @property
    def size(self) -> int: ...


S = TypeVar("S", bound=_Sized)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_ordered(
    func: Callable[[S], R],
    items: Iterable[S],
    *,
    jobs: int = 1,
    dask: str | None = None,
    whole: Callable[[list[S]], R] | None = None,
) -> Iterator[R]:
    """func(item) for each item, results in input order.

    `whole`: the caller wants only a sum of the results (word counts of a corpus),
    so a batch of items gives one result, whole(batch), computed in one go where
    the batch is: no merging of thousands of small results.
    """
    iterator = iter(items)
    each = functools.partial(_each, func) if whole is None else functools.partial(_whole, whole)
    scale = 1 if whole is None else WHOLE_BATCH
    if dask:
        batches = _map_dask(each, _batches(iterator, scale), dask)
        yield from itertools.chain.from_iterable(batches)
        return
    if jobs <= 1:
        yield from map(func, iterator)
        return
    seen = 0
    for item in iterator:
        yield func(item)
        seen += item.size
        if seen >= SEQUENTIAL_CHARS:
            break
    else:
        return
    batches = _map_pool(each, _batches(iterator, scale), jobs)
    yield from itertools.chain.from_iterable(batches)


def _batches(items: Iterator[S], scale: int = 1) -> Iterator[list[S]]:
    batch: list[S] = []
    size = 0
    for item in items:
        batch.append(item)
        size += item.size
        if size >= BATCH_CHARS * scale or len(batch) >= BATCH_ITEMS * scale:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _each(func: Callable[[S], R], batch: list[S]) -> list[R]:
    return [func(item) for item in batch]


def _whole(whole: Callable[[list[S]], R], batch: list[S]) -> list[R]:
    return [whole(batch)]


def _map_pool(func: Callable[[T], R], items: Iterator[T], jobs: int) -> Iterator[R]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the loaded dictionary with the workers (no second load);
    # elsewhere fork is unsafe, so use the platform's default.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init)
    started = False

    def submit(f: Callable[[T], R], item: T) -> Future[R]:
        nonlocal started
        if started:
            return executor.submit(f, item)
        started = True
        # The first submit forks the workers. Ctrl-C or SIGTERM raised in the middle of a
        # fork would leave a worker the pool never learnt of: it would wait for work for
        # ever, holding the caller's stdout and stderr open after newsx exited.
        with _signals_deferred():
            return executor.submit(f, item)

    try:
        yield from _windowed(submit, func, items, jobs * IN_FLIGHT_PER_WORKER)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done, then act as they would have."""
    if threading.current_thread() is not threading.main_thread():
        yield  # (only the main thread receives signals)
        return
    received: list[int] = []
    handlers = {
        sig: signal.signal(sig, lambda signum, _: received.append(signum))
        for sig in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)
        if received:
            signal.raise_signal(received[0])


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group: the parent handles it and stops the pool.
    # SIGTERM ends a worker at once (it may have been forked while the parent deferred it).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class ClusterError(NewsxError):
    """The Dask cluster cannot be used (not installed, unreachable)."""


def _map_dask(func: Callable[[T], R], items: Iterable[T], address: str) -> Iterator[R]:
    import logging

    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--dask needs dask.distributed: pip install 'newsx[dask]'") from None
    logging.getLogger("distributed").setLevel(logging.ERROR)  # its chatter is not ours
    try:
        client = Client(address, set_as_default=False, timeout=10)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({error})") from None
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(f: Callable[[T], R], item: T) -> Any:
            return client.submit(f, item, pure=False)

        yield from _windowed(submit, func, items, workers * IN_FLIGHT_PER_WORKER)


def _windowed(
    submit: Callable[..., Future[R]], func: Callable[[T], R], items: Iterable[T], window: int
) -> Iterator[R]:
    pending: deque[Any] = deque()
    for item in items:
        pending.append(submit(func, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()

"""Worker processes for untrusted input, under a memory limit, that survive a crash.

``bio2 aggregate`` reads hundreds of files from other organisations in worker processes
(``bio2.usecases.sector``). Each worker runs under an address-space limit
(``bio2.system.limits``), so no file can make the process tree grow past what the limit
allows. Usually a file that needs more ends in a ``MemoryError`` that the job catches
and reports itself; but when memory runs out where no Python code can catch it (while a
worker starts, or in a C library) the worker dies and ``concurrent.futures`` breaks the
whole pool. Decisions for that case:

- The results that came back stay; the pool is started again for the jobs that did not.
- The first job without a result is not blamed blindly (it may have been waiting on a
  healthy worker while another died): it is run again alone in a fresh pool of one.
  Only when that pool breaks too does the job get ``crashed(job)`` as its result.
- Results keep the order of the jobs, as ``Executor.map`` does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import TypeVar

from bio2.system.limits import limit_address_space

J = TypeVar("J")
R = TypeVar("R")


def limited_map(fn: Callable[[J], R], jobs: Sequence[J], *, workers: int, chunk: int,
                memory: int, context: BaseContext,
                crashed: Callable[[J], R]) -> Iterator[R]:
    """``fn`` over ``jobs`` in ``workers`` processes of at most ``memory`` bytes each;
    a job whose worker dies (alone, see the module docstring) yields ``crashed(job)``.
    ``fn`` and ``crashed`` must be picklable module-level functions."""
    pending = list(jobs)
    while pending:
        done = 0
        try:
            with _pool(workers, memory, context) as pool:
                for result in pool.map(fn, pending, chunksize=chunk):
                    done += 1
                    yield result
            return
        except BrokenProcessPool:
            pending = pending[done:]
        suspect, pending = pending[0], pending[1:]
        yield _alone(fn, suspect, memory, context, crashed)


def _alone(fn: Callable[[J], R], job: J, memory: int, context: BaseContext,
           crashed: Callable[[J], R]) -> R:
    try:
        with _pool(1, memory, context) as pool:
            return pool.submit(fn, job).result()
    except BrokenProcessPool:
        return crashed(job)


def _pool(workers: int, memory: int, context: BaseContext) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=limit_address_space, initargs=(memory,))

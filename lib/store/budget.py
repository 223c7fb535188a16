"""A time budget per article: extraction runs in worker processes, and one past its budget is ended.

Idea: one pathological article (a megabyte with no sentence ends, a rule that backtracks) must not stall a run,
the store or the dashboard behind it. Each job gets ``budget`` seconds in a worker process; past it the worker
is killed (SIGKILL), the job gets the caller's ``on_fail(job, seconds, "extraction timed out …")`` result, a
fresh worker takes its place and the run goes on. A worker that dies (out of memory, a crash) is handled the
same way ("extraction process died").

Approach: ``workers`` forked processes (at least one), each reading jobs from a pipe and writing results back;
the parent hands out jobs in order, waits on the pipes with a timeout (``multiprocessing.connection.wait``) and
yields results in input order. Forking keeps closures and loaded models usable in the workers; ``prepare``
runs once in the parent before the first fork (warm-up), so no budget pays for start-up. Where ``fork``
does not exist (Windows, some macOS setups) the jobs run in this process, without a budget.

Example:
    >>> def slow(x):
    ...     import time
    ...     time.sleep(x)
    ...     return x
    >>> pool = BudgetPool(slow, workers=1, budget=0.5, on_fail=lambda job, s, why: why)
    >>> pool.map([0, 5, 0.01])
    [0, 'extraction timed out after 0.5 s', 0.01]
    >>> pool.close()
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait as wait_any

ARTICLE_BUDGET = 30.0  # seconds per article; DIPLO_ARTICLE_BUDGET overrides it for the store


def _fmt(seconds: float) -> str:
    return f"{seconds:g}"


def _serve(conn, fn: Callable, parent: int, inherited: list) -> None:  # pragma: no cover - in the worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C ends the parent, which ends us
    for c in inherited:  # the parent's pipe ends: keeping them open would hide the parent's death
        c.close()
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent:  # the parent is gone (kill -9): so are we, and any lock we inherited
                    os._exit(0)
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            conn.send((True, fn(job)))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which decides
            conn.send((False, f"{type(exc).__name__}: {exc} ({traceback.format_exc(limit=1).splitlines()[-1]})"))


class _Worker:
    def __init__(self, ctx, fn: Callable, others: list[_Worker]):
        self.conn, child = ctx.Pipe()
        inherited = [self.conn, *(w.conn for w in others)]
        self.proc = ctx.Process(target=_serve, args=(child, fn, os.getpid(), inherited), daemon=True)
        self.proc.start()
        child.close()
        self.job_index: int | None = None
        self.started = 0.0

    def kill(self) -> None:
        try:
            self.proc.kill()
        except (OSError, AttributeError):
            pass
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.kill()
        else:
            self.conn.close()


class BudgetPool:
    """Map ``fn`` over jobs in ``workers`` processes, each job within ``budget`` seconds.

    ``on_fail(job, budget, reason)`` gives the result of a job that timed out, whose worker died, or whose
    ``fn`` raised. Results come back in input order.
    """

    def __init__(self, fn: Callable, workers: int = 1, budget: float = ARTICLE_BUDGET,
                 on_fail: Callable | None = None, prepare: Callable[[], object] | None = None):
        self.fn, self.budget, self.prepare = fn, budget, prepare
        self.on_fail = on_fail or (lambda job, seconds, why: RuntimeError(why))
        self.n = max(1, int(workers))
        self.ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        self.workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        w = _Worker(self.ctx, self.fn, self.workers)
        self.workers.append(w)
        return w

    def map(self, jobs: Iterable) -> list:
        return list(self.imap(jobs))

    def imap(self, jobs: Iterable) -> Iterator:
        """Results in input order, as they are ready."""
        if self.ctx is None:  # no fork: in this process, no budget
            for job in jobs:
                try:
                    yield self.fn(job)
                except Exception as exc:
                    yield self.on_fail(job, self.budget, f"extraction failed: {type(exc).__name__}: {exc}")
            return
        if self.prepare is not None:  # e.g. load the gazetteer once, here: the workers inherit it, and a
            self.prepare()            # worker's first article is not charged for the start-up
            self.prepare = None
        while len(self.workers) < self.n:
            self._spawn()
        it = iter(jobs)
        pending: dict[int, object] = {}  # index -> job, handed out and not yet answered
        done: dict[int, object] = {}
        next_in, next_out, exhausted = 0, 0, False
        while True:
            for w in list(self.workers):  # hand out work to idle workers; at most 4 jobs a worker in flight
                if w.job_index is None and not exhausted and len(done) + len(pending) < 4 * self.n:
                    try:
                        job = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                    try:
                        w.conn.send(job)
                    except (OSError, BrokenPipeError):  # the worker is gone: a fresh one takes the job
                        self._replace(w)
                        w = self.workers[-1]
                        w.conn.send(job)
                    w.job_index, w.started = next_in, time.monotonic()
                    pending[next_in] = job
                    next_in += 1
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy = [w for w in self.workers if w.job_index is not None]
            if not busy:
                if exhausted:
                    return
                continue
            now = time.monotonic()
            timeout = max(0.0, min(w.started + self.budget for w in busy) - now)
            ready = wait_any([w.conn for w in busy], timeout=timeout)
            for w in busy:
                i = w.job_index
                if w.conn in ready:
                    try:
                        ok, value = w.conn.recv()
                    except (EOFError, OSError):
                        done[i] = self.on_fail(pending.pop(i), self.budget, "extraction process died "
                                               "(out of memory or a crash)")
                        self._replace(w)
                        continue
                    job = pending.pop(i)
                    done[i] = value if ok else self.on_fail(job, self.budget, f"extraction failed: {value}")
                    w.job_index = None
                elif time.monotonic() - w.started >= self.budget:
                    done[i] = self.on_fail(pending.pop(i), self.budget,
                                           f"extraction timed out after {_fmt(self.budget)} s")
                    self._replace(w)

    def _replace(self, w: _Worker) -> None:
        w.kill()
        self.workers.remove(w)
        self._spawn()

    def close(self) -> None:
        for w in self.workers:
            w.stop()
        self.workers = []

    def __enter__(self) -> BudgetPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

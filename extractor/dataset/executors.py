"""Where per-document work runs: in this process, a local process pool, or a Dask cluster.

Every executor calls `process_file`, which returns plain data (no numpy, no dataclasses) so
it crosses process and network boundaries, and never raises: a bad file comes back as an
error row. Only the caller writes to the database.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import signal
import sys
import warnings
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from extractor.errors import InputError
from extractor.limits import DEFAULT, DocumentTimeout, Limits, LimitWarning, time_limit, using

TIMED_OUT = "timed out after"


def content_hash(path: Path, max_bytes: int = DEFAULT.max_file_bytes) -> str:
    """SHA-256 of a regular file, read in chunks and bounded like reading it (load.open_regular):
    a FIFO or device, or a file over `max_bytes`, is an InputError before a byte is hashed."""
    from extractor.load import open_regular

    with open_regular(path, max_bytes) as f:
        digest = hashlib.sha256()
        left = max_bytes + 1
        while left > 0 and (chunk := f.read(min(1 << 20, left))):
            digest.update(chunk)
            left -= len(chunk)
    if left <= 0:  # grew while we read it
        raise InputError(str(path), f"over the {max_bytes / 2**20:.3g} MB limit (--max-file-mb)")
    return digest.hexdigest()


def _hash_or_none(path: str, max_bytes: int = DEFAULT.max_file_bytes) -> str | None:
    try:
        return content_hash(Path(path), max_bytes)
    except (OSError, InputError):
        return None


def error_result(path: str, problem: str, digest: str | None = None) -> dict[str, Any]:
    return {"doc_key": path, "path": path, "content_hash": digest, "status": "error", "error": problem,
            "figures": [], "decisions": [], "checks": []}


def process_file(path: str, timeout: float | None = None, limits: Limits | None = None) -> dict[str, Any]:
    """Load, extract and check one file within the limits (extractor/limits.py; `timeout` wins
    over theirs); the time limit is enforced with SIGALRM where that is possible (a process's
    main thread: pool workers and single-worker runs), and PDF pages are read in a child process
    that is killed at it."""
    digest = None
    limits = dataclasses.replace(limits or DEFAULT, timeout=timeout or 0)
    try:
        with using(limits), time_limit(limits.timeout), _warnings_as_lines():
            digest = content_hash(Path(path), limits.max_file_bytes)
            return _records(path, digest, limits)
    except DocumentTimeout:
        # a limit so short it fired while hashing: the row still names its content (hashing is bounded by size)
        return error_result(path, f"{TIMED_OUT} {limits.timeout:g} s", digest or _hash_or_none(path, limits.max_file_bytes))
    except InputError as exc:
        return error_result(path, exc.problem, digest)
    except OSError as exc:
        return error_result(path, f"cannot be read ({exc.strerror or exc})", digest)
    except Exception as exc:  # noqa: BLE001 - one bad file is recorded, never stops the run
        return error_result(path, f"{type(exc).__name__}: {exc}", digest)


@contextmanager
def _warnings_as_lines() -> Iterator[None]:
    """A page skipped to stay within a limit is one `Warning:` line on stderr, as in the CLI."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LimitWarning)
        try:
            yield
        finally:
            for w in caught:
                if issubclass(w.category, LimitWarning):
                    print(f"Warning: {w.message}", file=sys.stderr)


def _records(path: str, digest: str, limits: Limits) -> dict[str, Any]:
    from extractor import check, extract, load
    from extractor.locate import with_boxes
    from extractor.models import Decision, Figure
    from extractor.publisher import publisher

    doc = load(path, limits=limits)
    records = extract(doc)
    checks = check(doc, records)
    figures = with_boxes(doc, [r.to_dict() for r in records if isinstance(r, Figure)])
    return {"doc_key": path, "path": path, "content_hash": digest, "format": doc.format, "pages": doc.pages,
            "title": doc.title, "organisation": publisher(doc, (f["organisation"] for f in figures)),
            "period": _most_common(f["period"] for f in figures), "status": "ok", "error": None,
            "figures": figures, "decisions": with_boxes(doc, [r.to_dict() for r in records if isinstance(r, Decision)]),
            "checks": [c.to_dict() for c in checks]}


def _most_common(values: Any) -> str | None:
    """The value most figures carry: the organisation or period a document is about."""
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


# ------------------------------------------------------------------ executors

def run_in_process(paths: Sequence[str], timeout: float, limits: Limits = DEFAULT) -> Iterator[dict[str, Any]]:
    for p in paths:
        yield process_file(p, timeout, limits)


def _worker_start(parent: int) -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and keeps the database consistent,
    and die with it: Linux sends SIGKILL when the parent ends, even by kill -9 (no orphans)."""
    from extractor.load.isolate import die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def run_pool(paths: Sequence[str], workers: int, timeout: float, limits: Limits = DEFAULT) -> Iterator[dict[str, Any]]:
    """Results in completion order from a process pool. A worker stuck where SIGALRM cannot
    reach it (inside a C call) is given twice the limit, then the pool is stopped and every
    unfinished document recorded as timed out."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(os.getpid(),))
    futures: dict[Future[dict[str, Any]], str] = {pool.submit(process_file, p, timeout, limits): p
                                                    for p in paths}
    todo = set(futures)
    finished = False
    try:
        while todo:
            done, todo = wait(todo, timeout=2 * timeout + 10, return_when=FIRST_COMPLETED)
            if not done:
                _stop(pool)
                for fut in todo:  # hashed here, so the next run knows whether the file changed
                    yield error_result(futures[fut], f"{TIMED_OUT} {timeout:g} s (worker stopped)",
                                       _hash_or_none(futures[fut], limits.max_file_bytes))
                return
            for fut in done:
                yield fut.result()
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop(pool)  # Ctrl-C, an error while storing, or stuck workers


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the workers now (Python 3.11 has no public way)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(timeout=5)


def run_dask(paths: Sequence[str], scheduler: str, timeout: float, limits: Limits = DEFAULT) -> Iterator[dict[str, Any]]:
    """Send per-document work to an existing Dask cluster; workers need only report-tally
    installed and the files at the same paths. Results come back in completion order."""
    from dask.distributed import Client, as_completed

    with Client(scheduler, timeout=60) as client:
        futures = client.map(process_file, list(paths), timeout=timeout, limits=limits, pure=False)
        try:
            for fut in as_completed(futures):
                yield fut.result()
        finally:
            client.cancel(futures)

"""Run a page reader in a forked child process, so that its death cannot take the batch with it.

PDFium is C++: on a page with a huge content stream it can abort the whole process from inside
C (no Python exception, exit 134), and a page with millions of paths can take gigabytes. The
reader therefore runs in a child process, forked once and given one document after another,
with its address space capped (RLIMIT_AS) and its life tied to ours (PR_SET_PDEATHSIG). It
sends each page back as it is read; if it dies on page k, pages before k are kept, page k is
tried once more in a fresh reader, then reported unreadable with a warning, and a new reader
goes on from page k+1. The child starts with every module the parent has imported.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import pickle
import resource
import select
import signal
import struct
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from extractor.limits import LimitWarning

HEADER = struct.Struct("!Q")
MAX_RESTARTS = 3  # pages that kill the reader before the document is given up


class ChildDied(Exception):
    """The child process ended without finishing: killed by a signal or out of memory."""

    def __init__(self, how: str, done: int) -> None:
        super().__init__(how)
        self.how = how
        self.done = done  # pages received before it died


class ChildError(Exception):
    """The child raised: carries the exception's type name and message."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


def can_fork() -> bool:
    return hasattr(os, "fork") and hasattr(resource, "RLIMIT_AS")


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (no orphans after kill -9)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _cap_memory(extra_mb: int) -> None:
    """Allow `extra_mb` of address space beyond what the process already maps (the fork
    inherits the parent's mappings, so a fixed cap would count them too)."""
    try:
        with open("/proc/self/statm") as f:
            mapped = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        mapped = 0
    cap = mapped + extra_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _send(fd: int, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _serve(jobs: int, out: int, memory_mb: int) -> None:
    """The reader process's whole life: run each job that arrives, send its pages, and wait
    for the next; exit at end of file (the parent closed the pipe or died)."""
    code = 0
    try:
        gc.freeze()  # what the parent made stays put: collections walk (and copy) only our own objects
        faulthandler.disable()  # a death here is reported by the parent, once, as one line
        die_with_parent()
        _cap_memory(memory_mb)
        while (job := _recv(jobs)) is not None:
            _run_job(out, *job)
    except BaseException:  # noqa: BLE001 - nothing may escape into the parent's code
        code = 3
    finally:
        os._exit(code)


def _run_job(out: int, pages: Callable[[int], Iterator[Any]], start: int) -> None:
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", LimitWarning)
            for item in pages(start):
                for w in caught:
                    _send(out, ("warning", str(w.message)))
                caught.clear()
                _send(out, ("page", item))
        _send(out, ("done", None))
    except Exception as exc:  # noqa: BLE001 - everything goes back to the parent as data
        _send(out, ("error", (type(exc).__name__, str(getattr(exc, "problem", exc)))))


def _recv(fd: int) -> Any:
    head = _read_exact(fd, HEADER.size, None)
    body = _read_exact(fd, HEADER.unpack(head)[0], None) if head is not None else None
    return None if body is None else pickle.loads(body)


def _read_exact(fd: int, n: int, deadline: float | None) -> bytes | None:
    """n bytes from the pipe, or None at end of file; TimeoutError past the deadline."""
    chunks: list[bytes] = []
    while n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _messages(fd: int, deadline: float | None) -> Iterator[tuple[str, Any]]:
    while (head := _read_exact(fd, HEADER.size, deadline)) is not None:
        body = _read_exact(fd, HEADER.unpack(head)[0], deadline)
        if body is None:
            return
        yield pickle.loads(body)


def _how_it_ended(pid: int) -> str:
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        return f"the reader was killed by {signal.Signals(sig).name} (out of memory?)"
    return f"the reader exited with status {os.WEXITSTATUS(status)}"


def _widen(fd: int) -> None:
    """A 1 MB pipe (Linux; 64 KB by default): the reader runs pages ahead of the parent
    instead of waiting for it to read each one, which costs most on a busy machine."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):
        pass


class Reader:
    """A reader process forked once and then given one document after another: forking per
    document made each child copy the parent's memory pages as it wrote to them (a quarter of
    the reading time). It is replaced after it dies or is stopped mid-document."""

    def __init__(self, memory_mb: int) -> None:
        jobs_r, self.jobs = os.pipe()
        self.results, out_w = os.pipe()
        _widen(out_w)
        self.owner, self.memory_mb = os.getpid(), memory_mb
        if not _reader_exit_registered:
            _register_exit()
        self.pid = os.fork()
        if self.pid == 0:  # pragma: no cover - the child never returns
            os.close(self.jobs)
            os.close(self.results)
            _serve(jobs_r, out_w, memory_mb)
        os.close(jobs_r)
        os.close(out_w)

    def run(self, pages: Callable[[int], Iterator[Any]], start: int, deadline: float | None) -> Iterator[Any]:
        """Pages from `pages(start)`; raises ChildDied, ChildError or TimeoutError."""
        _send(self.jobs, (pages, start))
        done = 0
        for kind, payload in _messages(self.results, deadline):
            if kind == "page":
                done += 1
                yield payload
            elif kind == "warning":
                warnings.warn(payload, LimitWarning, stacklevel=2)
            elif kind == "error":
                raise ChildError(*payload)
            else:
                return
        raise ChildDied(self.stop(), done)

    def alive(self) -> bool:
        try:
            return os.waitpid(self.pid, os.WNOHANG) == (0, 0)
        except ChildProcessError:
            return False

    def stop(self) -> str:
        """End the process (if it still runs) and say how it ended."""
        for fd in (self.jobs, self.results):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        return _how_it_ended(self.pid)


_reader: Reader | None = None
_reader_exit_registered = False


def _register_exit() -> None:
    """Reap the reader when this process exits, so it is never left behind (and its memory
    counts in this process's rusage, as `/usr/bin/time` reports it)."""
    global _reader_exit_registered
    import atexit

    atexit.register(stop_reader)
    _reader_exit_registered = True


def reader(memory_mb: int) -> Reader:
    """The reader process of this process, started on first use (or after a fork or a death)."""
    global _reader
    if _reader is None or _reader.owner != os.getpid() or _reader.memory_mb != memory_mb or not _reader.alive():
        if _reader is not None and _reader.owner == os.getpid():
            _reader.stop()
        _reader = Reader(memory_mb)
    return _reader


def stop_reader() -> None:
    """End the reader process now (tests; a caller that wants no idle child)."""
    global _reader
    if _reader is not None and _reader.owner == os.getpid():
        _reader.stop()
    _reader = None


def run_child(pages: Callable[[int], Iterator[Any]], start: int, memory_mb: int,
              deadline: float | None) -> Iterator[Any]:
    """Pages from the reader process running `pages(start)`. Any way out but a finished job
    (a death, the deadline, an exception in the caller) leaves the reader's state unknown:
    it is stopped, and the next job starts a new one."""
    global _reader
    worker = reader(memory_mb)
    finished = False
    try:
        yield from worker.run(pages, start, deadline)
        finished = True
    finally:
        if not finished:
            if _reader is worker:
                _reader = None
            try:
                worker.stop()
            except ChildProcessError:
                pass  # already reaped by ChildDied


def isolated_pages(pages: Callable[[int], Iterator[Any]], memory_mb: int, timeout: float,
                   on_lost_page: Callable[[int, str], None]) -> Iterator[Any]:
    """Every page `pages(start)` yields (0-based start), read in child processes. A page that
    kills its child is passed to `on_lost_page(index, how)` and skipped; MAX_RESTARTS such
    pages end the document with ChildDied."""
    deadline = time.monotonic() + timeout if timeout > 0 else None
    start, lost, retried = 0, 0, -1
    while True:
        try:
            for item in run_child(pages, start, memory_mb, deadline):
                start += 1
                yield item
            return
        except ChildDied as exc:
            if retried != start:  # a reader that served many documents may die of its own age: once more, fresh
                retried = start
                continue
            lost += 1
            if lost >= MAX_RESTARTS:
                raise
            on_lost_page(start, exc.how)
            start += 1

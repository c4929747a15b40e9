"""Run a page reader in a forked child process, so that its death cannot take the batch with it.

PDFium is C++: on a page with a huge content stream it can abort the whole process from inside
C (no Python exception, exit 134), and a page with millions of paths can take gigabytes. The
reader therefore runs in a child forked per document, with its address space capped
(RLIMIT_AS) and its life tied to ours (PR_SET_PDEATHSIG). The child sends each page back as it
is read; if it dies on page k, pages before k are kept, page k is reported unreadable with a
warning and a new child goes on from page k+1. A fork costs milliseconds, and the child starts
with every module the parent has imported.
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


def _child(fd: int, pages: Callable[[int], Iterator[Any]], start: int, memory_mb: int) -> None:
    """The child's whole life: read pages from `start`, send each, then exit without cleanup."""
    code = 0
    gc.disable()  # a collection would walk (and so copy) every page of the parent's heap
    try:
        faulthandler.disable()  # a death here is reported by the parent, once, as one line
        die_with_parent()
        _cap_memory(memory_mb)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", LimitWarning)
            for item in pages(start):
                for w in caught:
                    _send(fd, ("warning", str(w.message)))
                caught.clear()
                _send(fd, ("page", item))
        _send(fd, ("done", None))
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent as data
        try:
            _send(fd, ("error", (type(exc).__name__, str(getattr(exc, "problem", exc)))))
        except BaseException:  # noqa: BLE001
            code = 3
    finally:
        os._exit(code)


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


def run_child(pages: Callable[[int], Iterator[Any]], start: int, memory_mb: int,
              deadline: float | None) -> Iterator[Any]:
    """Pages from a child running `pages(start)`; raises ChildDied, ChildError or TimeoutError."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(r)
        _child(w, pages, start, memory_mb)
    os.close(w)
    done, reaped = 0, False
    try:
        for kind, payload in _messages(r, deadline):
            if kind == "page":
                done += 1
                yield payload
            elif kind == "warning":
                warnings.warn(payload, LimitWarning, stacklevel=2)
            elif kind == "error":
                raise ChildError(*payload)
            else:
                return
        reaped = True
        raise ChildDied(_how_it_ended(pid), done)
    finally:
        os.close(r)
        if not reaped:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)


def isolated_pages(pages: Callable[[int], Iterator[Any]], memory_mb: int, timeout: float,
                   on_lost_page: Callable[[int, str], None]) -> Iterator[Any]:
    """Every page `pages(start)` yields (0-based start), read in child processes. A page that
    kills its child is passed to `on_lost_page(index, how)` and skipped; MAX_RESTARTS such
    pages end the document with ChildDied."""
    deadline = time.monotonic() + timeout if timeout > 0 else None
    start, deaths = 0, 0
    while True:
        try:
            for item in run_child(pages, start, memory_mb, deadline):
                start += 1
                yield item
            return
        except ChildDied as exc:
            deaths += 1
            if deaths >= MAX_RESTARTS:
                raise
            on_lost_page(start, exc.how)
            start += 1

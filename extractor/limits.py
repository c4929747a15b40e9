"""How much work one document may cost: bounds that turn a hostile or oversized file into one
clear error (or a partial read) instead of a hang, a traceback or a dead process.

Users run `tally` unattended over hundreds of downloaded reports, so every bound has a default
that no real complaint report comes near, and each is an option of the commands that read files.

    >>> from extractor.limits import Limits
    >>> Limits(timeout=10).max_file_bytes
    209715200
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Any

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Per-document bounds, validated on creation (a bad value is a ValueError naming it)."""

    max_file_bytes: int = 200 * MB  # the largest real report seen is ~30 MB
    max_block_chars: int = 5_000  # one piece of text fed to spaCy (its own hard limit is 1,000,000); real
    # sentences stay under 1,000 characters, and prose reading grows with numbers x sentence length
    max_digits: int = 15  # digits in one number; longer runs are ids or garbage, and floats lose exactness
    max_pages: int = 2_000  # PDF pages read
    max_page_objects: int = 100_000  # drawn objects on one PDF page before its tables are skipped
    pdf_memory_mb: int = 768  # address space the PDF reader may add before its child process is refused
    timeout: float = 60.0  # seconds of work per document (load, extract, check); 0 turns it off

    def __post_init__(self) -> None:
        problems = [f"{f.name} must be a positive number, not {getattr(self, f.name)!r}"
                    for f in fields(self) if not _positive(getattr(self, f.name), f.name == "timeout")]
        if problems:
            raise ValueError("; ".join(problems))


def _positive(value: Any, zero_ok: bool) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return value >= 0 if zero_ok else value > 0


DEFAULT = Limits()
_active: list[Limits] = [DEFAULT]


def active() -> Limits:
    """The limits in force: what `using` set, else the defaults. Deep readers (the sentence
    splitter, the number reader) consult this rather than take a parameter through every step."""
    return _active[-1]


@contextmanager
def using(limits: Limits) -> Iterator[None]:
    """Make `limits` the ones in force inside the block."""
    _active.append(limits)
    try:
        yield
    finally:
        _active.pop()


class LimitWarning(UserWarning):
    """Part of a document was skipped to stay within a limit; the rest was read."""


class DocumentTimeout(Exception):
    """One document ran past its time limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"timed out after {seconds:g} s (--timeout)")
        self.seconds = seconds


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in the block once `seconds` have passed (SIGALRM; the main thread of a
    process only, elsewhere the block runs unbounded). Pure-Python loops and the regex engines
    see the signal; a long C call (PDFium) is bounded by its child process instead."""
    usable = seconds > 0 and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _raise(signum: int, frame: Any) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

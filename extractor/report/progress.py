"""A progress bar on stderr for batches: shown only to a person watching a terminal.

A nightly job that pipes or logs stderr must get exactly the `Error:` and `Warning:` lines and
nothing else, so the bar appears only when stderr is a terminal, the batch is more than a few
files, and -q was not given.
"""

from __future__ import annotations

import sys
from typing import IO, Any

FEW = 3  # a batch of this many files or fewer gets no bar: it is over before a bar helps


def wanted(total: int, stream: IO[str] | None = None, quiet: bool = False) -> bool:
    """Should a batch of `total` files show a bar on `stream` (default stderr)?"""
    stream = sys.stderr if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    return not quiet and total > FEW and bool(isatty and isatty())


class Bar:
    """Files done out of `total`, on `stream`; a bar that is not wanted does nothing."""

    def __init__(self, total: int, stream: IO[str] | None = None, quiet: bool = False,
                 label: str = "documents") -> None:
        self._bar: Any = None
        self._task: Any = None
        if not wanted(total, stream, quiet):
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(file=sys.stderr if stream is None else stream, force_terminal=True)
        self._bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                             TextColumn("{task.description}"), console=console, transient=True)
        self._task = self._bar.add_task("", total=total)
        self._bar.start()

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def advance(self, name: str = "") -> None:
        """One more file done; `name` (the file just read) is shown beside the count."""
        if self._bar is not None:
            self._bar.update(self._task, advance=1, description=name[-40:])

    def print(self, line: str) -> bool:
        """Put a line (an `Error:` or `Warning:`) above the bar, so the bar never garbles it;
        False when no bar is shown (the caller prints the line itself)."""
        if self._bar is None:
            return False
        self._bar.console.print(line, markup=False, highlight=False, emoji=False, soft_wrap=True)
        return True

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

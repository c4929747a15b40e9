"""Exceptions the library raises; only cli.py turns them into messages and exit codes."""

from __future__ import annotations


class TallyError(Exception):
    """Base class: every error the library raises on purpose."""


class InputError(TallyError):
    """A file that cannot be read as a report; the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class PatternError(TallyError):
    """A rule file in patterns/ that does not validate; lists every problem at once."""

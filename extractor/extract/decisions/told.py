"""One case as a passage tells it (story.py) or as a count of cases names it (counted.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Told:
    """One case a passage tells: its verdict, the rule that read it and the words it is told in."""

    outcome: str
    finding: str | None
    rule: str
    text: str
    back_to: int | None = None  # the ordinal of an earlier case of the story this adds to
    subject: str | None = None
    said: str = ""  # the sentence that tells it, where a long paragraph points its line
    verdict: str = ""  # the words of that sentence from where its verdict is told ("The Ombudsman found ..."), below a title
    shared: bool = False  # told together with others of a count: a sum it names is paid for them all
    inferred: bool = False  # its verdict is only inferred from a remedy ("agreed to pay £1,000")

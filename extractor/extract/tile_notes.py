"""The note a key-figure tile prints under its value: a change with last year's value in brackets ("up 8% on
last year (889)", "down 23 on 2029/30 (425)") or the value's share of another tile's figure ("85% of
complaints received"). The note says more about the tile's figure, never a figure of its own words: the
share is the tile's measure in percent, the bracketed value the tile's measure in the period the note names.
"""

from __future__ import annotations

import regex as re

# "up 8% on last year (889)", "▼ 23 on 2029/30 (425)", "down 3.1 points since Q1 (74.2%)"
CHANGE_NOTE = re.compile(
    r"^\s*(?P<dir>up|down|[▲▼↑↓+-])\s*(?:by\s+)?(?P<size>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|per\s*cent|pts?\b|points?\b)?\s+"
    r"(?:on|from|since|vs\.?|versus|against|compared\s+with)\s+(?P<when>[^()\d]{0,30}?(?:(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)?)"
    r"\s*\(\s*(?P<prior>\d[\d,]*(?:\.\d+)?\s*%?)\s*\)\s*$", re.IGNORECASE)
# "85% of complaints received", "34% of all complaints": a share of what the words after "of" name
SHARE_NOTE = re.compile(r"^\s*(?P<share>\d+(?:\.\d+)?)\s*%\s+of\s+(?:all\s+|the\s+)?(?P<base>\p{L}[\p{L}\s'’-]{2,60}?)\s*\.?$",
                        re.IGNORECASE)
UP = frozenset({"up", "▲", "↑", "+"})


def note_cells(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(header cells, row cells) the note adds to its tile's one-row table: the bracketed earlier value under
    the period the note names ("last year", "2029/30"), or the share under "%"; None for any other note."""
    if (m := CHANGE_NOTE.match(text)) is not None and m.group("when").strip():
        return (m.group("when").strip(),), (m.group("prior").strip(),)
    if (m := SHARE_NOTE.match(text)) is not None:
        return ("%",), (f"{m.group('share')}%",)
    return None


def normalised(words: str) -> str:
    """A label or a share note's base as words to compare ("Complaints received" = "complaints received")."""
    return " ".join(re.sub(r"[^\p{L}\s]", " ", words.lower()).split())

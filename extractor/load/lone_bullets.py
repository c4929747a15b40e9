"""Bullets a PDF's text copy sets apart from their items. A Word list copied out of a PDF often
comes as a run of bullet glyphs one to a line, then the items one to a line ("•" / "•" / "" /
"12.5 working days at stage one" / "31 working days at stage two"), or as a glyph on its own line
above each item. The items are list items all the same: each is given its bullet back and the lone
glyphs are blanked, so every line keeps its number."""

from __future__ import annotations

import regex as re

LONE_BULLET = re.compile(r"^\s*[•◦▪●·]\s*$")
ITEM_BULLET = re.compile(r"^\s*(?:[-*•◦▪●–·]\s|\(?[a-z\d]{1,3}[.)]\s)")


def _run_end(lines: list[str], i: int) -> int:
    """The line after the run of lone bullets starting at i."""
    while i < len(lines) and LONE_BULLET.match(lines[i]):
        i += 1
    return i


def _text_run(lines: list[str], i: int) -> tuple[int, int]:
    """The run of non-blank lines at or after line i (past blank lines): (first, end)."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    end = i
    while end < len(lines) and lines[end].strip() and not LONE_BULLET.match(lines[end]):
        end += 1
    return i, end


def _as_item(line: str) -> str:
    return line if ITEM_BULLET.match(line) else "• " + line.lstrip()


def bullets_rejoined(lines: list[str]) -> tuple[list[str], frozenset[int]]:
    """`lines` with each item under a run of K lone bullets (followed by exactly K lines of text) or
    just below a lone bullet given its bullet, and those lone bullets blanked; and the blanked lines
    (1-based), which are set aside: no gap between a lead-in and its items. A run whose items wrap
    (more lines than bullets) is left as it is: which line starts an item is not known."""
    out = list(lines)
    blanked: set[int] = set()
    i = 0
    while i < len(out):
        if not LONE_BULLET.match(out[i]):
            i += 1
            continue
        end = _run_end(out, i)
        first, stop = _text_run(out, end)
        count = end - i
        if count == 1 and first == end and stop > first:
            out[i], out[first] = "", _as_item(out[first])  # "•" / "12 were upheld": a glyph above its item
            blanked.add(i + 1)
        elif count >= 2 and stop - first == count:
            for k in range(i, end):
                out[k] = ""
                blanked.add(k + 1)
            for k in range(first, stop):
                out[k] = _as_item(out[k])
        i = max(end, i + 1)
    return out, frozenset(blanked)

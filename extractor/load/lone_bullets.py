"""Bullets a PDF's text copy sets apart from their items. A Word list copied out of a PDF often
comes as a run of bullet glyphs one to a line, then the items one to a line ("•" / "•" / "" /
"12.5 working days at stage one" / "31 working days at stage two"), or as a glyph on its own line
above each item. The items are list items all the same: each is given its bullet back and the lone
glyphs are blanked, so every line keeps its number."""

from __future__ import annotations

import regex as re

LONE_BULLET = re.compile(r"^\s*[•◦▪●·]\s*$")
ITEM_BULLET = re.compile(r"^\s*(?:[-*•◦▪●–·]\s|\(?[a-z\d]{1,3}[.)]\s)")


def _run(lines: list[str], i: int) -> list[int]:
    """The lone bullets of the run starting at line i, blank lines between them allowed."""
    found = []
    while i < len(lines) and (LONE_BULLET.match(lines[i]) or not lines[i].strip()):
        if lines[i].strip():
            found.append(i)
        i += 1
    return found


def _text_run(lines: list[str], i: int) -> tuple[int, int]:
    """The run of non-blank lines at or after line i (past blank lines): (first, end)."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    end = i
    while end < len(lines) and lines[end].strip() and not LONE_BULLET.match(lines[end]):
        end += 1
    return i, end


# a line that may open an item: after a line that ends a sentence or clause, opening on a capital or digit
ENDS_CLAUSE = re.compile(r"[.;:!?]['’\")]?\s*$")
OPENS = re.compile(r"^\s*[\p{Lu}\d£\"“‘']")


def _item_starts(texts: list[str], count: int) -> list[int]:
    """Which of the lines under `count` lone bullets open an item: each line when there are as many
    lines as bullets; else the first and those after a line that ends a clause, if they are exactly
    as many; else none (the lines stay a paragraph, which readers still split by what it says)."""
    if len(texts) == count:
        return list(range(count))
    starts = [0] + [k for k in range(1, len(texts)) if ENDS_CLAUSE.search(texts[k - 1]) and OPENS.match(texts[k])]
    return starts if len(starts) == count else []


def _as_item(line: str) -> str:
    return line if ITEM_BULLET.match(line) else "• " + line.lstrip()


def bullets_rejoined(lines: list[str]) -> tuple[list[str], frozenset[int]]:
    """`lines` with each item under a run of K lone bullets (followed by exactly K lines of text) or
    just below a lone bullet given its bullet, and those lone bullets blanked; and the blanked lines
    (1-based), which are set aside: no gap between a lead-in and its items. Items that wrap (more
    lines than bullets) start where a line ends a clause, when that gives as many items as bullets."""
    out = list(lines)
    blanked: set[int] = set()
    i = 0
    while i < len(out):
        if not LONE_BULLET.match(out[i]):
            i += 1
            continue
        bullets = _run(out, i)
        end = bullets[-1] + 1
        first, stop = _text_run(out, end)
        count = len(bullets)
        if count == 1 and first == end and stop > first:
            out[i], out[first] = "", _as_item(out[first])  # "•" / "12 were upheld": a glyph above its item
            blanked.add(i + 1)
        elif count >= 2 and stop > first:
            for k in range(i, end):  # the glyphs and the blank lines between them: set aside
                out[k] = ""
                blanked.add(k + 1)
            starts = _item_starts(out[first:stop], count)
            for k in range(first, stop) if starts else ():
                # an item's bullet back, and its wrapped lines set in under its text, as a hanging indent
                out[k] = _as_item(out[k]) if k - first in starts else "  " + out[k].lstrip()
        i = max(end, i + 1)
    return out, frozenset(blanked)

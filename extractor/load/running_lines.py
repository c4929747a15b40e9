"""Running headers and footers a PDF converter left inside the text, between two rows of a table or
in the middle of a sentence ("Ashcombe Council Complaints Review 2032/33 5", or "Ashcombe Council" /
"Complaints Review 2032/33" / "Page 4").

Told by repetition, never by their words: a short line that comes back page after page with its page
number counting up; a line "Page N" alone; and the lines that repeat word for word around either (the
rest of a footer of several lines). The first occurrence at the top of the file is the title and
stays. The loader leaves these lines out of the paragraphs and tables they broke (text.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

import regex as re

from extractor.load.line_shapes import NAMING_WORD

PAGE_LINE = re.compile(r"^\s*page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.IGNORECASE)
# "4 of 12" alone: a page number only where more such lines share the total and count up (a cell says "12 of 14")
BARE_OF = re.compile(r"^\s*(?P<n>\d{1,4})\s+of\s+(?P<total>\d{1,4})\s*$")
MAX_WORDS = 16
MIN_WORDS = 3  # a numbered running line names its report or body: a word or two alone is a table's cell
NEAR_WORDS = 2  # a line of a footer beside its page line ("Ashcombe Council"); one word alone is a cell
MIN_APART = 4  # lines between two pages' footers
MAX_PAGE_STEP = 3
TITLE_LINES = 3  # an occurrence among the first non-blank lines is the document's title
AROUND = 3  # lines of one footer, above or below its page line, each touching the next


def _short(text: str, least: int = MIN_WORDS) -> bool:
    words = text.split()
    return least <= len(words) <= MAX_WORDS and "%" not in text and not text.rstrip().endswith((".", ";", ","))


def _page_numbered(line: str) -> tuple[str, int] | None:
    """("Ashcombe Council Complaints Review 2032/33", 4) for "... 2032/33 4" or "... Page 4 of 12"."""
    words = line.split()
    if len(words) >= 3 and words[-2].lower() == "of" and words[-1].isdigit():
        words = words[:-2]
    if len(words) < 2 or not (words[-1].isdigit() and len(words[-1]) <= 3):
        return None
    if NAMING_WORD.match(words[-2]):
        return None  # "... a full response at Stage 2": the number names a stage, no page
    n = int(words.pop())
    if words[-1].lower() == "page":
        words.pop()
    return (" ".join(words), n) if any(c.isalpha() for c in "".join(words)) else None


def _numbered(lines: Sequence[str]) -> set[int]:
    """Lines whose text comes back with its page number counting up ("... Review 2032/33 4", "... 5")."""
    seen: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for k, raw in enumerate(lines):
        if (found := _page_numbered(raw)) is not None and _short(found[0]):
            seen[found[0].lower()].append((k, found[1]))
    return {k for places in seen.values() if _counts_up(places) for k, _ in places}


def _counts_up(places: Sequence[tuple[int, int]]) -> bool:
    """(line, number) pairs of two or more lines a page or more apart whose numbers count up page by page."""
    return len(places) >= 2 and all(0 < n2 - n1 <= MAX_PAGE_STEP and k2 - k1 >= MIN_APART
                                    for (k1, n1), (k2, n2) in pairwise(places))


def _bare_pages(lines: Sequence[str]) -> set[int]:
    """Lines "4 of 12" that share their total with another and count up from it: page numbers."""
    by_total: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for k, raw in enumerate(lines):
        if m := BARE_OF.match(raw):
            by_total[m.group("total")].append((k, int(m.group("n"))))
    return {k for places in by_total.values() if _counts_up(places) for k, _ in places}


def running_lines(lines: Sequence[str]) -> frozenset[int]:
    """Indexes (0-based) of the lines that are running headers or footers inside the text."""
    pages = {k for k, raw in enumerate(lines) if PAGE_LINE.match(raw)} | _numbered(lines) | _bare_pages(lines)
    if not pages:
        return frozenset()
    same: dict[str, list[int]] = defaultdict(list)
    for k, raw in enumerate(lines):
        if raw.strip() and _short(raw, NEAR_WORDS):
            same[" ".join(raw.split()).lower()].append(k)
    repeated = {k for places in same.values() if len(places) >= 2 for k in places}
    out = set(pages)
    for p in pages:  # a footer of several lines: the repeated lines right above and below its page line
        for step in (-1, 1):  # (a converter may set a blank line between them)
            k, taken = p + step, 0
            while 0 <= k < len(lines) and taken < AROUND and (k in repeated or not lines[k].strip()):
                if lines[k].strip():
                    out.add(k)
                    taken += 1
                k += step
    firsts = [k for k, raw in enumerate(lines) if raw.strip()][:TITLE_LINES]
    return frozenset(out - (set(firsts) - pages))  # a title's line again at the top, unnumbered, is the title


def embedded_running(lines: Sequence[str]) -> frozenset[int]:
    """The running lines that stand inside a paragraph or table (text right above and below their run), or
    under one (the footer's words above its page line): those a reader must not see. One set apart by blank lines is a block of its own, which
    page_furniture.py marks."""
    found = running_lines(lines)
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if k not in found:
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and end + 1 in found:
            end += 1
        above, below = k > 0 and lines[k - 1].strip(), end + 1 < len(lines) and lines[end + 1].strip()
        # (a footer's repeated words right under a paragraph's last line, no page number among them, would be
        # taken into the paragraph too: "... upheld 22 of them," / "Caverleigh County Council" / "" / "Page 2 of 3")
        if (above and below) or (above and not any(PAGE_LINE.match(lines[n]) for n in range(k, end + 1))):
            out.update(range(k, end + 1))
        k = end + 1
    return frozenset(out)

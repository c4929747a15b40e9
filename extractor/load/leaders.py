"""Dot leaders in text copied from a PDF or a form: "Stage 1 complaints received ........ 351 (299)". Between
a label and the value that ends its line they are a wide gap, as between a table's columns; in a table of
contents they lead to page numbers, which are no values, and stay as they are."""

from __future__ import annotations

import regex as re

# dot leaders between a label and its value ("Stage 1 complaints received ........ 351 (299)", ". . . . 40.3"): a
# wide gap, as a table's columns; blanked (same length: offsets hold). Only before a value that ends the line.
# (starts after the label's last character, never inside a run; possessive: a long run is walked once)
DOT_LEADER = re.compile(r"(?<=[^\s.])[ \t]*+(?:\.[ \t]?+){4,}+(?=[ \t]*[£(<>]?\d[^\n]{0,40}$)")
PAGE_NUMBER = re.compile(r"\s(\d{1,3})\s*$")
TOC_LINES = 3  # a table of contents: three or more leader lines, each ending in a page number
TOC_FIRST_PAGE = 20


def without_leaders(lines: list[str]) -> list[str]:
    """The lines with their dot leaders blanked, except in a table of contents (a run of leader lines that end
    in page numbers, from a small one up: "2. Complaints received ...... 3"), whose numbers are no values."""
    leader = [bool(DOT_LEADER.search(ln)) for ln in lines]
    toc: set[int] = set()
    k = 0
    while k < len(lines):
        if not leader[k]:
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < len(lines) and (leader[j] or (not lines[j].strip() and j + 1 < len(lines) and leader[j + 1])):
            if leader[j]:
                run.append(j)
            j += 1
        pages = [int(m.group(1)) if (m := PAGE_NUMBER.search(lines[n])) else None for n in run]
        if len(run) >= TOC_LINES and None not in pages and pages == sorted(pages) and pages[0] <= TOC_FIRST_PAGE:  # type: ignore[type-var]
            toc.update(run)
        k = j
    return [DOT_LEADER.sub(lambda m: " " * len(m.group(0)), ln) if leader[n] and n not in toc else ln
            for n, ln in enumerate(lines)]

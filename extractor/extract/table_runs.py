"""Tables run together: a paragraph that holds two tables with no blank line between them (text copied
from a PDF, a borderless Word table printed by LibreOffice) is cut where the second one's caption and header
lines follow the first one's rows, so each table is read with its own header.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

TRAILING_VALUES = re.compile(r"(?r)(?:\s+\(?[-+]?\d[\d,.]*%?\)?)+\s*$")  # a row's values at its end
MIN_PART_ROWS = 2


def _row_width(line: str) -> int:
    """How many values end a line (a label's row), 0 for a caption or header line."""
    m = TRAILING_VALUES.search(line)
    return len(m.group(0).split()) if m and m.start() > 0 else 0


def tables_apart(span: list[int], lines: Sequence[str]) -> list[tuple[int, int]]:
    """The (first, last) lines of each table of a paragraph that runs two tables together: caption or header
    lines, then two or more rows of one width; a new table starts where caption lines follow rows and the
    rows below them have another width ("Total 602" / "Complaints closed in 2020/21" / "Measure In target Out
    of target" / "... 186 0"). One part (the whole span) when the widths never change: a group label inside
    a table keeps its header."""
    width = {ln: _row_width(lines[ln - 1]) if ln <= len(lines) else 0 for ln in span}
    parts: list[list[int]] = [[]]
    part_width = 0  # the width of the rows of the part being read
    for ln in span:
        part = parts[-1]
        if width[ln] and part_width and width[ln] != part_width and not width[part[-1]]:
            run = next(j for j, k in enumerate(reversed(part)) if width[k])  # caption/header lines after the rows
            if run < len(part) - 1:  # they open a new part
                parts[-1] = part[:-run]
                parts.append(part[-run:])
                part_width = 0
        parts[-1].append(ln)
        part_width = part_width or width[ln]
    rows = [sum(1 for k in p if width[k]) for p in parts]
    if len(parts) < 2 or min(rows) < MIN_PART_ROWS:
        return [(span[0], span[-1])]
    return [(p[0], p[-1]) for p in parts]

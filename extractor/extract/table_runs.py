"""Tables run together: a paragraph that holds two tables with no blank line between them (text copied
from a PDF, a borderless Word table printed by LibreOffice) is cut where the second one's caption and header
lines follow the first one's rows, so each table is read with its own header.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from extractor.patterns import compile_regex

TRAILING_VALUES = re.compile(r"(?r)(?:\s+\(?[-+]?\d[\d,.]*%?\)?)+\s*$")  # a row's values at its end
MIN_PART_ROWS = 2
# a caption that numbers its table: "Indicator 6: ...", "Table 3 - ...", "Measure 4.", "Figure 2:"
NUMBERED_CAPTION = re.compile(r"^\s*(?:indicator|table|figure|chart|measure|kpi)\s*(?:\d{1,2}[a-z]?|[ivx]{1,4}|one|two|three|four"
                              r"|five|six|seven|eight|nine|ten)\s*[:.–-]", re.IGNORECASE)


def _row_width(line: str) -> int:
    """How many values end a line (a label's row), 0 for a caption or header line (or one that ends on a
    date: "... between 1 April 2030 and 31 March 2031")."""
    m = TRAILING_VALUES.search(line)
    if m is None or m.start() == 0 or DATE_END.search(line):
        return 0
    return len(m.group(0).split())


DATE_END = compile_regex(r"(?i)\b{MONTH}\s+(?:19|20)\d\d\s*$")


def tables_apart(span: list[int], lines: Sequence[str]) -> list[tuple[int, int]]:
    """The (first, last) lines of each table of a paragraph that runs two tables together: caption or header
    lines, then two or more rows of one width; a new table starts where caption lines follow rows and the
    rows below them have another width ("Total 602" / "Complaints closed in 2020/21" / "Measure In target Out
    of target" / "... 186 0"). One part (the whole span) when the widths never change: a group label inside
    a table keeps its header."""
    if len(span) < 2:
        return [(span[0], span[-1])]  # one line is one part: its width need not be read
    width = {ln: _row_width(lines[ln - 1]) if ln <= len(lines) else 0 for ln in span}
    parts: list[list[int]] = [[]]
    part_width = 0  # the width of the rows of the part being read
    for ln in span:
        part = parts[-1]
        if not width[ln] and part_width and width[part[-1]] and ln <= len(lines) and NUMBERED_CAPTION.match(lines[ln - 1]):
            # "Indicator 6: ..." after rows: the next table's caption, whatever the width of its rows
            parts.append([ln])
            part_width = 0
            continue
        if width[ln] and part_width and width[ln] != part_width and not width[part[-1]]:
            run = next(j for j, k in enumerate(reversed(part)) if width[k])  # caption/header lines after the rows
            if run < len(part) - 1:  # they open a new part
                parts[-1] = part[:-run]
                parts.append(part[-run:])
                part_width = 0
        parts[-1].append(ln)
        part_width = part_width or width[ln]
    if len(parts) > 1 and not any(width[k] for k in parts[-1]):
        parts[-2:] = [parts[-2] + parts[-1]]  # a caption the page cut off before its rows ends the table above
    rows = [sum(1 for k in p if width[k]) for p in parts]
    if len(parts) < 2 or min(rows) < MIN_PART_ROWS:
        return [(span[0], span[-1])]
    return [(p[0], p[-1]) for p in parts]

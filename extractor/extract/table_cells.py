"""What a table cell says beyond a bare number: a cell holding words and one number ("Upheld 4",
"Not upheld: 0", as Word reports set an outcome beside its count) counts what its words name,
and a header-less list of names with a count each under "Complaints by location" counts the
complaints of each name. Both read the words with the one label vocabulary (table_labels.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from extractor.extract.label_periods import label_period, year_label
from extractor.extract.table_labels import classify_label
from extractor.extract.table_model import Column
from extractor.extract.table_text import cell_values

# "Upheld 4", "Not upheld: 8": a cell that names what its one number counts
WORDS_THEN_NUMBER = re.compile(r"\s*(\p{L}[\p{L} '\-]*?)\s*[:\-–]?\s*(\d[\d,]*(?:\.\d+)?\s*%?)\s*")


def own_words(text: str, col: Column) -> Column:
    """The column as this cell reads it: a cell holding words and one number ("Upheld 4") counts
    what its words name, within what the header says ("Outcome")."""
    m = WORDS_THEN_NUMBER.fullmatch(text)
    if m is None:
        return col
    header = f"{col.header} {m.group(1)}".strip()
    own = classify_label(header)
    if not own.get("measure") or own.skip:
        return col
    return Column(col.index, header, own, col.period)


def cell_numbers(text: str) -> list[tuple[float, str | None, str]]:
    """The values of a cell: a number, or the one number of a cell that names what it counts
    ("Upheld 4", "Not upheld: 0")."""
    if values := cell_values(text):
        return values
    if (m := WORDS_THEN_NUMBER.fullmatch(text)) is None or year_label(m.group(2)) or label_period(text) \
            or NAMING_WORD_END.search(m.group(1)):
        return []  # "Received at stage 1": the number names the stage, a column's name, no value
    own = classify_label(m.group(1))
    return cell_values(m.group(2)) if own.get("measure") and not own.skip else []


NAMING_WORD_END = re.compile(r"\b(?:stage|step|level|tier|quarter|q|phase)\s*$", re.IGNORECASE)
# "Complaints by location", "Complaints received by scheme": a breakdown of complaints
# (or about: "What residents complained about", "complaints about each service"; or the kinds of them: "Subjects of
# stage one complaints", "Main reasons for complaints")
BY_BREAKDOWN = re.compile(r"\bcomplain\w*\b(?:\s+\p{L}+){0,2}\s+(?:by|about)\s+\p{L}"
                          r"|\b(?:subjects?|reasons?|causes?|themes?|topics?|types?|kinds?|categories|nature|sources?)\s+(?:of|for|behind)"
                          r"\s+(?:[\p{L}-]+\s+){0,3}?complain", re.IGNORECASE)
# a lead-in sentence about complaints that ends with a colon: "Complaints came from these services:", "The
# complaints concerned:" (table_labels.introducing_sentence has cut it to its last sentence)
COLON_LEAD = re.compile(r"\bcomplain\w*\b[^:]{0,80}:\s*$", re.IGNORECASE)


def breakdown_list(rows: Sequence[Sequence[str]], headerless: bool, above: str) -> bool:
    """A table with no header row of names and one count each, under a heading or lead-in that
    breaks complaints down ("Complaints by location" over "Harbourside | 5"): a list of categories."""
    return headerless and (BY_BREAKDOWN.search(above) is not None or COLON_LEAD.search(above) is not None) and all(
        len(r) == 2 and r[0].strip() and not cell_values(r[0]) and len(cell_values(r[1])) == 1 for r in rows)

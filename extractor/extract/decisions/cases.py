"""Case shapes: the vocabulary of where a case is told (outcome marks, case references, column
names), the CaseText a case is read from, and table rows as cases. case_cuts.py cuts blocks into cases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex as re

from extractor.extract.decisions.read import (
    CELL_JOIN,
    read_outcome,
)

COLUMN_GAP = re.compile(r"\s{2,}|\t")  # cells of a line whose table lost its grid
OUTCOME_MARK = re.compile(r"\boutcome\s+of\s+[^:.;]{1,60}:\s*"  # "Outcome of the Ombudsman's investigation: ..."
                          r"|\boutcomes?\b\s*(?:[-–:,]\s*)?(?!of\b|from\b|for\b|to\b|and\b)"
                          # a labelled verdict: "Decision: not upheld", "Determination - service failure"
                          r"|\b(?:decision|determination|findings?|result|verdict)\s*(?::|\s[-–])\s*"
                          # ... with when it came: "Determination received (June 2024): service failure"
                          r"|\b(?:decision|determination|finding)s?\s+(?:received|issued|made|dated|published|was|were)\b[^:.;\n]{0,40}:\s*"
                          # ... and what it was on: "The Ombudsman's decision on a complaint about X was issued in June: ..."
                          r"|\b(?:decision|determination)\s+(?:on|about|in)\s[^:.;\n]{1,80}?\b(?:was|were)\s+(?:received|issued|made|published)\b"
                          r"[^:.;\n]{0,40}:\s*",
                          re.IGNORECASE)
# table columns: the one that holds the verdict, the one that names the team or service
# ("Date of determination" is a date column)
OUTCOME_COLUMN = re.compile(r"^(?![^\n]*\b(?:date|dated|when)\b)[^\n]*?\b(?:outcomes?|decisions?|determinations?|findings?|results?|verdicts?)\b",
                            re.IGNORECASE)
AREA_COLUMN = re.compile(r"^\W*(?:service(?:\s+area)?|area|team|department|directorate|service\s+/\s*team)\W*$",
                         re.IGNORECASE)
# a paragraph that opens with its case's number or reference is a list item in all but layout
CASE_START = re.compile(r"^\W*(?:case\s*(?:no\.?\s*)?\d{1,3}\b|case\s+(?-i:[A-H])\s*[:.–-]|(?:case\s+|our\s+|(?:HOS?|LGSCO|LGO|PSOW|SPSO|NIPSO|PHSO|ombudsman(?:['’]s)?)\s+)?(?:(?:ref(?:erence)?|id|number)\.?:?\s*)?"
                        r"(?:\d{2}\s\d{3}\s\d{3}|(?:19|20)\d{7}|\d{2}/[A-Z]/\d{3,5})(?!\d))", re.IGNORECASE)  # "202201877Planning": cells run together
# a column of money the case pays ("Compensation", "Orders", "Amount"): its amounts need no verb
PAID_COLUMN = re.compile(r"\b(?:compensation|orders?|remed(?:y|ies)|redress|amount|payment|paid|award)\b", re.IGNORECASE)
CASE_CELL = re.compile(r"^\W*(?:(?:19|20)\d{7}|\d{2}\s\d{3}\s\d{3}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\W*$")
LOWER_START = re.compile(r"^[a-z]")
AMOUNT_START = re.compile(r"^£\s?\d")
COLON_LABEL = re.compile(r"^\W*(?=[^\W\d])[^.:;!?\n]{3,40}?:\s+")  # "Housing needs: ..."
# a line that opens an item of a numbered report ("3.2 The first ...") or a case ("Case 202206613 - ...")
# \s*+: the case start's own \W* would otherwise share a line's leading spaces with it (quadratic)
ITEM_LINE = re.compile(rf"^\s*+(?:\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}\s+(?=(?-i:[A-Z]))|(?:{CASE_START.pattern.removeprefix('^')}))",
                       re.IGNORECASE)
# a case's line that opens on a short title and its reference in brackets: "Roof leak (203106432). Maladministration ..."
TITLED_REFERENCE = re.compile(r"^\s*+(?-i:\p{Lu})[\w ,'’&/-]{1,40}?\s\((?:(?:19|20)\d{7}|\d{2}\s\d{3}\s\d{3}|\d{2}/[A-Z]/\d{3,5})\)\s*[.:–-]")
WRAP_WIDTH = 40  # a line shorter than this ended where its writer ended it, not where the page wrapped it
OPEN_END = re.compile(r"[^.!?:;)\"”’]\s*$")  # a line that stops mid-sentence
WORDS = re.compile(r"[^\W\d_]{3,}")
# a numbered or bulleted list the loader kept as one paragraph: one case per item
BULLET = re.compile(r"(?:^|\s)(?=[•▪●◦]\s)")
# ... unless the words before them lead into the findings of one case ("The Ombudsman found:", "... decided that
# there was:"), not into several cases: the bullets are its elements
ELEMENTS_FOLLOW = re.compile(r"\b(?:found|decided|determined|concluded|findings\s+(?:were|are))(?:\s+that)?"
                             r"(?:\s+there\s+(?:was|were|had\s+been))?\s*:\s*$", re.IGNORECASE)
LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s)(?P<last>[^.!?]*)$")
NUMBERED = re.compile(r"(?:^|(?<=[.;:]\s)|\n)\(?(\d{1,2})[.)]\s+(?=[A-Z])")


@dataclass(frozen=True)
class CaseText:
    """The text one case may be told in, with where it sits and what scopes it."""

    text: str
    cells: tuple[str, ...]
    line: int
    page: int | None
    scope: tuple[str, ...]  # headings above the case, outermost first, then its table header
    block: int
    outcome_at: int | None = None  # where the verdict starts in `text`, for a row with an outcome column
    area: str | None = None  # the team or service a table row names in its own column
    subject: str | None = None  # what it was about, when a field of its own says so
    organisation: str | None = None  # the council or landlord a field of its own names
    record: bool = False  # laid out as a case record (labelled fields): a case by its shape
    dated: str | None = None  # the decision date a case record states
    paid: tuple[str, ...] = ()  # cells whose every amount is paid (a Remedy field, a Compensation column)
    end_line: int | None = None  # the last line of a case told over several one-line blocks
    first_line: int | None = None  # a case record's first label line


BARE_COUNT = re.compile(r"^\W*\d{1,4}\W*$")


def counts_only(cells: Sequence[str]) -> bool:
    """Whether a table row counts cases by their finding rather than telling one ("Maladministration |
    6 | £2,300"): a bare count beside it, and no words, case reference or date but the finding's."""
    rest = [c for c in cells if c.strip() and (read_outcome(c) is None)]
    return any(BARE_COUNT.match(c) for c in rest) and not any(WORDS.search(c) or CASE_CELL.match(c) for c in rest)


def header_row(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table's first row is its header: it is, unless it states one finding in one cell
    and the row below states one in the same column, as a column of verdicts would ("Repairs - leak |
    Maladministration | £400" over "ASB | Service failure | £150"); a header naming findings as
    columns of counts ("Element | Maladministration | Service failure") stays a header."""
    if any(OUTCOME_COLUMN.search(c) for c in rows[0]):
        return True
    first, second = _finding_cells(rows[0]), _finding_cells(rows[1])
    return not (len(first) == 1 and first == second)


def _finding_cells(row: Sequence[str]) -> list[int]:
    """The columns of a row whose cell states a finding."""
    return [k for k, c in enumerate(row) if (read := read_outcome(c)) is not None and read[1] is not None]


def row_case(header: Sequence[str], row: Sequence[str], line: int, page: int | None,
              scope: tuple[str, ...], block: int) -> CaseText:
    """A table row; a header column named Outcome/Decision marks where the verdict is, so a
    cell that says only "Upheld" still reads as one."""
    text, outcome_at, area, verdict_cell = "", None, None, -1
    for k, cell in enumerate(row):
        if not cell:
            continue
        text += CELL_JOIN if text else ""
        name = header[k] if k < len(header) else ""
        # (a cell that opens with its own mark, "Decision: upheld", marks its verdict itself; "outcome" in its words,
        # "Upheld: fault, no injustice (the outcome would have been the same)", does not)
        if outcome_at is None and OUTCOME_COLUMN.search(name) and not OUTCOME_MARK.match(cell.lstrip()):
            outcome_at, verdict_cell = len(text), k
        if area is None and AREA_COLUMN.match(name):
            area = " ".join(cell.split())
        text += cell
    # a row of an outcome count table ("Maladministration | 2") tells no case: it has no words besides its verdict
    # (a case reference or a date is a case's: "202400315 | Maladministration | £320"; a sum of money may total a count)
    if outcome_at is not None and not any(WORDS.search(c) or CASE_CELL.match(c)
                                          for k, c in enumerate(row) if k != verdict_cell):
        outcome_at = None
    paid = tuple(c for k, c in enumerate(row) if k < len(header) and PAID_COLUMN.search(header[k]))
    return CaseText(text, tuple(row), line, page, scope, block, outcome_at, area, paid=paid)

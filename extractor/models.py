"""The nouns of the pipeline: a loaded Document of Blocks, and the records it yields.

Data flows one way (load -> segment -> extract -> check -> export), so every
model here is a frozen dataclass: a step adds new objects, it never edits old ones.
Record fields follow docs/SPEC.md sections 2, 3 and 6 exactly.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table", "tile"]


@dataclass(frozen=True)
class BBox:
    """A box in PDF points, origin top-left (pdfplumber's convention)."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Word:
    """One word of a PDF page with its box; dashboards pair numbers with labels by these."""

    text: str
    bbox: BBox
    size: float = 0.0
    bold: bool = False


@dataclass(frozen=True)
class Block:
    """One unit of reading: a heading, paragraph, list item, table or dashboard tile.

    `line` is the 1-based line of the block's first line in the document's
    extracted text (`Document.lines`); for tables `row_lines[i]` is the line of
    row i, so a figure read from a row points at the row, not at the table.
    """

    kind: BlockKind
    text: str
    line: int
    page: int | None = None
    level: int | None = None
    rows: tuple[tuple[str, ...], ...] = ()
    row_lines: tuple[int, ...] = ()
    bbox: BBox | None = None
    words: tuple[Word, ...] = ()
    furniture: bool = False
    heading_path: tuple[str, ...] = ()
    end_line: int | None = None
    bold: bool = False
    cell_lines: tuple[tuple[int, ...], ...] = ()  # per row, each cell's line (a table of one cell per line)


LINE_OF_REACH = 200  # lines of a paragraph searched for a sentence that starts across a line break


@lru_cache(maxsize=64)
def _squeezed(line: str) -> str:
    """A line with its whitespace runs made single spaces; cached, since every sentence of a
    paragraph asks about the same lines (a 1 MB line made this quadratic)."""
    return " ".join(line.split())


@dataclass(frozen=True)
class Document:
    """A report as the tool understands it: ordered blocks plus the text they came from."""

    path: str
    format: str
    blocks: tuple[Block, ...]
    lines: tuple[str, ...] = ()
    pages: int | None = None
    title: str | None = None
    page_sizes: tuple[tuple[float, float], ...] = ()
    # the file's line of each line of `lines`, where the loader closed up blank lines (a Word export's
    # blank line after every table row); empty when `lines` are the file's own
    line_numbers: tuple[int, ...] = ()
    # lines a step set aside and blanked before the readers read the page (a compared line under a card):
    # gone from the page, so no gap between two things counts them
    set_aside: frozenset[int] = frozenset()

    def file_line(self, line: int) -> int:
        """The line of the file that line `line` of `lines` is: what a record shows the user."""
        if not self.line_numbers or not 1 <= line <= len(self.line_numbers):
            return line
        return self.line_numbers[line - 1]

    def text_line(self, file_line: int) -> int:
        """The line of `lines` holding the file's line `file_line` (the inverse of file_line); a
        closed-up blank line gives the text line after it."""
        if not self.line_numbers:
            return file_line
        return min(bisect.bisect_left(self.line_numbers, file_line) + 1, len(self.line_numbers))

    def opening(self, n: int) -> tuple[Block, ...]:
        """The first n blocks from where the report's own text starts: the furniture a page opens with (a web
        page's menu and cookie banner) is no part of its cover."""
        lead = next((k for k, b in enumerate(self.blocks) if not b.furniture), len(self.blocks))
        return self.blocks[lead:lead + n]

    def lines_apart(self, first: int, last: int) -> int:
        """How far line `last` is below line `first`, the lines set aside between them not counted."""
        return last - first - sum(1 for n in self.set_aside if first < n < last)

    @property
    def name(self) -> str:
        """The `doc` field of every record: the file name without folders."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    def line_of(self, block: Block, sentence: str) -> int:
        """The line of `block` where `sentence` starts: a record points at its clause, not at
        the first line of a long paragraph."""
        # a check's sentence has its numbers in digits and its shares with a sign
        from extractor.extract.numbers import with_digits, with_percent_signs

        probe = " ".join(sentence.split()[:5])
        last = min(block.end_line or block.line, len(self.lines))
        for ln in range(block.line, last + 1):
            if probe and (probe in (text := _squeezed(self.lines[ln - 1])) or probe in (digits := with_digits(text))
                          or probe in _squeezed(with_percent_signs(digits))):
                return ln
        # the sentence's first words run over a line break: the line its start falls on (bounded:
        # a paragraph of thousands of lines is not joined again for each of its sentences)
        if last - block.line > LINE_OF_REACH:
            return block.line
        at = -1
        for spelt in (_squeezed, lambda t: with_digits(_squeezed(t)), lambda t: _squeezed(with_percent_signs(with_digits(t)))):
            joined, starts = "", []
            for ln in range(block.line, last + 1):
                starts.append(len(joined))
                joined += spelt(self.lines[ln - 1]) + " "
            at = joined.find(probe) if probe and last > block.line else -1
            if at >= 0:
                break
        return block.line + max(k for k, s in enumerate(starts) if s <= at) if at >= 0 else block.line


@dataclass(frozen=True)
class Figure:
    """One number a report states about complaint handling (SPEC section 2)."""

    doc: str
    measure: str
    value: float
    unit: str
    line: int
    evidence: str
    stated: str
    source: str
    rule: str
    page: int | None = None
    stage: str | None = None
    body: str | None = None
    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    service: str | None = None
    area: str | None = None
    procedure: str | None = None
    dimension: str | None = None
    category: str | None = None
    organisation: str | None = None
    approximate: bool = False
    record: str = "figure"

    def to_dict(self) -> dict[str, Any]:
        return _ordered(asdict(self))


@dataclass(frozen=True)
class Decision:
    """One ombudsman case as a report lists it (SPEC section 3)."""

    doc: str
    body: str
    outcome: str
    line: int
    evidence: str
    rule: str
    page: int | None = None
    kind: str | None = None
    area: str | None = None
    subject: str | None = None
    finding: str | None = None
    payment_gbp: float | None = None
    remedies: tuple[str, ...] = ()
    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    service: str | None = None
    organisation: str | None = None
    record: str = "decision"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["remedies"] = list(self.remedies)
        return _ordered(d)


@dataclass(frozen=True)
class Check:
    """One verification of the report's own arithmetic (SPEC section 6)."""

    doc: str
    rule: str
    status: str
    message: str
    line: int | None
    evidence: str
    stated: float | None = None
    expected: float | None = None
    lines: tuple[int, ...] = ()
    page: int | None = None
    pages: tuple[int, ...] = ()
    record: str = "check"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["lines"] = list(self.lines)
        d["pages"] = list(self.pages)
        return _ordered(d)


Record = Figure | Decision | Check

# the measures that say how a complaint ended (SPEC section 2): what a total received or closed splits into
OUTCOME_MEASURES = ("upheld", "partially_upheld", "upheld_or_partially_upheld", "not_upheld", "withdrawn",
                    "not_investigated", "resolved")

_FIRST = ("record", "doc", "page", "line")


def _ordered(d: dict[str, Any]) -> dict[str, Any]:
    """Put record/doc/page/line first so JSONL output reads well."""
    head = {k: d[k] for k in _FIRST if k in d}
    return head | {k: v for k, v in d.items() if k not in head}


@dataclass
class LoadResult:
    """What a batch load produced: documents read and per-file errors, in input order."""

    documents: list[Document] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

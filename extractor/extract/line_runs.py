"""Tables flattened into one paragraph per row: a PDF's or Word file's table whose grid was lost
becomes a run of one-line blocks ("Concerns Complaints", "Q1 16 13", ...) where a text file has
one paragraph of several lines. `run_tables` reads each run with table_text.text_tables, as the
text file's paragraph is read, so the renderings of one report give the same figures.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex as re

from extractor.block_lines import blocks_starting_in
from extractor.extract.table_runs import TRAILING_VALUES
from extractor.extract.table_text import remapped, text_tables
from extractor.memo import per_document
from extractor.models import Block, Document

# five words or more, closed by a full stop (the words taken once, the stop looked for behind: linear)
SENTENCE = re.compile(r"^\p{Lu}(?>\S*+(?:\s++\S++){4,})(?<=\S[.!?])$")


def line_runs(doc: Document) -> list[tuple[int, Block]]:
    """(index of the first block, one paragraph block spanning them) for every run of three or more
    one-line blocks on consecutive lines: a table flattened into a PDF or Word file often becomes
    one paragraph per row ("Concerns Complaints", "Q1 16 13", ...), where a text file has one
    paragraph of several lines. A row too long for the page wraps onto a second or third line
    (a LibreOffice PDF keeps the spaces between a text file's columns): it is still one row."""
    out: list[tuple[int, Block]] = []
    run: list[int] = []
    step = 1  # lines from one row to the next: 2 where a web page's rows stand a blank line apart

    def flush() -> None:
        if len(run) >= 3:
            first, last = doc.blocks[run[0]], doc.blocks[run[-1]]
            text = "\n".join(doc.blocks[i].text for i in run)
            out.append((run[0], Block("paragraph", text, first.line, page=first.page,
                                      end_line=last.end_line or last.line, heading_path=first.heading_path)))

    pdf = doc.format == "pdf"
    for i, b in enumerate(doc.blocks):
        # a sentence is no table row: it ends a run, and a table below it starts after it
        # (a text file's blank line or its own paragraph keeps the two apart)
        plain = b.kind in ("paragraph", "heading") and not b.furniture and not SENTENCE.search(b.text)
        height = (b.end_line or b.line) - b.line
        one_line = plain and "\n" not in b.text.strip() and height == 0
        wrapped = plain and pdf and 0 < height <= 3 and len(b.text) <= 200  # only a PDF wraps lines
        # (a wrapped line without a number is a header: only right under a run's title)
        row = one_line or (wrapped and (len(run) == 1 or any(map(str.isdigit, b.text))))
        # a header row wrapped onto a second line can open a run ("... Not" / "upheld Ongoing")
        opener = one_line or wrapped or (b.kind == "heading" and not b.furniture and height == 1)
        # rows run on over a page break when no line stands between them
        after = (doc.blocks[run[-1]].end_line or doc.blocks[run[-1]].line) if run else 0
        if row and run and b.line == after + step:
            run.append(i)
            continue
        # ... or, in a text file, a blank line stands between every two rows, each ending in its values
        if row and run and not pdf and b.line == after + SPACED and (len(run) == 1 or step == SPACED) \
                and _spaced_row(doc.lines[b.line - 1]) and (len(run) > 1 or _opens_spaced_run(doc, doc.blocks[run[0]])):
            run.append(i)
            step = SPACED
            continue
        flush()
        run, step = ([i] if opener else []), 1
    flush()
    return out


SPACED = 2  # a row, a blank line, the next row: a web page's table copied with its rows apart


# a row's values set apart from its label by a column's gap: "Stage one complaints logged      1,402"
SPACED_VALUES = re.compile(r"\S\s{3,}+\(?[-+]?\d[\d,.]*+%?\)?(?:\s*+\(?[-+]?\d[\d,.]*+%?\)?)*+\s*+$")


COLUMN_GAP = re.compile(r"\S\s{3,}+\S")  # two cells of a line set a column's gap apart


def _spaced_row(line: str) -> bool:
    return bool(SPACED_VALUES.search(line))


def _opens_spaced_run(doc: Document, block: Block) -> bool:
    """A header over rows set a blank line apart ("Measure      Year ending March 2030 (2029)"), or the first
    of those rows itself: a line of words set apart by a column's gap, or a row."""
    line = doc.lines[block.line - 1] if block.line <= len(doc.lines) else block.text
    return _spaced_row(line) or bool(COLUMN_GAP.search(line.strip()))


def _run_tables(doc: Document, run: Block) -> Iterator[tuple[Block, str | None]]:
    """The tables of one run. A row that wrapped onto later lines is read whole, as the one line
    a text file gives it; its figures keep the row's first line."""
    rows = [b for b in blocks_starting_in(doc, run.line, run.end_line or run.line) if not b.furniture]
    if all((b.end_line or b.line) == b.line for b in rows) and (run.end_line or run.line) - run.line == len(rows) - 1:
        yield from text_tables(run, doc.lines)
        return
    lines = [*doc.lines[:run.line - 1], *(_row_text(doc, b) for b in rows), *doc.lines[(run.end_line or run.line):]]
    shift = (run.end_line or run.line) - (run.line + len(rows) - 1)
    real = {run.line + k: b.line for k, b in enumerate(rows)}

    def line(ln: int) -> int:
        return ln if ln < run.line else real.get(ln, ln + shift)

    yield from remapped(text_tables(replace(run, end_line=run.line + len(rows) - 1), lines), line)


# a number standing as a word of its own (not "1-" or "14-day")
VALUE_WORD = re.compile(r"(?<![\w-])\d[\d,.]*%?(?![\w-])")


def _row_text(doc: Document, block: Block) -> str:
    """A row as one line: its label cell wrapped onto the lines below its values ("Complaints resolved at 186
    0" / "the first point of" / "contact within the 1-day target", a borderless Word table printed to PDF) is
    read whole before them."""
    end = block.end_line or block.line
    if end == block.line or end > len(doc.lines):
        return block.text
    first, rest = doc.lines[block.line - 1], [doc.lines[k - 1].strip() for k in range(block.line + 1, end + 1)]
    m = TRAILING_VALUES.search(first)
    if m is None or m.start() == 0 or any(VALUE_WORD.search(r) for r in rest):
        return block.text
    return f"{first[: m.start()].rstrip()} {' '.join(rest)}{first[m.start():]}"


@per_document
def run_tables(doc: Document) -> list[tuple[int, Block, str | None]]:
    """(index of the run's first block, table, title) for the tables written as one-line
    paragraphs on consecutive lines (line_runs)."""
    return [(i, tb, title) for i, run in line_runs(doc) for tb, title in _run_tables(doc, run)]

"""Records and blocks told in the file's own lines. A loader may close up a file's blank lines (a
Word export's blank line after every table row) so that every reader sees rows together; the lines a
user is shown are still the file's, so they are translated here, at the pipeline's edge, and back
again when records come in to be checked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from extractor.models import Block, Check, Decision, Document, Figure

R = TypeVar("R", Figure, Decision, Check, Figure | Decision)


def _moved(record: R, to: Callable[[int], int]) -> R:
    if isinstance(record, Check):
        return replace(record, line=None if record.line is None else to(record.line),
                       lines=tuple(to(ln) for ln in record.lines))
    return replace(record, line=to(record.line))


def in_file_lines(doc: Document, records: Sequence[R]) -> list[R]:
    """The records with the file's line numbers (the document's text lines are the file's: unchanged)."""
    if not doc.line_numbers:
        return list(records)
    return [_moved(r, doc.file_line) for r in records]


def in_text_lines(doc: Document, records: Sequence[R]) -> list[R]:
    """The records with the document's text lines again (the inverse of in_file_lines)."""
    if not doc.line_numbers:
        return list(records)
    return [_moved(r, doc.text_line) for r in records]


def block_in_file_lines(doc: Document, block: Block) -> Block:
    """A block with the file's line numbers, for `tally show` and `tally tables`."""
    if not doc.line_numbers:
        return block
    return replace(block, line=doc.file_line(block.line),
                   end_line=None if block.end_line is None else doc.file_line(block.end_line),
                   row_lines=tuple(doc.file_line(ln) for ln in block.row_lines))

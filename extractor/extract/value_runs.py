"""A row of key-figure tiles copied from a PDF in reading order: its values first, one to a line, then
its labels in the same order ("412" / "96" / "88%" / "Stage 1 complaints received" / "Stage 2
complaints received" / "Stage 1 answered on time"). With as many labels as values, each label is the
value's in its place; with fewer or more, which is whose is not known, and nothing is paired."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extractor.models import Block

Pair = tuple[int, Block]
RUN_GAP = 3  # lines between two tiles' values (or labels) of one row: blank lines, no more


def value_label_runs(blocks: Sequence[Block], taken: set[int], is_value: Callable[[Block], bool],
                     is_label: Callable[[Block], bool], make: Callable[[Block, Block], Block]) -> list[Pair]:
    """(index of each label block, the pair made of its value and itself) for every run of two values or
    more followed at once by a run of exactly as many labels; blocks whose lines are `taken` are left."""
    out: list[Pair] = []
    i = 0
    while i < len(blocks):
        values = _run(blocks, i, taken, is_value)
        if len(values) < 2:
            i += 1
            continue
        labels = _run(blocks, values[-1] + 1, taken, is_label)
        if labels and len(labels) == len(values) \
                and blocks[labels[0]].line - (blocks[values[-1]].end_line or blocks[values[-1]].line) <= RUN_GAP:
            out += [(lab, make(blocks[val], blocks[lab])) for val, lab in zip(values, labels, strict=True)]
            i = labels[-1] + 1
        else:
            i = values[-1] + 1
    return out


def _run(blocks: Sequence[Block], start: int, taken: set[int], holds: Callable[[Block], bool]) -> list[int]:
    """The blocks from `start` on that hold (a value, a label), each within a few lines of the one before."""
    run: list[int] = []
    for k in range(start, len(blocks)):
        b = blocks[k]
        if b.furniture or b.line in taken or not holds(b) \
                or (run and b.line - (blocks[run[-1]].end_line or blocks[run[-1]].line) > RUN_GAP):
            break
        run.append(k)
    return run

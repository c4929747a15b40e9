"""Values printed before their labels. A key-facts page may print each value over its label, pair after
pair (alternating_runs, reads_values_first: read value first when the run ends with a label). A row of
key-figure tiles copied from a PDF in reading order gives its values first, one to a line, then
its labels in the same order ("412" / "96" / "88%" / "Stage 1 complaints received" / "Stage 2
complaints received" / "Stage 1 answered on time"). With as many labels as values, each label is the
value's in its place; with fewer or more, which is whose is not known, and nothing is paired."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extractor.models import Block

Pair = tuple[int, Block]
RUN_GAP = 3  # lines between two tiles' values (or labels) of one row: blank lines, no more


@dataclass(frozen=True)
class Mark:
    """What one thing in reading order can be in a row of tiles, and the lines it spans."""

    line: int
    end_line: int
    value: bool = False
    label: bool = False
    ends_label: bool = False  # "(TSM CH01)" right under a label: its last words, no label of its own


def place_pairs(marks: Sequence[Mark]) -> list[tuple[int, int]]:
    """(value index, label index) for every run of two values or more followed at once by a run of exactly
    as many labels, each a few lines from the one before: each label is the value's in its place."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(marks):
        values = _run(marks, i, "value")
        if len(values) < 2:
            i += 1
            continue
        labels = _run(marks, values[-1] + 1, "label")
        if labels and len(labels) == len(values) and marks[labels[0]].line - marks[values[-1]].end_line <= RUN_GAP:
            out += list(zip(values, labels, strict=True))
            i = labels[-1] + 1
        else:
            i = values[-1] + 1
    return out


def _run(marks: Sequence[Mark], start: int, kind: str) -> list[int]:
    """The things from `start` on that are of one kind, each within a few lines of the one before; a
    label's last words right under it are passed over."""
    run: list[int] = []
    for k in range(start, len(marks)):
        m = marks[k]
        if kind == "label" and run and m.ends_label and m.line == marks[run[-1]].end_line + 1:
            continue
        if not getattr(m, kind) or (run and m.line - marks[run[-1]].end_line > RUN_GAP):
            break
        run.append(k)
    return run


def value_label_runs(blocks: Sequence[Block], taken: set[int], is_value: Callable[[Block], bool],
                     is_label: Callable[[Block], bool], make: Callable[[Block, Block], Block],
                     ends_label: Callable[[Block], bool] = lambda _b: False) -> list[Pair]:
    """(index of each label block, the pair made of its value and itself) for the blocks' rows of tiles
    (place_pairs); blocks whose lines are `taken`, and furniture, are neither."""
    marks = [Mark(b.line, b.end_line or b.line, *((False, False, False) if b.furniture or b.line in taken
                                                  else (is_value(b), is_label(b), ends_label(b))))
             for b in blocks]
    return [(lab, make(blocks[val], blocks[lab])) for val, lab in place_pairs(marks)]


# a key-facts page that prints each value over its label, one pair after another
def alternating_runs(blocks: Sequence[Block], taken: set[int], gap: int, apart: Callable[[int, int], int],
                     is_value: Callable[[Block], bool], is_label: Callable[..., bool],
                     is_note: Callable[[Block], bool] = lambda _b: False) -> list[list[int]]:
    """Runs of block indices that alternate label, value, label ... with small gaps between them; a tile's
    note under its label ("(1,812)", last year's value) is passed over."""
    runs: list[list[int]] = []
    run: list[int] = []
    last_kind = ""
    for i, b in enumerate(blocks):
        if run and is_note(b):
            continue
        kind = "" if b.line in taken else "V" if is_value(b) else "L" if is_label(b, one_word=last_kind == "V") else ""
        prev = blocks[run[-1]] if run else None
        if not kind or prev is None or kind == last_kind or apart(prev.end_line or prev.line, b.line) > gap:
            if len(run) > 1:
                runs.append(run)
            run = [i] if kind else []
        else:
            run.append(i)
        last_kind = kind
    if len(run) > 1:
        runs.append(run)
    return runs


VALUES_FIRST_RUN = 3  # values in a run that opens and ends with one, for it to be read value first


def reads_values_first(blocks: Sequence[Block], run: list[int], is_value: Callable[[Block], bool]) -> bool:
    """Two or more values each over a label: the run ends with a label, and begins with a value or
    with a heading above the first value (a run that begins with a label paragraph is read label
    first, whatever follows its last value: the next section's title)."""
    kinds = ["V" if is_value(blocks[i]) else "L" for i in run]
    if kinds[0] == "L" and blocks[run[0]].kind != "heading" \
            and not all(blocks[i].text.strip()[:1].islower() for i, k in zip(run[1:], kinds[1:], strict=True) if k == "L"):
        # (unless every later label goes on from the value above it in lower case, "2,318" / "complaints
        # logged": a title paragraph, then values over their labels)
        return False
    body = kinds[1:] if kinds[0] == "L" else kinds
    # a run that opens with a value under its heading and ends with one: read label first, its first value
    # would have no label; read value first, its last value's label is a line the run could not take (a
    # label with numbers of its own, "... per 1,000 homes (CH01, rolling 12 months)")
    return body.count("V") >= 2 and (kinds[-1] == "L" or (kinds[0] == "L" and body[0] == "V" and body.count("V") >= VALUES_FIRST_RUN))

"""Where a case is told: the line a prose case's verdict stands on (a long paragraph's sentence, a
PDF paragraph given a block per line, a sentence that runs on from a title above it), and the title
a list with no heading of its own stands under."""

from __future__ import annotations

from extractor.extract.decisions.cases import CaseText
from extractor.load.running_lines import PAGE_LINE
from extractor.models import Block, Document

VERDICT_LINES = 6  # how far below the start of its sentence a verdict may be told
TITLE_LINES = 3  # a title block above a list: a name and a title or two, each short, none a sentence
TITLE_WIDTH = 120


def line_in(doc: Document, case: CaseText, said: str) -> int:
    """The line a sentence of a case starts on; a case told over several one-line blocks is searched
    line by line."""
    end = case.end_line
    if end is None:
        found = doc.line_of(doc.blocks[case.block], said)
        if found >= case.line:
            return found
        # the same words told of an earlier case of the paragraph ("We were ordered to apologise ..."): this
        # case's are at or below its own first line
        end = min(doc.blocks[case.block].end_line or case.line, len(doc.lines))
    probe = " ".join(said.split()[:4])
    return next((ln for ln in range(case.line, end + 1) if probe and probe in " ".join(doc.lines[ln - 1].split())),
                case.line)


def verdict_line(doc: Document, case: CaseText, said: str, verdict: str) -> int:
    """The line a case's verdict is told on: its sentence's line, or a line below it where the
    sentence runs on from a title or a description above ("Case 202312345 - Leak" / "In accordance
    with paragraph 52 ..., there was maladministration ...")."""
    start = case.line if said == case.text else line_in(doc, case, said)
    probe = " ".join(verdict.split()[:5])
    # a case whose lines are known (a table row copied cell by cell) is searched to its end
    reach = case.end_line if case.end_line and said == case.text else start + VERDICT_LINES
    end = min(case.end_line or doc.blocks[case.block].end_line or case.line, reach, len(doc.lines))
    return next((ln for ln in range(start, end + 1) if probe and _opens_on(doc, probe, ln, end)), start)


WRAP_LINES = 3  # lines a verdict's first words may wrap over ("Closed after initial" / "enquiries - no ...")


def _opens_on(doc: Document, probe: str, ln: int, end: int) -> bool:
    """Whether the words `probe` start on line `ln`, perhaps wrapped onto the lines below it."""
    first = " ".join(doc.lines[ln - 1].split())
    if not first:
        return False
    window = " ".join(" ".join(doc.lines[k - 1].split()) for k in range(ln, min(end, ln + WRAP_LINES) + 1))
    at = window.find(probe)
    return 0 <= at < len(first)


def lead_in(doc: Document, block: int) -> tuple[str, ...]:
    """What a list with no heading above it stands under: the one-line paragraph just before its
    items (a title the loader did not take for a heading)."""
    above = next((b for b in reversed(doc.blocks[:block]) if b.kind != "list_item" and not page_break(doc, b)), None)
    if above is None:
        return ()
    if (above.end_line or above.line) == above.line:
        return (above.text,)
    # a page's name and its title on two short lines ("Rosebrook Housing" / "Cases determined by the
    # Housing Ombudsman"), or a title and the line that leads into the list ("The Ombudsman's
    # determinations this year were:"), run into one paragraph: each line a title
    lines = [" ".join(ln.split()) for ln in doc.lines[above.line - 1:min(above.end_line or above.line, len(doc.lines))]]
    # (a wrapped paragraph's lines are none: a line going on with a sentence opens with no capital, "39). It ...")
    if len(lines) <= TITLE_LINES and all((0 < len(ln) <= TITLE_WIDTH and not ln.endswith((".", ";", ","))
                                          or k == len(lines) - 1 and ln.endswith(":")) and (k == 0 or ln[:1].isupper())
                                         for k, ln in enumerate(lines)):
        return tuple(lines)
    return ()


def page_break(doc: Document, b: Block) -> bool:
    """A block that holds a page's number alone on a line ("Page 3"): a page break's footer and the next page's
    running header, which a list of cases runs across."""
    last = min(b.end_line or b.line, len(doc.lines))
    return b.kind == "paragraph" and any(PAGE_LINE.match(doc.lines[ln - 1]) for ln in range(b.line, last + 1))


def block_before(doc: Document, block: int) -> int:
    """The block above, past any page break between them."""
    k = block - 1
    while k >= 0 and (doc.blocks[k].furniture or page_break(doc, doc.blocks[k])):
        k -= 1
    return k

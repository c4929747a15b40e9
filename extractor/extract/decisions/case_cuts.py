"""Case boundaries: where one ombudsman case is told - a list item, a paragraph, a table row, a
run of lines that each state an outcome, a numbered list run into its lead. Each yields a CaseText with
its place and its scope."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex as re

from extractor.extract.decisions.cases import (
    AMOUNT_START,
    BULLET,
    CASE_START,
    COLON_LABEL,
    COLUMN_GAP,
    ELEMENTS_FOLLOW,
    ITEM_LINE,
    LAST_SENTENCE,
    LOWER_START,
    NUMBERED,
    OPEN_END,
    OUTCOME_MARK,
    TITLED_REFERENCE,
    WRAP_WIDTH,
    CaseText,
    header_row,
    row_case,
)
from extractor.extract.decisions.continued import further_finding
from extractor.extract.decisions.read import COUNTED_ITEM, labelled_verdict, read_outcome, verdict_after_label
from extractor.extract.decisions.story import verdict_first
from extractor.load.line_shapes import SENTENCE_END
from extractor.models import Block, Document


def case_texts(doc: Document, taken: frozenset[int] = frozenset()) -> Iterator[CaseText]:
    """List items, paragraphs and table rows, a page-wrapped continuation joined to its case;
    blocks whose lines another case reader has `taken` are skipped."""
    blocks = doc.blocks
    merged: set[int] = set()
    for i, b in enumerate(blocks):
        span = range(b.line, (b.end_line or b.line) + 1)
        if i in merged or b.furniture or (b.kind != "table" and all(n in taken for n in span)):
            continue
        scope = b.heading_path
        if b.kind != "table" and any(n in taken for n in span):
            # the lines no other reader took ("Brookside Living Ltd (202204321)" above its fields)
            rest = [n for n in span if n not in taken and n <= len(doc.lines) and doc.lines[n - 1].strip()]
            if rest:
                text = " ".join(" ".join(doc.lines[n - 1].split()) for n in rest)
                yield CaseText(text, (text,), rest[0], b.page, scope, i)
            continue
        if b.kind in ("list_item", "paragraph", "heading"):
            if i and _carries_on(blocks[i - 1], b):
                continue  # read as the end of the case before it
            if doc.format == "pdf" and (wrapped := _wrapped(blocks, i, taken)):  # a block per line
                merged.update(wrapped)
                text = " ".join(blocks[k].text.strip() for k in (i, *wrapped))
                yield CaseText(text, (text,), b.line, b.page, scope, i, end_line=blocks[wrapped[-1]].line)
                continue
            text = b.text + _continuation(blocks, i)
            items = list_items(text) if b.kind == "paragraph" and not elements_follow(_lead(text)) else [text]
            if len(items) > 1:
                for item in items:
                    yield CaseText(item, (item,), doc.line_of(b, item), b.page, scope, i)
                continue
            titled = titled_lines(doc, b) if text == b.text else None  # a title run into one paragraph with its cases
            if titled is not None:
                scope, lines = (*scope, titled[0]), titled[1]
            else:
                lines = case_lines(doc, b) if text == b.text else [(b.line, text)]
            for line, item in lines:
                yield CaseText(item, (item,), line, b.page, scope, i)
        elif b.kind == "table" and len(b.rows) > 1:
            if not header_row(b.rows):  # a table with no header: its first row is a case too
                yield row_case((), b.rows[0], b.row_lines[0], b.page, scope, i)
            header = " ".join(b.rows[0])
            for row, line in zip(b.rows[1:], b.row_lines[1:], strict=False):
                if line not in taken:  # a row a labelled-field case took
                    yield row_case(b.rows[0], row, line, b.page, (*scope, header), i)



def case_lines(doc: Document, b: Block) -> list[tuple[int, str]]:
    """A paragraph whose lines each state an outcome ("Case 1: ... Decision: upheld" on one line,
    the next case on the next), or each open with a case reference or a paragraph number ("3.2 The
    first concerned ..."), split into its cases; a line that carries on a case stays with it."""
    end = min(b.end_line or b.line, len(doc.lines))
    if end <= b.line:
        return [(b.line, b.text)]
    if numbered := numbered_lines(doc.lines[b.line - 1:end], b.line):
        return numbered
    if labelled := labelled_lines(doc.lines[b.line - 1:end], b.line):
        return labelled
    if listed := semicolon_items(doc.lines[b.line - 1:end], b.line):
        return listed
    if whole := sentence_lines(doc.lines[b.line - 1:end], b.line):
        return whole
    if marks(b.text) < 2:
        return [(b.line, b.text)]
    groups: list[tuple[int, str]] = []
    for ln in range(b.line, end + 1):
        text = " ".join(doc.lines[ln - 1].split())
        starts_case = bool(text) and not LOWER_START.match(text)
        if groups and not (starts_case and marks(groups[-1][1])):
            groups[-1] = (groups[-1][0], f"{groups[-1][1]} {text}".strip())
        elif text:
            groups.append((ln, text))
    marked = [g for g in groups if marks(g[1])]
    return groups if len(marked) == len(groups) else [(b.line, b.text)]


# a verdict set as a label after what the case was about: "... a broken lamp. Upheld: fault causing injustice"
VERDICT_LABEL = re.compile(r"(?<=[.;!?]\s{1,3})(?P<label>\p{Lu}[\w'’]*+(?:\s+[\w'’]+){0,3}?)\s*+:\s")


def marks(text: str) -> int:
    """How many verdicts a text marks: outcome labels ("Decision: upheld") and verdicts set as labels
    after what a case was about ("... sent late. Upheld: fault causing injustice")."""
    labels = sum(1 for m in VERDICT_LABEL.finditer(text) if read_outcome(m.group("label")) is not None)
    return len(OUTCOME_MARK.findall(text)) + labels


TITLE_WIDTH = 120


def titled_lines(doc: Document, b: Block) -> tuple[str, list[tuple[int, str]]] | None:
    """(title, cases) of a paragraph whose first line is a title with no verdict ("Housing Ombudsman
    Determinations") and whose every other line, two at least, is one case labelled with its subject
    ("July 2024 – Damp and mould – Maladministration – £450"), or whose one other line opens with its
    case's number; None else."""
    end = min(b.end_line or b.line, len(doc.lines))
    lines = doc.lines[b.line - 1:end]
    if len(lines) < 2:
        return None
    title = " ".join(lines[0].split())
    if not title or len(title) > TITLE_WIDTH or title.endswith((".", ";", ",")) or read_outcome(title) is not None:
        return None
    if len(lines) == 2:  # a title over one case that opens with its number or reference ("Case 1: ... - maladministration")
        one = " ".join(lines[1].split())
        return (title, [(b.line + 1, one)]) if CASE_START.match(one) and read_outcome(one) is not None else None
    cases = labelled_lines(lines[1:], b.line + 1) or numbered_lines(lines[1:], b.line + 1, lead_lines=0)
    return (title, cases) if cases else None


PARAGRAPH_WORDS = 8  # a line that is a paragraph of its own holds a sentence, not a title or a note


def sentence_lines(lines: Sequence[str], first: int) -> list[tuple[int, str]]:
    """A paragraph of unwrapped lines (a web page copied with no blank line between its paragraphs:
    some line runs past any wrap width), cut after each line that ends a sentence of its own before a
    line of two sentences or more: a line a paragraph, so each case of a story is read on its own. A
    line of one sentence carries on the case above it ("Our investigation found ..." / "We ordered
    the landlord to pay ..." under a case study's opening lines; "Orders: pay £275")."""
    filled = [(first + k, " ".join(x.split())) for k, x in enumerate(lines) if x.strip()]
    if len(filled) < 2 or max(len(x) for x in lines) <= UNWRAPPED:
        return []
    groups: list[tuple[int, str]] = []
    for ln, text in filled:
        prev = groups[-1][1] if groups else ""
        if groups and not (SENTENCE_END.search(prev) and len(prev.split()) >= PARAGRAPH_WORDS and not LOWER_START.match(text)
                           and (len(SENTENCE_BREAK.findall(text)) >= 1 or _both_found(prev, text)
                                or SEVERAL_CASES.search(prev))):
            groups[-1] = (groups[-1][0], f"{prev} {text}")
        else:
            groups.append((ln, text))
    return groups if len(groups) >= 2 else []


def _both_found(prev: str, line: str) -> bool:
    """Whether a line of one sentence brings in a case of its own ("in a case about", "another
    complaint") and states its finding, under lines that stated one already: a case a line
    ("Maladministration was found in a case about ...; £300 ordered."), not one more element's
    finding of the case above ("... there was service failure in respect of its complaint handling")."""
    return bool(ANOTHER_CASE.search(line)) and not further_finding(line) \
        and all((read := read_outcome(t)) is not None and read[1] is not None for t in (prev, line))


# an indefinite case noun brings in a case not told before
ANOTHER_CASE = re.compile(r"\b(?:a|one|another|a\s+further|a\s+separate)\s+(?:[\w-]+\s+){0,2}?(?:case|complaint|determination)\b",
                          re.IGNORECASE)


# a lead that sums up several cases told below it, its own paragraph: the line after it opens the first
SEVERAL_CASES = re.compile(r"\b(?:two|three|four|several|separate|different)\s+(?:[\w-]+\s+){0,2}?(?:cases|decisions|investigations"
                           r"|ombuds(?:men|mans))\b|\bseparate\s+complaints\b", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?][\"'’”)]?\s+(?=[A-Z\"“‘'])")  # where one sentence ends and the next opens
UNWRAPPED = 120  # characters: no report's text is wrapped wider; a longer line is a whole paragraph


def labelled_lines(lines: Sequence[str], first: int) -> list[tuple[int, str]]:
    """(line, text) of each line of a paragraph whose every line is one case - its subject, what it
    was about and its finding ("Planning: handling of an objection - no maladministration"); [] else."""
    # a column of its own parts a line's subject from its verdict, and its sum from both, as a dash does
    # ("Estate services     No maladministration")
    texts = [(first + k, " – ".join(" ".join(c.split()) for c in COLUMN_GAP.split(ln.strip())))
             for k, ln in enumerate(lines) if ln.strip()]
    cases = [labelled_verdict(t) or _service_verdict(t) or verdict_first(t) or verdict_after_label(t) for _, t in texts]
    # (a sentence or two leading into them, "We received 3 determinations from the Housing Ombudsman.", tells no case)
    lead = next((k for k in range(min(LEAD_LINES, len(texts)) + 1) if all(cases[k:])), None)
    if lead is None or len(texts) - lead < 2 or any(not SENTENCE_END.search(t) and not t.endswith(":") for _, t in texts[:lead]):
        return []
    return texts[lead:]


ITEM_END = re.compile(r";\s*(?:and|or)?\s*$")  # an item of a list run in after a colon: "...;" or "...; and"


def semicolon_items(lines: Sequence[str], first: int) -> list[tuple[int, str]]:
    """(line, text) of each item of a list after a lead-in ending in a colon, the items closed by
    semicolons ("... three determinations:" / "a finding of maladministration ...;" / "... ; and" /
    "a finding of service failure ... ."), each a case; [] when the paragraph holds no such list of two
    items or more, each with a verdict of its own."""
    for lead in (k for k, ln in enumerate(lines) if ln.rstrip().endswith(":")):
        if items := _items_after(lines, lead, first):
            return items
    return []


def _items_after(lines: Sequence[str], lead: int, first: int) -> list[tuple[int, str]]:
    """The semicolon items right after line `lead`, each with a verdict; [] for fewer than two."""
    items: list[tuple[int, str]] = []
    open_item = False
    for k in range(lead + 1, len(lines)):
        text = " ".join(lines[k].split())
        if not text:
            break
        if open_item:
            items[-1] = (items[-1][0], f"{items[-1][1]} {text}")
        else:
            items.append((first + k, text))
        if not ITEM_END.search(text):
            if SENTENCE_END.search(text):
                break  # the last item
            open_item = True
            continue
        open_item = False
    if len(items) < 2 or not all(read_outcome(t) is not None for _, t in items):
        return []
    return items


def _service_verdict(line: str) -> bool:
    """A line that opens with a service and a colon and goes on to a verdict in a sentence of its own
    ("Planning: the Ombudsman found no fault in how we decided ...")."""
    m = COLON_LABEL.match(line)
    return m is not None and read_outcome(line[m.end():]) is not None


LEAD_LINES = 2


def numbered_lines(lines: Sequence[str], first: int, lead_lines: int = LEAD_LINES) -> list[tuple[int, str]]:
    """(line, text) of each item of a paragraph whose first line and at least one more open with a
    paragraph number ("3.2", "4.1.3") or a case reference (after at most two lines of caption and
    header); the lines between carry on the item above. [] when the paragraph is not laid out so."""
    opens = [bool(ITEM_LINE.match(ln)) for ln in lines]
    titled = [bool(TITLED_REFERENCE.match(ln)) for ln in lines]
    if sum(titled) >= 2:  # "Roof leak (203106432). ...": cases under a lead-in of any length
        opens, lead_lines = titled, len(lines)
    if sum(opens) < 2 and (listed := counted_after_colon(lines)):
        opens = [k in listed for k in range(len(lines))]
    # a table's caption and its header run in above its rows ("Table 4: ..." / "ReferenceServiceDecision")
    lead = next((k for k, starts in enumerate(opens) if starts), len(opens))
    # (or a paragraph of any length whose last line before the first item leads into them with a colon)
    if (lead > lead_lines and not (0 < lead < len(lines) and lines[lead - 1].rstrip().endswith(":"))) or sum(opens) < 2:
        return []
    items: list[tuple[int, str]] = []
    for k, (ln, starts) in list(enumerate(zip(lines, opens, strict=True)))[lead:]:
        text = " ".join(ln.split())
        if starts or not items:
            items.append((first + k, text))
        elif text:
            items[-1] = (items[-1][0], f"{items[-1][1]} {text}")
    return items


FIRST_COUNTED = re.compile(r":\s+(?=1[.)]\s+\p{Lu})")
LEAD_PROBE = 40  # characters of a case looked for in the paragraph it was cut from


def paragraph_lead(doc: Document, case: CaseText) -> str:
    """The text that leads with a colon into the numbered list a case is an item of: in its own
    paragraph ("... closed two cases:" / "1. Surgery" / "2. Medicine"), the lead above item 1 for every
    item; for a list set as a paragraph of its own, opening on item 1, the paragraph above it."""
    block = doc.blocks[case.block]
    if COUNTED_ITEM.match(block.text) and block.kind == "paragraph":
        i = case.block - 1
        while i >= 0 and (doc.blocks[i].furniture or COUNTED_ITEM.match(doc.blocks[i].text)):
            i -= 1
        above = doc.blocks[i].text if i >= 0 else ""
        return above if above.rstrip().endswith(":") else ""
    if case.text == block.text or (at := block.text.find(case.text[:LEAD_PROBE])) <= 0:
        return ""
    first = FIRST_COUNTED.search(block.text, 0, at + 1)
    lead = block.text[: first.end()] if first else block.text[:at]
    if not lead.rstrip().endswith(":") and (colon := lead.rfind(":")) > 0 and ITEM_END.search(lead):
        # "... three determinations:" / "a finding of ...;" / "a finding of ...; and": the lead of every item
        lead = lead[:colon + 1]
    return lead if lead.rstrip().endswith(":") else ""  # cases told before it are no lead


def counted_after_colon(lines: Sequence[str]) -> set[int]:
    """The lines of a list numbered from 1, counting up by one: at least two under a line ending with a
    colon ("... closed two cases:" / "1. Surgery – ..." / "2. Medicine – ..."), or three with nothing
    above to lead into them (a list begun on the page before, under running header lines); none else."""
    found: list[int] = []
    for k, ln in enumerate(lines):
        m = COUNTED_ITEM.match(ln)
        if m is not None and int(m.group("n")) == len(found) + 1:
            found.append(k)
    if not found:
        return set()
    led = found[0] > 0 and lines[found[0] - 1].rstrip().endswith(":")
    return set(found) if len(found) >= (2 if led else 3) else set()


def elements_follow(lead: str) -> bool:
    """Whether the words before a paragraph's bullets lead into the findings of one case."""
    last = LAST_SENTENCE.search(lead)
    return bool(last and ELEMENTS_FOLLOW.search(last.group("last")) and not SEVERAL_CASES.search(last.group("last")))


def _lead(text: str) -> str:
    """The words of a paragraph before its first bullet."""
    m = BULLET.search(text)
    return text[:m.start()] if m else ""


def list_items(text: str) -> list[str]:
    """The items of a list run into one paragraph: bullets, or numbers counting up from 1."""
    starts = [m.start() for m in NUMBERED.finditer(text)]
    numbers = [int(m.group(1)) for m in NUMBERED.finditer(text)]
    if len(starts) < 2 or numbers != list(range(1, len(numbers) + 1)) or starts[0] != 0:
        starts = [m.end() for m in BULLET.finditer(text)]
        if len(starts) < 2:
            return [text]
    items = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    lead = text[:starts[0]].strip()
    return ([lead] if lead else []) + [i for i in items if i]


def _one_line(b: Block) -> bool:
    return (b.end_line or b.line) == b.line and "\n" not in b.text.strip()


def _wrapped(blocks: Sequence[Block], i: int, taken: frozenset[int]) -> list[int]:
    """The one-line paragraph blocks on the lines right below block i that carry on its sentence
    (each line before them stops mid-sentence): one paragraph a PDF reader gave a block per line."""
    out: list[int] = []
    prev = blocks[i]
    if prev.kind not in ("paragraph", "list_item") or not _one_line(prev):
        return out
    for k in range(i + 1, len(blocks)):
        b = blocks[k]
        if b.kind != "paragraph" or b.furniture or not _one_line(b) or b.line != prev.line + 1 \
                or b.line in taken or not OPEN_END.search(prev.text) or len(prev.text) < WRAP_WIDTH:
            break
        out.append(k)
        prev = b
    return out


def _carries_on(prev: Block, b: Block) -> bool:
    """Whether block b carries on the paragraph or list item before it: it starts in lower case after
    a page or column break, or with the amount the line before broke off at ("... ordered us to pay" /
    "£380.")."""
    if prev.kind not in ("list_item", "paragraph"):
        return False
    return bool(LOWER_START.match(b.text) or (AMOUNT_START.match(b.text) and OPEN_END.search(prev.text)))


def _continuation(blocks: Sequence[Block], i: int) -> str:
    """The block after block i, when it carries on block i."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is not None and nxt.kind == "paragraph" and _carries_on(blocks[i], nxt):
        return " " + nxt.text
    return ""

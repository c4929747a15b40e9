"""Labelled-field groups: a case told as a record ("Date: ... / Department: ... / Description: ..."),
each label on its own line, its value after the colon or on the line below. The labels' roles
(outcome, description, area, subject, organisation, other) live in patterns/ombudsman.toml."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import regex as re

from extractor.block_lines import row_or_text_block
from extractor.extract.bodies import find_bodies
from extractor.extract.decisions.cases import CASE_START, CaseText
from extractor.extract.decisions.read import CELL_JOIN, first_match, opens_with_verdict, read_outcome, remedies
from extractor.models import Block, Document

FIELD_LINE = re.compile(r"^\s*(?:[•▪●◦*–-]\s*)?(?P<label>[A-Za-z][A-Za-z'’ /]{0,38}?)\s*:\s*(?P<value>.*?)\s*$")
# a table flattened to text keeps a label without its colon: alone on its line with the value below
# ("Decision" / "Not upheld"), or beside its value after a run of spaces ("Outcome     Upheld")
BARE_LABEL = re.compile(r"^\s*(?:[•▪●◦*–-]\s*)?(?P<label>[A-Za-z][A-Za-z'’ /]{0,38}?)\s*$")
SPACED_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z'’ /]{0,38}?)(?:\s{2,}|\t)\s*(?P<value>\S.*?)\s*$")
DATE_LABEL = re.compile(r"\bdate|\b(?:decided|closed|received)\b", re.IGNORECASE)
COUNT_VALUE = re.compile(r"^\W*£?\d[\d,.]*\s*%?\W*$")
BARE_RUN = 3  # fields without colons make a case only in a run this long (a lone "Outcome" line is a heading)
VERDICT_ROLES = ("outcome", "description")  # the field a case's verdict is read from, in order of trust


@dataclass(frozen=True)
class Field:
    role: str
    label: str
    value: str
    line: int  # 1-based line of the value
    label_line: int  # 1-based line of the label
    bare: bool = False  # written without a colon


def field_role(label: str) -> str | None:
    hit = first_match("field", " ".join(label.split()))
    return hit[0]["role"] if hit else None


def _field_at(lines: Sequence[str], i: int, in_run: bool) -> tuple[Field, int] | None:
    """The field starting at line index i and the index after it (a bare label takes the next line);
    inside a run an unknown short label is a field too ("Reference number:"), of no role."""
    m = FIELD_LINE.match(lines[i])
    role = field_role(m.group("label")) if m else None
    if m is not None and role is None and in_run and len(m.group("label").split()) <= 4:
        role = "unknown"
    if m is None or role is None:
        return _bare_field_at(lines, i)
    value, at = m.group("value"), i
    if not value and i + 1 < len(lines) and lines[i + 1].strip() and not FIELD_LINE.match(lines[i + 1]):
        at = i + 1
        value = lines[at].strip()
        if role in ("outcome", "remedy"):  # "Findings:" then one line per element, "Orders:" one per remedy
            more = _element_lines(lines, at + 1, role)
            value = "; ".join([value, *(lines[k].strip() for k in more)])
            end = more[-1] + 1 if more else at + 1
            return Field(role, m.group("label"), " ".join(value.split()), at + 1, i + 1), end
    more = _wrapped_lines(lines, at + 1, m.start("value")) if value and at == i else []
    value = " ".join([value, *(lines[k].strip() for k in more)])
    return Field(role, m.group("label"), " ".join(value.split()), at + 1, i + 1), (more[-1] if more else at) + 1


def _wrapped_lines(lines: Sequence[str], start: int, column: int) -> list[int]:
    """The lines from `start` on that carry on a field's value: set in as far as the value starts
    ("Summary:  The council took ..." / "          without a refund."), no field or case of their own."""
    out = []
    for k in range(start, len(lines)):
        line = lines[k]
        indent = len(line) - len(line.lstrip())
        if not line.strip() or indent < max(1, column - WRAP_SLACK) or FIELD_LINE.match(line) or CASE_START.match(line):
            break
        out.append(k)
    return out


WRAP_SLACK = 2  # a wrapped value's lines may start this many columns left of the value


def _element_lines(lines: Sequence[str], start: int, role: str) -> list[int]:
    """The lines from `start` on that are no field and each state a finding of their own ("Service
    failure - our complaint handling" below "Findings:" / "Maladministration - our repairs"), or for
    an orders label each name a remedy ("£300 for time and trouble" / "an apology")."""
    out = []
    for k in range(start, len(lines)):
        line = lines[k]
        if not line.strip() or FIELD_LINE.match(line) or CASE_START.match(line):
            break
        if role == "outcome" and ((read := read_outcome(line)) is None or read[1] is None):
            break
        if role == "remedy" and not remedies(line):
            break
        out.append(k)
    return out


def _bare_field_at(lines: Sequence[str], i: int) -> tuple[Field, int] | None:
    """A known label with no colon: its value beside it after a run of spaces, or on the next line
    (which is not itself a label)."""
    if (m := SPACED_FIELD.match(lines[i])) and (role := field_role(m.group("label"))):
        return Field(role, m.group("label"), " ".join(m.group("value").split()), i + 1, i + 1, bare=True), i + 1
    m = BARE_LABEL.match(lines[i])
    role = field_role(m.group("label")) if m else None
    if m is None or role is None or i + 1 >= len(lines):
        return None
    value = lines[i + 1].strip()
    if not value or ((nxt := BARE_LABEL.match(value)) and field_role(nxt.group("label"))):
        return None
    return Field(role, m.group("label"), " ".join(value.split()), i + 2, i + 1, bare=True), i + 2


def field_runs(doc: Document) -> list[list[Field]]:
    """Runs of consecutive field lines; a blank line or any other line ends a run, and so does a
    label met again once the run has its verdict (records one after another with no blank line). A web
    page's text may set every label and value a blank line apart: those runs are read closed up too."""
    runs = [r for r in _runs_over(doc.lines) if _record(r)]
    labels = {f.label_line for run in runs for f in run}
    # (a record read as it stands is not read again from the closed-up text)
    runs += [r for r in spaced_field_runs(doc.lines) if _record(r) and not labels & {f.label_line for f in r}]
    runs += [r for b in doc.blocks if b.kind == "table" for r in (*table_runs(b), *cell_runs(b)) if _record(r)]
    return runs


def _record(run: Sequence[Field]) -> bool:
    """A run of fields long enough to be a case's record, one of them its verdict."""
    return len(run) >= (BARE_RUN if any(f.bare for f in run) else 2) and any(f.role in VERDICT_ROLES for f in run)


SPACED_GAP = 1  # blank lines between a label and its value, or two fields, in a web page's text


def spaced_field_runs(lines: Sequence[str]) -> list[list[Field]]:
    """Runs read from the text closed up, kept where their lines stand a blank line apart on the page
    ("Decision:" / "" / "some upheld, recommendations"), with each field at its page lines; a run whose
    lines touch throughout was read as it stands."""
    filled = [(n, text) for n, text in enumerate(lines) if text.strip()]
    page = [n + 1 for n, _ in filled]  # the page line of each closed-up line (1-based)
    out: list[list[Field]] = []
    for run in _runs_over([text for _, text in filled]):
        at = sorted({k for f in run for k in (f.label_line, f.line)})
        gaps = [page[b - 1] - page[a - 1] - 1 for a, b in pairwise(at)]
        if not gaps or max(gaps) > SPACED_GAP or not any(gaps):
            continue  # fields too far apart to be one record's, or no blank line at all (read as it stands)
        out.append([Field(f.role, f.label, f.value, page[f.line - 1], page[f.label_line - 1], f.bare) for f in run])
    return out


def _runs_over(lines: Sequence[str]) -> list[list[Field]]:
    """The runs of field lines of a list of lines, before any is judged a record."""
    runs: list[list[Field]] = [[]]
    i = 0
    while i < len(lines):
        hit = _field_at(lines, i, bool(runs[-1]))
        if hit is None and not runs[-1] and (title := _verdict_over_fields(lines, i)) is not None:
            # "Severe maladministration" over "Landlord: ..." / "Case ID: ..." / "Decision date: ...": a card
            # headed by its verdict
            runs.append([title])
            i += 1
            continue
        if hit is None and CASE_START.match(lines[i]) and not FIELD_LINE.match(lines[i]):
            # "Case 3 - Ref 202305087 - Roof leak" over bare "Finding" / "Orders" labels: the case's own line
            # opens its record (with the words after its reference as the subject)
            runs.append([Field("case", "Case", " ".join(lines[i].split()), i + 1, i + 1, bare=True)])
            i += 1
            continue
        if hit is None:
            if runs[-1]:
                runs.append([])
            i += 1
            continue
        if starts_next_record(runs[-1], hit[0]):
            runs.append([])
        runs[-1].append(hit[0])
        i = hit[1]
    return runs


VERDICT_TITLE_WORDS = 6  # "Severe maladministration", "Some upheld, recommendations": a verdict, not a sentence
CARD_FIELDS = 2  # a verdict heads a case's record only over this many of its fields


def _verdict_over_fields(lines: Sequence[str], i: int) -> Field | None:
    """The verdict a line alone states over a record's fields, with no label of its own ("No
    maladministration" over "Landlord: ..." / "Case ID: ..." / "Decision date: ..."), as a decisions page sets
    out each case as a card headed by its finding: the card's outcome field. The fields below, two at least,
    are of roles the field rules know (a term over its "Meaning:" in a key is no case)."""
    line = " ".join(lines[i].split())
    if not line or FIELD_LINE.match(line) or len(line.split()) > VERDICT_TITLE_WORDS or line.endswith(".") \
            or not opens_with_verdict(line) or read_outcome(line) is None:
        return None
    known, k = 0, i + 1
    while k < len(lines) and (hit := _field_at(lines, k, True)) is not None:
        known += hit[0].role not in ("unknown", "outcome", "description")
        k = hit[1]
    if known < CARD_FIELDS:
        return None
    return Field("outcome", "Finding", line, i + 1, i + 1)


# labels a case may state more than once: one finding per element, one remedy per line
REPEATABLE_ROLES = ("outcome", "remedy", "unknown")


def starts_next_record(run: Sequence[Field], f: Field) -> bool:
    """Whether field `f` opens the next case rather than going on with `run`: its label (not one a
    case may repeat, as findings and orders) was met already in a run that holds its verdict."""
    return f.role not in REPEATABLE_ROLES and any(g.role in VERDICT_ROLES for g in run) \
        and any(g.label.lower() == f.label.lower() for g in run)


def table_runs(b: Block) -> list[list[Field]]:
    """A two-column table of labels and values ("Date | 04/06/2021", "Description | ..."), one run
    per case: a label met again starts the next case."""
    rows = [(r, ln) for r, ln in zip(b.rows, b.row_lines, strict=False) if len(r) == 2]
    if len(rows) != len(b.rows) or len(rows) < BARE_RUN:
        return []
    fields = [Field(role, r[0], " ".join(r[1].split()), ln, ln) if (role := field_role(r[0])) else None
              for r, ln in rows]
    if sum(f is not None for f in fields) < BARE_RUN:
        return []
    runs: list[list[Field]] = [[]]
    for f in fields:
        if f is None:
            continue
        if any(g.label.lower() == f.label.lower() for g in runs[-1]):
            runs.append([])
        runs[-1].append(f)
    return runs


def cell_runs(b: Block) -> list[list[Field]]:
    """A table whose every cell is a field of its own ("Case: 202401122 | Finding: Maladministration |
    Compensation: £300"): each row one case record, every row read (no header row)."""
    runs: list[list[Field]] = []
    for row, ln in zip(b.rows, b.row_lines, strict=False):
        cells = [c for c in row if c.strip()]
        fields = [Field(_cell_role(m.group("label")), m.group("label"), " ".join(m.group("value").split()), ln, ln)
                  for c in cells if (m := FIELD_LINE.match(c)) and m.group("value")]
        if len(cells) < 2 or len(fields) != len(cells):
            return []
        runs.append(fields)
    return runs


def _cell_role(label: str) -> str:
    """A label's role; a short label of no known role ("Case") is a field of a record all the same."""
    return field_role(label) or ("unknown" if len(label.split()) <= 4 else "other")


def field_cases(doc: Document, skip: frozenset[int] = frozenset()) -> tuple[list[CaseText], frozenset[int]]:
    """One CaseText per field run that holds a verdict or a description (none on the lines in
    `skip`, which another case reader has taken), and the lines they take."""
    cases: list[CaseText] = []
    taken: set[int] = set()
    for run in field_runs(doc):
        if any(f.label_line in skip or f.line in skip for f in run):
            continue
        verdict = next(f for role in VERDICT_ROLES for f in run if f.role == role)
        if COUNT_VALUE.match(verdict.value):
            continue  # "Determinations: 18": a figure, not a case's verdict
        unknown = [f.label.lower() for f in run if f.role == "unknown"]
        if len(set(unknown)) < len(unknown):
            continue  # "Full investigations: upheld" / "Full investigations: not upheld": a list of counts' labels
        text, outcome_at = "", 0
        for f in run:
            text += CELL_JOIN if text else ""
            outcome_at = len(text) + len(f.label) + 2 if f is verdict else outcome_at
            text += f"{f.label}: {f.value}"
        block = row_or_text_block(doc, verdict.line)
        b = doc.blocks[block]
        org = next((f.value for f in run if f.role == "organisation" and not find_bodies(f.value)), None)
        cases.append(CaseText(text, tuple(f.value for f in run), verdict.line, b.page, b.heading_path, block,
                              outcome_at=outcome_at, area=_value(run, "area"), subject=_value(run, "subject"),
                              organisation=org, record=True, dated=_date(run),
                              paid=tuple(f.value for f in run if f.role == "remedy"),
                              first_line=run[0].label_line, end_line=run[-1].line))
        taken.update(range(run[0].label_line, run[-1].line + 1))
    return cases, frozenset(taken)


def _date(run: list[Field]) -> str | None:
    """The decision date a run states (a date, never the reporting period)."""
    dated = next((f for f in run if f.role == "other" and DATE_LABEL.search(f.label)), None)
    return dated.value if dated else None


def _value(run: list[Field], role: str) -> str | None:
    return next((f.value.rstrip(" .") for f in run if f.role == role and f.value), None)


RECORD_GAP = 2  # lines (a blank one, a case's own title) a record may stand below the record before it


def records_listed_with(records: Sequence[CaseText], in_part: dict[int, bool]) -> set[int]:
    """The ids of case records that follow, record after record, one in an ombudsman's part: a list
    whose first record names the ombudsman ("Ombudsman decisions" / "Case 1" / "Finding: ...") is
    the ombudsman's throughout, even where page-cut text turned a later label into a heading."""
    out: set[int] = set()
    ordered = sorted(records, key=lambda c: c.first_line or c.line)
    for before, case in pairwise(ordered):
        if (in_part[id(before)] or id(before) in out) and before.end_line is not None and case.first_line is not None \
                and 0 < case.first_line - before.end_line <= RECORD_GAP:
            out.add(id(case))
    return out

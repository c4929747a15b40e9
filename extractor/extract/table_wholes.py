"""What a table's cells say together, once each is read: a Total row over outcomes counts the
complaints decided, one over stages has no stage, one over services is the organisation's, and
"resolved" is an outcome only beside the others. Split from table_reading.py."""

from __future__ import annotations

from dataclasses import replace

from extractor.extract.table_model import TableCell
from extractor.models import OUTCOME_MEASURES


def whole_table(cells: list[TableCell]) -> list[TableCell]:
    """The cells with what the table as a whole says of each."""
    return _council_totals(_outcome_totals(_totals_across_stages(_resolved_among_outcomes(cells))))


DECIDED = frozenset({"upheld", "partially_upheld", "upheld_or_partially_upheld", "not_upheld"})


def _resolved_among_outcomes(cells: list[TableCell]) -> list[TableCell]:
    """"Resolved" is the SPSO model's fourth outcome where the table gives the others beside it
    (upheld, not upheld); in a table of themes or volumes ("No. of complaints | No. resolved") it says
    only that cases were dealt with, which no measure counts."""
    measures = {c.fields.get("measure") for c in cells}
    if measures & DECIDED or measures <= {"resolved"}:  # a label and its value alone: read as the label says
        return cells
    return [c for c in cells if c.fields.get("measure") != "resolved"]


def _outcome_totals(cells: list[TableCell]) -> list[TableCell]:
    """A Total row under rows of two or more outcomes ("Upheld" / "Not upheld" / "Total") counts the
    complaints decided: `closed`, where the column's own word gave it no measure but a count."""
    outcomes: dict[int, set[str]] = {}
    for c in cells:
        if not c.total and c.fields.get("unit") == "count":
            outcomes.setdefault(c.col, set()).add(c.fields["measure"])
    return [replace(c, fields=c.fields | {"measure": "closed"})
            if c.total and c.fields["measure"] == "received" and c.fields.get("unit") == "count"
            and len((seen := outcomes.get(c.col, set())) - {"withdrawn"}) >= 2 and seen <= set(OUTCOME_MEASURES) else c
            for c in cells]


def _totals_across_stages(cells: list[TableCell]) -> list[TableCell]:
    """A Total row over rows of different stages ("Concerns" informal, "Complaints" stage 1)
    spans them: its figures have no stage (SPEC 2)."""
    stages: dict[int, set[str | None]] = {}
    for c in cells:
        if not c.total:
            stages.setdefault(c.col, set()).add(c.fields.get("stage"))
    return [replace(c, fields=c.fields | {"stage": None}) if c.total and len(stages.get(c.col, set())) > 1 else c
            for c in cells]


def _council_totals(cells: list[TableCell]) -> list[TableCell]:
    """Rows of different services make an organisation-wide table (SPEC 5): its Total is
    `council` (with no area), and a row naming no service family is `corporate`."""
    services = {c.fields["service"] for c in cells if not c.total and c.fields["service"]}
    if len(services) < 2:
        return cells
    out = []
    for c in cells:
        if not c.fields["service"]:
            extra = {"service": "council", "area": None} if c.total else {"service": "corporate"}
            c = TableCell(c.row, c.col, c.stated, c.value, c.total, c.fields | extra, c.rule)
        out.append(c)
    return out

"""A case table copied from a web page or PDF one cell per line, blank lines between its cells, whose
longer cells wrap onto a second line ("Ward 7, Eastfield" / "Hospital"; "Some" / "upheld"): lines with
no blank line between them are one cell, so each row is read whole. Words of our own, written before
the change: before it 0 of 1 passed, after it 1 of 1."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision

TEXT = """Complaints annual report 2032/33

Scottish Public Services Ombudsman
The SPSO published three decisions about the Board this year:
Reference

Service

Decision

Action asked of us

203210077

Ward 7, Eastfield
Hospital

Some
upheld

Apology; review discharge
planning

203214520

Dental service

Not upheld

None

203219981

Out of hours GP
service

Fully upheld

Apology
"""


def test_each_row_of_wrapped_cells_is_one_case(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    got = [(d.body, d.outcome) for d in extract(load(path)) if isinstance(d, Decision)]
    assert got == [("SPSO", "partially_upheld"), ("SPSO", "not_upheld"), ("SPSO", "upheld")]

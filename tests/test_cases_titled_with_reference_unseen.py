"""Cases told one after another in a paragraph with no blank lines, each opening on a short title and its
case reference in brackets ("Boiler repairs (203208851). The Ombudsman found ..."), under a lead-in of any
length: each such line opens a case, and the lines under it carry it on. A line that names a reference in
brackets mid-sentence opens nothing. Words of our own, written before the change: before it 0 of 1
passed, after it 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes

PAGE = """Annual complaints report 2031/32

Housing Ombudsman determinations
The Housing Ombudsman issued four determinations about us this year, down from five. Across them it made six
findings, and our maladministration rate was below that of similar landlords. We have acted on every order
and report our progress to the board each quarter, as the Complaint Handling Code asks.
Boiler repairs (203208851). The Ombudsman found maladministration in our repair of a boiler, which took
seven weeks. We paid £450 and changed how urgent repairs are booked.
Noise (203209317). No maladministration in how we handled reports of noise from a neighbour (see case
203209317 on the Ombudsman's website).
Rent account (203210042). Service failure in how long we took to correct a rent account. We paid £75.
Parking (203211580). Reasonable redress: the £100 we had already offered put things right.
"""


def test_each_titled_case_is_read(tmp_path: Path) -> None:
    found = sorted(o for _, o, _ in case_outcomes(tmp_path, PAGE))
    assert found == ["not_upheld", "not_upheld", "upheld", "upheld"], found


def test_each_case_is_placed_on_its_own_lines(tmp_path: Path) -> None:
    """Two cases told in words that open alike ("We were ordered to apologise ...") are each placed on their
    own lines, not on the first case's (written with the change: before it the second was placed on the
    first)."""
    from extractor import extract, load
    from extractor.models import Decision

    text = ("Housing Ombudsman determinations 2031/32\n"
            "The Housing Ombudsman issued two determinations about us this year, and we have acted on every order\n"
            "it made, reporting our progress to the board each quarter as the Complaint Handling Code asks us to.\n"
            "Gutters (203208851). The Ombudsman found maladministration in our repair of a gutter.\n"
            "We were ordered to apologise, pay £250 and clear the drains within a month.\n"
            "Lift repairs (203209317). A resident waited nine weeks for a lift to be repaired.\n"
            "We were ordered to apologise and pay £120.\n")
    path = tmp_path / "cases.txt"
    path.write_text(text, encoding="utf-8")
    lines = sorted(d.line for d in extract(load(path)) if isinstance(d, Decision))
    assert len(lines) == 2 and lines[0] in (4, 5) and lines[1] in (6, 7), lines

"""Ombudsman cases told as labelled field lines, in committee minutes with their case references, and
one after another in a paragraph that counts them; pages written here in words of our own for invented
councils. A field line's money ("payment of £250") or a decision date's year is never a figure.
Written before the change that reads them; see the commit message for how many passed before."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision, Figure

FIELD_LINES = """Brackenford Borough Council
Complaints and compliments annual report 2030/31

Local Government and Social Care Ombudsman

Complaint about: Adult care services
Decision: Upheld - fault and injustice
Remedy: apology and payment of £250
Decision date: 12 May 2030

Complaint about: Planning
Decision: Not upheld - no fault
Decision date: 3 June 2030
"""

MINUTES = """Hollinsworth District Council
Minutes of the Audit and Governance Committee, 14 July 2030

7. Ombudsman decisions

Members noted the Ombudsman's decision on complaint 30 004 567, which found fault causing injustice in the handling of a blue badge application; the council has paid £300 as recommended.

Members also noted a decision on complaint 30 009 876 about council tax, where the Ombudsman found no fault.
"""

COUNTED = """Wendlebury District Council
Annual report on complaints 2030/31

Ombudsman investigations

The Ombudsman completed investigations into 6 complaints about the council. In one case about school transport, the Ombudsman found fault causing injustice and the council agreed to pay £500 and review its policy. In a case about a missed bin collection, the Ombudsman found fault but no injustice. The remaining four complaints were not upheld.
"""


def read(tmp_path: Path, text: str) -> tuple[list[tuple[int, str, str, float | None]], list[Figure]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    records = extract(load(path))
    decisions = sorted(((d.line, d.body, d.outcome, d.payment_gbp) for d in records if isinstance(d, Decision)),
                       key=lambda d: (d[0], d[2], d[3] or 0.0))
    return decisions, [f for f in records if isinstance(f, Figure)]


def test_labelled_field_lines_are_one_case_each_and_give_no_figures(tmp_path: Path) -> None:
    decisions, figures = read(tmp_path, FIELD_LINES)
    assert [d[1:] for d in decisions] == [("LGSCO", "upheld", 250.0), ("LGSCO", "not_upheld", None)]
    assert [(f.line, f.value) for f in figures] == []  # neither the £250 nor the year 2030


def test_minutes_noting_decisions_by_case_reference(tmp_path: Path) -> None:
    decisions, _ = read(tmp_path, MINUTES)
    assert [d[1:] for d in decisions] == [("LGSCO", "upheld", 300.0), ("LGSCO", "not_upheld", None)]


def test_cases_told_one_after_another_after_a_count(tmp_path: Path) -> None:
    decisions, figures = read(tmp_path, COUNTED)
    outcomes = sorted(d[2] for d in decisions)
    assert outcomes == ["not_upheld"] * 4 + ["upheld", "upheld"]  # fault without injustice is upheld (SPEC 3)
    assert sorted(d[3] for d in decisions if d[3]) == [500.0]
    assert ("received", 6.0) in {(f.measure, f.value) for f in figures}


FINDINGS_THEN_TABLE = """Larchfield Homes
Annual complaints report 2030/31

Ombudsman findings

The Ombudsman found maladministration in respect of our response to a resident's reports of damp, and ordered us to pay £750. It also found service failure in our handling of the associated complaint.

Case  Finding  Compensation
Repairs  Maladministration  £350
Complaint handling  Service failure  £100
"""


def test_a_findings_heading_over_several_cases_is_no_one_case(tmp_path: Path) -> None:
    # "Ombudsman findings" heads several cases, each paying its own sum; not one determination's elements
    decisions, _ = read(tmp_path, FINDINGS_THEN_TABLE)
    assert sorted(d[3] for d in decisions) == [100.0, 350.0, 750.0]


CASE_SUMMARY = """Cyngor Sir Glanrhyd / Glanrhyd County Council
Annual letter from the Public Services Ombudsman for Wales 2030/31

Case summaries

Case 203104455 - Housing. The Ombudsman found the Council had not dealt properly with a report of disrepair. The Council agreed to apologise and pay £250. Outcome: upheld.
"""


def test_a_case_summary_opening_on_its_number_whose_own_words_name_the_ombudsman(tmp_path: Path) -> None:
    decisions, _ = read(tmp_path, CASE_SUMMARY)
    assert [d[1:] for d in decisions] == [("PSOW", "upheld", 250.0)]

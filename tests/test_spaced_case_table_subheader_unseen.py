"""A case table copied from a PDF with its columns set by spaces, whose header has a second row: one
column name ("Ombudsman's decision") spans two below it ("Result", "Why"). The names below part the
columns; each row is one case, its verdict in the spanned column's first part. Words of our own,
written before the change: before it 0 of 2 passed, after it 2 of 2. (The last column was first named
"Sum"; no rule reads an amount under that name as paid, and a bare amount in a row is not read as paid
by convention, so it is named as such tables name it.)"""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes as decisions

TABLE = """Ombudsman cases closed in 2031/32

Case number   Service area        Ombudsman's decision                        Agreed remedy            Payment
                                  Result            Why
31 100 221    Parking             Upheld            Fault causing injustice   Apology; refund          £90
31 104 870    Libraries           Not upheld        No fault                  –                        –
31 109 004    Adult care          Upheld            Fault causing injustice   Apology; payment for     £400
                                                                              distress
31 112 665    Licensing           Closed after      No worthwhile outcome     –                        –
                                  initial enquiries
"""


def test_each_row_under_a_two_row_header_is_a_case(tmp_path: Path) -> None:
    got = decisions(tmp_path, "Local Government and Social Care Ombudsman\n\n" + TABLE)
    assert got == [("LGSCO", "upheld", 90.0), ("LGSCO", "not_upheld", None), ("LGSCO", "upheld", 400.0),
                   ("LGSCO", "closed_after_initial_enquiries", None)]


def test_the_lower_header_row_is_no_case(tmp_path: Path) -> None:
    got = decisions(tmp_path, "Local Government and Social Care Ombudsman\n\n" + TABLE)
    assert all(outcome != "other" for _b, outcome, _p in got) and len(got) == 4


CUT = """Ombudsman cases closed in 2031/32

Case number   Service area        Ombudsman's decision                        Compensatio
                                  Result            Finding / reason          n
31 100 221    Parking             Upheld            Fault causing injustice   £90
31 104 870    Libraries           Not upheld        No fault                  –
"""


def test_a_name_with_a_slash_and_a_word_cut_by_its_column(tmp_path: Path) -> None:
    """Written with the change: "Finding / reason" is a column name, and "Compensatio" / "n" one word."""
    got = decisions(tmp_path, "Local Government and Social Care Ombudsman\n\n" + CUT)
    assert got == [("LGSCO", "upheld", 90.0), ("LGSCO", "not_upheld", None)]

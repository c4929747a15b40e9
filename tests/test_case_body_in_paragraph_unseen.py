"""Two habits of council landlords' reports, in pages written here in words of our own (2026-12-05)
before the change: a paragraph that names the Housing Ombudsman and then tells its cases as "the
Ombudsman found ...", after a paragraph about the LGSCO (at 97e1d23 its 3 cases were the LGSCO's, 0 of
3 right; after, the Housing Ombudsman's, 3 of 3), and a list item whose sum follows its finding after a
comma ("service failure, £100.": payment unread before, read after)."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

TWO_OMBUDSMEN = """Annual complaints report 2030/31

Ombudsman decisions

The Local Government and Social Care Ombudsman made 14 decisions about the council this year.

The Housing Ombudsman made 3 determinations about our council homes. In one case about damp and mould the Ombudsman found maladministration and ordered us to pay £650. In another, about a neighbour dispute, it found no maladministration. The third, about our handling of a leak, found service failure and we paid £100.
"""

COMMA_SUM = """Housing complaints 2030/31

Ombudsman

Three cases were determined by the Ombudsman in the year:
- Damp and mould in a flat on the Ashgrove estate: maladministration, £650 ordered.
- Neighbour dispute: no maladministration.
- Leak from the flat above: service failure, £100.
"""


def test_the_ombudsman_a_paragraph_names_tells_its_cases(tmp_path: Path) -> None:
    assert_cases(tmp_path, TWO_OMBUDSMEN, [("The Housing Ombudsman made", "HO", "upheld", 650.0),
                                           ("The Housing Ombudsman made", "HO", "not_upheld", None),
                                           ("The Housing Ombudsman made", "HO", "upheld", 100.0)], "two.txt")


def test_a_sum_after_a_comma_is_the_case_payment(tmp_path: Path) -> None:
    assert_cases(tmp_path, COMMA_SUM, [("Damp and mould", "HO", "upheld", 650.0),
                                       ("Neighbour dispute", "HO", "not_upheld", None),
                                       ("Leak from", "HO", "upheld", 100.0)], "comma.txt")

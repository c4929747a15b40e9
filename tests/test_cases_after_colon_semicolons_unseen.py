"""Cases listed after a lead-in that counts them and ends in a colon, one per line with no bullets, each
closed by a semicolon ("... issued three determinations about the landlord:" / "a finding of
maladministration in ...;" / "a finding of no maladministration in ...; and" / "a finding of service failure
..."): each item is a case. Words of our own, written before the change: before it 0 of 1 passed, after it
1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes

PAGE = ("Tenant scrutiny panel minutes, Quarter 3 2031/32\n"
        "The panel noted that the Housing Ombudsman had issued three determinations about the landlord in the quarter:\n"
        "a finding of maladministration in the handling of a leaking window at a flat in Ferry Lane, with an order to pay £350;\n"
        "a finding of no maladministration in the handling of a parking dispute at Orchard Close; and\n"
        "a finding of service failure in the time taken to answer a complaint about grass cutting, with an order to pay £75.\n"
        "In answer to questions, these points were made:\n"
        "Councillor Reed asked when window repairs would be reviewed; the answer was by March.\n")


def test_each_item_after_the_colon_is_a_case(tmp_path: Path) -> None:
    found = sorted((o, p) for _, o, p in case_outcomes(tmp_path, PAGE))
    assert found == [("not_upheld", None), ("upheld", 75.0), ("upheld", 350.0)], found

"""Several cases run together in one paragraph, each telling what it was about and then its verdict as
a label ("... Upheld: fault causing injustice. Apology and £200."): what a PDF's bulleted list of
cases becomes when its text is copied with the bullets set apart and the items wrapped. Each case is
one decision. A glossary of verdicts ("Upheld: the Ombudsman found fault ...") names no case and gives
none. Words of our own, written before the change: before it 1 of 4 passed (one case in its paragraph; the
glossary gave a decision), after it 4 of 4."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes as decisions


def test_wrapped_council_cases_each_with_a_verdict_label(tmp_path: Path) -> None:
    text = ("Annual complaints review 2032/33\n\n"
            "Local Government and Social Care Ombudsman\n\n"
            "The Ombudsman looked in detail at three of our cases:\n\n"
            "Highways (street lighting) – a broken lamp left unrepaired for five months. Upheld: fault\n"
            "causing injustice. We apologised and paid £200 for the distress caused.\n"
            "Revenues (business rates) – refunds sent late after a revaluation. Upheld: fault causing\n"
            "injustice. Apology and £75.\n"
            "Leisure (swimming lessons) – a refused refund for lessons missed through illness. Not upheld: no\n"
            "fault.\n")
    assert decisions(tmp_path, text) == [("LGSCO", "upheld", 200.0), ("LGSCO", "upheld", 75.0),
                                         ("LGSCO", "not_upheld", None)]


def test_wrapped_landlord_cases_with_the_housing_ombudsmans_findings_as_labels(tmp_path: Path) -> None:
    text = ("Tenant scrutiny update, Quarter 3 2031/32\n\n"
            "Housing Ombudsman determinations this quarter:\n\n"
            "Block B, Orchard Court – leaking roof over a top-floor flat, first reported in March. Maladministration:\n"
            "the landlord was ordered to pay £650 and to inspect the roof within four weeks.\n"
            "Garage site, Mill Lane – a request to remove dumped furniture. No maladministration: the Ombudsman\n"
            "found our response reasonable.\n")
    assert decisions(tmp_path, text) == [("HO", "upheld", 650.0), ("HO", "not_upheld", None)]


def test_one_case_in_its_paragraph_stays_one(tmp_path: Path) -> None:
    text = ("Annual complaints review 2032/33\n\nLocal Government and Social Care Ombudsman\n\n"
            "Highways (street lighting) – a broken lamp left unrepaired for five months. Upheld: fault\n"
            "causing injustice. We apologised and paid £200 for the distress caused.\n")
    assert decisions(tmp_path, text) == [("LGSCO", "upheld", 200.0)]


def test_a_glossary_of_verdicts_is_no_case(tmp_path: Path) -> None:
    text = ("Annual complaints review 2032/33\n\nLocal Government and Social Care Ombudsman\n\n"
            "The Ombudsman's decisions use these terms.\n"
            "Upheld: the Ombudsman found fault and that it caused an injustice to the person who complained.\n"
            "Not upheld: the Ombudsman found no fault in what the council did.\n")
    assert decisions(tmp_path, text) == []

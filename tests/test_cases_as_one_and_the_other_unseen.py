"""Cases told one by one after a count of the ombudsman's decisions ("two decisions were made: one, about ..., was
closed after initial enquiries, and one, about ..., was referred back as premature"; "Of the two cases it
decided, one was upheld ... and the other was not upheld"): each "one" or "the other" with its own outcome is a
case. Written before the change in words of our own; 0 of 2 passed before it (the first in a version whose only
count was the decisions' passed, and was rewritten to hold the received count before it, as the fresh excerpt
that showed the gap does)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import case_outcomes

HEADER = "Drayfield Fire Authority complaints report 2032/33\n\n"


def test_one_about_and_one_about(tmp_path: Path) -> None:
    text = HEADER + ("The Local Government and Social Care Ombudsman's annual letter showed four complaints and enquiries "
                     "received and two decisions made: one, about a home fire safety visit, was closed after initial "
                     "enquiries, and one, about a recruitment exercise, was referred back to the Authority as premature.\n")
    assert [o for _, o, _ in case_outcomes(tmp_path, text)] == ["closed_after_initial_enquiries", "premature"]


def test_one_and_the_other(tmp_path: Path) -> None:
    text = HEADER + ("The Ombudsman decided two complaints about the Authority. One, about damage to a fence during "
                     "an incident, was upheld and the Authority paid £400; the other, about a fire engine's siren "
                     "at night, was not upheld.\n")
    got = case_outcomes(tmp_path, text)
    assert [(o, p) for _, o, p in got] == [("upheld", 400.0), ("not_upheld", None)]

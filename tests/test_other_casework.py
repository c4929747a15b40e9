"""Casework that is not complaint handling about services gives no figures: complaints that
councillors broke their code of conduct (the ombudsman's conduct work), councillors' and MPs'
enquiries, and information requests. A report on complaints often names them beside its own figures.

Every text is written for the test; no corpus document holds it. Before the change (main at
fd9cfc6) 6 of the 10 cases failed: the conduct, enquiry and request numbers came out as `received`
figures (all but the standards committee referral, which no rule read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure


def figures(tmp_path: Path, text: str) -> list[tuple[str, float]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return sorted((f.measure, f.value) for f in extract(load(path)) if isinstance(f, Figure))


@pytest.mark.parametrize("sentence", [
    "It also looked at 9 complaints that councillors had broken the code of conduct.",
    "Separately, 17 code of conduct complaints were made about members of town and community councils.",
    "Complaints about councillors' conduct fell to 6 this year.",
    "The council answered 1,204 member enquiries, 93% of them within ten working days.",
    "We also handled 650 Freedom of Information requests, 88% of them on time.",
    "Two allegations were referred to the council's standards committee.",
])
def test_conduct_enquiry_and_request_numbers_are_not_complaint_figures(tmp_path: Path, sentence: str) -> None:
    text = f"Ombudsman annual letter 2030/31\n\nThe Ombudsman received 31 complaints about the council.\n\n{sentence}\n"
    assert figures(tmp_path, text) == [("received", 31.0)]


def test_a_conduct_section_keeps_its_numbers_out(tmp_path: Path) -> None:
    text = ("Complaints annual report 2030/31\n\nComplaints\n\nWe received 412 complaints and upheld 96.\n\n"
            "Code of conduct complaints\n\nThe Ombudsman received 12 complaints about councillors and "
            "investigated 2 of them.\n")
    assert figures(tmp_path, text) == [("received", 412.0), ("upheld", 96.0)]


@pytest.mark.parametrize("sentence, expected", [
    # councillors hearing about complaints, or a committee named only as the audience, are no cue
    ("Councillors heard that 212 complaints were received in the year.", [("received", 212.0)]),
    ("The Governance and Standards Committee noted 57 complaints at stage 2.", [("received", 57.0)]),
    ("Of 80 complaints about the planning service, 11 were upheld.", [("received", 80.0), ("upheld", 11.0)]),
])
def test_complaint_figures_beside_those_words_stay(tmp_path: Path, sentence: str,
                                                    expected: list[tuple[str, float]]) -> None:
    text = f"Complaints annual report 2030/31\n\n{sentence}\n"
    assert figures(tmp_path, text) == expected

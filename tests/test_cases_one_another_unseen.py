"""Several ombudsman cases told in one paragraph, each sentence opening on its place in the count
("In one case ... In another, ... In the last, ..."), with no ombudsman named again: one decision
per sentence, each with its own verdict. Written in words of our own before the code; before: 1 of 3
passed (the counter-example)."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision


def _decisions(tmp_path: Path, text: str) -> list[tuple]:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return sorted(((d.outcome, d.payment_gbp) for d in extract(load(path)) if isinstance(d, Decision)), key=str)


def test_one_another_and_the_last(tmp_path: Path) -> None:
    text = ("Scrutiny panel minutes, 14 March 2032\n\nOmbudsman complaints\n\n"
            "Members heard that the Local Government and Social Care Ombudsman had decided three complaints "
            "about the council since the last meeting. In one case, about a blue badge renewal, it found fault "
            "causing injustice and the council paid £150. In another, about a missed bin round, it found no fault. "
            "In the last, about a parking permit, it found fault but no injustice.\n")
    assert _decisions(tmp_path, text) == sorted([("upheld", 150), ("not_upheld", None), ("upheld", None)], key=str)


def test_another_landlord_case(tmp_path: Path) -> None:
    text = ("Board report 2032\n\nHousing Ombudsman\n\n"
            "The Housing Ombudsman sent us two determinations this quarter. In one case, about a boiler, it found "
            "maladministration and ordered £300 compensation. In another, about a neighbour dispute, it found "
            "reasonable redress.\n")
    assert _decisions(tmp_path, text) == sorted([("upheld", 300), ("not_upheld", None)], key=str)


def test_one_quarter_is_no_case(tmp_path: Path) -> None:
    # counter-example: "In one quarter", "in another month" open no case
    text = ("Complaints report 2032\n\nOmbudsman\n\nThe Ombudsman upheld two complaints about the council. In one "
            "quarter the council received 40 complaints. In another, it received 55.\n")
    assert _decisions(tmp_path, text) == []

"""Two words that read wrongly: "recommendations" holds "commendations", so compliance with an
ombudsman's recommendations was read as compliments; and an annual letter titled with its body's
country and year ("... Ombudsman for Wales annual letter 2031/32") was not heard in the ombudsman's
voice, so its outcome lines had no stage. Own words, written before the code; probed on main at
6c94f1a: 2 of 4 passed (the counter-examples), 4 of 4 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure


def figures(tmp_path: Path, text: str) -> set[tuple[str, float, str | None]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return {(f.measure, f.value, f.stage) for f in extract(load(path)) if isinstance(f, Figure)}


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Review letter 2031/32\nDecisions made\nComplaints upheld: 7\nUphold rate: 64%\nAgreed recommendations: 100%\n",
     {("upheld", 7, None)}, {("compliments", 100, None)}),
    # counter-example: commendations are compliments
    ("Complaints review 2031/32\nCommendations received: 14\n", {("compliments", 14, None)}, set()),
    (("Public Services Ombudsman for Wales annual letter 2031/32\nComplaints received about the council: 27\n"
     "Early resolution / voluntary settlement: 4\nPremature: 8\nOut of jurisdiction: 5\n"),
     {("received", 27, "ombudsman"), ("not_investigated", 8, "ombudsman"), ("not_investigated", 5, "ombudsman")},
     {("not_investigated", 8, None)}),
    # counter-example: the council's own report mentioning the letter keeps its own stages
    ("Complaints report 2031/32\nThe Ombudsman's annual report was published in July.\nStage 1 complaints: 27\n",
     {("received", 27, "stage1")}, set()),
])
def test_compliance_and_letter_titles(tmp_path: Path, text: str, wanted: set, unwanted: set) -> None:
    got = figures(tmp_path, text)
    assert wanted <= got, sorted(wanted - got)
    assert not unwanted & got, sorted(unwanted & got)

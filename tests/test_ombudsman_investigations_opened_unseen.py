"""An ombudsman's new investigations ("the Housing Ombudsman opened 5 investigations", "we were notified
of 11 new PSOW investigations") are cases it received about the body: `received` at the ombudsman
stage. Investigations a body runs itself into other matters are no complaint figure. Written in words
of our own before the code (held-out batch 16c: an NHS trust's PHSO paragraph); on the commit before:
0 of 3 passed (the counter-example passed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

TITLE = "Complaints and compliments report 2032/33\n\n"


@pytest.mark.parametrize(("text", "value", "body"), [
    ("The Housing Ombudsman opened 5 investigations into our complaint handling during the year.", 5, "HO"),
    ("We were notified of 11 new PSOW investigations in 2032/33.", 11, "PSOW"),
    ("In the year the SPSO began 3 investigations concerning the council's services.", 3, "SPSO"),
])
def test_new_ombudsman_investigations_are_received(tmp_path: Path, text: str, value: int, body: str) -> None:
    got = {(f.measure, f.value, f.stage, f.body) for f in report_figures(tmp_path, TITLE + text + "\n")}
    assert ("received", value, "ombudsman", body) in got


def test_own_investigations_of_other_matters_count_nothing(tmp_path: Path) -> None:
    text = "Environmental health officers opened 40 investigations into noise nuisance.\n"
    assert report_figures(tmp_path, TITLE + text) == []

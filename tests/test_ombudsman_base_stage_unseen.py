"""A count out of a base that names investigations takes the base's stage ("5 of the 7 stage 2
investigations"), but an ombudsman's own investigations are no stage of the body's procedure: "The
Ombudsman upheld 5 of the 7 detailed investigations" counts at the ombudsman's stage. Words of our own,
written before the change: before it 1 of 2 passed (the council's own stage 2), after it 2 of 2."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def stages(tmp_path: Path, sentence: str) -> dict[float, str | None]:
    path = tmp_path / "report.txt"
    path.write_text(f"Complaints report 2031/32\n\n{sentence}\n", encoding="utf-8")
    return {f.value: f.stage for f in extract(load(path)) if isinstance(f, Figure) and f.measure == "upheld"}


def test_the_ombudsmans_investigations_are_its_own_stage(tmp_path: Path) -> None:
    assert stages(tmp_path, "The Ombudsman upheld 5 of the 7 detailed investigations it completed.") == {5.0: "ombudsman"}


def test_the_councils_stage_two_investigations_keep_their_stage(tmp_path: Path) -> None:
    assert stages(tmp_path, "We upheld 5 of the 7 stage 2 investigations we completed.") == {5.0: "stage2"}

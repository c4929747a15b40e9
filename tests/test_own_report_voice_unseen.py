"""A body's own report that mentions an ombudsman's work in a later paragraph is not an ombudsman's
story: its own counts stay its own. Written before the change in words no corpus document holds; on
main at fd9cfc6 the council's 96 and 412 were read as the ombudsman's."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

REPORT = """Governance Committee - complaints update, 2030/31

3.1 The Council received 412 complaints in the year and upheld 96 of them.

3.2 Most were about waste collection and council tax.

3.3 The Public Services Ombudsman for Wales considered 4 complaints about the Council.
"""


def test_the_bodys_own_counts_stay_its_own(tmp_path: Path) -> None:
    path = tmp_path / "update.txt"
    path.write_text(REPORT, encoding="utf-8")
    got = sorted((f.measure, f.value, f.stage) for f in extract(load(path)) if isinstance(f, Figure))
    assert ("received", 412.0, None) in got and ("upheld", 96.0, None) in got
    assert [g for g in got if g[2] == "ombudsman"] == [("closed", 4.0, "ombudsman")]

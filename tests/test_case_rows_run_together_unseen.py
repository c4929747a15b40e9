"""A table of ombudsman cases whose cells ran together on a web page ("202406613Housing
optionsAdvice on a homelessness applicationNot upheldNone"): each row is one case, its reference
glued to the next cell, its verdict read where a lower-case letter meets a capital. Written in words of
our own with the code (held-out batch 17a: an NI council's NIPSO table); on the commit before: 0 of 1
passed."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision

PAGE = """Complaints report 2032/33

4. Local Government and Social Care Ombudsman

Table 4: Ombudsman decisions in 2032/33
ReferenceServiceSummaryDecisionRemedy
203201554Housing optionsAdvice on a homelessness applicationNot upheldNone
203203318Highways and transportA missed gully clearance that flooded a gardenUpheld – fault causing injusticeApology; £250
203204471Council tax reductionBackdating of a reductionNot investigated – out of timeNone
"""


def test_each_glued_row_is_a_case(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    got = {(d.line, d.body, d.outcome) for d in extract(load(path)) if isinstance(d, Decision)}
    assert {(7, "LGSCO", "not_upheld"), (8, "LGSCO", "upheld")} <= got
    assert any(line == 9 and body == "LGSCO" for line, body, _ in got)

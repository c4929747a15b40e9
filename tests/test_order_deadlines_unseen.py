"""The deadline an ombudsman sets for its orders ("ordered the landlord to pay £400 within four
weeks") is no response timescale of the body's procedure. Written in words of our own before the
code; before: 1 of 2 passed (the counter-example)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures


def _timescales(tmp_path: Path, text: str) -> set[tuple]:
    return {(f.value, f.unit) for f in report_figures(tmp_path, text) if f.measure == "response_target_days"}


def test_order_deadline_is_no_timescale(tmp_path: Path) -> None:
    text = ("Complaints report 2031/32\n\nHousing Ombudsman\n\nIn one case the Ombudsman found maladministration and "
            "ordered us to pay £400 and to complete the repair within 28 days. The Ombudsman also required the "
            "landlord to review its damp policy within eight weeks.\n")
    assert _timescales(tmp_path, text) == set()


def test_procedure_timescale_stays(tmp_path: Path) -> None:
    # counter-example: the procedure's own timescale in the same report
    text = ("Complaints report 2031/32\n\nWe aim to respond to stage 1 complaints within 10 working days.\n")
    assert _timescales(tmp_path, text) == {(10, "working_days")}

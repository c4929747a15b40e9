"""A title's bare calendar year ("Annual letter 2032") often says when a report came out; an opening
paragraph naming the twelve months it covers, ending in that year ("the year to 31 March 2032"),
says what its figures are of. Written in words of our own before the code; before: 1 of 3 passed
(the counter-example)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures


def _periods(tmp_path: Path, text: str) -> set[tuple]:
    return {(f.measure, f.value, f.period) for f in report_figures(tmp_path, text)}


def test_year_to_march_under_a_calendar_year_title(tmp_path: Path) -> None:
    text = ("Ombudsman review letter 2032\n\nThis letter sets out our statistics for the year to 31 March 2032.\n\n"
            "We received 52 complaints about the authority.\n")
    assert ("received", 52, "2031/32") in _periods(tmp_path, text)


def test_months_span_under_a_calendar_year_title(tmp_path: Path) -> None:
    text = ("Customer feedback report 2033\n\nThis report covers April 2032 to March 2033.\n\n"
            "The council logged 410 complaints.\n")
    assert ("received", 410, "2032/33") in _periods(tmp_path, text)


def test_calendar_year_title_alone_stays(tmp_path: Path) -> None:
    # counter-example: nothing names twelve months of another shape, so the title's year stands
    text = "Customer feedback report 2033\n\nThe council logged 410 complaints in the year.\n"
    assert ("received", 410, "2033") in _periods(tmp_path, text)

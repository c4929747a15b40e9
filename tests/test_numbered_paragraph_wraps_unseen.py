"""A numbered paragraph whose number stands apart by spaces ("4.2   The council received ...") is
running text, not a table row: its wrapped line starting with a year ("2030/31. Most ...") carries
the sentence on, and that year dates nothing after it. An acknowledgement share's year-before value
in brackets is no reply on time either. Written in words of our own with the code (a held-out
committee report and an NHS quality account showed both); on the commit before: 1 of 2 passed (the
acknowledgement: there the paragraph was cut and nothing read; the two fixes go together)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures


def test_year_at_a_wrapped_line_start(tmp_path: Path) -> None:
    text = ("Complaints annual report 2031/32\n\n4.1   The council received 640 complaints in 2031/32, compared with 610 in\n"
            "      2030/31. Most were about waste and recycling.\n\n"
            "4.2   The council upheld 210 complaints in full or in part.\n")
    got = {(f.measure, f.value, f.period) for f in report_figures(tmp_path, text)}
    assert {("received", 640, "2031/32"), ("received", 610, "2030/31"), ("upheld_or_partially_upheld", 210, "2031/32")} <= got


def test_acknowledged_share_and_its_year_before(tmp_path: Path) -> None:
    text = ("Complaints annual report 2031/32\n\n5.3   Our policy asks staff to acknowledge a complaint within two working\n"
            "      days. We acknowledged 97.2% within that time (2030/31: 95.5%).\n")
    got = {(f.measure, f.value) for f in report_figures(tmp_path, text)}
    assert not {m for m, _ in got} & {"within_target", "outside_target", "response_target_days"}

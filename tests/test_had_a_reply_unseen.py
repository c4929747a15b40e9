"""Counts that "had" or "got" a reply, decision or outcome within a time are on time (within_target), as
those that "received" or "were given" one already were; the time they name only qualifies them (no
target figure of its own, NOTES convention). Seen failing in held-out batch 13 (a fire service page);
written in words of our own before the change."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures


def test_counts_that_had_or_got_a_decision_within_a_time_are_on_time(tmp_path: Path) -> None:
    text = ("Complaints 2031/32\n\n18 of the 24 complaints (75%) had a written decision within 15 working days, "
            "compared with 14 (61%) in 2030/31.\n")
    got = {(f.measure, f.value, f.period) for f in report_figures(tmp_path, text, "page.txt")}
    assert {("within_target", 18.0, "2031/32"), ("within_target", 75.0, "2031/32"),
            ("within_target", 14.0, "2030/31"), ("within_target", 61.0, "2030/31")} <= got
    assert not {x for x in got if x[0] == "response_target_days"}

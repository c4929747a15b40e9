"""A month an event happened in ("two advisers had been recruited in July 2031"), told in a paragraph near
the top of minutes whose file names the year they report, is no period of the report: the figures with no
period of their own take the file's year, not the month.

Written before the change in words of our own; on main at 6dd77ca the three figures were dated July 2031
(the first paragraph naming one period was taken as the report's); after, 2030/31. A monthly report whose
opening paragraph names its month inside the file's year keeps the month."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

MINUTES = ("Minute 14: Annual complaints report\n\n"
           "The committee considered the annual report on complaints, with the Ombudsman's letter. "
           "Members noted that 310 complaints had been received, compared with 296 the year before.\n\n"
           "The Head of Service said that staffing had improved: two extra advisers had been recruited in July 2031.\n\n"
           "Of the 310 complaints, 102 were upheld and 61 were partly upheld.\n")


def test_an_event_s_month_does_not_date_the_report(tmp_path: Path) -> None:
    got = {(f.value, f.period) for f in report_figures(tmp_path, MINUTES, "eastvale-minutes-2030-31.txt")}
    assert {(310.0, "2030/31"), (102.0, "2030/31"), (61.0, "2030/31")} <= got


def test_a_monthly_report_keeps_its_month(tmp_path: Path) -> None:
    text = ("Complaints update\n\nThis update covers September 2031. We received 48 complaints and answered 44 on time.\n")
    got = {(f.value, f.period) for f in report_figures(tmp_path, text, "eastvale-update-2031-32.txt")}
    assert (48.0, "2031-09-01..2031-09-30") in got

"""A Word report saved as text keeps a tab after each paragraph number ("4.1<TAB>The Ombudsman made
decisions on 12 complaints ..."): a numbered paragraph, not a table row of two cells. Written in our
own words before the loader knew paragraph numbers with a point. Before: 0 of 1 passed; after: 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

WORD_TEXT = ("Annual report on complaints 2030/31\n\n"
             "4.\tThe Ombudsman\n"
             "4.1\tThe Ombudsman made decisions on 12 complaints about our adult services in 2030/31. Four were"
             " upheld, two were not upheld and six were closed after initial enquiries.\n"
             "4.2\tWe received 230 complaints at the first stage.\n")


def test_a_numbered_paragraph_with_a_tab_is_read_as_prose(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, WORD_TEXT)}
    assert {("closed", 12.0, "ombudsman"), ("upheld", 4.0, "ombudsman"), ("not_upheld", 2.0, "ombudsman"),
            ("not_investigated", 6.0, "ombudsman"), ("received", 230.0, "stage1")} <= got

"""A table whose cells come one per line, where a PDF's text gives the last rows' labels after their values
(bold total rows set apart): "Escalated" / its values / the total row's values / "All complaints". The first
values after a label are its row; each later run of a row's width is the row of the labels that follow, in
order. Taken only where the table's own sums settle it (one of the later rows is the sum of every row above
it); where they do not, the rows are left unread. Words of our own, written with the change (before it,
neither the escalated row nor the total row was read)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

HEADER = ["Complaints received", "2031/32", "2030/31"]


def page(rows: list[str]) -> str:
    return "Complaints report 2031/32\n\n" + "\n\n".join(HEADER + rows) + "\n\nThe figures are provisional.\n"


def test_trailing_labels_take_the_rows_their_sums_settle(tmp_path: Path) -> None:
    rows = ["Stage 1", "510", "472", "Stage 2", "61", "55", "Ombudsman", "9", "12", "580", "539", "All complaints"]
    keys = core_keys(tmp_path, page(rows))
    assert ("received", 9.0, "count", "ombudsman", "2031/32") in keys
    assert ("received", 580.0, "count", None, "2031/32") in keys
    assert ("received", 539.0, "count", None, "2030/31") in keys


def test_without_a_sum_the_trailing_rows_stay_unread(tmp_path: Path) -> None:
    rows = ["Stage 1", "510", "472", "Stage 2", "61", "55", "Ombudsman", "9", "12", "14", "17", "Compliments"]
    keys = core_keys(tmp_path, page(rows))
    assert ("compliments", 14.0, "count", None, "2031/32") not in keys

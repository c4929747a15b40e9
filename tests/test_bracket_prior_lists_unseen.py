"""Lists of "label: value (last year's value)" under a line that says brackets hold last year's figures,
as annual reports set out their key numbers. Written in our own words before the list reader knew the
legend: last year's values were lost or dated this year, and a time limit in a label became a figure.
Before: 0 of 2 passed; after: 2 of 2."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

MARKDOWN_LIST = """\
# Customer feedback report 2031/32

Last year's numbers are given in brackets.

## First stage

- Complaints logged: 240 (265)
- Answered within 10 working days: 200 (83%) (2030/31: 210, 79%)
- Upheld: 61 (25%) (70)

## Complaints by team

- Refuse collection: 88 (97)
- Parking: 31 (29)
"""

PLAIN_LINES = """\
Compliments and complaints 2031/32
(2030/31 figures in brackets)

Stage two
Requests for review: 19 (25)
Not upheld: 11 (14)
"""


def _read(tmp_path: Path, text: str, name: str) -> set[tuple]:
    return {(f.line, f.measure, f.value, f.unit, f.stage, f.period) for f in report_figures(tmp_path, text, name)}


def test_a_markdown_list_reads_last_year_from_its_brackets(tmp_path: Path) -> None:
    got = _read(tmp_path, MARKDOWN_LIST, "report.md")
    assert {(7, "received", 240.0, "count", "stage1", "2031/32"), (7, "received", 265.0, "count", "stage1", "2030/31"),
            (8, "within_target", 200.0, "count", "stage1", "2031/32"), (8, "within_target", 83.0, "percent", "stage1", "2031/32"),
            (8, "within_target", 210.0, "count", "stage1", "2030/31"), (8, "within_target", 79.0, "percent", "stage1", "2030/31"),
            (9, "upheld", 61.0, "count", "stage1", "2031/32"), (9, "upheld", 25.0, "percent", "stage1", "2031/32"),
            (9, "upheld", 70.0, "count", "stage1", "2030/31"),
            (13, "received", 88.0, "count", None, "2031/32"), (13, "received", 97.0, "count", None, "2030/31"),
            (14, "received", 31.0, "count", None, "2031/32"), (14, "received", 29.0, "count", None, "2030/31")} <= got
    assert not any(m == "response_target_days" for _l, m, *_ in got)  # "within 10 working days" names the share's limit
    assert not any(period == "2031/32" and value in (265.0, 210.0, 79.0, 70.0, 97.0, 29.0)
                   for _l, _m, value, _u, _s, period in got)


def test_plain_label_lines_read_last_year_from_their_brackets(tmp_path: Path) -> None:
    got = _read(tmp_path, PLAIN_LINES, "report.txt")
    assert {(5, "received", 19.0, "count", "stage2", "2031/32"), (5, "received", 25.0, "count", "stage2", "2030/31"),
            (6, "not_upheld", 11.0, "count", "stage2", "2031/32"), (6, "not_upheld", 14.0, "count", "stage2", "2030/31")} <= got

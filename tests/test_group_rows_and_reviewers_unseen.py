"""A caption among a table's rows ("Answered inside 15 working days") measures the rows under it, its
days no value; a rate's base ("per 10,000 customers") is no value; the police's and water companies'
procedures and reviewers are stages like any other (Schedule 3 recorded complaints the formal stage, the
IOPC and the Consumer Council for Water the independent review); "finalised" closes a case. Own words,
written after batch 18's first sight; probed on main at c122e63: 1 of 3 passed (the counter-example), 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import CoreKey, core_keys

WATER = """Written complaints 2031-32

                               Apr-Jun   Jul-Sep   Oct-Dec   Jan-Mar   2031-32
First stage complaints             804       912       766       701     3,183
Referred to the Consumer Council for Water   9    14     7     8        38

Answered inside 15 working days
First stage                      91.2%     89.0%     93.4%     94.1%     91.9%

First stage complaints per 10,000
customers                         12.1      13.7      11.5      10.5      47.8
"""

POLICE = """# Complaints about the force 2031/32

| Measure | Year to March 2032 |
|---|---|
| Complaints handled outside Schedule 3 | 640 |
| Complaints recorded under Schedule 3 | 402 |
| Schedule 3 cases finalised | 377 |
| Reviews concluded by the IOPC | 29 |
"""


def _figures(tmp_path: Path, name: str, text: str) -> set[CoreKey]:
    return core_keys(tmp_path, text, name)


def test_caption_row_measures_the_rows_below(tmp_path: Path) -> None:
    got = _figures(tmp_path, "water.txt", WATER)
    assert {("within_target", 89.0, "percent", "stage1", "2031/32 Q2"), ("within_target", 91.9, "percent", "stage1", "2031/32"),
            ("received", 38, "count", "ombudsman", "2031/32")} <= got, sorted(got)
    assert not {g for g in got if g[1] in (15, 10000) or (g[0] == "received" and g[2] == "percent")}, sorted(got)


def test_police_stages_and_reviewer(tmp_path: Path) -> None:
    got = _figures(tmp_path, "police.md", POLICE)
    assert {("received", 402, "count", "stage1", "2031/32"), ("closed", 377, "count", "stage1", "2031/32"),
            ("closed", 29, "count", "ombudsman", "2031/32")} <= got, sorted(got)


def test_finalised_within_days_is_timeliness_not_closing(tmp_path: Path) -> None:
    got = _figures(tmp_path, "timely.md", "# Complaints 2031/32\n\n| Measure | 2031/32 |\n|---|---|\n"
                                          "| Cases finalised within 20 working days | 81% |\n")
    assert ("closed", 81, "percent", None, "2031/32") not in got, sorted(got)
    assert {g for g in got if g[0] == "within_target" and g[1] == 81}, sorted(got)

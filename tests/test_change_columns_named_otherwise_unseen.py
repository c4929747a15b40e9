"""A table's change column under another name than "Change" ("Trend", "Direction of travel", "Change on
last year") or with its direction as an arrow ("▲ 9.5%", "↓ 10%"): the column is judged against the two
period columns before it like any change column. Written in words of our own for invented bodies
before the change that reads them (2026-12-07): of the 4 tables below, 0 noticed a moved change before
it (no check), 4 after; a "Trend" column of arrows alone, and a "Target" column, give no change check."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import line_of_placeholder, report_checks

TABLES = [
    ("trend_arrows_tabs",
     ("Complaints and compliments\nIndicator\t2029/30\t2030/31\tTrend\nComplaints received\t610\t668\t▲ {size}%\n"
     "Compliments received\t180\t240\t▲ 33%\n"), "9.5", "14"),
    ("direction_of_travel_spaced",
     ("Stage 1 complaints by quarter\nMeasure                      Q1 2031/32    Q2 2031/32    Direction of travel\n"
     "Stage 1 complaints received         120           108    ↓ {size}%\n"
     "Stage 2 complaints received          14            16    ↑ 14%\n"), "10", "18"),
    ("change_on_last_year_pipes",
     ("| Complaints | 2030/31 | 2031/32 | Change on last year |\n|---|---|---|---|\n"
     "| Stage one | 412 | 371 | -{size} |\n| Stage two | 61 | 75 | +14 |\n"), "41", "45"),
    ("down_arrow_count_spaced",
     ("Ombudsman enquiries\n                          2031/32    2032/33    Change\n"
     "Enquiries received             24         18        ▼ {size}\n"
     "Decisions made                 20         19        ▼ 1\n"), "6", "9"),
]



@pytest.mark.parametrize(("name", "text", "right", "wrong"), TABLES, ids=[t[0] for t in TABLES])
def test_a_moved_change_cell_is_noticed(tmp_path: Path, name: str, text: str, right: str, wrong: str) -> None:
    line = line_of_placeholder(text)
    checks = report_checks(tmp_path, text.replace("{size}", wrong), f"{name}-moved.txt")
    assert {c.status for c in checks if c.line == line and c.rule == "stated_change"} & {"fail", "warn"}, \
        [(c.rule, c.status, c.line, c.message) for c in checks]


@pytest.mark.parametrize(("name", "text", "right", "wrong"), TABLES, ids=[t[0] for t in TABLES])
def test_the_right_change_cell_passes(tmp_path: Path, name: str, text: str, right: str, wrong: str) -> None:
    line = line_of_placeholder(text)
    checks = report_checks(tmp_path, text.replace("{size}", right), f"{name}.txt")
    assert {c.status for c in checks if c.line == line and c.rule == "stated_change"} == {"pass"}, \
        [(c.rule, c.status, c.line, c.message) for c in checks]


NOT_CHANGES = [
    "Indicator\t2029/30\t2030/31\tTrend\nComplaints received\t610\t668\t▲\nCompliments received\t180\t240\t▼\n",
    "Indicator\t2029/30\t2030/31\tTarget\nComplaints answered on time (%)\t81\t86\t90\nStage 2 on time (%)\t70\t75\t90\n",
]


@pytest.mark.parametrize("text", NOT_CHANGES, ids=["arrows_alone", "target_column"])
def test_no_change_is_judged_without_a_stated_size(tmp_path: Path, text: str) -> None:
    checks = report_checks(tmp_path, text, "table.txt")
    assert [c for c in checks if c.rule == "stated_change"] == [], [(c.status, c.line, c.message) for c in checks]

"""Two layouts of a university-style report found in one written for this project by a helper session who had
not seen the tool (2026-12-06). Written here in words of our own before the change; at debe8cf neither
page gave all its figures their year (0/2 and 2/4 expected), after, both do.

- A title ending with the report's year whose dates open the line below it ("STUDENT COMPLAINTS 2032/33" /
  "Academic year 1 August 2032 to 31 July 2033") says the year runs on those dates (report_year).
- A numbered line whose words are followed, past wide gaps, by years ("2 Complaints by stage    2031/32
  2032/33") heads a table's columns; it is not a section title."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

TITLE = """Fenmoor University
ANNUAL REPORT ON STUDENT COMPLAINTS 2032/33
Academic year 1 August 2032 to 31 July 2033.

We received 318 stage 1 complaints and 122 stage 2 complaints in 2032/33.
"""


def test_the_title_years_dates_on_the_line_below(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TITLE)
    year = "2032-08-01..2033-07-31"
    assert {("received", 318.0, "count", "stage1", year), ("received", 122.0, "count", "stage2", year)} <= keys, \
        sorted(keys, key=str)


NUMBERED_HEADER = """Annual complaints report 2032/33

2 Complaints by stage                 2031/32     2032/33
Stage 1 complaints logged                 276         318
Stage 2 complaints received               110         122
"""


def test_a_numbered_line_of_years_heads_the_columns(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, NUMBERED_HEADER)
    assert {("received", 276.0, "count", "stage1", "2031/32"), ("received", 318.0, "count", "stage1", "2032/33"),
            ("received", 110.0, "count", "stage2", "2031/32"), ("received", 122.0, "count", "stage2", "2032/33")} \
        <= keys, sorted(keys, key=str)

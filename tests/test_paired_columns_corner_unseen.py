"""Spaced tables (a PDF's table copied with its layout) whose header line does two jobs (written before the code).

- The caption sits in the header's corner while each column name heads a count and its share
  ("Table 6: how cases ended    First stage    Second stage" over "Upheld   118 27.4%   9 18.0%"):
  the corner is the label column's, each name its count's and its share's.
- The header line opens like a part's title ("Part C - replies sent   Number   % of replies"): it is
  the header of the rows of values right under it, not a heading.
- Rows whose labels open with an indicator's code ("C1 Answered ..."), under such a header.
A plain part's title over prose stays a heading. Before the change (HEAD df4ae82): see the note at
the end of the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import load
from tests.sentence_figures import report_figures

PAIRS_POLICE = """Professional Standards annual report 2031/32

Table 6: how cases ended       First stage      Second stage      Review
Upheld                          118 27.4%          9 18.0%        2 25.0%
Partly upheld                    92 21.3%         12 24.0%        1 12.5%
Not upheld                      221 51.3%         29 58.0%        5 62.5%

Figures exclude cases withdrawn before a finding.
"""

PAIRS_LANDLORD = """Tenant feedback report 2032/33

Outcomes this year                     Stage 1              Stage 2
Upheld                                 64 35.2%             7 29.2%
Partially upheld                       40 22.0%             5 20.8%
Not upheld                             78 42.9%            12 50.0%
"""

TITLE_HEADER_PARTS = """Customer feedback annual report 2030/31

Part C - replies sent                     Number       % of replies
Replied at stage one                         530           90.6%
Replied at stage two                          55            9.4%
"""

TITLE_HEADER_SECTION = """Complaints annual report 2033/34

Section 5 – complaints closed            Closed      Share of all closed
Closed at the first stage                   1,204             88.0%
Closed at the second stage                    164             12.0%
"""

CODED_ROWS = """Complaints performance 2032/33

Measure 4: cases concluded            Cases       % of all concluded
4a Concluded at stage 1                 640            80.0%
4b Concluded at stage 2                 128            16.0%
4c Concluded after review                32             4.0%
"""

CODED_ROWS_UNDER_PART = """Feedback and complaints report 2031/32

Part D - cases concluded                Cases       % of all concluded
D1 Concluded at stage 1                    640            80.0%
D2 Concluded at stage 2                    128            16.0%
D3 Concluded after review                   32             4.0%
All cases concluded                        800
"""

TABLES_RUN_TOGETHER = """Complaints performance 2032/33
The council's procedure has two stages, and every figure below is for the whole year.
(Figures for the year to 31 March 2033, checked by internal audit)
Measure 2: cases closed                   Cases     % of all closed
2a Closed at the first stage                 702        84.0%
2b Closed at the second stage                134        16.0%
Measure 3: outcome             First stage      Second stage
Upheld                           210 29.9%         41 30.6%
Not upheld                       492 70.1%         93 69.4%
"""

TITLE_OVER_PROSE = """Complaints annual report 2033/34

Part C - replies sent

We sent 530 replies at stage one and 55 at stage two during the year.
"""


def keys(tmp_path: Path, text: str) -> set[tuple]:
    return {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, text)}


@pytest.mark.parametrize(("text", "expected"), [
    (PAIRS_POLICE, {("upheld", 118, "count", "stage1"), ("upheld", 27.4, "percent", "stage1"),
                    ("not_upheld", 29, "count", "stage2"), ("not_upheld", 58.0, "percent", "stage2"),
                    ("partially_upheld", 92, "count", "stage1"), ("partially_upheld", 24.0, "percent", "stage2")}),
    (PAIRS_LANDLORD, {("upheld", 64, "count", "stage1"), ("upheld", 35.2, "percent", "stage1"),
                      ("partially_upheld", 5, "count", "stage2"), ("not_upheld", 50.0, "percent", "stage2")}),
], ids=["police", "landlord"])
def test_caption_in_corner_over_counts_and_shares(tmp_path: Path, text: str, expected: set) -> None:
    got = keys(tmp_path, text)
    assert expected <= got
    assert not any(v in (118.27, 27.4) and u == "count" for _, v, u, _ in got)  # no share read as a count


@pytest.mark.parametrize(("text", "expected"), [
    (TITLE_HEADER_PARTS, {("closed", 530, "count", "stage1"), ("closed", 90.6, "percent", "stage1"),
                          ("closed", 55, "count", "stage2")}),
    (TITLE_HEADER_SECTION, {("closed", 1204, "count", "stage1"), ("closed", 12.0, "percent", "stage2"),
                            ("closed", 164, "count", "stage2")}),
], ids=["part", "section"])
def test_title_shaped_header_over_rows(tmp_path: Path, text: str, expected: set) -> None:
    assert expected <= keys(tmp_path, text)


@pytest.mark.parametrize("text", [CODED_ROWS, CODED_ROWS_UNDER_PART], ids=["measure", "part"])
def test_rows_opening_with_codes(tmp_path: Path, text: str) -> None:
    got = keys(tmp_path, text)
    assert {("closed", 640, "count", "stage1"), ("closed", 80.0, "percent", "stage1"),
            ("closed", 128, "count", "stage2")} <= got
    assert not any(v in (4, 41, 42) and u == "count" for _, v, u, _ in got)  # a code is no count


def test_tables_with_no_blank_line_around_them(tmp_path: Path) -> None:
    """A bracketed note over the first header and a second table's header right under the first's rows."""
    got = keys(tmp_path, TABLES_RUN_TOGETHER)
    assert {("closed", 702, "count", "stage1"), ("closed", 134, "count", "stage2"), ("closed", 84.0, "percent", "stage1"),
            ("upheld", 210, "count", "stage1"), ("upheld", 41, "count", "stage2"),
            ("not_upheld", 70.1, "percent", "stage1"), ("not_upheld", 93, "count", "stage2")} <= got


def test_title_over_prose_stays_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TITLE_OVER_PROSE, encoding="utf-8")
    kinds = {b.line: b.kind for b in load(path).blocks}
    assert kinds[3] == "heading"

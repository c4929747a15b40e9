"""Tables laid out in columns by runs of spaces (a PDF's text, a Word table saved as text) whose columns
are not all figures: a reference code before the indicator, a target, then the periods, then a status,
trend or comment column, and indicator names wrapped onto a second line. Each row is read under the
column its values stand in; text columns are no values, targets are aims. Written in our own words,
before the reader existed; every table here read to nothing or to a misread figure before it.
Before the reader: 1 of 6 cases passed (the other-services-only one); after: 6 of 6."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

REF_TARGET_STATUS = """\
Quarterly Performance Monitoring Report                                  Appendix A
Resources and Customer Directorate - Quarter 2 2025/26

Ref      Indicator                                   Target    Q1 25/26    Q2 25/26    Status
RC01     Percentage of council tax collected           97.5%      29.1%       56.8%      Green
RC02     Days lost to sickness per full time           8.0        2.1         4.3        Amber
         equivalent employee
RC05     Stage 1 complaints received                   n/a        211         187        n/a
RC06     Stage 1 complaints answered within 10         85%        78%         83%        Amber
         working days
RC07     Stage 2 complaints received                   n/a        19          24         n/a
RC08     Freedom of information requests answered      90%        88%         91%        Green
         within 20 working days

Page 4 of 11
"""

TREND_RAG = """\
Customer Services - key measures, quarter 3 2024/25

Measure                                   Q3 2023/24   Q3 2024/25   Trend   RAG
Calls answered within 60 seconds          71%          64%          down    Red
Complaints received (formal, stage one)   342          298          up      Green
Complaints escalated to stage two         41           37           up      Green
Average days to respond to stage one      12.4         9.8          up      Green
complaints
Compliments logged                        155          203          up      Green
"""

COMMENT_COLUMN = """\
Annual complaints summary for the Housing Committee

Indicator                            2023/24     2024/25     Comment
Number of complaints received        1,204       1,118       Fewer repairs complaints after the
at the first stage                                           new contract began in June
Share of second stage complaints     38%         41%         Higher than the year before
upheld
Tenancy audits completed             880         912         On plan
"""

OTHER_SERVICES_ONLY = """\
Place Directorate scorecard, quarter 1 2026/27

Code    Measure                                   Target    Q4 25/26    Q1 26/27    Status
PL01    Household waste sent for reuse            55%       51.2%       53.0%       Amber
PL02    Missed bins per 100,000 collections       60        48          71          Red
PL04    Major planning applications decided       90%       100%        94%         Green
        within 13 weeks
"""

TABBED_SCORECARD = ("Customer complaints indicators, quarter 2 2025/26\n\n"
                    "Ref\tIndicator\tTarget\tQ1 25/26\tQ2 25/26\tStatus\n"
                    "CS1\tStage 1 complaints received\tn/a\t211\t187\tn/a\n"
                    "CS2\tStage 1 complaints answered within 10 working days\t85%\t78%\t83%\tAmber\n"
                    "CS4\tCouncil tax collected\t97%\t29%\t57%\tGreen\n")

SERVICES_WITH_STATUS = """\
Complaints received by service, 2030/31

Service                 Q1 30/31    Q2 30/31    Status
Housing repairs         64          71          Amber
Waste and recycling     40          22          Green
"""


def _read(tmp_path: Path, text: str) -> set[tuple]:
    return {(f.line, f.measure, f.value, f.unit, f.stage, f.period) for f in report_figures(tmp_path, text)}


@pytest.mark.parametrize(("text", "expected"), [
    (REF_TARGET_STATUS, {
        (8, "received", 211.0, "count", "stage1", "2025/26 Q1"), (8, "received", 187.0, "count", "stage1", "2025/26 Q2"),
        (9, "within_target", 78.0, "percent", "stage1", "2025/26 Q1"),
        (9, "within_target", 83.0, "percent", "stage1", "2025/26 Q2"),
        (11, "received", 19.0, "count", "stage2", "2025/26 Q1"), (11, "received", 24.0, "count", "stage2", "2025/26 Q2")}),
    (TREND_RAG, {
        (5, "received", 342.0, "count", "stage1", "2023/24 Q3"), (5, "received", 298.0, "count", "stage1", "2024/25 Q3"),
        (6, "received", 41.0, "count", "stage2", "2023/24 Q3"), (6, "received", 37.0, "count", "stage2", "2024/25 Q3"),
        (7, "average_response_days", 12.4, "days", "stage1", "2023/24 Q3"),
        (7, "average_response_days", 9.8, "days", "stage1", "2024/25 Q3"),
        (9, "compliments", 155.0, "count", None, "2023/24 Q3"), (9, "compliments", 203.0, "count", None, "2024/25 Q3")}),
    (COMMENT_COLUMN, {
        (4, "received", 1204.0, "count", "stage1", "2023/24"), (4, "received", 1118.0, "count", "stage1", "2024/25"),
        (6, "upheld", 38.0, "percent", "stage2", "2023/24"), (6, "upheld", 41.0, "percent", "stage2", "2024/25")}),
    (OTHER_SERVICES_ONLY, set()),
    (TABBED_SCORECARD, {
        (4, "received", 211.0, "count", "stage1", "2025/26 Q1"), (4, "received", 187.0, "count", "stage1", "2025/26 Q2"),
        (5, "within_target", 78.0, "percent", "stage1", "2025/26 Q1"),
        (5, "within_target", 83.0, "percent", "stage1", "2025/26 Q2")}),
    (SERVICES_WITH_STATUS, {
        (4, "received", 64.0, "count", None, "2030/31 Q1"), (4, "received", 71.0, "count", None, "2030/31 Q2"),
        (5, "received", 40.0, "count", None, "2030/31 Q1"), (5, "received", 22.0, "count", None, "2030/31 Q2")}),
], ids=["ref-target-status", "trend-rag", "comment-column", "other-services-only", "tabbed", "services-status"])
def test_each_row_is_read_under_its_columns(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    assert _read(tmp_path, text) == expected

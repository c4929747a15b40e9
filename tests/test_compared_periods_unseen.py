"""The period of each figure of a short report: the report's own year from its title or file name, a
compared year said beside a value, a bracket after the compared period ("6% more than in 2028/29
(388)"), and a value said of a period with a subject that only points back ("In 2027/28 the figure was
350 and in 2028/29 it was 388"). Written for this file; no corpus document holds these lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

CASES = [
 ("annual-complaints-report-2029-30.txt", "Annual complaints report\n\nLast year we received 412 complaints, compared with 388 the previous year.\n", {(412, "2029/30"), (388, "2028/29")}),
 ("report.txt", "Complaints and compliments annual report 2029/30\n\nIn the last year we received 412 complaints.\n", {(412, "2029/30")}),
 ("report.txt", "Customer feedback report: April 2029 to March 2030\n\nWe received 412 complaints, 6% more than in 2028/29 (388).\n", {(412, "2029/30"), (388, "2028/29")}),
 ("q3-2029-30-performance.txt", "Quarterly complaints performance\n\nDuring the quarter we received 96 complaints.\n", {(96, "2029/30 Q3")}),
 ("report.txt", "Complaints report Quarter 2 2029/30\n\nWe received 96 complaints this quarter, compared with 88 in quarter 1.\n", {(96, "2029/30 Q2"), (88, "2029/30 Q1")}),
 ("report.txt", "Complaints annual report 2029/30\n\nThe policy was last reviewed in 2027. We received 412 complaints.\n", {(412, "2029/30")}),
 ("report.txt", "Complaints annual report 2029/30\n\nSince 2026 complaints have risen each year. This year we received 412.\n", {(412, "2029/30")}),
 ("report.txt", "Complaints annual report 2029/30\n\nWe received 412 complaints during 2029/30. In 2027/28 the figure was 350 and in 2028/29 it was 388.\n", {(412, "2029/30"), (350, "2027/28"), (388, "2028/29")}),
 ("report.txt", "Annual report on complaints 1 April 2029 - 31 March 2030\n\nStage 1\n\nWe received 300 stage 1 complaints (2028/29: 280).\n", {(300, "2029/30"), (280, "2028/29")}),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES)
def test_each_figure_has_its_period(tmp_path: Path, name: str, text: str, expected: set[tuple]) -> None:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    assert {(r.value, r.period) for r in extract(load(f)) if isinstance(r, Figure)} == expected

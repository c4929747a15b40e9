"""A quarter "of last year" in a quarterly report is that quarter a year before ("398 in Q2 last year",
"251 in quarter 3 of last year"), not the report's own quarter. Written in our own words before the
period vocabulary read it. Before: 0 of 2 passed; after: 2 of 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures


@pytest.mark.parametrize(("text", "value", "period"), [
    (("Quarterly complaints update, quarter 2 2025/26\n\nThe council received 455 stage 1 complaints in the quarter,"
     " up from 412 in the first quarter and 398 in Q2 last year.\n"), 398.0, "2024/25 Q2"),
    (("Quarterly complaints update, quarter 3 2031/32\n\nWe logged 220 complaints this quarter, compared with 251 in"
     " quarter 3 of last year.\n"), 251.0, "2030/31 Q3"),
])
def test_a_quarter_of_last_year_is_a_year_before_the_report_s(tmp_path: Path, text: str, value: float, period: str) -> None:
    got = {f.value: f.period for f in report_figures(tmp_path, text)}
    assert got[value] == period

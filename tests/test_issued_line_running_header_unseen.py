"""A line that dates the paper ("Published July 2031", "Issued in March 2030 to the
Board") is when the paper went out, not a period its figures cover: repeated as a
running header over a later page, it must not give that page's figures its month. Own words, written
before the change; probed on main at 9247086: 1 of 3 passed (the counter-example), 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import core_keys

CASES = [
    (("Fenwold Water plc - Customer Complaints Report 2031-32\n\n"
      "Published July 2032\n\n"
      "What customers told us\nWe received 4,310 complaints at Stage 1 during 2031-32.\n\n"
      "2\n\nFenwold Water plc - Customer Complaints Report 2031-32\n\n"
      "Published July 2032\n\n"
      "Taking it further\nWe answered 212 complaints at Stage 2.\n"),
     {("received", 4310.0, "count", "stage1", "2031/32"), ("closed", 212.0, "count", "stage2", "2031/32")}),
    (("Brackwater Homes - complaints performance 2030/31\n\n"
      "Issued in March 2031 to the Board\n\n"
      "Stage 2\nWe answered 48 complaints at Stage 2.\n"),
     {("closed", 48.0, "count", "stage2", "2030/31")}),
    # counter-example: a section headed by a month of its own keeps that month
    (("Brackwater Homes - complaints performance 2030/31\n\n"
      "March 2031\n\nWe answered 9 complaints at Stage 2.\n"),
     {("closed", 9.0, "count", "stage2", "2031-03-01..2031-03-31")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_issued_line_is_no_period(tmp_path: Path, text: str, expected: set) -> None:
    keys = core_keys(tmp_path, text)
    assert {k for k in keys if k[0] in ("received", "closed")} == expected

"""A table cut by a page break: its first rows on one page, the page's footer, then its last rows and the
Total on the next (a row's label wrapped over the break: "Education & Children's" / footer / "Services"). The Total adds up the rows of both parts; judged against the second part alone it would
raise a false alarm. Where the rows of both parts do not add up either, the Total still fails. Words of our
own, written before the change: before it 1 of 2 passed (the slip), after it 2 of 2; the form-feed cases
(a page break whose number the loader took out, only its form feed left) written with their change, 2 of 4
before it, 4 of 4 after."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_checks

PAGE = """Complaints report 2031/32

Table 3: Ombudsman decisions by service, 2031/32

Service                                   Decisions                  Upheld
Adult Social Care                                21                       7
Education & Children's                           18                       5

Newtown County Council – Cabinet 9 June 2032 – Item 6
{mark}


Services
Highways                                         12                       2
Waste and Recycling                               9                       1
Total                                            {total}                      15

The Council accepted every recommendation the Ombudsman made.
"""


MARKS = ["                                Page 2 of 4", "\f                                          OFFICIAL"]


@pytest.mark.parametrize("mark", MARKS, ids=["page-number", "form-feed"])
@pytest.mark.parametrize(("total", "statuses"), [("60", {"pass"}), ("66", {"fail"})])
def test_a_total_after_a_page_break_adds_both_parts(tmp_path: Path, total: str, statuses: set[str], mark: str) -> None:
    checks = report_checks(tmp_path, PAGE.format(total=total, mark=mark), "table.txt")
    found = {c.status for c in checks if c.rule == "table_total" and c.line == 16}
    assert "fail" in found if "fail" in statuses else "fail" not in found, found

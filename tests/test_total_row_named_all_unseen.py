"""A table's last row named for all of its kind ("All findings", "All types", "Overall") is its Total: the rows
above it add up to it, and it is no row of their sum.

Written in words of our own after a re-worded dev-real excerpt ("All findings | 45" under "45 findings, which
break down as shown below:") gave a false FAIL (its 7 rows add up to 90); written after the change and checked
to fail on 91c4548 (the session's base).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_checks

TABLE = """Ombudsman determinations 2031/32

The 9 determinations held 20 findings, which break down as shown below:

Finding made | Number |
Maladministration | 11 |
Service failure | 5 |
No maladministration | 4 |
{label} | {total} |
"""


@pytest.mark.parametrize("label", ["All findings", "Overall"])
def test_the_all_row_is_the_total(tmp_path: Path, label: str) -> None:
    checks = report_checks(tmp_path, TABLE.format(label=label, total=20))
    assert checks and all(c.status == "pass" for c in checks)


def test_a_wrong_all_row_fails(tmp_path: Path) -> None:
    checks = report_checks(tmp_path, TABLE.format(label="All findings", total=23))
    assert "fail" in {c.status for c in checks}

"""'Label: value' lines of one paragraph that a table written in the paragraph already read are read once: the
same figure from a second reading, under another stage, was a second record.

Written before the change in words of our own; on main at 2c7a805 each outcome line gave its count and share twice,
once at stage 1 (the formal complaints the lead line names) and once with no stage.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sentence_figures import report_figures

TEXT = """Glenridge Trust - concerns and complaints, 2032/33
Formal complaints received: 480
Of these, upheld: 171 = 36%
Partly upheld: 120 = 25%
Not upheld: 189 = 39%
"""


def test_each_line_once(tmp_path: Path) -> None:
    got = Counter((f.line, f.measure, f.value) for f in report_figures(tmp_path, TEXT))
    assert got[(3, "upheld", 171.0)] == 1 and got[(5, "not_upheld", 39.0)] == 1
    assert len({f.stage for f in report_figures(tmp_path, TEXT) if f.line in (3, 4, 5)}) == 1

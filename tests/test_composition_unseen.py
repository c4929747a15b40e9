"""The parts a whole is made of: "Stage one accounted for 1,702 of them", "repairs made up 22% of the
total", "Of all complaints, 40% concerned adult social care". Texts in words no corpus document holds,
written before the change; on main at fd9cfc6 5 of the 6 failed (the four compositions and the upheld
share were not read; the agency-staff counter-example passed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure


def figures(tmp_path: Path, body: str) -> list[tuple[str, float, str, str | None]]:
    return sorted(((f.measure, f.value, f.unit, f.stage) for f in read_review(tmp_path, body) if isinstance(f, Figure)),
                  key=lambda t: t[1])


@pytest.mark.parametrize("body, expected", [
    ("We handled 1,870 complaints. Stage one accounted for 1,702 of them.",
     [("received", 1702.0, "count", "stage1"), ("received", 1870.0, "count", None)]),
    ("Complaints about housing repairs made up 22% of the total.", [("received", 22.0, "percent", None)]),
    ("Of all complaints, 40% concerned adult social care.", [("received", 40.0, "percent", None)]),
    ("Of all the complaints we logged, 18% were about parking.", [("received", 18.0, "percent", None)]),
    # counter-examples: the share of an outcome is that outcome's; a part of something else is no figure
    ("Upheld complaints made up 35% of the total.", [("upheld", 35.0, "percent", None)]),
    ("Agency staff made up 12% of the team.", []),
])
def test_parts_of_a_whole(tmp_path: Path, body: str, expected: list) -> None:
    assert figures(tmp_path, body) == expected

"""A title line over a sentence thick with figures, in text copied from a PDF with no blank lines ("Complaints" /
"The Trust received 612 formal complaints in 2030/31, compared with 688 in 2029/30, a"), is a title: the
paragraph above ends before it. The sentence's numbers are no table row's values. Written before the change
in words of our own; 0 of 2 passed before it, 1 of 2 after (the table under it is still unread: a strict xfail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import load
from tests.sentence_figures import core_keys

REPORT = """Marsh Vale Health Services annual report 2031/32
Our services saw 41,200 patients in the year and 2,310 staff worked across our sites. Waiting times for
first appointments fell for the third year running, and our community teams opened two new clinics in the
north of the county during the spring, with more planned for the year ahead.
Patient safety
We reported 14 serious incidents to commissioners, all of which were investigated within the national
framework, and we shared the lessons through our quality committees and ward meetings.
Complaints
We received 530 complaints in 2031/32, compared with 604 in 2030/31, a fall of 74, and
closed 512 of them in the year, 61% within the timescale agreed with the complainant.
Table 3: Complaints received by service
Service
Community nursing
Therapies
Total

2031/32
301
229
530
"""


def test_title_over_a_sentence_of_figures_heads_its_section(tmp_path: Path) -> None:
    path = tmp_path / "marsh-vale-2031-32.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert any(b.kind == "heading" and b.text == "Complaints" for b in load(path).blocks)


@pytest.mark.xfail(strict=True, reason="a table copied one cell per line whose caption and labels run on from the "
                   "paragraph above (no blank line) is not read; seen in a fresh NHS annual report, left open")
def test_the_section_table_is_read(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, REPORT, "marsh-vale-2031-32.txt")
    assert ("received", 301, "count", None, "2031/32") in keys
    assert ("received", 530, "count", None, "2031/32") in keys

"""Items that each open with a count ("101 were upheld" / "88 were partly upheld" / "223 were not upheld"), one to a
line with no bullets, under a lead that ends with a colon ("Of the 412 stage one complaints we closed:"), are a
list: each line a block of its own that takes the lead's stage, as bulleted items do. A sentence wrapped on to
lines that happen to open with counts, with no colon lead above them, is still one sentence.

Written before the code, in words of our own: 0 of 2 lists read with their stage before (the items ran into the
lead's sentence and lost it), 2 after; the wrapped sentence reads as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import figure_keys

TITLE = "Complaints annual report 2032/33\n\n"


@pytest.mark.parametrize("text,expected", [
    ("Of the 412 stage one complaints we closed:\n101 were upheld\n88 were partly upheld\n223 were not upheld\n",
     {("upheld", 101.0, "count", "stage1"), ("partially_upheld", 88.0, "count", "stage1"),
      ("not_upheld", 223.0, "count", "stage1")}),
    ("The 57 stage two reviews ended like this:\n9 were upheld in full\n14 were upheld in part\n34 were not upheld\n",
     {("upheld", 9.0, "count", "stage2"), ("not_upheld", 34.0, "count", "stage2")}),
])
def test_each_item_takes_the_leads_stage(tmp_path: Path, text: str, expected: set) -> None:
    assert expected <= figure_keys(tmp_path, TITLE + text)


def test_a_wrapped_sentence_stays_one(tmp_path: Path) -> None:
    text = "We closed 412 stage one complaints in the year and of those\n101 were upheld, while\n88 were partly upheld.\n"
    assert {("upheld", 101.0, "count", "stage1"), ("partially_upheld", 88.0, "count", "stage1")} <= figure_keys(tmp_path, TITLE + text)

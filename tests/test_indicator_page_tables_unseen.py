"""An indicator page whose tables run together with no blank line: a caption that numbers its table
("Measure 6: ...") starts a new one whatever the width of the rows above; a line that ends on a date
is no row; a header that names each pair of columns once heads a count and its share; rows of a count
and its share need no header under a caption that says what they count, and the caption's timescale
only qualifies them; a row of the escalation route is the second stage. Own words, written after
batch 18's first sight; probed on main at c122e63: 2 of 5 passed, 5 of 5 after."""

from __future__ import annotations

import pytest

from extractor import extract, load
from extractor.models import Figure

Key = tuple[str, float, str, str | None, str | None]

PAGE = """Kelbarrow Council  Complaints Handling Report 2031/32                    14
Annex B: complaints handling indicators
Complaints closed between 1 April 2031 and 31 March 2032
Measure 1: complaints logged
Total number of complaints logged                     2,410
Measure 2: outcomes at each stage
                     First stage      Second stage
Upheld              640  29.4%        51  21.3%
Not upheld          911  41.8%       120  50.0%
Measure 3: answered in time
Number and % of complaints closed within 5 working days at stage one and 20 working days at stage two
First stage        1,702   78.1%
Second stage         171   71.3%
Escalated (stage one to two)   44   66.7%
Measure 4: extensions agreed
First stage          120    5.5%
Second stage          19    7.9%
"""


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    path = tmp_path_factory.mktemp("page") / "indicators.txt"
    path.write_text(PAGE, encoding="utf-8")
    return {(f.measure, f.value, f.unit, f.stage, f.period) for f in extract(load(path)) if isinstance(f, Figure)}


@pytest.mark.parametrize("wanted", [
    {("received", 2410, "count", None, "2031/32")},
    {("upheld", 640, "count", "stage1", "2031/32"), ("upheld", 29.4, "percent", "stage1", "2031/32"),
     ("not_upheld", 120, "count", "stage2", "2031/32"), ("not_upheld", 50.0, "percent", "stage2", "2031/32")},
    {("within_target", 1702, "count", "stage1", "2031/32"), ("within_target", 71.3, "percent", "stage2", "2031/32"),
     ("within_target", 44, "count", "stage2", "2031/32")},
])
def test_indicator_page_reads(figures: set[Key], wanted: set[Key]) -> None:
    assert wanted <= figures, sorted(wanted - figures)


@pytest.mark.parametrize("unwanted", [
    {("response_target_days", 5, "working_days", "stage1", "2031/32"),
     ("response_target_days", 20, "working_days", "stage2", "2031/32")},  # the caption's timescale qualifies
    {("within_target", 120, "count", "stage1", "2031/32"), ("within_target", 19, "count", "stage2", "2031/32")},
])
def test_indicator_page_leaves(figures: set[Key], unwanted: set[Key]) -> None:
    assert not unwanted & figures, sorted(unwanted & figures)

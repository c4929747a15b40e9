"""A sentence that goes on from the one before it ("A further 142 complaints were escalated", "Another 75
went to stage 2", "In addition, 45 compliments were recorded") and names no period speaks of the period
that sentence named, not of one the section or the document names elsewhere (an event's date in an
earlier paragraph, the report's own year). Found in a local news story written for this project by a
helper session that had not seen the tool (2026-12-06). The sentences below are in words of our own,
written as a probe: at 7e24bd6 (plus the reporting-frame change) 3 of 4 already had the period of the
sentence before. The first does not: its document's period is taken from the month an earlier paragraph
names ("The policy changed in October 2030"), which outranks the sentence before. Taking no month from
running text as the document's period mended it but broke the fortnightly reports of the real originals
(whose period is a fortnight said in a paragraph), so it was left as it is: strict xfail."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

NEWS = "Brackwater Council news\n\nThe policy changed in October 2030.\n\n"
REPORT = "Brackwater Council annual complaints report 2032/33\n\n"


@pytest.mark.parametrize(("opening", "text", "measure", "value"), [
    pytest.param(NEWS, "The council received 900 complaints in 2031/32. A further 120 complaints were escalated to stage 2.",
                 "received", 120.0, marks=pytest.mark.xfail(strict=True, reason="an event's month in running text is the document's period")),
    (NEWS, "In 2031/32 we logged 640 stage 1 complaints. Another 75 went to stage 2.", "received", 75.0),
    (NEWS, "During 2031/32 there were 300 complaints. In addition, 45 compliments were recorded.", "compliments", 45.0),
    (REPORT, "In 2031/32 we logged 640 stage 1 complaints. A further 75 were escalated to stage 2.", "received", 75.0),
])
def test_a_continuing_sentence_keeps_the_period_before(tmp_path: Path, opening: str, text: str, measure: str, value: float) -> None:
    got = {(f.measure, f.value): f.period for f in report_figures(tmp_path, opening + text + "\n")}
    assert got.get((measure, value)) == "2031/32", got

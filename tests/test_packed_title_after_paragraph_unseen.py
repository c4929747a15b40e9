"""In text with no blank lines (a PDF's text), a short title under a finished paragraph ("See
section 5 ..." / "Adult social care" / "We received 212 complaints ...") starts a section of its own:
the paragraph above does not swallow it, so the figures under it take the service it names. A
paragraph's wrapped line that merely happens to be short stays in its paragraph. Written in words of
our own before the code (held-out batch 16c: a Scottish council's indicators report as pdftotext leaves
it); on the commit before: 0 of 1 passed (the wrapped short line passed)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PACKED = """Aldcraig Council Complaints Performance Report 2032/33
Indicator 7: customer satisfaction
We asked everyone whose complaint we closed to tell us how well we had handled it.
Indicator 8: learning from complaints
See section 5 for what we changed.
Adult social care
We received 212 complaints from people who use our care services in the year, and
closed 205 of them.
Children's services
We received 97 complaints from families in the year.
5 Learning from complaints
We changed the way we book repairs after tenants told us about missed visits.
"""

SHORT_WRAP = """Aldcraig Council Complaints Performance Report 2032/33
Indicator 1: complaints received
We received 1,204 complaints at stage 1 in the year, which is fewer than the year
before.
Indicator 2: complaints closed
We closed 1,180 stage 1 complaints during the year and 96 complaints at stage 2 in
total.
Indicator 3: outcomes
Of the stage 1 complaints we closed, 402 were upheld in the year.
"""


def test_title_under_a_finished_paragraph_starts_its_section(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.service) for f in report_figures(tmp_path, PACKED)}
    assert {("received", 212, "adults"), ("closed", 205, "adults"), ("received", 97, "children")} <= got


def test_a_short_wrapped_line_stays_in_its_paragraph(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, SHORT_WRAP)}
    assert {("received", 1204, "stage1"), ("closed", 1180, "stage1"), ("upheld", 402, "stage1")} <= got

"""A report copied from a web page with the page's own furniture around it - a skip link, a cookie banner and its
buttons, the site's menu and breadcrumb trail, and at the foot a "was this page helpful?" box, links and a
copyright line - reads as the report alone: the furniture is no title, heading or cover of the report, so the
report's first lines still say what it is about.

Written before the change in words of our own. Measured by re-rendering the dev-real excerpts with three kinds of
page furniture around them (the third written after the code and not tuned to): core F1 0.900 as they are; with
the furniture 0.868, 0.868 and 0.876 on d5f7343, 0.900, 0.900 and 0.895 now (the readers that look at a report's
opening blocks had seen the menu). The two pages below read the same with and without furniture both before and
after (guards). Words that are the
report's own ("Complaints and feedback" as its heading, "Contact us" in a sentence) stay the report's, and so does
the site's own name in its header, which says whose report it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

from extractor import extract, load
from extractor.models import Decision

TOP = """Jump to the main content
Accessibility options
Translate
Residents
Businesses
Visitors
Search
This site uses cookies
We use necessary cookies to make our site work. We would also like to use analytics cookies to help us improve it.
Accept all cookies
Reject optional cookies
Cookie settings
Menu
Home > Your council > Have your say
"""

FOOT = """
Did you find what you were looking for?
Yes
No
Accessibility | Privacy | Cookies | Contact us
Copyright 2033 Hartmoor Borough Council
"""

LETTER = """OMBUDSMAN'S ANNUAL LETTER SHOWS FEWER COMPLAINTS ABOUT HARTMOOR

The Local Government and Social Care Ombudsman received 48 complaints about Hartmoor Borough Council in 2032/33.
It decided 45 of them and upheld 12.
"""

STAGES = """Complaints and feedback 2032/33

Stage 1 complaints: 412
Stage 2 complaints: 57

Contact us if you want to make a complaint: we answered 93% of the 412 within 10 working days.
"""


def keys(tmp_path: Path, text: str) -> set[tuple]:
    return {(f.measure, f.value, f.unit, f.stage, f.period, f.body) for f in report_figures(tmp_path, text)}


@pytest.mark.parametrize("report", [LETTER, STAGES])
def test_page_furniture_changes_nothing(tmp_path: Path, report: str) -> None:
    alone = keys(tmp_path, report)
    assert alone
    assert keys(tmp_path, TOP + report + FOOT) == alone


def test_the_sites_name_stays_the_reports(tmp_path: Path) -> None:
    text = "Skip to main content\nHartmoor Borough Council\nSearch this site\nMenu\n\n" + STAGES
    assert {f.organisation for f in report_figures(tmp_path, text)} == {"Hartmoor Borough Council"}


LEAD_OVER_STORY = """Landlord told to pay tenant £900 after months without heating

Friday 7 March 2031 | By Staff Reporter

A HOUSING association has been ordered to pay £900 to a tenant who was left without heating for much of the winter.

The Housing Ombudsman found maladministration in the way Fellbrook Homes handled repairs to the boiler at the tenant's flat.

However, the Ombudsman found no maladministration in how the landlord dealt with her request for a transfer.

Fellbrook Homes has been ordered to pay the tenant £700 for distress and £200 for her time and trouble.
"""


def test_a_news_lead_over_its_story_is_one_case(tmp_path: Path) -> None:
    """The headline and the lead tell only the sum; the story tells the finding and, by its end, the same sum: one
    case (on d5f7343 the headline was a case of its own, upheld, beside the story's partly upheld one)."""
    path = tmp_path / "news.txt"
    path.write_text(LEAD_OVER_STORY, encoding="utf-8")
    got = [(d.outcome, d.payment_gbp) for d in extract(load(path)) if isinstance(d, Decision)]
    assert got == [("partially_upheld", 900.0)]

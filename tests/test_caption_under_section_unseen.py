"""In text whose headings have no levels (a web page's text, a plain-text report), a table's caption that
names what the table breaks down ("Complaints received by subject") stands under the heading before it
("Complaints the Ombudsman received about us"): its figures take that heading's ombudsman stage and body when
the caption names none. Own words, written before the code (main at b7cf36b): before the change 1 of 2 passed
(the LGSCO page; the Housing Ombudsman page's caption took no stage), and the counter-example; after it all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

PAGE = """Tarnwick Borough Council - Complaints performance 2031/32

{section}

{paragraph}

{caption}

Subject      Number
Housing      14
Planning     9
Highways     6
Total        29
"""


@pytest.mark.parametrize("section, paragraph, caption, stage, body", [
    ("Complaints the Ombudsman received about us",
     "The Local Government and Social Care Ombudsman received 29 complaints about the council during the year.",
     "Complaints received by subject", "ombudsman", "LGSCO"),
    ("What the Housing Ombudsman was asked to look at",
     "Residents can ask the Housing Ombudsman to review our response once our process has ended.",
     "Referrals by subject", "ombudsman", "HO"),
])
def test_caption_takes_its_sections_ombudsman(tmp_path: Path, section: str, paragraph: str, caption: str,
                                              stage: str, body: str) -> None:
    figures = report_figures(tmp_path, PAGE.format(section=section, paragraph=paragraph, caption=caption))
    rows = [f for f in figures if f.value in (14.0, 9.0, 6.0)]
    assert len(rows) == 3 and {(f.stage, f.body) for f in rows} == {(stage, body)}


def test_a_section_of_the_councils_own_stage_gives_its_caption_nothing_more(tmp_path: Path) -> None:
    """Counter-example: a section about all complaints keeps its caption's figures without an ombudsman."""
    text = PAGE.format(section="Complaints we received", paragraph="We received 29 complaints in the year.",
                       caption="Complaints received by subject")
    assert {f.stage for f in report_figures(tmp_path, text) if f.value in (14.0, 9.0, 6.0)} == {None}


def test_an_appendix_caption_opens_a_part_of_its_own(tmp_path: Path) -> None:
    """Written with the change: "APPENDIX 1: ... BY SERVICE" after an ombudsman's section is no caption under it."""
    text = PAGE.format(section="What the Housing Ombudsman was asked to look at",
                       paragraph="Residents can ask the Housing Ombudsman to review our response once our process has ended.",
                       caption="APPENDIX 1: COMPLAINTS RECEIVED BY SUBJECT")
    assert {f.stage for f in report_figures(tmp_path, text) if f.value in (14.0, 9.0, 6.0)} == {None}

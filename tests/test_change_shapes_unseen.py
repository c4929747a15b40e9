"""A stated change that does not hold is noticed wherever its two values stand: in its sentence,
in brackets, in the sentence before, on label lines above it, or in a flattened table row; and
whatever it is a change of: a count, a per cent, days, percentage points. Each statement is
written in words of our own (councils, landlords, NHS trusts, police, universities), intact and
with its change moved further than any rounding; the intact text raises nothing and the moved
one a fail or warning on the change's line. Counter-cases, where the change is of something
else (another measure, another span, a target) or holds within its rounding, raise nothing.

Written before the code that reads them (issue 14/17): on main at 90a8a35, 57 of 80 passed: all 34
intact texts raised nothing, 12 of 34 moved changes were noticed, and 11 of 12 counter-cases raised
nothing (a 25% increase in calls failed against the complaints beside it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, load

TITLE = "Complaints annual report 2029/30\n\n"

# (text with {c} where the change stands, the change as stated, the change moved)
CHANGES: list[tuple[str, str, str]] = [
    # values in the same sentence
    ("Complaints rose to 412 in 2029/30 from 368 the year before ({c}).", "+12%", "+19%"),
    ("The average response time improved from 12.4 to 9.1 working days, {c} days faster.", "3.3", "5.3"),
    ("Stage 2 complaints fell by {c} to 41 (2028/29: 57).", "28%", "35%"),
    ("There were 128 complaints in quarter 2, an increase of {c} on quarter 1 (113).", "13%", "20%"),
    (("The Trust received 1,146 formal complaints in 2029/30 compared to 1,032 in 2028/29, which "
     "represents an increase of {c}."), "11%", "18%"),
    ("Public complaints recorded by the force decreased to 642 from 715, down {c}.", "10.2%", "16.2%"),
    ("Student complaints reaching the formal stage numbered 58, against 49 a year earlier, a rise of {c}.",
     "18.4%", "26.4%"),
    (("Our stage one replies took 8.2 working days on average, down from 11.7 the year before, "
     "a reduction of {c} days."), "3.5", "5.5"),
    ("Police complaints were finalised in an average of 96 days, {c} days quicker than last year's 110.",
     "14", "24"),
    ("At 318, complaints about waste collections were {c} lower than in 2028/29 (361).", "12%", "19%"),
    ("Escalations to the second stage numbered 44 (2028/29: 52), a drop of {c}.", "15%", "22%"),
    ("Landlord complaints in quarter 3 came to 75, a decrease of {c} on quarter 2 (85).", "12%", "19%"),
    ("Compliments from tenants went up by {c} (from 150 to 174).", "16%", "26%"),
    ("Complaints resolved at first contact: 1,018 ({c} on 2028/29's 934).", "+9%", "+16%"),
    (("The housing association received 97 complaints in the third quarter, {c} more than in the "
     "second quarter (86)."), "11", "21"),
    ("A reduction of {c} complaints, from 298 to 257, followed the new repairs contract.", "41", "51"),
    ("The median wait for a complaint response lengthened from 35 to 41 working days ({c} days).", "+6", "+11"),
    ("Complaints about parking: 96, {c} from 120 in 2028/29.", "down 24", "down 34"),
    # percentage points
    ("The share of replies sent within 20 working days rose from 71% to 78%, up {c} percentage points.",
     "7", "12"),
    ("Upheld rate: 34% in 2029/30 against 41% in 2028/29 ({c}pp).", "-7", "-12"),
    ("Stage one complaints answered on time improved to 88% from 81% last year, {c} points higher.",
     "7", "13"),
    # the values in the sentence before
    ("In 2028/29 the Trust logged 503 PALS concerns. In 2029/30 it logged 468. That is a decrease of {c}.",
     "7%", "14%"),
    (("Complaints about anti-social behaviour handling totalled 77, compared with 95 last year. "
     "This represents a fall of {c}."), "18", "28"),
    (("Members' enquiries went from 1,204 in 2028/29 to 1,377 in 2029/30. The rise of {c} followed "
     "the new casework system."), "173", "193"),
    ("Complaints about council tax: 214 in 2028/29 and 187 in 2029/30. This is {c} fewer.", "27", "37"),
    # label lines
    ("Complaints received\n2028/29: 368\n2029/30: 412\nChange: {c}", "+44", "+51"),
    ("Stage 1 complaints closed\nLast year: 410\nThis year: 377\nDifference: {c}", "-33", "-43"),
    ("Complaints upheld (%)\n2028/29: 38%\n2029/30: 31%\nChange: {c} points", "-7", "-12"),
    ("Academic appeals\nPrevious year: 164\nCurrent year: 187\nVariance: {c}", "+14%", "+21%"),
    # flattened table rows with a change column
    ("Complaints received 368 412 {c}", "+12%", "+19%"),
    ("Stage 2 complaints 61 48 {c}", "-13", "-23"),
    ("Housing repairs complaints 402 355 {c}", "-11.7%", "-18.7%"),
    ("Service 2028/29 2029/30 Change\nNoise nuisance 133 151 {c}\nPlanning 88 80 -8", "+18", "+28"),
    ("Complaints received by the university 212 239 {c}", "+27", "+37"),
    # second batch: one value in the sentence before, the earlier one named in the change's own sentence
    ("The council logged 1,274 stage one complaints in 2029/30. This is {c} higher than last year (1,169).",
     "9%", "16%"),
    ("Patient complaints in the quarter reached 341. An increase of {c} on the previous quarter's 312.", "29", "39"),
    ("Stage two reviews were 63, compared with 71 in the same period last year, a decrease of {c}.", "11%", "18%"),
    ("Complaints about the police response have risen by {c} to 219 (2028/29 = 192).", "14%", "21%"),
    ("Compliments climbed to 530 in 2029/30, {c} up on the 468 received in 2028/29.", "62", "72"),
    ("University appeals: 140 in 2029/30 in comparison to 125 in 2028/29, a rise of {c}.", "12%", "19%"),
    # a second size beside the first, an arrow, a bracketed earlier value, a compound word before the noun
    ("Complaints received this year: 412 (368), ↑{c} on last year.", "12%", "19%"),
    ("We received 368 complaints last year and 412 this year, an increase of 44 ({c}).", "12%", "19%"),
    ("There was a {c} year-on-year increase in complaints about repairs, to 231 from 206.", "12%", "19%"),
    ("Complaints went up by 44, or {c}, from 368 to 412.", "12%", "19%"),
    # third batch: card labels, a labelled line naming its measure, "this is" inside the sentence
    ("Stage one complaints\nPrevious: 240\nLatest: 262\nChange on last year: {c}", "+22", "+32"),
    ("Complaints received in 2028/29: 368\nComplaints received in 2029/30: 412\n% change: {c}", "+12%", "+19%"),
    ("We received 412 complaints in 2029/30. Compared with 368 in 2028/29, this is an increase of {c}.", "12%", "19%"),
    # a table's Change column beside two percentages or two averages
    ("| Measure | 2028/29 | 2029/30 | Change |\n| --- | --- | --- | --- |\n| Replies on time | 78% | 85% | {c} |\n| Upheld | 41% | 36% | -5 |",
     "+7", "+12"),
    (("| Indicator | 2028/29 | 2029/30 | Change |\n| --- | --- | --- | --- |\n| Average days to respond | 12.4 | 9.1 | {c} |\n"
     "| Average days at stage 2 | 25.0 | 27.5 | +2.5 |"),
     "-3.3", "-5.3"),
    ("Indicator  2028/29  2029/30  Change\nComplaints upheld  41%  36%  {c}\nComplaints received  300  320  +20",
     "-5 points", "-9 points"),
]

# the change is of something else, or holds within its rounding: nothing is raised
COUNTERS: list[str] = [
    "We received 412 complaints and 368 compliments, and contacts overall rose by 20%.",
    "Complaints were 412 in 2029/30 and 368 in 2028/29; over five years they have risen by 40%.",
    "Stage one replies on time reached 86%, up 4 points on last year, against a target of 92%.",
    ("We received 412 complaints in 2029/30 and 368 in 2028/29, while a 25% increase in calls to the "
    "contact centre put pressure on staff."),
    "Stage 2 complaints went from 45 to 52, a rise of 15.5%.",
    "Complaints fell from 63 to 58, down 8%.",
    "The upheld rate rose from 20% to 25%, an increase of 5 percentage points.",
    "The upheld rate fell from 40% to 30%, a fall of 25 per cent.",
    "Stage 1 complaints were 412 and stage 2 complaints 58, a rise of 9% on last year.",
    "We received 412 complaints and closed 368. Compliments were up 12%.",
    "Complaints upheld 12 30% -2",
    "Complaints rose to 412 from 368 the year before, while staffing in the team rose by 3.",
    "We received 412 complaints. This is 12% of all contacts (3,433).",
    "Complaints rose to 412. This is 30% higher than the national average (317).",
    "We received 412 complaints compared with 368 last year. Complaints about repairs rose by 20%.",
    "Complaints received in 2029/30: 412\nComplaints closed in 2029/30: 390\nChange: +30",
]


def _problems(text: str, tmp_path: Path) -> list[tuple[str, str, list[int]]]:
    path = tmp_path / "report.txt"
    path.write_text(TITLE + text + "\n", encoding="utf-8")
    return [(c.rule, c.status, sorted({c.line or 0, *c.lines})) for c in check(load(path)) if c.status != "pass"]


def _line_of(text: str, stated: str) -> int:
    """The line of the document on which the change is stated."""
    lines = (TITLE + text).splitlines()
    return next(i for i, ln in enumerate(lines, 1) if stated in ln)


@pytest.mark.parametrize("text, stated, moved", CHANGES, ids=[f"change{i}" for i in range(len(CHANGES))])
def test_an_intact_change_raises_nothing(tmp_path: Path, text: str, stated: str, moved: str) -> None:
    assert _problems(text.format(c=stated), tmp_path) == []


@pytest.mark.parametrize("text, stated, moved", CHANGES, ids=[f"change{i}" for i in range(len(CHANGES))])
def test_a_moved_change_is_noticed_on_its_line(tmp_path: Path, text: str, stated: str, moved: str) -> None:
    broken = text.format(c=moved)
    line = _line_of(broken, moved)
    assert any(line in lines for _, _, lines in _problems(broken, tmp_path))


@pytest.mark.parametrize("text", COUNTERS, ids=[f"counter{i}" for i in range(len(COUNTERS))])
def test_a_change_of_something_else_raises_nothing(tmp_path: Path, text: str) -> None:
    assert _problems(text, tmp_path) == []

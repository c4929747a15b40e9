"""A second batch of report passages in words of our own: relations told with number words, over two
sentences ("This compared with ..."), in bullets with shares, in pipe tables with a Total column, as a
rate with its base in the sentence; and traps that look like relations but are none (a benchmark rate,
a rate column whose Total row says 100%, an average in a Year column, the largest groups of a total).
Each relation is seen right (nothing fails or warns) and moved (a failing or warning check points at
its line); each trap raises nothing. Written before the code that reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import check_review, points_at, stated_line

from extractor.models import Check

TITLE = "Ashcombe Housing Trust complaints report 2031/32"

# (id, passage with {v} where the stated result stands, right value, wrong value)
CASES: list[tuple[str, str, str, str]] = [
    ("of-the-words", "Of the six appeals we heard, four were allowed and {v} were refused.\n", "two", "three"),
    ("this-compared-size",
     ("In quarter two we received 21 informal complaints. This compared with 17 informal complaints in the same "
      "quarter last year, an increase of {v} cases.\n"), "four", "seven"),
    ("bracketed-parts-words",
     "{v} stage two complaints from the year (Lettings, four and Repairs, two) were still open in April.\n",
     "Six", "Eight"),
    ("last-year-bracket-up", "Stage one complaints: 148 (2030/31: 131), up {v}.\n", "17", "23"),
    ("points", "Responses on time rose from 82% to 88%, an improvement of {v} percentage points.\n", "6", "9"),
    ("dash-ratio-share", "Stage two answered within 20 working days - 37 of 41 ({v})\n", "90%", "97%"),
    ("bullets-with-shares",
     ("Outcomes of the 80 stage one complaints we closed:\n\n- Upheld: 28 ({v})\n- Partly upheld: 12 (15%)\n"
      "- Not upheld: 40 (50%)\n"), "35%", "42%"),
    ("channels-in-all", "Complaints came in by phone (61), online ({v}) and by letter (9), 120 in all.\n", "50", "58"),
    ("halves-and-year",
     "First half: 44 complaints\n\nSecond half: 39 complaints\n\nWhole year: {v} complaints\n", "83", "90"),
    ("pipe-total-column",
     ("| Service | Stage 1 | Stage 2 | Total |\n| --- | --- | --- | --- |\n| Housing | 40 | 6 | {v} |\n"
      "| Waste | 22 | 3 | 25 |\n| Parking | 9 | 1 | 10 |\n"), "46", "52"),
    ("rate-base-same-sentence",
     "With 96 complaints across our 12,000 homes, the rate was {v} complaints per 1,000 homes.\n", "8.0", "9.5"),
    ("share-against-last-year",
     ("Of the 52 complaints closed, 39 (75%) were answered in time, against 30 of 48 ({v}) the year "
      "before.\n"), "63%", "70%"),
]

TRAPS: list[tuple[str, str]] = [
    ("largest-groups", "We received 120 complaints. The most common subjects were repairs (45) and damp (30).\n"),
    ("not-a-part", "Of the 60 complaints closed, 20 were upheld. 35 were answered on time.\n"),
    ("benchmark-rate",
     ("We manage 6,400 homes and received 96 complaints, while the sector median is 18 complaints per 1,000 "
      "homes.\n")),
    ("rate-column-total-100",
     ("| Team | Cases | % on time |\n| --- | --- | --- |\n| Lettings | 8 | 100% |\n| Repairs | 20 | 100% |\n"
      "| Total | 28 | 100% |\n")),
    ("year-average",
     ("Time to respond\n\n| Measure | Q1 | Q2 | Q3 | Q4 | Year |\n| --- | --- | --- | --- | --- | --- |\n"
      "| Average days | 12 | 14 | 11 | 13 | 12.5 |\n| Longest wait | 30 | 41 | 28 | 35 | 41 |\n")),
    ("more-staff", "Complaints fell from 40 to 28 this year, and we took on 3 more staff.\n"),
    ("two-changes", "Complaints rose from 40 to 52, and compliments from 18 to 25, an increase of 7.\n"),
]



def _checks(tmp_path: Path, passage: str, name: str = "report.txt") -> list[Check]:
    return check_review(tmp_path, passage, TITLE, name if "|" not in passage else "report.md")


@pytest.mark.parametrize(("passage", "wrong"), [(c[1], c[3]) for c in CASES], ids=[c[0] for c in CASES])
def test_a_moved_result_is_noticed(tmp_path: Path, passage: str, wrong: str) -> None:
    got = _checks(tmp_path, passage.format(v=wrong))
    assert [c for c in got if c.status != "pass" and points_at(c, stated_line(passage))]


@pytest.mark.parametrize(("passage", "right"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_a_right_result_raises_nothing(tmp_path: Path, passage: str, right: str) -> None:
    got = _checks(tmp_path, passage.format(v=right))
    assert [(c.rule, c.status, c.message) for c in got if c.status != "pass"] == []


@pytest.mark.parametrize(("passage", "right"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_a_right_result_is_recognised(tmp_path: Path, passage: str, right: str) -> None:
    got = _checks(tmp_path, passage.format(v=right))
    assert [c for c in got if c.status == "pass" and points_at(c, stated_line(passage))]


@pytest.mark.parametrize("passage", [t[1] for t in TRAPS], ids=[t[0] for t in TRAPS])
def test_a_passage_stating_no_relation_raises_nothing(tmp_path: Path, passage: str) -> None:
    got = _checks(tmp_path, passage)
    assert [(c.rule, c.status, c.message) for c in got if c.status != "pass"] == []


CONFIRMED_BASE = ("We handled 30 stage two complaints in the year.\n\n"
                  "- We upheld 6 (20%) stage two complaints.\n- We partly upheld 9 (30%) stage two complaints.\n"
                  "- We did not uphold 15 (50%) stage two complaints.\n"
                  "- We closed 24 ({v}) stage two complaints within 20 working days.\n")


@pytest.mark.parametrize(("share", "statuses"), [("80%", ["pass"]), ("87%", ["fail"])])
def test_a_share_of_a_base_its_sibling_shares_confirm_fails(tmp_path: Path, share: str, statuses: list[str]) -> None:
    got = [c for c in _checks(tmp_path, CONFIRMED_BASE.format(v=share)) if c.rule == "percentage"
           and c.stated == float(share.rstrip("%"))]
    assert [c.status for c in got] == statuses


def test_a_lone_share_of_a_base_stated_apart_only_warns(tmp_path: Path) -> None:
    text = "We handled 30 stage two complaints in the year.\n\n- We closed 24 (87%) stage two complaints within 20 working days.\n"
    assert [c.status for c in _checks(tmp_path, text) if c.rule == "percentage"] == ["warn"]

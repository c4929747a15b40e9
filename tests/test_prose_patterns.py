"""Prose phrasings met in the seed reports and excerpts, each written again in another council's
words: restated totals, comparisons, shares, parallel breakdowns, an ombudsman's own voice,
excerpts whose lines run together, and the number words that count nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

ROOT = Path(__file__).resolve().parent.parent
Key = tuple[str, float, str, str | None, str | None]


def keys(tmp_path: Path, text: str, name: str = "report.md") -> list[Key]:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return [(r.measure, r.value, r.unit, r.stage, r.period) for r in extract(load(f)) if isinstance(r, Figure)]


def annual(tmp_path: Path, body: str) -> list[Key]:
    return keys(tmp_path, "# Complaints annual report 2023/24\n\n" + body + "\n")


@pytest.mark.parametrize("text,expected", [
    # a comparison ends with its clause; the clause after it is the current year's
    ("Complaints about parking rose to 30 from 22, of which 4 were upheld.",
     [("received", 30, "count", None, "2023/24"), ("received", 22, "count", None, "2022/23"),
      ("upheld", 4, "count", None, "2023/24")]),
    ("12 stage one complaints were logged, a drop from the 15 in the previous year.",
     [("received", 12, "count", "stage1", "2023/24"), ("received", 15, "count", "stage1", "2022/23")]),
    # a share of the count before it, in the next sentence
    ("Of these, 9 complaints were upheld or partially upheld. This equates to 23%.",
     [("upheld_or_partially_upheld", 9, "count", None, "2023/24"),
      ("upheld_or_partially_upheld", 23, "percent", None, "2023/24")]),
    ("11 of the 40 complaints were 'upheld' or 'partially upheld', which equates to 28%.",
     [("upheld_or_partially_upheld", 11, "count", None, "2023/24"), ("received", 40, "count", None, "2023/24"),
      ("upheld_or_partially_upheld", 28, "percent", None, "2023/24")]),
    ("Only one complaint was upheld (in part).", [("partially_upheld", 1, "count", None, "2023/24")]),
    # the count and its percentage, closed within the timescale
    ("We resolved 60 (75%) stage two complaints within 20 working days.",
     [("within_target", 60, "count", "stage2", "2023/24"), ("within_target", 75, "percent", "stage2", "2023/24")]),
    ("81% of complaints were answered within the agreed timescales.",
     [("within_target", 81, "percent", None, "2023/24")]),
    # a stage said after the number
    ("We aim to reply within 15 working days for stage 1 complaints.",
     [("response_target_days", 15, "working_days", "stage1", "2023/24")]),
    ("Of these, 18 were handled at stage two.", [("received", 18, "count", "stage2", "2023/24")]),
    # the same measure for the next area
    ("Of the 40 complaints, 12 were about Highways and 8 Street Lighting.",
     [("received", 40, "count", None, "2023/24"), ("received", 12, "count", None, "2023/24"),
      ("received", 8, "count", None, "2023/24")]),
    ("Five escalations were received (Sheltered Housing, four and Lettings, one).",
     [("received", 5, "count", "stage2", "2023/24"), ("received", 4, "count", "stage2", "2023/24"),
      ("received", 1, "count", "stage2", "2023/24")]),
    # the ombudsman acting, and a ratio whose base it investigated
    ("Six complaints were upheld out of the ten investigated by the Ombudsman, a rate of 60 per cent.",
     [("upheld", 6, "count", "ombudsman", "2023/24"), ("closed", 10, "count", "ombudsman", "2023/24"),
      ("upheld", 60, "percent", "ombudsman", "2023/24")]),
    ("Of those cases, three were closed after initial enquiries.",
     [("not_investigated", 3, "count", None, "2023/24")]),
    # a ratio's bracketed share belongs to its numerator
    ("Only 20 out of 250 (8%) complaints were escalated to stage two.",
     [("received", 20, "count", "stage2", "2023/24"), ("received", 250, "count", None, "2023/24"),
      ("received", 8, "percent", "stage2", "2023/24")]),
    # the topic of the sentence before, each quarter its own
    ("Parking report the proportion of complaints upheld. In quarter 1 this was 40% and in quarter 2 it was 55%.",
     [("upheld", 40, "percent", None, "2023/24 Q1"), ("upheld", 55, "percent", None, "2023/24 Q2")]),
    # a timescale said once, then restated as a qualifier; a bracketed aside keeps its own stage
    ("We use a 15 working day timescale. Only 60% of complaints were closed within the agreed 15 working day timescale.",
     [("response_target_days", 15, "working_days", None, "2023/24"), ("within_target", 60, "percent", None, "2023/24")]),
    ("The target for all stages is 20 days (the housing team keeps a ten working day target for stage one).",
     [("response_target_days", 20, "days", None, "2023/24"),
      ("response_target_days", 10, "working_days", "stage1", "2023/24")]),
    # data kept only from a month of the year: from then to the year's end
    ("Records kept from October 2023 show that 64% of complaints were answered within timescale.",
     [("within_target", 64, "percent", None, "2023/24 H2")]),
    # one case and its outcome
    ("- One case received during this period, not upheld",
     [("received", 1, "count", None, "2023/24"), ("not_upheld", 1, "count", None, "2023/24")]),
])
def test_phrasings_in_other_words(tmp_path: Path, text: str, expected: list[Key]) -> None:
    assert annual(tmp_path, text) == expected


@pytest.mark.parametrize("text", [
    "The council had the 3rd highest rate in the region.",
    "No matter what the outcome, we apologise to the complainant.",
    "We work with both the service and the complainant.",
    "The number of both formal and informal complaints rose.",
    "Two thirds of the complaints were about waste.",
    "Actions are agreed at stage 2 and 3 of the complaints process.",
    "See www.example.gov.uk/files/Annual%20complaints%202023.pdf for the full report.",
    "In total, 60 complaints were reclassified as service requests and 12 complaints were sampled.",
])
def test_number_words_that_count_nothing(tmp_path: Path, text: str) -> None:
    assert annual(tmp_path, text) == []


def test_a_restated_total_gives_its_stage_to_the_timescales_paragraph(tmp_path: Path) -> None:
    text = ("# Complaints annual report 2023/24\n\n## Stage one complaints\n\nWe received 12 stage one complaints.\n\n"
            "## Timescales\n\nOut of the 12 complaints investigated, the average response time was 9 days.\n")
    assert keys(tmp_path, text)[-2:] == [("received", 12, "count", "stage1", "2023/24"),
                                         ("average_response_days", 9, "days", "stage1", "2023/24")]


def test_an_ombudsman_statistics_page_is_the_ombudsmans(tmp_path: Path) -> None:
    text = ("Northshire Council\nComplaint overview\n"
            "Between 1 April 2023 to 31 March 2024, we decided 120 complaints. Of these, 40 were not for us. "
            "We investigated 30 complaints and upheld 21.\n"
            "Not for us – complaints brought to us before the council could consider them.")
    found = keys(tmp_path, text, "stats.txt")
    assert found == [("closed", 120, "count", "ombudsman", "2023/24"),
                     ("not_investigated", 40, "count", "ombudsman", "2023/24"),
                     ("closed", 30, "count", "ombudsman", "2023/24"), ("upheld", 21, "count", "ombudsman", "2023/24")]


def test_an_ombudsman_letter_last_year_is_its_year(tmp_path: Path) -> None:
    text = ("Annual Letter 2005/06\n\nLast year we received 80 complaints against your Council, an increase on "
            "the previous year's total of 70. Complaints about planning rose (from 10 to 16).\n")
    assert keys(tmp_path, text, "letter.txt") == [
        ("received", 80, "count", "ombudsman", "2005/06"), ("received", 70, "count", "ombudsman", "2004/05"),
        ("received", 10, "count", "ombudsman", "2004/05"), ("received", 16, "count", "ombudsman", "2005/06")]


def test_excerpt_lines_that_run_together_keep_their_own_lines(tmp_path: Path) -> None:
    f = tmp_path / "excerpt.txt"
    f.write_text("Complaint overview\nBetween 1 April 2023 to 31 March 2024, we received 150 complaints.\n"
                 "Summary of outcomes\n45 complaints were upheld.", encoding="utf-8")
    found = [(r.measure, r.value, r.line) for r in extract(load(f)) if isinstance(r, Figure)]
    assert found == [("received", 150, 2), ("upheld", 45, 4)]


def test_acknowledgement_performance_is_not_a_response_figure(tmp_path: Path) -> None:
    text = ("Overall, our performance for the 23/24 year was:\n\nAcknowledgement of complaints within three working "
            "days\n\n- We achieved 98 percent\n\nResponse to stage one complaints within 10 working days\n\n"
            "- We achieved 91 percent (6 outside target)\n")
    assert annual(tmp_path, text) == [
        ("within_target", 91, "percent", "stage1", "2023/24"), ("outside_target", 6, "count", "stage1", "2023/24")]


def test_wrexham_departments_compare_and_restate() -> None:
    doc = load(ROOT / "corpus" / "documents" / "wrexham-2023-24-complaints-compliments.txt")
    found = {(r.line, r.measure, r.value, r.period) for r in extract(doc) if isinstance(r, Figure)}
    assert {(112, "received", 14, "2023/24"), (112, "received", 20, "2022/23"), (112, "upheld", 6, "2023/24"),
            (118, "upheld_or_partially_upheld", 27, "2023/24"), (118, "upheld_or_partially_upheld", 30, "2023/24"),
            (124, "received", 2, "2023/24"), (124, "partially_upheld", 1, "2023/24")} <= found

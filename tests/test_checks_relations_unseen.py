"""Short report passages in words of our own, each stating one arithmetic relation (a total against
its parts or stages, a share against its count and base, a stated change against its two values, a
rate against its count and base) in the layouts real reports use: bullets, flattened tables, "N (P%)",
last year in brackets, "from X to Y, a fall of Z%". Each passage is written twice: with its stated
result right (nothing may fail or warn: a false alarm loses a report author's trust) and moved beyond
any rounding (a failing or warning check must point at the stated result's line, +-2, as
`tally eval --inject` counts it). Written before the code that reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import check_review, points_at, stated_line

from extractor.models import Check

TITLE = "Fenwick Vale Council complaints review 2031/32"

# (id, passage with {v} where the stated result stands, right value, wrong value)
CASES: list[tuple[str, str, str, str]] = [
    ("sum-bullets-total",
     ("Stage one complaints by service in 2031/32:\n\n- Housing repairs: 48\n- Tenancy management: 22\n"
     "- Anti-social behaviour: 11\n- Total: {v}\n"), "81", "85"),
    ("sum-total-then-stages",
     "In 2031/32 we received {v} complaints: 51 were handled at stage one and 13 went on to stage two.\n",
     "64", "71"),
    ("share-n-p-outcomes",
     ("Of the 120 complaints we closed, 54 ({v}) were upheld, 30 (25%) were partly upheld and 36 (30%) "
     "were not upheld.\n"), "45%", "52%"),
    ("share-flat-table",
     ("Stage one outcomes 2031/32\n\nOutcome        Number    Share\nUpheld             17      {v}\n"
     "Not upheld         33      66%\nTotal              50     100%\n"), "34%", "41%"),
    ("change-from-to-pct",
     "Complaints about noise rose from 40 to 52 during the year, an increase of {v}.\n", "30%", "45%"),
    ("change-fall-of",
     "The average time to respond fell from 18 days to 12 days, a fall of {v}.\n", "33%", "40%"),
    ("change-last-year-bracket",
     "We received 212 stage one complaints (2030/31: 180), an increase of {v} on the year before.\n",
     "18%", "25%"),
    ("rate-per-1000",
     ("We manage 6,400 homes. We received 96 stage one complaints in the year, which is {v} complaints "
     "per 1,000 homes.\n"), "15", "18"),
    ("change-count-fewer",
     "Stage two complaints went down from 31 to 24, {v} fewer than the year before.\n", "seven", "eleven"),
    ("share-out-of",
     "We sent a full response on time in 143 out of 160 cases ({v}).\n", "89%", "94%"),
    ("sum-quarters-row",
     ("Complaints received by quarter\n\nStage     Q1   Q2   Q3   Q4   Year\nStage 1   22   19   25   18   {v}\n"
     "Stage 2    5    3    6    4   18\n"), "84", "93"),
    ("sum-total-line-stage-bullets",
     ("Complaint summary\n\nTotal complaints in 2031/32: {v}\n\n- Stage 1 complaints: 60\n"
     "- Stage 2 complaints: 12\n"), "72", "80"),
    ("share-rate-then-ratio",
     "Escalation rate from stage 1 to stage 2: {v} (15 out of 50 stage one complaints were escalated)\n",
     "30%", "36%"),
    ("change-table-column",
     ("Year on year\n\nMeasure                2030/31   2031/32   Change\nComplaints received        250       200"
     "     {v}\nComplaints upheld           80        60     -25%\n"), "-20%", "-10%"),
    ("sum-made-up-of",
     ("The 46 complaints about repairs were made up of 20 about damp and mould, 15 about heating and {v} "
     "about roofs.\n"), "11", "16"),
    ("change-rose-by",
     "Compliments rose by {v} to 92 (2030/31: 78).\n", "14", "20"),
]



def _checks(tmp_path: Path, passage: str) -> list[Check]:
    return check_review(tmp_path, passage, TITLE, "review.txt")


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

"""Counts broken down by what the complaints were about, and counts said as the level a total
moved to or stayed at: sentences written for this file in the wording of councils, an NHS trust, a
university, a police force and a landlord (no corpus document holds them).

"Of the 820 complaints we received, 512 related to housing repairs" states two figures: the total
and its part, which counts the same thing as the total (SPEC 2: a breakdown is a figure of the
base's measure and stage). "Complaints remained at 51" states the year's count; the change beside
it is not a figure. A stage said in the part's own clause is the part's, not its base's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import HEADER, figures, received

from extractor import load

S1, S2 = "stage1", "stage2"


PARTS = [
    ("Of the 820 complaints we received, 512 related to housing repairs.", {received(820), received(512)}),
    ("Of the 412 formal complaints the Trust received, 131 were about clinical treatment and 88 about communication.",
     {received(412, S1), received(131, S1), received(88, S1)}),
    ("Of the 163 complaints made to the University, 71 concerned academic matters.", {received(163), received(71)}),
    ("Of the 1,052 complaints recorded by the force, 402 involved the general level of service.",
     {received(1052), received(402)}),
    ("Of the 96 complaints about the service, 40 were in relation to missed collections.", {received(96), received(40)}),
    ("Of the 455 stage 1 complaints, 120 were about the repairs service.", {received(455, S1), received(120, S1)}),
    ("We received 260 complaints. Of these, 45 were about the conduct of staff and 30 about delays.",
     {received(260), received(45), received(30)}),
    ("Of the 61 complaints we upheld, 20 related to missed appointments.",
     {("upheld", 61, "count", None), ("upheld", 20, "count", None)}),
    ("512 complaints were about housing repairs and 140 about rents.", {received(512), received(140)}),
    # a whole named in words, with no number: the part counts what those words name
    ("We received 400 complaints. Of the complaints we upheld, 12 related to repairs.",
     {received(400), ("upheld", 12, "count", None)}),
    ("Of the complaints not upheld at stage 2, 30 concerned planning decisions.", {("not_upheld", 30, "count", S2)}),
    # the stage of a later clause is that clause's count's, not the total's
    ("Of the 1,260 complaints received in 2029/30, 1,102 (87%) were resolved at stage one.",
     {received(1260), ("closed", 1102, "count", S1), ("closed", 87, "percent", S1)}),
    # counter-examples: a part that is an outcome or a timeliness count, a part of another noun
    ("Of the 820 complaints we received, 512 were answered within 10 working days.",
     {received(820), ("within_target", 512, "count", None)}),
    ("Of the 820 complaints we received, 12 staff members were named in more than one.", {received(820)}),
    ("Of the 820 complaints we received, 2029 was the busiest year for repairs.", {received(820)}),
]

LEVELS = [
    ("Stage two complaints stayed level at 51.", {received(51, S2)}),
    ("Complaints to the Board remained at 286 for a second year.", {received(286)}),
    # "formal" beside an informal stage is stage 1 (SPEC 2), as in the Trust's row above
    ("Formal complaints have risen sharply, to 301, since the new billing system.", {received(301, S1)}),
    ("The number escalated to stage 2 has dropped to 88.", {received(88, S2)}),
    ("Complaints held steady at 1,164 this year.", {received(1164)}),
    # counter-examples: the size of a change, a level of something else
    ("Complaints rose by 40 this year.", set()),
    ("Staff numbers in the complaints team remained at 12.", set()),
]

ORDINALS = [
    # "in the second" after "in the first quarter" is the second quarter, never stage two
    ("There were 214 complaints in the first quarter and 198 in the second.", {received(214), received(198)}),
    ("We closed 301 complaints at the first stage and 44 at the second.",
     {("closed", 301, "count", S1), ("closed", 44, "count", S2)}),
]


@pytest.mark.parametrize(("text", "expected"), PARTS + LEVELS + ORDINALS)
def test_reads_parts_levels_and_ordinals(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    assert figures(tmp_path, text) == expected


# ---- the checks: a part by subject is neither a total for later shares nor a share of the complaints received

CHECKED = [
    # the 10% is of the 300 received, not of the 40 about one service
    ("We received 300 complaints in 2029/30. Of these, 40 related to Housing Repairs.\n\nWe upheld 30 (10%) of them.", 0),
    # a part's share is of the whole its own sentence splits: 120 of 300 is 40%
    ("Of the 300 complaints received in 2029/30, 120 (40%) related to repairs.", 0),
    ("Of the 300 complaints received in 2029/30, 120 (45%) related to repairs.", 1),
]


@pytest.mark.parametrize(("text", "problems"), CHECKED)
def test_parts_by_subject_in_the_checks(tmp_path: Path, text: str, problems: int) -> None:
    from extractor import check

    f = tmp_path / "report.txt"
    f.write_text(HEADER + text + "\n", encoding="utf-8")
    found = [c for c in check(load(f)) if c.status in ("fail", "warn")]
    assert len(found) == problems, [c.message for c in found]

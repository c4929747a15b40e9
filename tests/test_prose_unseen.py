"""A held-out simulation: sentences in the wording of UK council, housing association, Scottish
(SPSO model indicators) and Welsh (PSOW) complaint reports that the corpus does not contain.

Every row was written for this file, not copied from a report; the expected records are what
SPEC sections 2 and 4 say a careful reader records (measure, value, unit, stage). Rows that
no rule can settle without guessing are marked xfail with the reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

HEADER = "Complaints annual report 2023/24\n\n"


def _records(tmp_path: Path, text: str) -> list[Figure]:
    f = tmp_path / "report.txt"
    f.write_text(HEADER + text + "\n", encoding="utf-8")
    return [r for r in extract(load(f)) if isinstance(r, Figure)]


def figures(tmp_path: Path, text: str) -> set[tuple]:
    return {(r.measure, r.value, r.unit, r.stage) for r in _records(tmp_path, text)}


S1, S2 = "stage1", "stage2"
OMB = "ombudsman"

ROWS = [
    # ---- stage counts
    ("We dealt with 1,204 Stage 1 complaints during the year.", {("received", 1204, "count", S1)}),
    ("Stage one: 312 (2022/23: 287)", {("received", 312, "count", S1), ("received", 287, "count", S1)}),
    ("A total of 97 complaints were escalated to stage 2.", {("received", 97, "count", S2)}),
    ("There were 14 complaints escalated to Stage 2 this year (2022/23: 9).",
     {("received", 14, "count", S2), ("received", 9, "count", S2)}),
    ("Stage 2 complaints: 74, down from 88 in 2022/23",
     {("received", 74, "count", S2), ("received", 88, "count", S2)}),
    ("There were no complaints escalated to stage 3.", {("received", 0, "count", "stage3")}),
    ("In 2023/24 we received 1,876 complaints, up from 1,650 last year.",
     {("received", 1876, "count", None), ("received", 1650, "count", None)}),
    ("The Council received 2,341 complaints in 2023/24 compared with 2,017 in 2022/23.",
     {("received", 2341, "count", None), ("received", 2017, "count", None)}),
    ("The complaints team logged 640 complaints and 212 compliments.",
     {("received", 640, "count", None), ("compliments", 212, "count", None)}),
    # ---- closed / responded
    ("We closed 2,105 complaints at Stage 1 in an average of 4.6 working days.",
     {("closed", 2105, "count", S1), ("average_response_days", 4.6, "working_days", S1)}),
    ("The number of complaints resolved at the informal stage was 530.", {("closed", 530, "count", "informal")}),
    ("The council responded to 1,112 stage one complaints, 91% of them within target.",
     {("closed", 1112, "count", S1), ("within_target", 91, "percent", S1)}),
    ("Of the 640 complaints closed, 201 (31%) were upheld.",
     {("closed", 640, "count", None), ("upheld", 201, "count", None), ("upheld", 31, "percent", None)}),
    # ---- outcomes in many forms
    (("Of the 1,204 stage 1 complaints closed, 312 were found to be justified, 401 partly justified "
      "and 491 not justified."),
     {("closed", 1204, "count", S1), ("upheld", 312, "count", S1), ("partially_upheld", 401, "count", S1),
      ("not_upheld", 491, "count", S1)}),
    ("Upheld 45 (23%)", {("upheld", 45, "count", None), ("upheld", 23, "percent", None)}),
    ("Nine complaints were upheld, four were partially upheld and twelve were not upheld.",
     {("upheld", 9, "count", None), ("partially_upheld", 4, "count", None), ("not_upheld", 12, "count", None)}),
    ("Twenty per cent of complaints were upheld.", {("upheld", 20, "percent", None)}),
    ("The percentage of complaints upheld fell to 28%.", {("upheld", 28, "percent", None)}),
    (("Of the 186 complaints investigated at stage 2, 41 were upheld, 62 were partially upheld and 83 "
      "were not upheld."),
     {("received", 186, "count", S2), ("upheld", 41, "count", S2), ("partially_upheld", 62, "count", S2),
      ("not_upheld", 83, "count", S2)}),
    ("Partly upheld 17 (9%)", {("partially_upheld", 17, "count", None), ("partially_upheld", 9, "percent", None)}),
    ("Not upheld 120 (61%)", {("not_upheld", 120, "count", None), ("not_upheld", 61, "percent", None)}),
    ("We upheld 56 complaints in full and 33 in part.",
     {("upheld", 56, "count", None), ("partially_upheld", 33, "count", None)}),
    ("Resolved 14 (6%)", {("resolved", 14, "count", None), ("resolved", 6, "percent", None)}),
    # ---- days
    ("Stage 1 responses took an average of 8.2 working days.", {("average_response_days", 8.2, "working_days", S1)}),
    ("Stage 2 complaints took on average 18.5 working days to answer.",
     {("average_response_days", 18.5, "working_days", S2)}),
    ("The average time in working days to respond to complaints at stage one was 5.1.",
     {("average_response_days", 5.1, "working_days", S1)}),
    ("The target for responding to a Stage 2 complaint is 20 working days.",
     {("response_target_days", 20, "working_days", S2)}),
    ("We have a target of 10 working days for stage 1 responses.",
     {("response_target_days", 10, "working_days", S1)}),
    # ---- within / outside target
    ("87% of Stage 1 responses were issued within 10 working days.", {("within_target", 87, "percent", S1)}),
    ("Sixty-two per cent of stage two complaints were responded to within 20 working days.",
     {("within_target", 62, "percent", S2)}),
    ("Number of complaints closed at stage two within 20 working days: 114", {("within_target", 114, "count", S2)}),
    ("Of the complaints closed at stage one, 58% were closed within five working days.",
     {("within_target", 58, "percent", S1)}),
    ("In total, 94% of complaints were responded to on time.", {("within_target", 94, "percent", None)}),
    ("Only 3 complaints were responded to outside the timescale.", {("outside_target", 3, "count", None)}),
    ("23 stage 1 complaints (7%) missed the 10 working day deadline.",
     {("outside_target", 23, "count", S1), ("outside_target", 7, "percent", S1),
      ("response_target_days", 10, "working_days", S1)}),
    # ---- compliments
    ("We received 421 compliments during the year.", {("compliments", 421, "count", None)}),
    ("Compliments: 389 (last year: 352)", {("compliments", 389, "count", None), ("compliments", 352, "count", None)}),
    # ---- ombudsman
    ("The Local Government and Social Care Ombudsman received 38 complaints and enquiries about the Council.",
     {("received", 38, "count", OMB)}),
    ("The Ombudsman upheld 9 complaints against us, compared with 12 in 2022/23.",
     {("upheld", 9, "count", OMB), ("upheld", 12, "count", OMB)}),
    ("Complaints made to the Public Services Ombudsman for Wales about the Council: 63", {("received", 63, "count", OMB)}),
    ("The Ombudsman closed 47 complaints about the Council, none of which were upheld.",
     {("closed", 47, "count", OMB), ("upheld", 0, "count", OMB)}),
    ("We received 12 enquiries from the Housing Ombudsman.", {("received", 12, "count", OMB)}),
    ("The Housing Ombudsman issued 5 determinations; maladministration was found in 3.",
     {("closed", 5, "count", OMB), ("upheld", 3, "count", OMB)}),
    (("In 2023/24 the Scottish Public Services Ombudsman (SPSO) received 112 complaints about the Council, "
      "of which 7 were upheld."),
     {("received", 112, "count", OMB), ("upheld", 7, "count", OMB)}),
    # ---- second round: written after the first round's fixes, to see what else breaks
    ("During the year we received 1,032 Stage 1 complaints and 118 Stage 2 complaints.",
     {("received", 1032, "count", S1), ("received", 118, "count", S2)}),
    ("Of the 312 stage one complaints we responded to, 265 (85%) were answered within 10 working days.",
     {("closed", 312, "count", S1), ("within_target", 265, "count", S1), ("within_target", 85, "percent", S1)}),
    ("In total 68% of Stage 2 complaints were responded to within the 20 working day timescale.",
     {("within_target", 68, "percent", S2)}),
    ("We received a total of six hundred and twelve complaints.", {("received", 612, "count", None)}),
    ("Overall, 39% of complaints were upheld or partially upheld, compared with 42% in 2022/23.",
     {("upheld_or_partially_upheld", 39, "percent", None), ("upheld_or_partially_upheld", 42, "percent", None)}),
    ("Stage 1 complaints fell by 9% to 1,130.", {("received", 1130, "count", S1)}),
    ("Complaints rose by 120 to 1,450 this year.", {("received", 1450, "count", None)}),
    ("The Ombudsman made 14 decisions about the Council; 5 complaints were upheld and 9 were not upheld.",
     {("closed", 14, "count", OMB), ("upheld", 5, "count", OMB), ("not_upheld", 9, "count", OMB)}),
    ("Of the 45 complaints investigated by the Ombudsman, 31 were upheld, an uphold rate of 69%.",
     {("closed", 45, "count", OMB), ("upheld", 31, "count", OMB), ("upheld", 69, "percent", OMB)}),
    # SPEC 2 (December 2026): a rate per 1,000 homes is a figure of its own, unit per_1000
    ("We received 2,310 complaints in the year, which is 4.1 complaints per 1,000 homes.",
     {("received", 2310, "count", None), ("received", 4.1, "per_1000", None)}),
    ("Complaints responded to within timescale: 1,015 (82%)",
     {("within_target", 1015, "count", None), ("within_target", 82, "percent", None)}),
    ("The number of compliments received increased from 310 to 402.",
     {("compliments", 310, "count", None), ("compliments", 402, "count", None)}),
    ("A total of 27 complaints were withdrawn by the complainant.", {("withdrawn", 27, "count", None)}),
    ("We responded to all 14 stage 2 complaints within timescale.", {("within_target", 14, "count", S2)}),
    ("Number of complaints upheld at stage one as % of all complaints closed at stage one: 34%",
     {("upheld", 34, "percent", S1)}),
    ("Of the 1,287 complaints closed at stage one, 402 were upheld, 311 partially upheld and 574 not upheld.",
     {("closed", 1287, "count", S1), ("upheld", 402, "count", S1), ("partially_upheld", 311, "count", S1),
      ("not_upheld", 574, "count", S1)}),
    ("The number of complaints escalated to stage two was 41, compared to 37 last year.",
     {("received", 41, "count", S2), ("received", 37, "count", S2)}),
    ("The Housing Ombudsman found severe maladministration in 1 case.", {("upheld", 1, "count", OMB)}),
    ("We dealt with 98% of complaints within the Complaint Handling Code timescales.",
     {("within_target", 98, "percent", None)}),
    ("Stage 1 complaints responded to late: 43", {("outside_target", 43, "count", S1)}),
    ("The proportion of complaints responded to on time improved to 91%.", {("within_target", 91, "percent", None)}),
    ("The Council's performance against the 10 working day target was 78%.",
     {("response_target_days", 10, "working_days", None), ("within_target", 78, "percent", None)}),
    ("Our 10 working day target is 95%.", {("response_target_days", 10, "working_days", None)}),
    ("There were 4,512 contacts to the customer services team.", set()),
    # ---- third round
    ("The Council received 1,546 complaints at stage one (frontline resolution) and 102 at stage two (investigation).",
     {("received", 1546, "count", S1), ("received", 102, "count", S2)}),
    ("Complaints closed at stage one: 1,498", {("closed", 1498, "count", S1)}),
    ("Average time to close stage 2 complaints: 17.3 working days",
     {("average_response_days", 17.3, "working_days", S2)}),
    ("Stage two complaints were closed in an average of 19 working days.",
     {("average_response_days", 19, "working_days", S2)}),
    ("The number of complaints closed within timescale at stage one was 1,210 (81%).",
     {("within_target", 1210, "count", S1), ("within_target", 81, "percent", S1)}),
    ("Eighty-five complaints were made to the Ombudsman.", {("received", 85, "count", OMB)}),
    ("The Ombudsman investigated 4 complaints and upheld 2.",
     {("closed", 4, "count", OMB), ("upheld", 2, "count", OMB)}),
    ("Of the 23 cases determined by the Housing Ombudsman, maladministration was found in 11 and service failure in 4.",
     {("closed", 23, "count", OMB), ("upheld", 11, "count", OMB), ("upheld", 4, "count", OMB)}),
    ("We received 803 stage one complaints, equivalent to 38.4 per 1,000 homes.",
     {("received", 803, "count", S1), ("received", 38.4, "per_1000", S1)}),
    ("Stage 1: 1,019 complaints (2022/23: 947)", {("received", 1019, "count", S1), ("received", 947, "count", S1)}),
    ("The total number of complaints received fell from 1,322 in 2022/23 to 1,204 in 2023/24.",
     {("received", 1322, "count", None), ("received", 1204, "count", None)}),
    ("In quarter 3, 92% of stage 1 complaints were responded to within timescale.",
     {("within_target", 92, "percent", S1)}),
    ("Complaints upheld: 212 (38%)", {("upheld", 212, "count", None), ("upheld", 38, "percent", None)}),
    ("The service received 11 complaints, 4 of which were upheld.",
     {("received", 11, "count", None), ("upheld", 4, "count", None)}),
    ("We aim to respond to 95% of complaints within target.", set()),
    ("No complaints were upheld by the Ombudsman.", {("upheld", 0, "count", OMB)}),
    # resolved at a stage is closed there (SPEC 2 `closed`; dev-real gold: "91.1 percent were resolved at stage one")
    ("Over the year, 1,036 complaints were resolved at the first stage.", {("closed", 1036, "count", S1)}),
    ("Our average response time was 7 days.", {("average_response_days", 7, "days", None)}),
    ("We met the 10 working day target in 87% of cases.",
     {("response_target_days", 10, "working_days", None), ("within_target", 87, "percent", None)}),
    ("We missed the 20 working day timescale for 12 complaints.",
     {("response_target_days", 20, "working_days", None), ("outside_target", 12, "count", None)}),
    ("On 12 occasions we extended the timescale with the complainant's agreement.", set()),
    # the 7% is the escalation rate: a share said of the count just read ("which is") takes its stage, not its
    # base's (readers.SHARE_OF_PREVIOUS_RULE); a strict xfail until cc72bf2
    ("We received 59 stage two complaints, which is 7% of stage one complaints.",
     {("received", 59, "count", S2), ("received", 7, "percent", S2)}),
    # ---- fourth round
    ("In 2023/24 we received 412 complaints. Of these, 87 were escalated to Stage 2.",
     {("received", 412, "count", None), ("received", 87, "count", S2)}),
    ("We received thirty-two compliments and nine complaints about the service.",
     {("compliments", 32, "count", None), ("received", 9, "count", None)}),
    ("Total complaints: 1,204 (up 8%)", {("received", 1204, "count", None)}),
    ("The percentage of complaints resolved at stage one was 91%.", {("closed", 91, "percent", S1)}),
    ("We closed 1,102 stage 1 complaints, with an average response time of 6.8 working days.",
     {("closed", 1102, "count", S1), ("average_response_days", 6.8, "working_days", S1)}),
    ("Stage 2 complaints were responded to in an average of 22 calendar days.",
     {("average_response_days", 22, "calendar_days", S2)}),
    ("Of the 12 complaints the Ombudsman decided, 8 were closed after initial enquiries.",
     {("closed", 12, "count", OMB), ("not_investigated", 8, "count", OMB)}),
    ("Complaints that were partly justified: 61", {("partially_upheld", 61, "count", None)}),
    ("A further 14 complaints were not justified.", {("not_upheld", 14, "count", None)}),
    ("*Figures under 5 are suppressed.", set()),
    ("The number of stage 2 complaints increased from 55 to 72.",
     {("received", 55, "count", S2), ("received", 72, "count", S2)}),
    ("Stage 1 complaints: 1,300. Stage 2 complaints: 84.",
     {("received", 1300, "count", S1), ("received", 84, "count", S2)}),
    ("We upheld or partly upheld 47% of stage 1 complaints.", {("upheld_or_partially_upheld", 47, "percent", S1)}),
    ("Two hundred and four complaints were resolved within 5 working days.", {("within_target", 204, "count", None)}),
    ("We had 18 complaints in Q1, 23 in Q2, 31 in Q3 and 27 in Q4.",
     {("received", 18, "count", None), ("received", 23, "count", None), ("received", 31, "count", None),
      ("received", 27, "count", None)}),
    ("We responded to 92.4% of stage 1 complaints within 10 working days, against a target of 95%.",
     {("within_target", 92.4, "percent", S1)}),
    # ---- fifth round
    ("Of the 1,842 complaints closed at Stage 1, 1,562 (85%) were closed within 5 working days.",
     {("closed", 1842, "count", S1), ("within_target", 1562, "count", S1), ("within_target", 85, "percent", S1)}),
    ("The average time to respond to Stage 1 complaints was 4.2 working days (2022/23: 4.9 working days).",
     {("average_response_days", 4.2, "working_days", S1), ("average_response_days", 4.9, "working_days", S1)}),
    # the Housing Ombudsman's Code is the council's own procedure, not the ombudsman's stage
    ("We received 1,215 complaints under the Housing Ombudsman Complaint Handling Code.",
     {("received", 1215, "count", None)}),
    ("The Ombudsman found in the complainant's favour in 5 cases.", {("upheld", 5, "count", OMB)}),
    ("Overall, the Council upheld 29% of complaints, partly upheld 18% and did not uphold 53%.",
     {("upheld", 29, "percent", None), ("partially_upheld", 18, "percent", None), ("not_upheld", 53, "percent", None)}),
    ("Complaints escalated to Stage 2: 96 (8% of Stage 1 complaints)",
     {("received", 96, "count", S2), ("received", 8, "percent", S2)}),
    ("There was an 11% rise in complaints compared with 2022/23.", set()),
    ("In total the Council responded to 1,931 complaints, of which 1,744 were Stage 1 and 187 were Stage 2.",
     {("closed", 1931, "count", None), ("closed", 1744, "count", S1), ("closed", 187, "count", S2)}),
    ("Compliments received rose to 612 from 540.",
     {("compliments", 612, "count", None), ("compliments", 540, "count", None)}),
    ("The number of complaints received per 1,000 properties was 42.", {("received", 42, "per_1000", None)}),
    ("Complaints response times improved, with 89% answered on time compared with 76% last year.",
     {("within_target", 89, "percent", None), ("within_target", 76, "percent", None)}),
    # ---- sixth round: a heading or label line says what the numbers below it are
    ("Stage 2 complaints\n\nWe received 64 complaints. 21 were upheld and 43 were not upheld.",
     {("received", 64, "count", S2), ("upheld", 21, "count", S2), ("not_upheld", 43, "count", S2)}),
    (("Indicator 4: the average time in working days for a full response\n\n"
      "Stage one: 5.6 working days\nStage two: 18.9 working days"),
     {("average_response_days", 5.6, "working_days", S1), ("average_response_days", 18.9, "working_days", S2)}),
    ("Average response times\n\nStage one: 5.6 working days.\nStage two: 18.9 working days.",
     {("average_response_days", 5.6, "working_days", S1), ("average_response_days", 18.9, "working_days", S2)}),
    ("- Upheld: 145\n- Partially upheld: 98\n- Not upheld: 301",
     {("upheld", 145, "count", None), ("partially_upheld", 98, "count", None), ("not_upheld", 301, "count", None)}),
    ("Compliments\n\nWe received 1,024 compliments this year, up from 980.",
     {("compliments", 1024, "count", None), ("compliments", 980, "count", None)}),
    ("Complaints received (stage 1): 1,732", {("received", 1732, "count", S1)}),
    ("We received 240 complaints in quarter 1, which is 12% more than in quarter 4.",
     {("received", 240, "count", None)}),
    ("We received 40 fewer complaints than last year.", set()),
    ("A third of complaints were upheld.", set()),
    # ---- seventh round
    ("We received 2,031 informal complaints and 214 formal complaints.",
     {("received", 2031, "count", "informal"), ("received", 214, "count", S1)}),
    ("Of the 214 formal complaints, 24% were upheld.", {("received", 214, "count", S1), ("upheld", 24, "percent", S1)}),
    ("Complaints to the Public Services Ombudsman for Wales fell from 38 to 29.",
     {("received", 38, "count", OMB), ("received", 29, "count", OMB)}),
    ("Four complaints were escalated to the Ombudsman, none of which were upheld.",
     {("received", 4, "count", OMB), ("upheld", 0, "count", OMB)}),
    ("The number of complaints upheld in full was 88.", {("upheld", 88, "count", None)}),
    ("The number of complaints upheld in part was 41.", {("partially_upheld", 41, "count", None)}),
    ("The uphold rate for stage 2 complaints was 34%.", {("upheld", 34, "percent", S2)}),
    ("The total number of stage 1 complaints upheld in 2023/24 was 212.", {("upheld", 212, "count", S1)}),
    # ---- not figures
    # a suppressed value is kept, flagged approximate (numbers.toml), so a check never calls it wrong
    ("There were fewer than 5 complaints about the library service.", {("received", 5, "count", None)}),
    ("See paragraph 4.3 for details of the 2022 review.", set()),
    ("The service carried out 45,000 repairs in 2023/24.", set()),
    ("This equates to 3.2 complaints per 1,000 residents.", {("received", 3.2, "per_1000", None)}),
    ("This represents a 12% increase on the previous year.", set()),
    ("Complaints can be made by calling 0300 123 4567.", set()),
    ("The Council paid £350 to the complainant.", set()),
    ("Complaints per 10,000 population: 12.4", set()),
    ("Report prepared on 14 June 2024, agenda item 7.", set()),
    ("The number of complaints fell by 15% compared with last year.", set()),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_unseen_sentences(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    assert figures(tmp_path, text) == expected


@pytest.mark.parametrize("text,periods", [
    ("In 2023/24 we received 1,876 complaints, up from 1,650 last year.", {(1876, "2023/24"), (1650, "2022/23")}),
    ("Stage one: 312 (2022/23: 287)", {(312, "2023/24"), (287, "2022/23")}),
    ("Compliments: 389 (last year: 352)", {(389, "2023/24"), (352, "2022/23")}),
    ("The number of compliments received increased from 310 to 402.", {(310, "2022/23"), (402, "2023/24")}),
    ("Between April and June 2023 we received 312 complaints.", {(312, "2023/24 Q1")}),
    ("Stage 1: 1,019 complaints (2022/23: 947)", {(1019, "2023/24"), (947, "2022/23")}),
    ("In the first half of the year we received 602 complaints.", {(602, "2023/24 H1")}),
    ("We had 18 complaints in Q1, 23 in Q2, 31 in Q3 and 27 in Q4.",
     {(18, "2023/24 Q1"), (23, "2023/24 Q2"), (31, "2023/24 Q3"), (27, "2023/24 Q4")}),
    ("The total number of complaints received fell from 1,322 in 2022/23 to 1,204 in 2023/24.",
     {(1322, "2022/23"), (1204, "2023/24")}),
])
def test_comparison_periods(tmp_path: Path, text: str, periods: set[tuple]) -> None:
    assert {(r.value, r.period) for r in _records(tmp_path, text)} == periods

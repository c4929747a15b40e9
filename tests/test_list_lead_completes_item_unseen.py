"""A list item finishes the sentence its lead-in begins: "The average time taken to send a full reply
was:" / "• 12.5 working days at stage one" says "The average time ... was 12.5 working days at stage
one". An item whose own words name no measure is read as that sentence. And a PDF's Word bullets
copied as text come as a run of lone bullet glyphs, then the items one to a line: the items are list
items all the same. Written in words of our own before the change; before it 2 of 7 tests passed
(the two that expect nothing), after it 7 of 7."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def figures(tmp_path: Path, text: str) -> set[tuple[str, float, str, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return {(f.measure, f.value, f.unit, f.stage) for f in extract(load(path)) if isinstance(f, Figure)}


HEAD = "Complaints handling report 2031/32\n\n"


def test_an_average_completed_by_its_items(tmp_path: Path) -> None:
    text = HEAD + ("The average time taken to send a full reply to a complaint was:\n\n"
                   "• 12.5 working days at stage one (target 10)\n• 31 working days at stage two (target 20)\n")
    assert figures(tmp_path, text) == {("average_response_days", 12.5, "working_days", "stage1"),
                                       ("average_response_days", 31.0, "working_days", "stage2")}


def test_shares_on_time_completed_by_their_items(tmp_path: Path) -> None:
    text = HEAD + "Over the year we responded on time to:\n\n- 84% of stage one complaints\n- 71% of stage two complaints\n"
    assert figures(tmp_path, text) == {("within_target", 84.0, "percent", "stage1"),
                                       ("within_target", 71.0, "percent", "stage2")}


def test_a_procedures_timescales_completed_by_their_items(tmp_path: Path) -> None:
    text = HEAD + ("Under our policy we aim to send a full reply within:\n\n"
                   "* 10 working days at stage one\n* 20 working days at stage two\n")
    assert figures(tmp_path, text) == {("response_target_days", 10.0, "working_days", "stage1"),
                                       ("response_target_days", 20.0, "working_days", "stage2")}


LONE = "\uf0b7\n"


def test_items_after_a_run_of_lone_bullets_are_items(tmp_path: Path) -> None:
    text = HEAD + ("The average time taken to send a full reply to a complaint was:\n" + LONE * 2 + "\n"
                   "12.5 working days at stage one\n31 working days at stage two\n\n"
                   "Stage one complaints were decided as follows:\n" + LONE * 3 + "\n"
                   "55 upheld\n20 partly upheld\n120 not upheld\n")
    got = figures(tmp_path, text)
    assert {("average_response_days", 12.5, "working_days", "stage1"),
            ("average_response_days", 31.0, "working_days", "stage2")} <= got
    assert {(m, v) for m, v, _u, s in got if s == "stage1" and m.endswith("upheld")} == {
        ("upheld", 55.0), ("partially_upheld", 20.0), ("not_upheld", 120.0)}


def test_lone_bullets_put_each_item_on_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(HEAD + "Our three aims:\n" + LONE * 3 + "\nListen well\nAnswer fully\nLearn each time\n",
                    encoding="utf-8")
    items = [(b.line, b.text) for b in load(path).blocks if b.kind == "list_item"]
    assert items == [(8, "Listen well"), (9, "Answer fully"), (10, "Learn each time")]


def test_a_lead_in_that_counts_no_complaint_figure_gives_none(tmp_path: Path) -> None:
    text = HEAD + ("Staff attended these sessions on handling complaints:\n\n"
                   "• 12 managers in April\n• 30 officers in June\n")
    assert figures(tmp_path, text) == set()


def test_lone_bullets_over_items_that_wrap_leave_the_lines_as_they_are(tmp_path: Path) -> None:
    text = HEAD + ("What we learned this year:\n" + LONE * 2 + "\n"
                   "Letters to tenants about repairs now give a date for the visit and\nthe name of the trade\n"
                   "Two more staff joined the team in 2031\n")
    assert figures(tmp_path, text) == set()


def test_items_that_wrap_under_lone_bullets_start_where_a_line_ends_a_clause(tmp_path: Path) -> None:
    """Written with the change that reads them (not before it)."""
    path = tmp_path / "report.txt"
    path.write_text(HEAD + "The Ombudsman decided two of our cases:\n" + LONE * 2 + "\n"
                    "Delay in repairing a boiler over the winter – fault causing injustice; an apology and\n"
                    "£250 for the distress.\nA refused parking permit – no fault.\n", encoding="utf-8")
    items = [(b.line, b.end_line) for b in load(path).blocks if b.kind == "list_item"]
    assert items == [(7, 8), (9, 9)]

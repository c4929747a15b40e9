"""tally compare: rates from figures put straight into a dataset (so nothing here depends on
extraction quality), one scope per cell, sources, denominators, organisations, charts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

from extractor import compare as bench
from extractor import dataset
from extractor.cli import cli
from extractor.dataset_store import connect, store_document


def figure(measure: str, value: float, period: str = "2023/24", stage: str | None = "stage1",
           unit: str = "count", line: int = 1, **extra: Any) -> dict[str, Any]:
    return {"record": "figure", "doc": "x", "page": None, "line": line, "measure": measure, "value": value,
            "unit": unit, "stage": stage, "period": period, "evidence": f"{value:g} {measure}",
            "stated": f"{value:g}", "source": "prose", "rule": "test"} | extra


def document(path: str, figures: list[dict[str, Any]], decisions: list[dict[str, Any]] = (),  # type: ignore[assignment]
             organisation: str | None = None, title: str | None = None) -> dict[str, Any]:
    name = Path(path).name
    return {"doc_key": path, "path": path, "content_hash": "h", "format": "text", "pages": None, "title": title,
            "organisation": organisation, "period": None, "status": "ok", "error": None,
            "figures": [f | {"doc": name} for f in figures], "decisions": [d | {"doc": name} for d in decisions],
            "checks": []}


def make_db(db: Path, *docs: dict[str, Any]) -> Path:
    con = connect(db)
    for doc in docs:
        store_document(con, doc, "test")
    con.close()
    return db


ANYTOWN = document("/r/anytown-2023-24.txt", [
    figure("upheld", 5, line=10), figure("partially_upheld", 5, line=11), figure("not_upheld", 10, line=12),
    figure("received", 40, line=3), figure("received", 4, stage="stage2", line=20),
    # stage 2 outcomes must never be mixed into the stage 1 rate
    figure("upheld", 3, stage="stage2", line=21), figure("not_upheld", 1, stage="stage2", line=22),
    # a breakdown by area is not the organisation's figure
    figure("upheld", 99, area="Waste", line=30),
    figure("within_target", 30, line=13), figure("outside_target", 10, line=14),
    figure("average_response_days", 12.5, unit="working_days", line=15)], organisation="Anytown Council")
BIGCITY = document("/r/bigcity-homes-2023-24.txt", [
    figure("upheld_or_partially_upheld", 30, line=5, page=2), figure("not_upheld", 70, line=6, page=2),
    figure("received", 300, line=4, page=2), figure("within_target", 87.5, unit="percent", line=7, page=3),
    figure("received", 280, period="2022/23", line=8, page=3)], organisation="Bigcity Homes")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_db(tmp_path / "t.duckdb", ANYTOWN, BIGCITY)


def table(db: Path, measure: str, by: str = "organisation", **kw: Any) -> list[dict[str, Any]]:
    return bench.compare(dataset.read(db), measure, by.split(","), **kw).to_dict("records")


@pytest.mark.parametrize(("measure", "expected"), [
    ("upheld_rate", {"Anytown Council": 50.0, "Bigcity Homes": 30.0}),     # (5 + 5) / 20; 30 / (30 + 70)
    ("escalation_rate", {"Anytown Council": 10.0}),                        # 4 / 40
    ("within_target_pct", {"Anytown Council": 75.0, "Bigcity Homes": 87.5}),  # 30 / 40; stated
    ("received", {"Anytown Council": 40.0, "Bigcity Homes": 300.0}),       # latest period, stage 1
    ("average_response_days", {"Anytown Council": 12.5}),
])
def test_rates_from_inserted_figures(db: Path, measure: str, expected: dict[str, float]) -> None:
    assert {r["organisation"]: r[measure] for r in table(db, measure)} == expected


def test_cells_name_their_scope_and_sources(db: Path) -> None:
    rows = {r["organisation"]: r for r in table(db, "upheld_rate")}
    assert rows["Anytown Council"]["sources"] == ("anytown-2023-24.txt l.10; anytown-2023-24.txt l.11; "
                                                  "anytown-2023-24.txt l.12")
    assert rows["Anytown Council"]["scope"] == "2023/24, stage1"
    assert rows["Bigcity Homes"]["sources"] == "bigcity-homes-2023-24.txt p.2 l.5; bigcity-homes-2023-24.txt p.2 l.6"


def test_grouping_by_stage_and_period_keeps_scopes_apart(db: Path) -> None:
    by_stage = {(r["organisation"], r["stage"]): r["upheld_rate"] for r in table(db, "upheld_rate", "organisation,stage")}
    assert by_stage[("Anytown Council", "stage2")] == 75.0 and by_stage[("Anytown Council", "stage1")] == 50.0
    by_period = {(r["organisation"], r["period"]): r["received"] for r in table(db, "received", "organisation,period")}
    assert by_period[("Bigcity Homes", "2022/23")] == 280 and by_period[("Bigcity Homes", "2023/24")] == 300
    assert table(db, "received", stage="stage2") == [{"organisation": "Anytown Council", "received": 4.0,
                                                      "scope": "2023/24, stage2", "sources": "anytown-2023-24.txt l.20"}]


def test_ombudsman_upheld_rate_from_decisions_else_from_outcome_figures(tmp_path: Path) -> None:
    decisions = [{"record": "decision", "line": n, "body": "LGSCO", "outcome": o, "period": "2023/24",
                  "evidence": o, "rule": "test", "remedies": ["apology"]}
                 for n, o in enumerate(["upheld", "upheld", "not_upheld", "premature"], start=1)]
    db = make_db(tmp_path / "t.duckdb", document("/r/a.txt", [], decisions, organisation="Anytown Council"),
                 document("/r/b.txt", [figure("upheld", 1, stage="ombudsman", body="HO"),
                                       figure("not_upheld", 3, stage="ombudsman", body="HO")],
                          organisation="Bigcity Homes"))
    rows = {r["organisation"]: r for r in table(db, "ombudsman_upheld_rate", "organisation,period")}
    assert rows["Anytown Council"]["ombudsman_upheld_rate"] == pytest.approx(66.7)  # premature is not decided
    assert rows["Anytown Council"]["scope"] == "3 decisions"
    assert rows["Bigcity Homes"]["ombudsman_upheld_rate"] == 25.0
    # ombudsman outcomes never pass for the organisation's own upheld rate
    assert table(db, "upheld_rate") == []


def test_per_1000_from_denominators(db: Path) -> None:
    dens = pd.DataFrame([{"organisation": "anytown council", "year": "2023/24", "population": 160000, "homes": None},
                         {"organisation": "Bigcity Homes", "year": "2023", "population": None, "homes": 12000}])
    rows = {r["organisation"]: r["per_1000"] for r in table(db, "per_1000", "organisation,period", denominators=dens)}
    assert rows == {"Anytown Council": 0.2, "Bigcity Homes": 25.0}  # 40 / 160; 300 / 12 (2022/23: no base)
    with pytest.raises(bench.CompareError, match="denominators"):
        table(db, "per_1000")


@pytest.mark.parametrize(("figure_org", "doc_org", "title", "path", "expected"), [
    ("Anytown Council", "Other", None, "/r/x.txt", "Anytown Council"),
    (None, "Bigcity Homes", None, "/r/x.txt", "Bigcity Homes"),
    (None, None, "Smallton District Council complaints report", "/r/x.txt",
     "Smallton District Council complaints report"),
    (None, None, "Annual complaints report", "/r/smallton-2023-24-annual.txt", "smallton"),
    (None, None, None, "/r/north-vale-lgsco-letter.pdf", "north vale"),
    (None, None, None, "/r/Riverside_Complaints_Q1.docx", "Riverside"),
])
def test_organisation_of_a_figure(figure_org: str | None, doc_org: str | None, title: str | None, path: str,
                                  expected: str) -> None:
    assert bench.organisation_of(figure_org, doc_org, title, path) == expected


def test_cli_compare_csv_sources_mapping_and_charts(tmp_path: Path) -> None:
    db = make_db(tmp_path / "t.duckdb", ANYTOWN, document("/r/bigcity-homes-2023-24.txt", BIGCITY["figures"]))
    mapping = tmp_path / "orgs.csv"
    mapping.write_text("path,organisation\nbigcity-homes-2023-24.txt,Bigcity Homes Ltd\n", encoding="utf-8")
    runner = CliRunner()
    args = ["compare", "--db", str(db), "--measure", "upheld_rate", "--organisations", str(mapping)]
    result = runner.invoke(cli, [*args, "--format", "csv", "--sources", "--chart", str(tmp_path / "c.png")])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(pd.io.common.StringIO(result.stdout))
    assert frame[["organisation", "upheld_rate"]].values.tolist() == [["Anytown Council", 50.0],
                                                                       ["Bigcity Homes Ltd", 30.0]]
    assert frame["sources"].str.contains("l.").all()
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    result = runner.invoke(cli, [*args, "--chart", str(tmp_path / "c.html")])
    assert result.exit_code == 0 and "Anytown Council" in result.output
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert '"$schema": "https://vega.github.io/schema/vega-lite/v5.json"' in page and "<svg" in page
    assert "Bigcity Homes Ltd" in page and "anytown-2023-24.txt l.10" in page


def test_cli_compare_errors_are_one_line(db: Path) -> None:
    runner = CliRunner()
    for extra, words in ((["--measure", "compliments"], "no figures give"),
                         (["--measure", "received", "--by", "colour"], "cannot group by colour")):
        result = runner.invoke(cli, ["compare", "--db", str(db), *extra])
        assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output


def test_the_dataset_file_is_plain_duckdb(db: Path) -> None:
    """Anyone can query the file with DuckDB alone: values are numbers, not text."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        total = con.execute("SELECT sum(value) FROM figures WHERE measure = 'received' AND stage = 'stage1' "
                            "AND period = '2023/24'").fetchall()[0][0]
    finally:
        con.close()
    assert total == 340.0

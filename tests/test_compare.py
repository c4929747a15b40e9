"""tally compare: rates from figures put straight into a dataset (so nothing here depends on
extraction quality), one scope per cell, sources, denominators, organisations, charts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

from extractor import dataset
from extractor.cli import cli
from extractor.dataset import compare as bench
from extractor.dataset.store import connect, store_document


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


def test_cells_name_their_scope_numerator_denominator_and_sources(db: Path) -> None:
    rows = {r["organisation"]: r for r in table(db, "upheld_rate")}
    any_ = rows["Anytown Council"]
    assert (any_["numerator"], any_["denominator"], any_["basis"]) == (10, 20, "computed")
    assert any_["sources"] == ("numerator: upheld 5 (anytown-2023-24.txt l.10); partially_upheld 5 "
                               "(anytown-2023-24.txt l.11) | denominator: upheld 5 (anytown-2023-24.txt l.10); "
                               "partially_upheld 5 (anytown-2023-24.txt l.11); not_upheld 10 (anytown-2023-24.txt l.12)")
    assert any_["scope"] == "2023/24, stage1"
    big = rows["Bigcity Homes"]
    assert (big["numerator"], big["denominator"]) == (30, 100)
    assert big["sources"] == ("numerator: upheld_or_partially_upheld 30 (bigcity-homes-2023-24.txt p.2 l.5) | "
                              "denominator: upheld_or_partially_upheld 30 (bigcity-homes-2023-24.txt p.2 l.5); "
                              "not_upheld 70 (bigcity-homes-2023-24.txt p.2 l.6)")


def test_grouping_by_stage_and_period_keeps_scopes_apart(db: Path) -> None:
    by_stage = {(r["organisation"], r["stage"]): r["upheld_rate"] for r in table(db, "upheld_rate", "organisation,stage")}
    assert by_stage[("Anytown Council", "stage2")] == 75.0 and by_stage[("Anytown Council", "stage1")] == 50.0
    by_period = {(r["organisation"], r["period"]): r["received"] for r in table(db, "received", "organisation,period")}
    assert by_period[("Bigcity Homes", "2022/23")] == 280 and by_period[("Bigcity Homes", "2023/24")] == 300
    assert table(db, "received", stage="stage2") == [
        {"organisation": "Anytown Council", "received": 4.0, "numerator": None, "denominator": None,
         "basis": "stated", "scope": "2023/24, stage2", "flag": "", "sources": "stated: received 4 (anytown-2023-24.txt l.20)"}]


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
    assert table(db, "per_1000") == []  # no stated rate per 1,000 and no base: nothing, never a guess


@pytest.mark.parametrize(("figure_org", "doc_org", "title", "path", "expected"), [
    ("Anytown Council", "Other", None, "/r/x.txt", "Anytown Council"),
    (None, "Bigcity Homes", None, "/r/x.txt", "Bigcity Homes"),
    # never from a title or a file name: "lichfield customer feedback key facts" is no organisation
    (None, None, "Smallton District Council complaints report", "/r/x.txt", None),
    (None, None, "Annual complaints report", "/r/smallton-2023-24-annual.txt", None),
    (None, None, None, "/r/lichfield-customer-feedback-key-facts.pdf", None),
])
def test_organisation_of_a_figure(figure_org: str | None, doc_org: str | None, title: str | None, path: str,
                                  expected: str | None) -> None:
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


# ------------------------------------------------ benchmarks that cannot be silently wrong


def test_a_stated_rate_comes_before_a_computed_one(tmp_path: Path) -> None:
    db = make_db(tmp_path / "t.duckdb", document("/r/a.txt", [
        figure("upheld", 10, line=1), figure("not_upheld", 30, line=2),
        figure("upheld_or_partially_upheld", 40, unit="percent", line=3)], organisation="Anytown Council"))
    row = table(db, "upheld_rate")[0]
    assert (row["upheld_rate"], row["basis"], row["numerator"], row["denominator"]) == (40.0, "stated", None, None)
    assert row["sources"] == "stated: upheld_or_partially_upheld 40% (a.txt l.3)"


def test_an_impossible_share_is_flagged_and_never_charted(tmp_path: Path) -> None:
    db = make_db(tmp_path / "t.duckdb",
                 document("/r/a.txt", [figure("received", 33, line=1), figure("received", 34, stage="stage2", line=2)],
                          organisation="Anytown Council"),
                 document("/r/b.txt", [figure("within_target", 104, unit="percent", line=5)],
                          organisation="Bigcity Homes"),
                 document("/r/c.txt", [figure("received", 50, line=1), figure("received", 5, stage="stage2", line=2)],
                          organisation="Cleartown Council"))
    esc = {r["organisation"]: r for r in table(db, "escalation_rate")}
    assert esc["Anytown Council"]["escalation_rate"] is None or pd.isna(esc["Anytown Council"]["escalation_rate"])
    assert "denominator 33 is smaller than its part 34" in esc["Anytown Council"]["flag"]
    assert (esc["Anytown Council"]["numerator"], esc["Anytown Council"]["denominator"]) == (34, 33)
    assert esc["Cleartown Council"]["escalation_rate"] == 10.0 and esc["Cleartown Council"]["flag"] == ""
    within = table(db, "within_target_pct")[0]
    assert pd.isna(within["within_target_pct"]) and "104%" in within["flag"]
    frame = bench.compare(dataset.read(db), "escalation_rate", ["organisation"])
    bench.chart(frame, "escalation_rate", tmp_path / "c.html")
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "Cleartown Council" in page and "Anytown Council" not in page.split('id="spec"')[1]


def test_a_rate_never_mixes_stages_periods_or_services(tmp_path: Path) -> None:
    db = make_db(tmp_path / "t.duckdb", document("/r/a.txt", [
        figure("upheld", 5, stage="stage2", line=1), figure("not_upheld", 10, stage="stage1", line=2),
        figure("received", 40, period="2022/23", line=3), figure("received", 4, stage="stage2", line=4),
        figure("within_target", 8, service="housing", line=5), figure("outside_target", 2, service="adults", line=6)],
        organisation="Anytown Council"))
    for measure in ("upheld_rate", "escalation_rate", "within_target_pct"):
        assert table(db, measure) == [], measure


def test_stated_rates_per_1000_are_offered(tmp_path: Path) -> None:
    db = make_db(tmp_path / "t.duckdb", document("/r/a.txt", [
        figure("received", 21.3, unit="per_1000", line=4), figure("received", 300, line=3)],
        organisation="Bigcity Homes"))
    row = table(db, "per_1000")[0]
    assert (row["per_1000"], row["basis"]) == (21.3, "stated")
    dens = pd.DataFrame([{"organisation": "Bigcity Homes", "year": "2023/24", "homes": 10000}])
    assert table(db, "per_1000", denominators=dens)[0]["per_1000"] == 21.3  # the stated rate still first


def test_an_unknown_measure_lists_the_known_ones(db: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", "--db", str(db), "--measure", "upheld_rat"])
    assert result.exit_code == 2
    assert "unknown measure 'upheld_rat'" in result.output and "upheld_rate" in result.output
    assert "escalation_rate" in result.output and "average_response_days" in result.output


def test_documents_naming_no_organisation_are_left_out_not_named_by_file(tmp_path: Path) -> None:
    db = make_db(tmp_path / "t.duckdb", ANYTOWN,
                 document("/r/lichfield-customer-feedback-key-facts.txt", [figure("received", 77)]))
    runner = CliRunner()
    result = runner.invoke(cli, ["compare", "--db", str(db), "--measure", "received", "--format", "csv"])
    assert result.exit_code == 0
    assert "lichfield" not in result.stdout and "Anytown Council" in result.stdout
    assert "1 documents name no organisation" in result.stderr
    assert "lichfield-customer-feedback-key-facts.txt" in result.stderr
    named = runner.invoke(cli, ["compare", "--db", str(db), "--measure", "received", "--format", "csv",
                                "--organisation", "Lichfield District Council", "-q"])
    assert "Lichfield District Council,2023/24,77.0" in named.stdout and named.stderr == ""


def test_compare_writes_json_and_to_a_file(db: Path, tmp_path: Path) -> None:
    import json

    result = CliRunner().invoke(cli, ["compare", "--db", str(db), "--measure", "upheld_rate", "--format", "json"])
    rows = json.loads(result.stdout)
    assert {r["organisation"] for r in rows} == {"Anytown Council", "Bigcity Homes"}
    assert set(rows[0]) == {"organisation", "period", "upheld_rate", "numerator", "denominator", "basis", "scope",
                            "flag"}
    out = tmp_path / "bench.csv"
    assert CliRunner().invoke(cli, ["compare", "--db", str(db), "--measure", "upheld_rate", "-o", str(out)]).exit_code == 0
    assert pd.read_csv(out)["upheld_rate"].tolist() == [50.0, 30.0]


def test_an_organisation_name_is_never_read_as_mathtext(tmp_path: Path) -> None:
    frame = pd.DataFrame([{"organisation": r"$\undefinedcommand{x}$ Homes Trust", "upheld_rate": 41.7,
                           "scope": "", "sources": ""}])
    for name in ("c.png", "c.svg", "c.html"):
        bench.chart(frame, "upheld_rate", tmp_path / name)
    assert r"\undefinedcommand" in (tmp_path / "c.svg").read_text(encoding="utf-8") or \
        (tmp_path / "c.svg").stat().st_size > 1000


SCOPE = ("period", "stage", "service", "procedure", "body", "area", "dimension", "category")


def _mixed_scopes(cell: Any, measure: str) -> list[str]:
    """The scope fields on which a computed cell's figures differ (escalation: stage 2 over stage 1)."""
    rows = pd.concat([r for _, r in cell.parts if len(r)])
    if "measure" not in rows:  # ombudsman decisions: one case a row, scoped by the grouping
        return []
    fields = [f for f in SCOPE if f in rows and not (measure == "escalation_rate" and f == "stage")]
    return [f for f in fields if rows[f].astype(object).where(rows[f].notna(), None).nunique(dropna=False) > 1]


def test_the_corpus_benchmarks_show_no_share_over_100(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15, "Done when": over the corpus and the excerpts, no rate above 100% and no rate
    whose parts differ in scope (every figure behind a computed cell is read back)."""
    root = Path(__file__).resolve().parents[1] / "corpus"
    db = tmp_path / "c.duckdb"
    dataset.build(db, [root / "documents", root / "excerpts"], workers=1)
    tables = dataset.read(db)
    cells: list[Any] = []
    real_row = bench._row
    monkeypatch.setattr(bench, "_row", lambda cell, measure, scope: cells.append(cell) or real_row(cell, measure, scope))
    for measure in ("upheld_rate", "escalation_rate", "within_target_pct", "ombudsman_upheld_rate"):
        for by in (["organisation"], ["organisation", "period"], ["organisation", "stage"]):
            cells.clear()
            frame = bench.compare(tables, measure, by)
            values = frame[measure].dropna()
            assert (values <= 100).all() and (values >= 0).all(), measure
            shown = frame.dropna(subset=["numerator", "denominator", measure])
            assert (shown["numerator"] <= shown["denominator"]).all(), measure
            computed = [c for c in cells if c.basis == "computed"]
            assert [(measure, by, _mixed_scopes(c, measure)) for c in computed if _mixed_scopes(c, measure)] == []
    assert computed  # ombudsman decisions at least: the check above ran on something


def test_bars_of_unlike_scopes_say_their_scope() -> None:
    """Issue 15 item 1 ('stage 1 and stage 2 share one chart'): when the cells of a chart come
    from different scopes, each bar's label names its own; alike scopes keep plain labels."""
    from extractor.dataset.compare_chart import charted

    unlike = pd.DataFrame([{"organisation": "Anytown Council", "upheld_rate": 50.0, "scope": "2023/24, stage1",
                            "flag": "", "sources": ""},
                           {"organisation": "Bigcity Homes", "upheld_rate": 30.0, "scope": "2023/24, all stages",
                            "flag": "", "sources": ""}])
    assert list(charted(unlike, "upheld_rate")["organisation"]) == [
        "Anytown Council (2023/24, stage1)", "Bigcity Homes (2023/24, all stages)"]
    alike = unlike.assign(scope="2023/24, stage1")
    assert list(charted(alike, "upheld_rate")["organisation"]) == ["Anytown Council", "Bigcity Homes"]


def test_a_scope_that_states_one_measure_twice_differently_is_flagged_not_guessed(tmp_path: Path) -> None:
    """A team's count stored without its area sits beside the organisation's in one scope (Wrexham:
    stage 1 received 33 and 34 for adults' statutory complaints): which one is the whole is not
    known, so the cell is flagged and left uncharted, and a scope that states one value is used."""
    db = make_db(tmp_path / "t.duckdb", document("/r/a.txt", [
        figure("received", 33, service="adults", line=269), figure("received", 34, service="adults", line=271),
        figure("received", 5, stage="stage2", service="adults", line=272)], organisation="Anytown Council"),
        document("/r/b.txt", [
            figure("received", 30, service="housing", line=1), figure("received", 30, service="housing", line=9),
            figure("received", 3, stage="stage2", service="housing", line=2)], organisation="Bigcity Homes"))
    esc = {r["organisation"]: r for r in table(db, "escalation_rate")}
    assert pd.isna(esc["Anytown Council"]["escalation_rate"])
    assert "ambiguous" in esc["Anytown Council"]["flag"] and "33" in esc["Anytown Council"]["flag"] \
        and "34" in esc["Anytown Council"]["flag"]
    assert esc["Bigcity Homes"]["escalation_rate"] == 10.0 and esc["Bigcity Homes"]["flag"] == ""  # 30 restated
    stage1 = {r["organisation"]: r for r in table(db, "received", stage="stage1")}
    assert pd.isna(stage1["Anytown Council"]["received"]) and "ambiguous" in stage1["Anytown Council"]["flag"]
    assert stage1["Bigcity Homes"]["received"] == 30.0
    anytown = next(r for r in table(db, "received") if r["organisation"] == "Anytown Council")
    assert (anytown["received"], anytown["scope"]) == (5.0, "2023/24, stage2, adults")  # the next scope, named

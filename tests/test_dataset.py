"""tally dataset / compare: incremental DuckDB builds, exports, benchmarks, cross-document checks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from extractor import compare as bench
from extractor import crossdoc, dataset
from extractor.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXCERPTS = ROOT / "corpus" / "excerpts"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("eastlothian-2019-20-q1.txt", "westlancs-2023-24.txt", "york-lgsco-2023-24.txt"):
        shutil.copy(EXCERPTS / name, folder / name)
    return folder


def counts(db: Path) -> dict[str, int]:
    return {name: len(frame) for name, frame in dataset.read(db).items()}


def test_build_is_incremental_and_replaces_changed_files(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"
    first = dataset.build(db, [corpus], workers=1)
    assert (first.processed, first.skipped, first.errors) == (3, 0, [])
    before = counts(db)
    assert before["documents"] == 3 and before["figures"] > 40
    hashes = set(dataset.read(db)["documents"]["content_hash"])
    again = dataset.build(db, [corpus], workers=1)
    assert (again.processed, again.skipped) == (0, 3)
    assert counts(db) == before and set(dataset.read(db)["documents"]["content_hash"]) == hashes
    east = corpus / "eastlothian-2019-20-q1.txt"
    east.write_text(east.read_text(encoding="utf-8").replace("181 complaints", "180 complaints"), encoding="utf-8")
    changed = dataset.build(db, [corpus], workers=1)
    assert (changed.processed, changed.skipped) == (1, 2)
    figures = dataset.read(db)["figures"]
    assert "180" in set(figures["stated"]) and "181" not in set(figures["stated"])
    assert len(dataset.read(db)["documents"]) == 3


def test_a_bad_file_is_recorded_and_never_stops_the_run(tmp_path: Path, corpus: Path) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    db = tmp_path / "t.duckdb"
    report = dataset.build(db, [corpus], workers=2)
    assert report.processed == 4 and [Path(p).name for p, _ in report.errors] == ["broken.pdf"]
    docs = dataset.read(db)["documents"].set_index("doc_key")
    broken = docs[docs["path"].str.endswith("broken.pdf")].iloc[0]
    assert broken["status"] == "error" and "not a readable PDF" in broken["error"]
    assert (docs["status"] == "ok").sum() == 3


def test_export_and_cli(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    result = runner.invoke(cli, ["dataset", str(corpus), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "3 documents processed, 0 unchanged, 0 errors" in result.output
    out = tmp_path / "out"
    result = runner.invoke(cli, ["dataset", "export", "--db", str(db), "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0
    assert len(pd.read_parquet(out / "figures.parquet")) == counts(db)["figures"]
    result = runner.invoke(cli, ["compare", "--db", str(db), "--measure", "received", "--by", "organisation",
                                 "--format", "csv", "--chart", str(tmp_path / "c.png")])
    assert result.exit_code == 0 and "East Lothian Council" in result.output
    assert (tmp_path / "c.png").stat().st_size > 5000


def test_locked_or_newer_database_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    con = dataset.connect(db)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(dataset.DatasetError, match="newer tally"):
        dataset.connect(db)
    result = CliRunner().invoke(cli, ["dataset", str(EXCERPTS / "york-lgsco-2023-24.txt"), "--db", str(db)])
    assert result.exit_code == 1 and "Error:" in result.output and "Traceback" not in result.output


def figure(doc: str, measure: str, value: float, period: str, stage: str = "stage1", unit: str = "count") -> dict:
    return {"doc_key": doc, "doc": doc, "line": 1, "evidence": "", "organisation": "Anytown Council",
            "measure": measure, "value": value, "unit": unit, "stage": stage, "period": period, "service": None,
            "area": None, "procedure": None, "body": None, "dimension": None, "category": None}


def test_compare_rates_from_figures() -> None:
    figures = pd.DataFrame([figure("a.txt", "upheld", 5, "2023/24"), figure("a.txt", "partially_upheld", 5, "2023/24"),
                            figure("a.txt", "not_upheld", 10, "2023/24"), figure("a.txt", "received", 40, "2023/24"),
                            figure("a.txt", "received", 4, "2023/24", stage="stage2")])
    tables = {"figures": figures.drop(columns=["organisation"]).assign(organisation=None),
              "documents": pd.DataFrame([{"doc_key": "a.txt", "path": "/x/anytown-2023-24.txt",
                                          "organisation": "Anytown Council"}])}
    up = bench.compare(tables, "upheld_rate", ["organisation", "period"])
    assert up.to_dict("records")[0] | {"sources": None} == {
        "organisation": "Anytown Council", "period": "2023/24", "upheld_rate": 50.0, "sources": None}
    esc = bench.compare(tables, "escalation_rate", ["organisation"])
    assert esc["escalation_rate"].tolist() == [10.0] and esc["sources"].tolist() == ["a.txt:1; a.txt:1"]


def test_cross_document_checks_catch_a_planted_mismatch() -> None:
    figures = pd.DataFrame([
        figure("h1.txt", "received", 30, "2022/23 H1"),
        figure("q1.txt", "received", 12, "2022/23 Q1"), figure("q2.txt", "received", 17, "2022/23 Q2"),
        figure("later.txt", "received", 12, "2022/23 Q1"), figure("later.txt", "upheld", 3, "2022/23 Q1"),
        figure("q1.txt", "upheld", 4, "2022/23 Q1")])
    found = {(c["rule"], c["status"], c["stated"], c["expected"]) for c in crossdoc.run(figures)}
    assert ("period_sum", "fail", 30, 29) in found          # Q1 12 + Q2 17 = 29, not the 30 of H1
    assert ("cross_document", "pass", 12, 12) in found      # Q1 received quoted the same later
    assert any(r == "cross_document" and st == "fail" and {s, e} == {3, 4} for r, st, s, e in found)  # quoted otherwise


def test_dask_cluster_gives_the_same_dataset(tmp_path: Path, corpus: Path) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="dask is an optional extra: report-tally[dask]")
    local, remote = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    dataset.build(local, [corpus], workers=1)
    with distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster:
        dataset.build(remote, [corpus], executor="dask", scheduler=cluster.scheduler_address)
    cols = ["doc", "line", "measure", "value", "unit", "stage", "period"]
    a, b = (dataset.read(db)["figures"][cols].sort_values(cols).reset_index(drop=True) for db in (local, remote))
    pd.testing.assert_frame_equal(a, b)
    assert json.loads(dataset.read(remote)["checks"]["docs"].iloc[0])


def test_per_1000_rates_from_denominators() -> None:
    figures = pd.DataFrame([figure("a.txt", "received", 300, "2023/24")])
    tables = {"figures": figures, "documents": pd.DataFrame([{"doc_key": "a.txt", "path": "/x/a.txt",
                                                              "organisation": "Anytown Council"}])}
    dens = pd.DataFrame([{"organisation": "Anytown Council", "year": "2023/24", "population": 150000}])
    table = bench.compare(tables, "per_1000", ["organisation", "period"], denominators=dens)
    assert table["per_1000"].tolist() == [2.0]


def test_a_document_that_takes_too_long_is_recorded_as_timed_out(tmp_path: Path, corpus: Path) -> None:
    report = dataset.build(tmp_path / "t.duckdb", [corpus], workers=2, timeout=0.001)
    assert report.errors and all("timed out after" in problem for _, problem in report.errors)
    docs = dataset.read(tmp_path / "t.duckdb")["documents"]
    assert set(docs["status"]) <= {"ok", "error"} and len(docs) == 3


def test_a_database_locked_by_another_process_is_a_clear_error(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    db = tmp_path / "t.duckdb"
    dataset.connect(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(30)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        time.sleep(0.2)
        result = CliRunner().invoke(cli, ["dataset", str(EXCERPTS / "york-lgsco-2023-24.txt"), "--db", str(db)])
        assert result.exit_code == 1 and "cannot open the database" in result.output
        assert "Traceback" not in result.output
    finally:
        holder.kill()

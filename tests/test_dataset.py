"""tally dataset: incremental DuckDB builds, one transaction per document, errors as rows,
exports, clear database errors, and a Dask cluster giving the same dataset as a local run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

from extractor import dataset
from extractor.cli import cli
from extractor.dataset import store as dataset_store

ROOT = Path(__file__).resolve().parent.parent
EXCERPTS = ROOT / "corpus" / "excerpts"
NAMES = ("eastlothian-2019-20-q1.txt", "westlancs-2023-24.txt", "york-lgsco-2023-24.txt")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(EXCERPTS / name, folder / name)
    return folder


def counts(db: Path) -> dict[str, int]:
    return {name: len(frame) for name, frame in dataset.read(db).items()}


def test_a_second_run_on_an_unchanged_corpus_changes_nothing(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"
    first = dataset.build(db, [corpus], workers=1)
    assert (first.processed, first.skipped, first.errors) == (3, 0, [])
    before = dataset.read(db)
    assert len(before["documents"]) == 3 and len(before["figures"]) > 40
    again = dataset.build(db, [corpus], workers=1)
    assert (again.processed, again.skipped) == (0, 3)
    after = dataset.read(db)
    assert {k: len(v) for k, v in after.items()} == {k: len(v) for k, v in before.items()}
    assert list(after["documents"]["content_hash"]) == list(before["documents"]["content_hash"])
    assert list(after["documents"]["processed_at"]) == list(before["documents"]["processed_at"])


def test_the_documents_table_describes_each_file(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"
    dataset.build(db, [corpus], workers=1)
    docs = dataset.read(db)["documents"].set_index(dataset.read(db)["documents"]["path"].map(lambda p: Path(p).name))
    east = docs.loc["eastlothian-2019-20-q1.txt"]
    assert (east["format"], east["status"], east["organisation"]) == ("text", "ok", "East Lothian Council")
    assert east["period"] == "2019/20 Q1" and east["tool_version"] == dataset.tool_version()
    assert len(east["content_hash"]) == 64 and pd.isna(east["error"])


def test_a_changed_file_is_replaced_and_the_others_kept(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"
    dataset.build(db, [corpus], workers=1)
    east = corpus / "eastlothian-2019-20-q1.txt"
    east.write_text(east.read_text(encoding="utf-8").replace("181 complaints", "180 complaints"), encoding="utf-8")
    changed = dataset.build(db, [corpus], workers=1)
    assert (changed.processed, changed.skipped) == (1, 2)
    tables = dataset.read(db)
    assert 180.0 in set(tables["figures"]["value"]) and "181" not in set(tables["figures"]["stated"])
    assert len(tables["documents"]) == 3 and tables["documents"]["doc_key"].is_unique


def test_a_new_tool_version_re_extracts_everything(tmp_path: Path, corpus: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "t.duckdb"
    dataset.build(db, [corpus], workers=1)
    monkeypatch.setattr(dataset, "tool_version", lambda: "9.9.9+rules-changed")
    report = dataset.build(db, [corpus], workers=1)
    assert (report.processed, report.skipped) == (3, 0)
    assert set(dataset.read(db)["documents"]["tool_version"]) == {"9.9.9+rules-changed"}


def test_a_bad_file_is_recorded_and_never_stops_the_run(tmp_path: Path, corpus: Path) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    db = tmp_path / "t.duckdb"
    report = dataset.build(db, [corpus], workers=2)
    assert report.processed == 4 and [Path(p).name for p, _ in report.errors] == ["broken.pdf"]
    docs = dataset.read(db)["documents"]
    broken = docs[docs["path"].str.endswith("broken.pdf")].iloc[0]
    assert broken["status"] == "error" and "not a readable PDF" in broken["error"]
    assert (docs["status"] == "ok").sum() == 3
    assert dataset.build(db, [corpus], workers=2).skipped == 4  # a bad file is not retried until it changes


def test_columns_are_typed_for_sql_and_lists_stay_lists(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"
    dataset.build(db, [corpus], workers=1)
    con = dataset.connect(db, read_only=True)
    try:
        total = con.execute("SELECT sum(value) FROM figures WHERE measure = 'received' AND stage = 'stage1' "
                            "AND period = '2019/20 Q1' AND area IS NULL AND unit = 'count'").fetchall()[0][0]
        decided = con.execute("SELECT count(*) FROM decisions WHERE list_contains(remedies, 'apology')").fetchall()[0][0]
    finally:
        con.close()
    assert total >= 181 and decided >= 1
    checks = dataset.read(db)["checks"]
    assert all(isinstance(v, list) for v in checks["lines"]) and all(len(d) == 1 for d in checks["docs"])


def test_a_document_interrupted_while_stored_leaves_nothing_half_written(
        tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "t.duckdb"
    real = dataset_store.insert_rows

    def fail_on_checks(con: object, table: str, rows: list) -> None:
        if table == "figures" and rows and rows[0]["doc"].startswith("westlancs"):
            raise KeyboardInterrupt  # Ctrl-C after the document's row went in
        real(con, table, rows)

    monkeypatch.setattr(dataset_store, "insert_rows", fail_on_checks)
    with pytest.raises(KeyboardInterrupt):
        dataset.build(db, [corpus], workers=1)
    tables = dataset.read(db)
    assert list(tables["documents"]["path"].map(lambda p: Path(p).name)) == ["eastlothian-2019-20-q1.txt"]
    assert set(tables["figures"]["doc"]) == {"eastlothian-2019-20-q1.txt"}
    monkeypatch.setattr(dataset_store, "insert_rows", real)
    resumed = dataset.build(db, [corpus], workers=1)
    assert (resumed.processed, resumed.skipped) == (2, 1)


def test_ctrl_c_between_documents_keeps_what_was_stored(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"

    def interrupt(result: dict) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        dataset.build(db, [corpus], workers=2, progress=interrupt)
    assert counts(db)["documents"] == 1
    assert dataset.build(db, [corpus], workers=2).skipped == 1


@pytest.mark.parametrize("workers", [1, 2])  # in this process, and in pool workers
def test_a_document_that_takes_too_long_is_recorded_as_timed_out_and_retried(tmp_path: Path, corpus: Path,
                                                                             workers: int) -> None:
    db = tmp_path / "t.duckdb"
    report = dataset.build(db, [corpus], workers=workers, timeout=0.001)
    assert len(report.errors) == 3 and all("timed out after 0.001 s" in problem for _, problem in report.errors)
    docs = dataset.read(db)["documents"]
    assert set(docs["status"]) == {"error"} and docs["content_hash"].notna().all()
    assert dataset.build(db, [corpus], workers=2).processed == 3  # a larger limit gets another try


def test_export_writes_parquet_and_csv_readable_by_pandas(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"
    dataset.build(db, [corpus], workers=1)
    n = counts(db)
    runner = CliRunner()
    for fmt in ("parquet", "csv"):
        out = tmp_path / fmt
        result = runner.invoke(cli, ["dataset", "export", "--db", str(db), "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        read = pd.read_parquet if fmt == "parquet" else pd.read_csv
        assert {name: len(read(out / f"{name}.{fmt}")) for name in n} == n
    figures = pd.read_parquet(tmp_path / "parquet" / "figures.parquet")
    assert figures["value"].dtype == "float64" and "doc_key" in figures.columns


def test_cli_build_reports_counts_and_errors(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    result = runner.invoke(cli, ["dataset", str(corpus), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "3 documents processed, 0 unchanged, 0 errors" in result.output
    (corpus / "empty.docx").write_bytes(b"")
    result = runner.invoke(cli, ["dataset", str(corpus), "--db", str(db)])
    assert result.exit_code == 2 and "1 documents processed, 3 unchanged, 1 errors" in result.output


def test_a_newer_or_older_schema_is_a_clear_error_and_rebuild_migrates(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    york = str(EXCERPTS / "york-lgsco-2023-24.txt")
    dataset.connect(db).close()
    for version, words in (("99", "newer tally"), ("1", "--rebuild")):
        con = duckdb.connect(str(db))
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [version])
        con.close()
        with pytest.raises(dataset.DatasetError, match=words):
            dataset.connect(db)
        result = CliRunner().invoke(cli, ["dataset", york, "--db", str(db)])
        assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert dataset.build(db, [york], rebuild=True).processed == 1


def test_a_database_locked_by_another_process_is_a_one_line_error(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    dataset.connect(db).close()
    hold = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(30)"
    holder = subprocess.Popen([sys.executable, "-c", hold, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        result = CliRunner().invoke(cli, ["dataset", str(EXCERPTS / "york-lgsco-2023-24.txt"), "--db", str(db)])
        assert result.exit_code == 2 and "cannot open the database" in result.output
        assert len(result.output.strip().splitlines()) == 1
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_a_read_only_database_is_a_one_line_error(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    dataset.connect(db).close()
    db.chmod(0o444)
    result = CliRunner().invoke(cli, ["dataset", str(EXCERPTS / "york-lgsco-2023-24.txt"), "--db", str(db)])
    assert result.exit_code == 2 and "Error:" in result.output


def test_a_missing_dataset_is_a_clear_error_for_readers(tmp_path: Path) -> None:
    with pytest.raises(dataset.DatasetError, match="no such dataset"):
        dataset.read(tmp_path / "none.duckdb")
    result = CliRunner().invoke(cli, ["compare", "--db", str(tmp_path / "none.duckdb"), "--measure", "received"])
    assert result.exit_code == 2 and "no such dataset" in result.output


def test_dask_cluster_gives_the_same_dataset(tmp_path: Path, corpus: Path) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="dask is an optional extra: report-tally[dask]")
    local, remote = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    dataset.build(local, [corpus], workers=1)
    # on loopback TCP: the in-process transport asks the OS for its route to 8.8.8.8 (tests/conftest.py)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        report = dataset.build(remote, [corpus], executor="dask", scheduler=cluster.scheduler_address)
    assert (report.processed, report.errors) == (3, [])
    a, b = dataset.read(local), dataset.read(remote)
    for table, key in (("figures", ["doc", "line", "measure", "value", "stage", "period", "evidence"]),
                       ("decisions", ["doc", "line", "outcome"]), ("checks", ["doc", "rule", "line", "status"]),
                       ("documents", ["path", "content_hash", "organisation", "period", "status"])):
        cols = [c for c in a[table].columns if c != "processed_at"]
        left = a[table][cols].sort_values(key).reset_index(drop=True)
        right = b[table][cols].sort_values(key).reset_index(drop=True)
        pd.testing.assert_frame_equal(left, right)


def test_ctrl_c_while_a_document_is_written_waits_for_its_commit() -> None:
    import signal

    guard = dataset.InterruptGuard()
    written = []
    with pytest.raises(KeyboardInterrupt), guard.installed():
        with guard.writing():
            os.kill(os.getpid(), signal.SIGINT)  # arrives mid-write: deferred
            written.append("committed")
        written.append("never reached: the deferred Ctrl-C stops the build here")
    assert written == ["committed"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


# ------------------------------------------------ fixed schema, SQLite, foreign databases, recompute


def test_the_dataset_schema_is_fixed_and_typed_whatever_the_documents_hold(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"
    dataset.build(db, [corpus / "eastlothian-2019-20-q1.txt"], workers=1)  # no decisions, no pages
    con = dataset.connect(db, read_only=True)
    try:
        types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_name = 'figures'").fetchall())
        dec = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                               "WHERE table_name = 'decisions'").fetchall())
    finally:
        con.close()
    assert types["period_start"] == "DATE" and types["period_end"] == "DATE"
    assert types["page"] == "BIGINT" and types["approximate"] == "BOOLEAN"
    assert dec["remedies"] == "VARCHAR[]" and dec["period_start"] == "DATE"


def test_parquet_exports_of_two_unlike_datasets_open_as_one(tmp_path: Path, corpus: Path) -> None:
    import pyarrow.dataset as pads

    outs = []
    for name in ("eastlothian-2019-20-q1.txt", "york-lgsco-2023-24.txt"):
        db = tmp_path / f"{name}.duckdb"
        dataset.build(db, [corpus / name], workers=1)
        dataset.export(db, "parquet", tmp_path / name)
        outs.append(tmp_path / name)
    for table in ("figures", "decisions", "checks", "documents"):
        both = pads.dataset([str(o / f"{table}.parquet") for o in outs], format="parquet").to_table()
        assert both.num_rows >= 0
    assert pads.dataset([str(o / "decisions.parquet") for o in outs], format="parquet").to_table().num_rows > 0


def test_sqlite_export_opens_in_datasette(tmp_path: Path, corpus: Path) -> None:
    import asyncio
    import json

    datasette_app = pytest.importorskip("datasette.app")
    db = tmp_path / "t.duckdb"
    dataset.build(db, [corpus], workers=1)
    out = tmp_path / "tally.sqlite"
    result = CliRunner().invoke(cli, ["dataset", "export", "--db", str(db), "--format", "sqlite", "-o", str(out)])
    assert result.exit_code == 0, result.output

    async def query() -> tuple[dict, dict]:
        ds = datasette_app.Datasette([str(out)])
        tables = await ds.client.get("/tally.json")
        rows = await ds.client.get("/tally/figures.json?_shape=objects&measure=received&_size=5")
        return tables.json(), rows.json()

    tables, rows = asyncio.run(query())
    names = {t["name"] for t in tables["tables"]}
    assert {"documents", "figures", "decisions", "checks"} <= names
    assert rows["rows"] and all(r["measure"] == "received" for r in rows["rows"])
    first = rows["rows"][0]
    assert first["doc_key"] and first["line"] and first["evidence"]
    decisions = dataset.read(db)["decisions"]
    with_remedies = [r for r in decisions["remedies"] if r]
    assert with_remedies
    import sqlite3

    con = sqlite3.connect(out)
    stored = [json.loads(v) for (v,) in con.execute("SELECT remedies FROM decisions") if v != "[]"]
    assert stored and stored[0] == with_remedies[0]
    con.close()


def test_a_foreign_duckdb_file_is_refused_untouched(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "theirs.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (id INTEGER, body VARCHAR)")
    con.execute("CREATE TABLE figures (id INTEGER, x DOUBLE)")
    con.execute("INSERT INTO documents VALUES (1, 'keep me')")
    con.close()
    for extra in ([], ["--rebuild"]):
        result = CliRunner().invoke(cli, ["dataset", str(corpus), "--db", str(db), *extra])
        assert result.exit_code == 2 and "not a tally dataset" in result.output, result.output
        assert "Traceback" not in result.output
    con = duckdb.connect(str(db), read_only=True)
    tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert tables == {"documents", "figures"}
    assert con.execute("SELECT body FROM documents").fetchall() == [("keep me",)]
    con.close()


def test_a_sqlite_file_as_db_is_refused_without_reaching_the_network(tmp_path: Path, corpus: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import socket
    import sqlite3

    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = db.read_bytes()

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("tally tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    result = CliRunner().invoke(cli, ["dataset", str(corpus), "--db", str(db)])
    assert result.exit_code == 2 and "Error:" in result.output and "Traceback" not in result.output
    assert db.read_bytes() == before
    con = duckdb.connect(str(tmp_path / "probe.duckdb"), config=dataset_store.NO_NETWORK)
    settings = dict(con.execute("SELECT name, value FROM duckdb_settings() WHERE name LIKE 'auto%extensions'")
                    .fetchall())
    con.close()
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


def test_a_dataset_build_opens_no_network_connection(tmp_path: Path, corpus: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("tally tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    report = dataset.build(tmp_path / "t.duckdb", [corpus], workers=1)
    assert report.processed == 3 and not report.errors


@pytest.mark.parametrize("command", [["show"], ["extract", "-f", "jsonl"], ["check", "-f", "jsonl"], ["tables"]])
def test_no_command_that_reads_files_opens_a_network_connection(tmp_path: Path, corpus: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                command: list[str]) -> None:
    import socket

    tried: list[object] = []

    def no_network(*args: object, **kwargs: object) -> None:
        tried.append(args)  # recorded: a caller that swallows the error must not hide the attempt
        raise OSError("tally tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    result = CliRunner().invoke(cli, [*command, str(corpus), str(EXCERPTS.parent / "pdf")])
    assert tried == []
    assert result.exit_code in (0, 1) and result.exception is None or isinstance(result.exception, SystemExit), \
        result.output


def test_cross_document_checks_lost_in_a_crash_are_recomputed(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.dataset import crossdoc

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "q1.txt").write_text("Newtown Borough Council\n\nComplaints in Quarter 1 2023/24\n\n"
                                   "In Quarter 1 2023/24 the council received 40 stage 1 complaints.\n")
    (folder / "h1.txt").write_text("Newtown Borough Council\n\nComplaints in 2023/24\n\n"
                                   "In Quarter 1 2023/24 the council received 45 stage 1 complaints.\n")
    db = tmp_path / "t.duckdb"

    def crash(con: object) -> None:
        raise KeyboardInterrupt  # the process dies in the cross-document step

    real = crossdoc.store_cross_checks
    monkeypatch.setattr(crossdoc, "store_cross_checks", crash)
    with pytest.raises(KeyboardInterrupt):
        dataset.build(db, [folder], workers=1)
    assert len(dataset.read(db)["documents"]) == 2
    monkeypatch.setattr(crossdoc, "store_cross_checks", real)
    again = dataset.build(db, [folder], workers=1)
    assert (again.processed, again.skipped) == (0, 2)
    checks = dataset.read(db)["checks"]
    across = checks[checks["rule"].isin(crossdoc.RULES)]
    assert len(across) >= 1 and set(across["status"]) == {"fail"}
    assert dataset.build(db, [folder], workers=1).processed == 0


def test_same_named_files_in_two_folders_are_two_documents_and_compared(tmp_path: Path) -> None:
    for folder, value in (("a", 100), ("b", 140)):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "report.txt").write_text(
            f"Complaints 2023/24\n\nIn 2023/24 Newtown Borough Council received {value} stage one complaints.\n",
            encoding="utf-8")
    db = tmp_path / "t.duckdb"
    assert dataset.build(db, [tmp_path / "in"], workers=1).processed == 2
    tables = dataset.read(db)
    assert len(tables["documents"]) == 2
    across = tables["checks"][tables["checks"]["rule"] == "cross_document"]
    assert len(across) == 1 and across.iloc[0]["status"] == "fail"
    assert sorted(across.iloc[0]["docs"]) == ["in/a/report.txt", "in/b/report.txt"]


def _same_named(root: Path) -> Path:
    for folder, value in (("a", 100), ("b", 140)):
        (root / "in" / folder).mkdir(parents=True)
        (root / "in" / folder / "report.txt").write_text(
            f"Complaints 2023/24\n\nIn 2023/24 Newtown Borough Council received {value} stage one complaints.\n",
            encoding="utf-8")
    return root / "in"


def test_a_documents_identity_is_its_path_relative_to_the_input_root(tmp_path: Path) -> None:
    """Issue 18 item 3: the key is the path below the folder holding the inputs (no one's home
    folder in a published dataset); `doc` stays the display name, `path` where it was read."""
    folder = _same_named(tmp_path)
    db = tmp_path / "t.duckdb"
    dataset.build(db, [folder], workers=1)
    tables = dataset.read(db)
    docs = tables["documents"].sort_values("doc_key")
    assert list(docs["doc_key"]) == ["in/a/report.txt", "in/b/report.txt"]
    assert list(docs["path"]) == [str(folder / "a" / "report.txt"), str(folder / "b" / "report.txt")]
    assert set(tables["figures"]["doc_key"]) == {"in/a/report.txt", "in/b/report.txt"}
    assert set(tables["figures"]["doc"]) == {"report.txt"}
    named = tmp_path / "named.duckdb"  # two files named on the command line: below their common folder
    dataset.build(named, [folder / "a" / "report.txt", folder / "b" / "report.txt"], workers=1)
    assert sorted(dataset.read(named)["documents"]["doc_key"]) == ["in/a/report.txt", "in/b/report.txt"]


def test_a_moved_folder_is_the_same_dataset(tmp_path: Path) -> None:
    """Keyed by relative path and content hash, the reports can move (another machine, another
    folder) without a document being extracted again or stored twice."""
    folder = _same_named(tmp_path / "here")
    db = tmp_path / "t.duckdb"
    dataset.build(db, [folder], workers=1)
    moved = tmp_path / "there" / "in"
    shutil.copytree(folder, moved)
    again = dataset.build(db, [moved], workers=1)
    assert (again.processed, again.skipped) == (0, 2)
    assert len(dataset.read(db)["documents"]) == 2


def test_a_dataset_keyed_by_absolute_paths_is_rekeyed_without_duplicates(tmp_path: Path) -> None:
    """A dataset an older tally built (doc_key = absolute path) or a build from another root: the
    same file is one document, its old rows replaced."""
    folder = _same_named(tmp_path)
    db = tmp_path / "t.duckdb"
    dataset.build(db, [folder], workers=1)
    con = duckdb.connect(str(db))
    for table in ("figures", "decisions", "checks"):
        con.execute(f"UPDATE {table} SET doc_key = (SELECT d.path FROM documents d WHERE d.doc_key = {table}.doc_key)")
    con.execute("UPDATE documents SET doc_key = path")
    con.close()
    assert all(k.startswith("/") for k in dataset.read(db)["documents"]["doc_key"])
    dataset.build(db, [folder], workers=1)
    tables = dataset.read(db)
    assert sorted(tables["documents"]["doc_key"]) == ["in/a/report.txt", "in/b/report.txt"]
    assert set(tables["figures"]["doc_key"]) == {"in/a/report.txt", "in/b/report.txt"}
    assert len(tables["figures"]) == 2
    dataset.build(db, [folder / "a"], workers=1)  # another root: the same file, a new key, no duplicate
    assert sorted(dataset.read(db)["documents"]["doc_key"]) == ["a/report.txt", "in/b/report.txt"]


def test_a_build_killed_in_the_cross_document_step_is_recomputed_next_run(tmp_path: Path) -> None:
    """kill -9 of the process while it computes the cross-document checks: nothing of them was
    written, and the next run (no document changed) computes them."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, value in (("q1.txt", 40), ("h1.txt", 45)):
        (folder / name).write_text(f"Newtown Borough Council\n\nComplaints in 2023/24\n\nIn Quarter 1 2023/24 the "
                                   f"council received {value} stage 1 complaints.\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    code = ("import os, signal, sys\n"
            "from extractor.dataset import build, crossdoc\n"
            "crossdoc.store_cross_checks = lambda con: os.kill(os.getpid(), signal.SIGKILL)\n"
            "build(sys.argv[1], [sys.argv[2]], workers=1)\n")
    killed = subprocess.run([sys.executable, "-c", code, str(db), str(folder)], check=False, capture_output=True,
                            timeout=120)
    assert killed.returncode == -9
    assert len(dataset.read(db)["documents"]) == 2
    assert dataset.read(db)["checks"]["rule"].eq("cross_document").sum() == 0
    again = dataset.build(db, [folder], workers=1)
    assert (again.processed, again.skipped) == (0, 2)
    assert dataset.read(db)["checks"]["rule"].eq("cross_document").sum() == 1

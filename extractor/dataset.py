"""A comparison dataset in DuckDB: one row per document, figure, decision and check.

Builds are incremental: a file whose content hash is already stored with the current tool
version (package version plus a hash of patterns/) is skipped; a changed file's rows are
replaced inside one transaction, so an interrupted run never leaves half a document.
Documents are processed by a local process pool or a Dask cluster; only this process writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from extractor.errors import TallyError
from extractor.export import CHECK_COLUMNS, DECISION_COLUMNS, FIGURE_COLUMNS

SCHEMA_VERSION = 1
TABLES = ("documents", "figures", "decisions", "checks")
DOCUMENT_COLUMNS = ["doc_key", "path", "content_hash", "format", "pages", "organisation", "period", "status",
                    "error", "tool_version", "processed_at"]
LIST_COLUMNS = ("remedies", "lines", "pages")


class DatasetError(TallyError):
    """The database cannot be used (locked, read-only, from a newer tool)."""


@cache
def tool_version() -> str:
    """Package version plus a digest of patterns/: a rule change re-extracts every document."""
    from extractor import __version__
    from extractor.patterns import patterns_dir

    digest = hashlib.sha256()
    for p in sorted(patterns_dir().glob("*")):
        if p.is_file():
            digest.update(p.name.encode() + p.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def process_file(path: str) -> dict[str, Any]:
    """Load, extract and check one file; plain data only, so it crosses process and network
    boundaries (process pool, Dask workers). Never raises: errors come back as data."""
    from extractor import check, extract, load
    from extractor.errors import InputError
    from extractor.models import Decision, Figure

    p = Path(path)
    row: dict[str, Any] = {"path": str(p), "format": None, "pages": None, "organisation": None, "period": None}
    try:
        row["content_hash"] = content_hash(p)
        doc = load(p)
        records = extract(doc)
        checks = check(doc, records)
    except InputError as exc:
        return row | {"status": "error", "error": exc.problem, "figures": [], "decisions": [], "checks": []}
    except Exception as exc:  # noqa: BLE001 - one bad file is recorded, never stops the run
        return row | {"status": "error", "error": f"{type(exc).__name__}: {exc}", "figures": [], "decisions": [],
                      "checks": []}
    figures = [r.to_dict() for r in records if isinstance(r, Figure)]
    orgs = pd.Series([f["organisation"] for f in figures if f["organisation"]], dtype=object)
    periods = pd.Series([f["period"] for f in figures if f["period"]], dtype=object)
    return row | {
        "format": doc.format, "pages": doc.pages, "status": "ok", "error": None,
        "organisation": orgs.mode().iloc[0] if len(orgs) else None,
        "period": periods.mode().iloc[0] if len(periods) else None,
        "figures": figures, "decisions": [r.to_dict() for r in records if isinstance(r, Decision)],
        "checks": [c.to_dict() for c in checks]}


# ------------------------------------------------------------------ the store

def connect(db: str | Path, read_only: bool = False) -> Any:
    import duckdb

    try:
        con = duckdb.connect(str(db), read_only=read_only)
    except duckdb.IOException as exc:
        raise DatasetError(f"{db}: cannot open the database ({str(exc).splitlines()[0]}); is another tally "
                           "running, or is the file read-only?") from None
    except duckdb.Error as exc:
        raise DatasetError(f"{db}: not a usable DuckDB database ({type(exc).__name__})") from None
    if not read_only:
        _ensure_schema(con, db)
    return con


def _ensure_schema(con: Any, db: str | Path) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    found = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if found is not None and int(found[0]) > SCHEMA_VERSION:
        raise DatasetError(f"{db}: made by a newer tally (schema {found[0]}); upgrade report-tally")
    if found is not None and int(found[0]) < SCHEMA_VERSION:
        raise DatasetError(f"{db}: schema {found[0]} is older than {SCHEMA_VERSION}; rebuild with --rebuild")
    text = lambda cols: ", ".join(f'"{c}" VARCHAR' for c in cols)
    con.execute(f"CREATE TABLE IF NOT EXISTS documents ({text(DOCUMENT_COLUMNS)})")
    for name, cols in (("figures", FIGURE_COLUMNS), ("decisions", DECISION_COLUMNS), ("checks", CHECK_COLUMNS)):
        con.execute(f'CREATE TABLE IF NOT EXISTS {name} ("doc_key" VARCHAR, {text(cols + ["docs"] if name == "checks" else cols)})')
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


def _frame(rows: list[dict[str, Any]], columns: Sequence[str], doc_key: str) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    for col in LIST_COLUMNS:
        if col in frame:
            frame[col] = frame[col].map(lambda v: json.dumps(v) if isinstance(v, list) else v)
    frame.insert(0, "doc_key", doc_key)
    return frame


def store_document(con: Any, result: dict[str, Any]) -> None:
    """Replace one document's rows in one transaction."""
    key = result["path"]
    con.execute("BEGIN TRANSACTION")
    try:
        for table in TABLES:
            con.execute(f"DELETE FROM {table} WHERE doc_key = ?", [key])
        doc_row = {c: result.get(c) for c in DOCUMENT_COLUMNS} | {
            "doc_key": key, "tool_version": tool_version(), "processed_at": dt.datetime.now(dt.UTC).isoformat()}
        _insert(con, "documents", pd.DataFrame([doc_row], columns=DOCUMENT_COLUMNS).astype(object))
        _insert(con, "figures", _frame(result["figures"], FIGURE_COLUMNS, key))
        _insert(con, "decisions", _frame(result["decisions"], DECISION_COLUMNS, key))
        checks = _frame(result["checks"], CHECK_COLUMNS, key)
        checks["docs"] = json.dumps([key])
        _insert(con, "checks", checks)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _insert(con: Any, table: str, frame: pd.DataFrame) -> None:
    if len(frame):
        frame = frame.astype(object).where(frame.notna(), None)
        frame = frame.map(lambda v: None if v is None else str(v))
        con.register("incoming", frame)
        cols = ", ".join(f'"{c}"' for c in frame.columns)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM incoming")
        con.unregister("incoming")


def stored_hashes(con: Any) -> dict[str, tuple[str, str]]:
    rows = con.execute("SELECT doc_key, content_hash, tool_version FROM documents").fetchall()
    return {k: (h, v) for k, h, v in rows}


# ------------------------------------------------------------------ builds

@dataclass
class BuildReport:
    processed: int = 0
    skipped: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    figures: int = 0


def pending(con: Any, paths: Iterable[Path]) -> tuple[list[Path], int]:
    """Files that are new or changed (content or tool version); and how many are unchanged."""
    known = stored_hashes(con)
    todo, skipped = [], 0
    for p in paths:
        key = str(p)
        try:
            h = content_hash(p)
        except OSError:
            todo.append(p)  # deleted or unreadable now: processing records the error
            continue
        if known.get(key) == (h, tool_version()):
            skipped += 1
        else:
            todo.append(p)
    return todo, skipped


def run_local(paths: Sequence[Path], workers: int, timeout: float) -> Iterator[dict[str, Any]]:
    """Results in completion order from a process pool (or in-process for one worker)."""
    if workers <= 1:
        for p in paths:
            yield process_file(str(p))
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {p: pool.submit(process_file, str(p)) for p in paths}
        for p, fut in futures.items():
            try:
                yield fut.result(timeout=timeout)
            except FutureTimeout:
                fut.cancel()
                yield {"path": str(p), "status": "error", "error": f"timed out after {timeout:g} s",
                       "figures": [], "decisions": [], "checks": []}


def run_dask(paths: Sequence[Path], scheduler: str, timeout: float) -> Iterator[dict[str, Any]]:
    """Send per-document work to an existing Dask cluster; workers need only report-tally."""
    from dask.distributed import Client, as_completed

    with Client(scheduler, timeout=60) as client:
        futures = client.map(process_file, [str(p) for p in paths], pure=False)
        for fut in as_completed(futures):
            yield fut.result(timeout=timeout)


def build(db: str | Path, paths: Iterable[str | Path], workers: int | None = None, rebuild: bool = False,
          timeout: float = 120.0, executor: str = "local", scheduler: str | None = None,
          progress: Callable[[dict[str, Any]], None] | None = None) -> BuildReport:
    """Add or update every supported file under `paths` in the DuckDB file `db`."""
    from extractor.crossdoc import store_cross_checks
    from extractor.load import iter_paths

    files = [p.resolve() for p in iter_paths(paths)]
    con = connect(db)
    try:
        if rebuild:
            for table in TABLES:
                con.execute(f"DELETE FROM {table}")
        todo, skipped = pending(con, files)
        report = BuildReport(skipped=skipped)
        if executor == "dask":
            if not scheduler:
                raise DatasetError("--executor dask needs --scheduler tcp://HOST:PORT")
            results = run_dask(todo, scheduler, timeout)
        else:
            results = run_local(todo, workers or os.cpu_count() or 1, timeout)
        for result in results:
            store_document(con, result)
            report.processed += 1
            report.figures += len(result["figures"])
            if result["status"] == "error":
                report.errors.append((result["path"], result["error"]))
            if progress:
                progress(result)
        if report.processed:
            store_cross_checks(con)
        return report
    finally:
        con.close()


def read(db: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of a dataset as a pandas DataFrame (the notebook entry point)."""
    con = connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t}").df() for t in TABLES}
    finally:
        con.close()


def export(db: str | Path, fmt: str, out_dir: str | Path) -> list[Path]:
    """One file per table, parquet or csv."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in read(db).items():
        path = out / f"{name}.{fmt}"
        frame.to_parquet(path, index=False) if fmt == "parquet" else frame.to_csv(path, index=False)
        written.append(path)
    return written

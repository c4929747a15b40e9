"""The DuckDB side of a dataset: schema, typed columns, one transaction per document.

Only the process that runs `tally dataset` writes here; workers hand back plain dicts.
Columns are typed (numbers as DOUBLE, lines as INTEGER, lists as DuckDB lists) so that SQL
over the file (`SELECT avg(value) ...`) and the parquet export work without casts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from extractor.errors import TallyError
from extractor.export import CHECK_SCHEMA, DECISION_SCHEMA, FIGURE_SCHEMA

SCHEMA_VERSION = 3
TABLES = ("documents", "figures", "decisions", "checks")
# the marker that makes a DuckDB file tally's: any other database is refused untouched
MARKER = ("application", "report-tally dataset")
DOCUMENT_SCHEMA = {"doc_key": "str", "path": "str", "content_hash": "str", "format": "str", "pages": "int",
                   "title": "str", "organisation": "str", "period": "str", "status": "str", "error": "str",
                   "tool_version": "str", "processed_at": "timestamp"}
DOCUMENT_COLUMNS = list(DOCUMENT_SCHEMA)
SQL_TYPES = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "date": "DATE",
             "list[str]": "VARCHAR[]", "list[int]": "BIGINT[]", "timestamp": "TIMESTAMPTZ"}
# DuckDB must never fetch an extension (a --db pointing at a SQLite file made it try): nothing reaches the network
NO_NETWORK = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


class DatasetError(TallyError):
    """The database cannot be used (locked, read-only, from another schema, not tally's)."""


def schema(table: str) -> dict[str, str]:
    """The stored columns of a table and their types: the document key, then SPEC's fixed schema."""
    spec = {"documents": DOCUMENT_SCHEMA, "figures": FIGURE_SCHEMA, "decisions": DECISION_SCHEMA,
            "checks": CHECK_SCHEMA}[table]
    return spec if table == "documents" else {"doc_key": "str"} | spec


def columns(table: str) -> list[str]:
    return list(schema(table))


def column_type(table: str, column: str) -> str:
    return SQL_TYPES[schema(table).get(column, "str")]


def connect(db: str | Path, read_only: bool = False, rebuild: bool = False) -> Any:
    """Open (or create) a dataset; a locked, unwritable or foreign file is a DatasetError, never a traceback."""
    import duckdb

    if read_only and not Path(db).is_file():
        raise DatasetError(f"{db}: no such dataset; build one with 'tally dataset PATH --db {db}'")
    try:
        con = duckdb.connect(str(db), read_only=read_only, config=dict(NO_NETWORK))
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DatasetError(f"{db}: cannot open the database ({first}); is another tally using it, "
                           "is it a DuckDB file, or is the file read-only?") from None
    try:
        _check_schema(con, db, read_only, rebuild)
    except BaseException:
        con.close()
        raise
    return con


def _meta(con: Any) -> dict[str, str] | None:
    """tally's meta table, or None when the file has tables but not tally's marker ({} when empty)."""
    # fetchall, not fetchone: DuckDB keeps a half-read result open and refuses the next statement
    tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not tables:
        return {}
    if "meta" not in tables:
        return None
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except Exception:  # noqa: BLE001 - someone else's table called meta
        return None
    return meta if meta.get(MARKER[0]) == MARKER[1] or "schema_version" in meta and tables <= {"meta", *TABLES} \
        else None


def _check_schema(con: Any, db: str | Path, read_only: bool, rebuild: bool) -> None:
    import duckdb

    meta = _meta(con)
    if meta is None:
        raise DatasetError(f"{db}: not a tally dataset (it holds other tables and no tally marker); "
                           "refusing to touch it - give --db a new file")
    version = int(meta["schema_version"]) if "schema_version" in meta else None
    if version is not None and version > SCHEMA_VERSION:
        raise DatasetError(f"{db}: made by a newer tally (schema {version}, this one knows {SCHEMA_VERSION}); "
                           "upgrade report-tally")
    if version is not None and version < SCHEMA_VERSION and not rebuild:
        raise DatasetError(f"{db}: schema {version} is older than this tally's {SCHEMA_VERSION}; run "
                           "'tally dataset PATH... --rebuild' to rebuild it from the reports")
    if read_only:
        if version is None:
            raise DatasetError(f"{db}: not a tally dataset (no schema version)")
        return
    try:
        _create(con, drop=rebuild)
    except duckdb.Error as exc:
        raise DatasetError(f"{db}: cannot write to the database ({str(exc).splitlines()[0]})") from None


def _create(con: Any, drop: bool) -> None:
    with transaction(con):
        if drop:
            for table in TABLES:
                con.execute(f"DROP TABLE IF EXISTS {table}")
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        for table in TABLES:
            cols = ", ".join(f'"{c}" {column_type(table, c)}' for c in columns(table))
            con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(MARKER))


def mark_cross_checks(con: Any, state: str) -> None:
    """'stale' goes in with every document's transaction, 'fresh' after the cross-document checks
    commit: a crash in between leaves 'stale', and the next build recomputes them."""
    con.execute("INSERT OR REPLACE INTO meta VALUES ('cross_checks', ?)", [state])


def cross_checks_stale(con: Any) -> bool:
    found = con.execute("SELECT value FROM meta WHERE key = 'cross_checks'").fetchall()
    return bool(found) and found[0][0] == "stale"


def insert_rows(con: Any, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Append rows (dicts keyed by column) through Arrow in the fixed schema: typed, fast, nulls kept."""
    if not rows:
        return
    from extractor.export import to_arrow

    arrow = to_arrow(rows, schema(table))
    quoted = ", ".join(f'"{c}"' for c in columns(table))
    con.register("incoming", arrow)  # a failed insert leaves it registered: the next register replaces it
    con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM incoming")
    con.unregister("incoming")


def store_document(con: Any, result: dict[str, Any], version: str) -> None:
    """Replace one document's rows in one transaction: an interrupted run never leaves half a document."""
    key = result["doc_key"]
    doc_row = {c: result.get(c) for c in DOCUMENT_COLUMNS} | {
        "tool_version": version, "processed_at": dt.datetime.now(dt.UTC)}
    with transaction(con):
        # the same file stored under another key (an older tally keyed by absolute path, or a
        # build from another root) is this document too: its old rows go
        stale = [k for (k,) in con.execute("SELECT doc_key FROM documents WHERE path = ? AND doc_key <> ?",
                                           [result.get("path"), key]).fetchall()]
        for table in TABLES:
            for gone in (key, *stale):
                con.execute(f"DELETE FROM {table} WHERE doc_key = ?", [gone])
        insert_rows(con, "documents", [doc_row])
        for table in ("figures", "decisions", "checks"):
            insert_rows(con, table, [r | {"doc_key": key, "docs": [key]} for r in result[table]])
        mark_cross_checks(con, "stale")


@contextmanager
def transaction(con: Any) -> Iterator[None]:
    """All or nothing. Ctrl-C inside a query reaches us as DuckDB's InterruptException: it is
    turned back into KeyboardInterrupt after the rollback, so callers see one kind of interrupt."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException as exc:
        con.execute("ROLLBACK")
        if was_interrupted(exc):
            raise KeyboardInterrupt from None
        raise
    con.execute("COMMIT")


def was_interrupted(exc: BaseException) -> bool:
    """DuckDB reports Ctrl-C during a query as InterruptException, or on some paths (Arrow and
    pandas scans) as a plain RuntimeError 'Query interrupted'."""
    import duckdb

    return isinstance(exc, duckdb.InterruptException) or (
        isinstance(exc, RuntimeError) and "interrupted" in str(exc).lower())


def stored_documents(con: Any) -> dict[str, tuple[str, str, str | None]]:
    """doc_key -> (content hash, tool version, error) of what the dataset holds."""
    rows = con.execute("SELECT doc_key, content_hash, tool_version, error FROM documents").fetchall()
    return {k: (h, v, e) for k, h, v, e in rows}


def _plain_list(value: Any) -> list[Any]:
    """Arrow hands lists over as numpy arrays; callers (json, csv, tests) want Python lists."""
    if value is None:
        return []
    return value.tolist() if hasattr(value, "tolist") else list(value)


def read_tables(con: Any) -> dict[str, Any]:
    """Every table as a pandas DataFrame, list columns as Python lists."""
    out = {}
    for table in TABLES:
        frame = con.sql(f"SELECT * FROM {table}").to_arrow_table().to_pandas()
        for col in frame.columns:
            if column_type(table, col).endswith("[]"):
                frame[col] = frame[col].map(_plain_list)
        out[table] = frame
    return out

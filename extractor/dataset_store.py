"""The DuckDB side of a dataset: schema, typed columns, one transaction per document.

Only the process that runs `tally dataset` writes here; workers hand back plain dicts.
Columns are typed (numbers as DOUBLE, lines as INTEGER, lists as DuckDB lists) so that SQL
over the file (`SELECT avg(value) ...`) and the parquet export work without casts.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from extractor.errors import TallyError
from extractor.export import CHECK_COLUMNS, DECISION_COLUMNS, FIGURE_COLUMNS

SCHEMA_VERSION = 2
TABLES = ("documents", "figures", "decisions", "checks")
DOCUMENT_COLUMNS = ["doc_key", "path", "content_hash", "format", "pages", "title", "organisation", "period",
                    "status", "error", "tool_version", "processed_at"]
# every column not named here is text
TYPES = {"page": "INTEGER", "line": "INTEGER", "pages": "INTEGER", "value": "DOUBLE", "approximate": "BOOLEAN",
         "payment_gbp": "DOUBLE", "stated": "DOUBLE", "expected": "DOUBLE", "remedies": "VARCHAR[]",
         "lines": "INTEGER[]", "docs": "VARCHAR[]", "processed_at": "TIMESTAMPTZ"}
# `pages` is a list for checks (every page involved) and a count for documents
LIST_PAGES = {"checks"}


class DatasetError(TallyError):
    """The database cannot be used (locked, read-only, from another schema)."""


def columns(table: str) -> list[str]:
    """The stored columns of a table, in order: the document key, then SPEC's columns."""
    spec = {"documents": DOCUMENT_COLUMNS, "figures": ["doc_key", *FIGURE_COLUMNS],
            "decisions": ["doc_key", *DECISION_COLUMNS], "checks": ["doc_key", *CHECK_COLUMNS, "docs"]}
    return spec[table]


def column_type(table: str, column: str) -> str:
    if table == "figures" and column == "stated":
        return "VARCHAR"  # a figure's `stated` is the literal text ("nine"); a check's is a number
    if column == "pages" and table in LIST_PAGES:
        return "INTEGER[]"
    return TYPES.get(column, "VARCHAR")


def connect(db: str | Path, read_only: bool = False, rebuild: bool = False) -> Any:
    """Open (or create) a dataset; a locked or unwritable file is a DatasetError, never a traceback."""
    import duckdb

    if read_only and not Path(db).is_file():
        raise DatasetError(f"{db}: no such dataset; build one with 'tally dataset PATH --db {db}'")
    try:
        con = duckdb.connect(str(db), read_only=read_only)
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DatasetError(f"{db}: cannot open the database ({first}); is another tally using it, "
                           "or is the file read-only?") from None
    try:
        _check_schema(con, db, read_only, rebuild)
    except BaseException:
        con.close()
        raise
    return con


def _check_schema(con: Any, db: str | Path, read_only: bool, rebuild: bool) -> None:
    import duckdb

    # fetchall, not fetchone: DuckDB keeps a half-read result open and refuses the next statement
    has_meta = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchall()
    found = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() if has_meta[0][0] else []
    version = int(found[0][0]) if found else None
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


def _cell(value: Any, kind: str) -> Any:
    """A record field as DuckDB takes it: lists stay lists, everything else its plain type."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if kind.endswith("[]"):
        return list(value) if isinstance(value, (list, tuple)) else json.loads(value)
    if kind == "VARCHAR":
        return str(value)
    return value


def insert_rows(con: Any, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Append rows (dicts keyed by column) through Arrow: typed, fast, nulls kept."""
    if not rows:
        return
    import pyarrow as pa

    names = columns(table)
    kinds = {c: column_type(table, c) for c in names}
    data = {c: [_cell(r.get(c), kinds[c]) for r in rows] for c in names}
    arrow = pa.table({c: pa.array(v, type=_arrow_type(kinds[c])) for c, v in data.items()})
    quoted = ", ".join(f'"{c}"' for c in names)
    con.register("incoming", arrow)  # a failed insert leaves it registered: the next register replaces it
    con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM incoming")
    con.unregister("incoming")


def _arrow_type(kind: str) -> Any:
    import pyarrow as pa

    plain = {"INTEGER": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "VARCHAR": pa.string(),
             "TIMESTAMPTZ": pa.timestamp("us", tz="UTC")}
    if kind.endswith("[]"):
        return pa.list_(plain[kind[:-2]])
    return plain[kind]


def store_document(con: Any, result: dict[str, Any], version: str) -> None:
    """Replace one document's rows in one transaction: an interrupted run never leaves half a document."""
    key = result["doc_key"]
    doc_row = {c: result.get(c) for c in DOCUMENT_COLUMNS} | {
        "tool_version": version, "processed_at": dt.datetime.now(dt.UTC)}
    with transaction(con):
        for table in TABLES:
            con.execute(f"DELETE FROM {table} WHERE doc_key = ?", [key])
        insert_rows(con, "documents", [doc_row])
        for table in ("figures", "decisions", "checks"):
            insert_rows(con, table, [r | {"doc_key": key, "docs": [key]} for r in result[table]])


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

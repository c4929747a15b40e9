"""A dataset as one SQLite file that Datasette (and sqlite-utils, and any SQLite client) opens as
it is: the same four tables and columns as the DuckDB file, for teams that publish their data.

SQLite has no list or date types, so lists are JSON text (Datasette shows them as arrays and
SQLite's json_each() reads them), dates ISO text, flags 0/1. Every record table names its
document through `doc_key`, a foreign key to `documents`, so Datasette links each figure to
the file it was read from.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from extractor.dataset.store import MARKER, SCHEMA_VERSION, TABLES, schema

SQLITE_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER", "date": "TEXT",
                "list[str]": "TEXT", "list[int]": "TEXT", "timestamp": "TEXT"}


def _value(value: Any, kind: str) -> Any:
    """A typed cell as SQLite stores it."""
    if value is None:
        return None
    if kind.startswith("list"):
        return json.dumps(list(value), ensure_ascii=False)
    if kind in ("date", "timestamp"):
        return value.isoformat()
    if kind == "bool":
        return int(bool(value))
    return value


def _create_sql(table: str) -> str:
    cols = []
    for col, kind in schema(table).items():
        extra = " PRIMARY KEY" if table == "documents" and col == "doc_key" else ""
        if table != "documents" and col == "doc_key":
            extra = " REFERENCES documents(doc_key)"
        cols.append(f'"{col}" {SQLITE_TYPES[kind]}{extra}')
    return f"CREATE TABLE {table} ({', '.join(cols)})"


def write_sqlite(tables: dict[str, Any], out: str | Path) -> Path:
    """Write Arrow tables (documents, figures, decisions, checks) to a new SQLite file at `out`,
    replacing it only once the new file is complete."""
    path = Path(out)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        con.executemany("INSERT INTO meta VALUES (?, ?)", [MARKER, ("schema_version", str(SCHEMA_VERSION))])
        for table in TABLES:
            kinds = schema(table)
            con.execute(_create_sql(table))
            if table != "documents":
                con.execute(f"CREATE INDEX {table}_doc_key ON {table}(doc_key)")
            rows = tables[table].to_pylist()
            marks = ", ".join("?" * len(kinds))
            con.executemany(f"INSERT INTO {table} VALUES ({marks})",
                            [[_value(r.get(c), k) for c, k in kinds.items()] for r in rows])
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)
    return path

"""records -> one fixed, typed schema -> jsonl / json / csv / xlsx / parquet.

The schema comes from SPEC sections 2, 3 and 6, never from what a document happens to hold:
a Parquet file of a report with no decisions has the same columns and types as one with
fifty, so files of unlike documents open together as one dataset. Types: `page`/`line`
nullable integers, `period_start`/`period_end` dates, `remedies`/`lines`/`pages`/`docs`
lists. CSV and XLSX have no lists or nulls: a list is its JSON text (`["apology"]`), a
null an empty cell, a date ISO text, a flag `true`/`false`; and a text cell that a
spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`
(OWASP's advice for CSV injection).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

from extractor.models import Check, Decision, Document, Figure

Record = Figure | Decision | Check

# column -> type: str, int, float, bool, date, list[str], list[int]
# where a PDF record's number sits on its page, in points, origin top-left (extractor.locate); null elsewhere
BOX = {"x0": "float", "top": "float", "x1": "float", "bottom": "float"}
FIGURE_SCHEMA: dict[str, str] = {
    "record": "str", "doc": "str", "page": "int", "line": "int", "measure": "str", "value": "float",
    "unit": "str", "stage": "str", "body": "str", "period": "str", "period_start": "date", "period_end": "date",
    "service": "str", "area": "str", "procedure": "str", "dimension": "str", "category": "str",
    "organisation": "str", "evidence": "str", "stated": "str", "source": "str", "rule": "str", "approximate": "bool",
    **BOX,
}
DECISION_SCHEMA: dict[str, str] = {
    "record": "str", "doc": "str", "page": "int", "line": "int", "body": "str", "kind": "str", "area": "str",
    "subject": "str", "outcome": "str", "finding": "str", "payment_gbp": "float", "remedies": "list[str]",
    "period": "str", "period_start": "date", "period_end": "date", "service": "str", "organisation": "str",
    "evidence": "str", "rule": "str", **BOX,
}
CHECK_SCHEMA: dict[str, str] = {
    "record": "str", "doc": "str", "page": "int", "line": "int", "rule": "str", "status": "str",
    "stated": "float", "expected": "float", "message": "str", "lines": "list[int]", "pages": "list[int]",
    "evidence": "str", "docs": "list[str]",
}
# `tally extract` writes figures then decisions into one table: figure columns, then the decision-only ones
RECORD_SCHEMA: dict[str, str] = FIGURE_SCHEMA | {c: t for c, t in DECISION_SCHEMA.items() if c not in FIGURE_SCHEMA}
SCHEMAS = {"figure": FIGURE_SCHEMA, "decision": DECISION_SCHEMA, "check": CHECK_SCHEMA}

FIGURE_COLUMNS = list(FIGURE_SCHEMA)
DECISION_COLUMNS = list(DECISION_SCHEMA)
CHECK_COLUMNS = list(CHECK_SCHEMA)
FORMATS = ("table", "jsonl", "json", "csv", "xlsx", "parquet")
EXTENSIONS = {"jsonl": "jsonl", "ndjson": "jsonl", "json": "json", "csv": "csv", "xlsx": "xlsx",
              "parquet": "parquet", "txt": "table"}
BINARY = ("parquet", "xlsx")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(ValueError):
    """An output that cannot be written as asked (unknown extension, binary format to a terminal)."""


def schema_for(records: Sequence[Record] | Sequence[dict[str, Any]], kind: str | None = None) -> dict[str, str]:
    """The checks schema for check output, else the figures-and-decisions one; `kind` settles it
    for an empty batch ("check" or "record")."""
    if kind is None:
        first = records[0] if records else None
        kind = (first.get("record") if isinstance(first, dict) else getattr(first, "record", None)) or "record"
    return CHECK_SCHEMA if kind == "check" else RECORD_SCHEMA


def to_dicts(records: Iterable[Record]) -> list[dict[str, Any]]:
    """Each record as its kind's SPEC fields in schema order (a check always has `docs`)."""
    out = []
    for r in records:
        d = r.to_dict() if not isinstance(r, dict) else dict(r)
        spec = SCHEMAS.get(d.get("record", "figure"), FIGURE_SCHEMA)
        d.setdefault("docs", [d["doc"]] if d.get("record") == "check" else None)
        out.append({c: d.get(c) for c in spec} | {k: v for k, v in d.items() if k not in spec and k != "docs"})
    return out


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _typed(value: Any, kind: str) -> Any:
    """One cell in its schema type; NaN and empty are null, a tuple is a list."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return [] if kind.startswith("list") else None
    if kind == "date":
        return _date(value)
    if kind.startswith("list"):
        items = json.loads(value) if isinstance(value, str) else list(value)
        return [int(v) for v in items] if kind == "list[int]" else [str(v) for v in items]
    return {"int": int, "float": float, "bool": bool, "str": str, "timestamp": lambda v: v}[kind](value)


def typed_rows(rows: Iterable[dict[str, Any]], schema: dict[str, str]) -> list[dict[str, Any]]:
    """Rows with exactly the schema's columns, in order, each cell in its type."""
    return [{c: _typed(r.get(c), kind) for c, kind in schema.items()} for r in rows]


def arrow_type(kind: str) -> pa.DataType:
    import pyarrow as pa

    plain = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32(),
             "timestamp": pa.timestamp("us", tz="UTC")}
    if kind.startswith("list["):
        return pa.list_(plain[kind[5:-1]])
    return plain[kind]


def arrow_schema(schema: dict[str, str]) -> pa.Schema:
    import pyarrow as pa

    return pa.schema([(c, arrow_type(kind)) for c, kind in schema.items()])


def to_arrow(rows: Iterable[dict[str, Any]], schema: dict[str, str]) -> pa.Table:
    """An Arrow table of the fixed schema, whatever the rows hold (none at all too)."""
    import pyarrow as pa

    typed = typed_rows(rows, schema)
    return pa.table({c: pa.array([r[c] for r in typed], type=arrow_type(kind)) for c, kind in schema.items()})


def to_frame(records: Iterable[Record], kind: str | None = None) -> pd.DataFrame:
    """A pandas DataFrame of records with the fixed SPEC columns (lists kept as lists)."""
    import pandas as pd
    import pyarrow as pa

    rows = to_dicts(records)
    return to_arrow(rows, schema_for(rows, kind)).to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)


def format_from_path(path: str | Path) -> str:
    """`-o out.csv` means csv; an extension tally does not write is an error, never a silent JSONL."""
    ext = Path(path).suffix.lower().lstrip(".")
    if ext not in EXTENSIONS:
        known = ", ".join(f".{e}" for e in EXTENSIONS)
        raise ExportError(f"{path}: cannot tell the format from {('.' + ext) if ext else 'no extension'!r}; "
                          f"use one of {known}, or --format")
    return EXTENSIONS[ext]


def spreadsheet_text(value: str) -> str:
    """A text cell a spreadsheet shows as text: formula-looking text gets a leading quote, and a
    carriage return becomes a line feed, which the CSV writer quotes (its rows end in LF, so a
    bare CR went out unquoted: a spreadsheet split the row there, the rest a row of its own)."""
    text = "'" + value if value.startswith(FORMULA_START) else value
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def flat_cell(value: Any, kind: str) -> Any:
    """A typed cell for CSV/XLSX: lists as JSON text, dates ISO, flags true/false, null empty."""
    if value is None:
        return ""
    if kind.startswith("list"):
        return json.dumps(value, ensure_ascii=False)
    if kind == "date":
        return value.isoformat()
    if kind == "bool":
        return "true" if value else "false"
    if kind == "str":
        return spreadsheet_text(value)
    return value


def write_csv(rows: Iterable[dict[str, Any]], schema: dict[str, str], out: IO[str]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(schema))
    for r in typed_rows(rows, schema):
        writer.writerow([flat_cell(r[c], kind) for c, kind in schema.items()])


def write_xlsx(sheets: dict[str, tuple[list[dict[str, Any]], dict[str, str]]], path: str | Path) -> None:
    """One worksheet per table; every text cell is written as text, never as a formula."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, (rows, schema) in sheets.items():
        sheet = book.create_sheet(name[:31])
        sheet.append(list(schema))
        for r in typed_rows(rows, schema):
            cells = [flat_cell(r[c], kind) if kind != "bool" else r[c] for c, kind in schema.items()]
            sheet.append([None if v == "" else v for v in cells])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # openpyxl takes a leading '=' as a formula otherwise
    book.save(path)


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_records(records: Sequence[Record], fmt: str, out: IO[str] | None = None,
                  path: str | Path | None = None, kind: str | None = None) -> None:
    """Write records as jsonl/json/csv to a stream, or any format (parquet, xlsx too) to a path.
    `kind` ("record" or "check") fixes the schema when there may be no records."""
    rows = to_dicts(records)
    schema = schema_for(rows, kind)
    if fmt in BINARY:
        if path is None:
            raise ExportError(f"{fmt} needs an output file (-o FILE.{fmt})")
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(to_arrow(rows, schema), path)
        else:
            write_xlsx({"checks" if schema is CHECK_SCHEMA else "records": (rows, schema)}, path)
        return
    buf = io.StringIO()
    if fmt == "jsonl":
        write_jsonl(rows, buf)
    elif fmt == "json":
        json.dump(rows, buf, ensure_ascii=False, indent=1)
        buf.write("\n")
    elif fmt == "csv":
        write_csv(rows, schema, buf)
    else:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if path is not None:
        Path(path).write_text(buf.getvalue(), encoding="utf-8")
    elif out is not None:
        out.write(buf.getvalue())


def tables_of(doc: Document) -> list[pd.DataFrame]:
    """Every table the reader found in a document, as a DataFrame of its cells as text (the
    first row is the header when no cell of it is a number); `attrs` holds doc, page and line."""
    import pandas as pd

    out = []
    for n, block in enumerate(b for b in doc.blocks if b.kind == "table" and b.rows):
        width = max(len(r) for r in block.rows)
        rows = [list(r) + [""] * (width - len(r)) for r in block.rows]
        header = rows[0] if len(rows) > 1 and not any(any(map(str.isdigit, c)) for c in rows[0]) else None
        names = _unique(header) if header else [f"column_{i + 1}" for i in range(width)]
        frame = pd.DataFrame(rows[1:] if header else rows, columns=names)
        frame.attrs = {"doc": doc.name, "page": block.page, "line": doc.file_line(block.line), "table": n + 1}
        out.append(frame)
    return out


def _unique(names: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(names):
        name = " ".join(name.split()) or f"column_{i + 1}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def write_table_csv(frame: pd.DataFrame, out: IO[str]) -> None:
    """One found table as CSV; formula-looking cells quoted as everywhere else."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([spreadsheet_text(str(c)) for c in frame.columns])
    for row in frame.itertuples(index=False):
        writer.writerow([spreadsheet_text(str(v)) for v in row])

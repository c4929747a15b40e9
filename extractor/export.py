"""records -> DataFrame -> jsonl / json / csv / parquet, with SPEC column order."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

from extractor.models import Check, Decision, Figure

Record = Figure | Decision | Check

FIGURE_COLUMNS = [
    "record", "doc", "page", "line", "measure", "value", "unit", "stage", "body", "period",
    "period_start", "period_end", "service", "area", "procedure", "dimension", "category",
    "organisation", "evidence", "stated", "source", "rule", "approximate",
]
DECISION_COLUMNS = [
    "record", "doc", "page", "line", "body", "kind", "area", "subject", "outcome", "finding",
    "payment_gbp", "remedies", "period", "period_start", "period_end", "service", "organisation",
    "evidence", "rule",
]
CHECK_COLUMNS = [
    "record", "doc", "page", "line", "rule", "status", "stated", "expected", "message", "lines",
    "pages", "evidence",
]
FORMATS = ("table", "jsonl", "json", "csv", "parquet")


def to_dicts(records: Iterable[Record]) -> list[dict[str, Any]]:
    return [r.to_dict() for r in records]


def columns_for(rows: Sequence[dict[str, Any]]) -> list[str]:
    """SPEC columns for the record kinds present, figures first, extras last."""
    kinds = {r.get("record") for r in rows}
    cols: list[str] = []
    for kind, spec in (("figure", FIGURE_COLUMNS), ("decision", DECISION_COLUMNS), ("check", CHECK_COLUMNS)):
        if kind in kinds or not rows and kind == "figure":
            cols += [c for c in spec if c not in cols]
    for r in rows:
        cols += [c for c in r if c not in cols]
    return cols


def to_frame(records: Iterable[Record]) -> pd.DataFrame:
    """A pandas DataFrame of records with SPEC columns (lists kept as lists)."""
    import pandas as pd  # imported on first use: the CLI starts without it
    rows = to_dicts(records)
    return pd.DataFrame(rows, columns=columns_for(rows))


def format_from_path(path: str | Path) -> str:
    """`-o out.csv` means csv; unknown extensions mean jsonl."""
    ext = Path(path).suffix.lower().lstrip(".")
    return {"jsonl": "jsonl", "ndjson": "jsonl", "json": "json", "csv": "csv", "parquet": "parquet",
            "txt": "table"}.get(ext, "jsonl")


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_records(records: Sequence[Record], fmt: str, out: IO[str] | None = None,
                  path: str | Path | None = None) -> None:
    """Write records as jsonl/json/csv to a stream, or any format (parquet too) to a path."""
    rows = to_dicts(records)
    if fmt == "parquet":
        if path is None:
            raise ValueError("parquet needs an output file (-o FILE.parquet)")
        frame = to_frame(records)
        for col in ("remedies", "lines", "pages"):
            if col in frame:
                frame[col] = frame[col].map(lambda v: json.dumps(v) if isinstance(v, list) else v)
        frame.to_parquet(path, index=False)
        return
    buf = io.StringIO()
    if fmt == "jsonl":
        write_jsonl(rows, buf)
    elif fmt == "json":
        json.dump(rows, buf, ensure_ascii=False, indent=1)
        buf.write("\n")
    elif fmt == "csv":
        frame = to_frame(records)
        for col in ("remedies", "lines", "pages"):
            if col in frame:
                frame[col] = frame[col].map(lambda v: ";".join(map(str, v)) if isinstance(v, list) else v)
        frame.to_csv(buf, index=False)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    if path is not None:
        Path(path).write_text(buf.getvalue(), encoding="utf-8")
    elif out is not None:
        out.write(buf.getvalue())

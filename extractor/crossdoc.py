"""Checks across documents: what no single report can show.

- `cross_document`: the same figure (organisation, measure, scope, period) stated with
  different values by two documents - e.g. a later report quoting last year's figure
  differently from the report that first gave it.
- `period_sum`: quarters of one organisation and year against the half-year or annual figure
  another document gives (Q1 + Q2 = H1, H1 + H2 = year, Q1..Q4 = year).
Only figures whose scope is fully stated and unambiguous within each document take part.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pandas as pd

SCOPE = ["organisation", "measure", "unit", "stage", "service", "area", "procedure", "body", "dimension", "category"]
PARTS = {"H1": ("Q1", "Q2"), "H2": ("Q3", "Q4"), "": ("H1", "H2")}
RULES = ("cross_document", "period_sum")


def _values(figures: pd.DataFrame) -> dict[tuple, dict[str, dict[str, Any]]]:  # type: ignore[type-arg]
    """(scope, period) -> doc -> the single value that document states (documents that state
    two different values for one scope are left out: the in-document checks speak to them)."""
    out: dict[tuple, dict[str, dict[str, Any]]] = defaultdict(dict)  # type: ignore[type-arg]
    usable = figures[figures["organisation"].notna() & figures["period"].notna()]
    for keys, group in usable.groupby(SCOPE + ["period", "doc_key"], dropna=False):
        values = {float(v) for v in group["value"]}
        if len(values) == 1:
            first = group.iloc[0]
            scope = tuple(None if pd.isna(k) else k for k in keys[:-1])
            out[scope][str(keys[-1])] = {"value": values.pop(), "line": first["line"], "doc": first["doc"],
                                         "evidence": first["evidence"]}
    return out


def _check(rule: str, status: str, message: str, docs: list[str], stated: float | None, expected: float | None,
           first: dict[str, Any]) -> dict[str, Any]:
    return {"record": "check", "doc": first["doc"], "page": None, "line": first["line"], "rule": rule,
            "status": status, "stated": stated, "expected": expected, "message": message, "lines": [],
            "pages": [], "evidence": first["evidence"], "docs": docs}


def cross_document(values: dict[tuple, dict[str, dict[str, Any]]]) -> Iterable[dict[str, Any]]:  # type: ignore[type-arg]
    for scope, by_doc in values.items():
        if len(by_doc) < 2:
            continue
        docs = sorted(by_doc)
        vals = {by_doc[d]["value"] for d in docs}
        what = f"{scope[1]} ({scope[3] or 'all stages'}, {scope[-1]}) of {scope[0]}"
        stated = ", ".join(f"{by_doc[d]['doc']} line {by_doc[d]['line']}: {by_doc[d]['value']:g}" for d in docs)
        status = "pass" if len(vals) == 1 else "fail"
        yield _check("cross_document", status, f"{what} across documents: {stated}", docs,
                     by_doc[docs[-1]]["value"], by_doc[docs[0]]["value"], by_doc[docs[-1]])


def period_sums(values: dict[tuple, dict[str, dict[str, Any]]]) -> Iterable[dict[str, Any]]:  # type: ignore[type-arg]
    by_scope: dict[tuple, dict[str, dict[str, dict[str, Any]]]] = defaultdict(dict)  # type: ignore[type-arg]
    for scope, by_doc in values.items():
        by_scope[scope[:-1]][scope[-1]] = by_doc
    for scope, periods in by_scope.items():
        if scope[2] != "count":
            continue
        for label, by_doc in periods.items():
            year, _, part = label.partition(" ")
            if part not in PARTS or (part == "" and "/" not in year):
                continue
            names = [f"{year} {p}" for p in PARTS[part]]
            if not all(n in periods for n in names):
                continue
            whole_doc = sorted(by_doc)[0]
            part_docs = {n: sorted(periods[n])[0] for n in names}
            docs = sorted({whole_doc, *part_docs.values()})
            if len(docs) < 2:
                continue  # one document's own arithmetic: the in-document checks cover it
            expected = sum(periods[n][part_docs[n]]["value"] for n in names)
            whole = by_doc[whole_doc]
            status = "pass" if expected == whole["value"] else "fail"
            msg = (f"{scope[1]} ({scope[3] or 'all stages'}) of {scope[0]}: {label} is {whole['value']:g} in "
                   f"{whole['doc']}, the parts {' + '.join(names)} give {expected:g}")
            yield _check("period_sum", status, msg, docs, whole["value"], expected, whole)


def run(figures: pd.DataFrame) -> list[dict[str, Any]]:
    """Every cross-document check of a figures table (columns of SPEC plus doc_key)."""
    if figures.empty:
        return []
    figures = figures.copy()
    figures["value"] = figures["value"].astype(float)
    values = _values(figures)
    return list(cross_document(values)) + list(period_sums(values))


def store_cross_checks(con: Any) -> None:
    """Recompute the cross-document checks of a dataset in one transaction."""
    from extractor.compare import organisation_name
    from extractor.dataset import _insert
    from extractor.export import CHECK_COLUMNS

    figures = con.execute("SELECT f.*, d.path AS doc_path, d.organisation AS doc_org FROM figures f "
                          "JOIN documents d USING (doc_key)").df()
    figures["organisation"] = [organisation_name(p, o if o == o else d) for p, o, d in
                               zip(figures["doc_path"], figures["organisation"], figures["doc_org"], strict=True)]
    checks = run(figures.drop(columns=["doc_path", "doc_org"]))
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"DELETE FROM checks WHERE rule IN {RULES}")
        if checks:
            frame = pd.DataFrame(checks)
            frame["lines"] = frame["lines"].map(json.dumps)
            frame["pages"] = frame["pages"].map(json.dumps)
            frame["docs"] = frame["docs"].map(json.dumps)
            frame.insert(0, "doc_key", frame["docs"].map(lambda d: json.loads(d)[0]))
            _insert(con, "checks", frame[["doc_key", *CHECK_COLUMNS, "docs"]])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise

"""Checks across documents: what no single report can show.

- `period_sum`: quarters or half-years of one organisation and year against the half-year or
  annual figure another document gives (Q1 + Q2 = H1, Q3 + Q4 = H2, H1 + H2 = year,
  Q1 + Q2 + Q3 + Q4 = year).
- `restated_period`: a figure for an earlier period quoted in a later report (a comparison
  column, "compared with 120 last year") against what the report for that period stated.
- `cross_document`: the same figure (organisation, measure, scope, period) stated by two
  documents that are not about different periods.

Only figures with a known organisation (the document's own identity, extractor/identity.py, or
as the caller is told; never a guess from a title or file name) and period, exact (not "around"),
and stated once per document for their scope take part: a document that gives two values for one scope is
the in-document checks' business. A check names every document involved in `docs`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from extractor.models import Check, Decision, Document, Figure

SCOPE = ["organisation", "measure", "unit", "stage", "service", "area", "procedure", "body", "dimension", "category"]
PARTS = {"H1": [("Q1", "Q2")], "H2": [("Q3", "Q4")], "": [("H1", "H2"), ("Q1", "Q2", "Q3", "Q4")]}
RULES = ("cross_document", "restated_period", "period_sum")
Scope = tuple[Any, ...]
Stated = dict[str, Any]


def _frame(documents_records: pd.DataFrame | Mapping[str, Sequence[Any]]) -> pd.DataFrame:
    """Figures as one table with a `doc_key`: from a dataset table or {document: records}."""
    if isinstance(documents_records, pd.DataFrame):
        return documents_records
    rows = [(r if isinstance(r, dict) else r.to_dict()) | {"doc_key": key}
            for key, records in documents_records.items() for r in records]
    rows = [r for r in rows if r.get("record", "figure") == "figure"]
    return pd.DataFrame(rows, columns=["doc_key", "doc", "page", "line", "value", "evidence", "period",
                                       "approximate", *SCOPE])


def _values(figures: pd.DataFrame) -> dict[Scope, dict[str, Stated]]:
    """(scope..., period) -> doc_key -> the single value that document states for it."""
    out: dict[Scope, dict[str, Stated]] = defaultdict(dict)
    usable = figures[figures["organisation"].notna() & figures["period"].notna()]
    if "approximate" in usable:
        usable = usable[~usable["approximate"].fillna(False).astype(bool)]
    for keys, group in usable.groupby([*SCOPE, "period", "doc_key"], dropna=False):
        values = {float(v) for v in group["value"]}
        if len(values) == 1:
            first = group.sort_values("line").iloc[0]
            scope = tuple(None if pd.isna(k) else k for k in keys[:-1])
            out[scope][str(keys[-1])] = {"value": values.pop(), "doc": first["doc"], "line": _int(first["line"]),
                                         "page": _int(first.get("page")), "evidence": first["evidence"]}
    return out


def _int(v: Any) -> int | None:
    return None if v is None or pd.isna(v) else int(v)


def _main_periods(figures: pd.DataFrame) -> dict[str, str]:
    """The period most of a document's figures carry: what the document is about."""
    out = {}
    for key, group in figures[figures["period"].notna()].groupby("doc_key"):
        counts = Counter(group["period"])
        out[str(key)] = min(counts, key=lambda p: (-counts[p], p))
    return out


def _check(rule: str, ok: bool, message: str, docs: Iterable[str], stated: float, expected: float,
           at: Stated) -> dict[str, Any]:
    line = at["line"]
    return {"record": "check", "doc": at["doc"], "page": at["page"], "line": line, "rule": rule,
            "status": "pass" if ok else "fail", "stated": stated, "expected": expected, "message": message,
            "lines": [line] if line is not None else [], "pages": [at["page"]] if at["page"] is not None else [],
            "evidence": at["evidence"], "docs": sorted(set(docs))}


def _what(scope: Scope) -> str:
    details = [d for d in (scope[3], scope[4], scope[5], scope[7], scope[9]) if d]
    unit = "%" if scope[2] == "percent" else "" if scope[2] == "count" else f" {scope[2]}"
    return f"{scope[1]}{unit and f' ({unit.strip()})'} {' '.join(map(str, details))}".strip() + f" of {scope[0]}"


def _period_order(label: str) -> str:
    """A sortable key for a period label: its start ("2022/23 Q3" -> "2022/23 Q3", ranges by date)."""
    return label.split("..")[0]


def restatements(values: dict[Scope, dict[str, Stated]], main: Mapping[str, str]) -> Iterable[dict[str, Any]]:
    """One check per pair: the document about the period (or else the earliest) against each other."""
    for scope, by_doc in values.items():
        if len(by_doc) < 2:
            continue
        period = scope[-1]
        own = sorted(d for d in by_doc if main.get(d) == period)
        reference = own[0] if own else min(by_doc)
        ref = by_doc[reference]
        for other in sorted(by_doc):
            if other == reference:
                continue
            later = own and main.get(other) is not None and _period_order(main[other]) > _period_order(period)
            rule = "restated_period" if later else "cross_document"
            it = by_doc[other]
            verb = "quotes" if later else "states"
            msg = (f"{_what(scope)}, {period}: {it['doc']} line {it['line']} {verb} {it['value']:g}, "
                   f"{ref['doc']} line {ref['line']} states {ref['value']:g}")
            yield _check(rule, it["value"] == ref["value"], msg, (reference, other), it["value"], ref["value"], it)


def period_sums(values: dict[Scope, dict[str, Stated]]) -> Iterable[dict[str, Any]]:
    """A half-year or year against its parts when at least one part comes from another document."""
    by_scope: dict[Scope, dict[str, dict[str, Stated]]] = defaultdict(dict)
    for scope, by_doc in values.items():
        if scope[2] == "count":
            by_scope[scope[:-1]][scope[-1]] = by_doc
    for scope, periods in by_scope.items():
        for label, by_doc in periods.items():
            year, _, part = label.partition(" ")
            if part not in PARTS or "/" not in year:
                continue
            for parts in PARTS[part]:
                names = [f"{year} {p}" for p in parts]
                if all(n in periods for n in names):
                    yield from _period_sum(scope, label, by_doc, {n: periods[n] for n in names})


def _period_sum(scope: Scope, label: str, whole_docs: dict[str, Stated],
                parts: dict[str, dict[str, Stated]]) -> Iterable[dict[str, Any]]:
    whole_key = min(whole_docs)
    part_keys = {n: min(docs) for n, docs in parts.items()}
    involved = {whole_key, *part_keys.values()}
    if len(involved) < 2:
        return  # one document's own arithmetic: the in-document checks cover it
    whole = whole_docs[whole_key]
    expected = sum(parts[n][k]["value"] for n, k in part_keys.items())
    stated_parts = " + ".join(f"{parts[n][k]['value']:g} ({n.split(' ')[1]}, {parts[n][k]['doc']})"
                              for n, k in part_keys.items())
    msg = (f"{_what(scope)}: {label} is {whole['value']:g} in {whole['doc']} line {whole['line']}, "
           f"but its parts {stated_parts} give {expected:g}")
    if whole["value"] == expected:
        msg = f"{_what(scope)}: {label} {whole['value']:g} in {whole['doc']} equals its parts {stated_parts}"
    yield _check("period_sum", whole["value"] == expected, msg, involved, whole["value"], expected, whole)


def run(documents_records: pd.DataFrame | Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """Every cross-document check of several documents' figures.

    Takes a figures table (SPEC columns plus `doc_key`, as a dataset stores them) or a mapping
    {document key: records} (Figure objects or their dicts; other records are ignored).
    Returns check dicts: SPEC check fields plus `docs`, every document involved."""
    figures = _frame(documents_records)
    if figures.empty:
        return []
    figures = figures.copy()
    figures["value"] = pd.to_numeric(figures["value"], errors="coerce")
    figures = figures[figures["value"].notna()]
    values = _values(figures)
    return list(restatements(values, _main_periods(figures))) + list(period_sums(values))


def store_cross_checks(con: Any) -> None:
    """Recompute the cross-document checks of a dataset in one transaction."""
    from extractor.dataset.store import insert_rows, transaction

    figures = con.execute("SELECT f.*, d.organisation AS doc_org FROM figures f JOIN documents d USING (doc_key)").df()
    figures["organisation"] = [_known(o) or _known(d) for o, d in zip(figures["organisation"], figures["doc_org"],
                                                                     strict=True)]
    checks = run(figures)
    with transaction(con):
        con.execute(f"DELETE FROM checks WHERE rule IN {RULES}")
        insert_rows(con, "checks", [c | {"doc_key": _doc_key_of(c)} for c in checks])


def _known(name: Any) -> str | None:
    """An organisation a document names as its own (extractor/identity.py), as one key for all its
    spellings; a title or file name is a guess, and two guesses must never be compared."""
    from extractor.identity import key

    return key(name) if isinstance(name, str) and name.strip() else None


def _doc_key_of(check: dict[str, Any]) -> str:
    """The key of the document the check points at (its `doc` is only the file name)."""
    for key in check["docs"]:
        if key.replace("\\", "/").rsplit("/", 1)[-1] == check["doc"]:
            return key
    return check["docs"][0]


# ------------------------------------------------------------ the files of one `tally check`

def identities(docs: Sequence[Document]) -> list[str]:
    """Each document's identity: its path relative to the inputs' common folder, so `a/report.txt`
    and `b/report.txt` are two documents while `doc` stays the display name."""
    import os

    paths = [os.path.abspath(d.path) for d in docs]
    if len(paths) < 2:
        return [d.name for d in docs]
    root = os.path.commonpath([os.path.dirname(p) for p in paths])
    return [os.path.relpath(p, root).replace(os.sep, "/") for p in paths]


def across_documents(results: Sequence[tuple[Document, Sequence[Figure | Decision]]],
                     organisation: str | None = None) -> list[Check]:
    """Checks no single report can show: the same figure or period told differently by two files
    of one organisation (given, or each file's own identity; unknown ones are not compared)."""
    from extractor import identity
    from extractor.models import Check, Figure

    docs = [doc for doc, _ in results]
    ids = identities(docs)
    # crossdoc names documents by `doc`: give it the identity, and the check back its display name
    display = {key: doc.name for key, doc in zip(ids, docs, strict=True)}
    names = {key: organisation or identity.publisher(doc) for key, doc in zip(ids, docs, strict=True)}
    shown = {identity.key(n): n for n in reversed(list(names.values())) if n}  # "York Council" is "City of York ..."
    rows = [r.to_dict() | {"doc_key": key, "doc": key, "organisation": shown.get(identity.key(names[key]))}
            for (doc, records), key in zip(results, ids, strict=True) for r in records if isinstance(r, Figure)]
    fields = ("rule", "status", "message", "line", "evidence", "stated", "expected")
    return [Check(doc=display.get(c["doc"], c["doc"]), **{k: c[k] for k in fields})
            for c in run(pd.DataFrame(rows))]

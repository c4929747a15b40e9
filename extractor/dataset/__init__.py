"""A comparison dataset in DuckDB: one row per document, figure, decision and check.

Builds are incremental: a file whose content hash is already stored with the current tool
version (package version plus a digest of patterns/) is skipped; a changed file's rows are
replaced inside one transaction, so an interrupted run never leaves half a document.
Documents are processed in this process, a local process pool or a Dask cluster
(`extractor.dataset.executors`); only this process writes (`extractor.dataset.store`).

    >>> from extractor import dataset
    >>> dataset.build("tally.duckdb", ["reports/"], workers=4)
    >>> tables = dataset.read("tally.duckdb")        # dict of pandas DataFrames
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from extractor.dataset.executors import TIMED_OUT, content_hash, run_dask, run_in_process, run_pool
from extractor.dataset.store import (
    SCHEMA_VERSION,
    TABLES,
    DatasetError,
    connect,
    cross_checks_stale,
    mark_cross_checks,
    read_tables,
    schema,
    store_document,
    stored_documents,
    was_interrupted,
)
from extractor.errors import InputError
from extractor.limits import DEFAULT, Limits

__all__ = ["SCHEMA_VERSION", "TABLES", "BuildReport", "DatasetError", "build", "connect", "export", "read",
           "tool_version"]

EXECUTORS = ("local", "dask")


@cache
def tool_version() -> str:
    """Package version plus a digest of patterns/: a rule change re-extracts every document."""
    from extractor import __version__
    from extractor.patterns import patterns_dir

    digest = hashlib.sha256()
    for p in sorted(patterns_dir().glob("*")):
        if p.is_file():
            digest.update(p.name.encode() + b"\0" + p.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


class InterruptGuard:
    """Ctrl-C while a document is being written waits until its transaction has committed, then
    stops the build; at any other moment it stops the build at once. (Interrupting DuckDB in the
    middle of a statement is safe for the data but surfaces as assorted errors.)"""

    def __init__(self) -> None:
        self.busy = False
        self.pending = False

    def _handler(self, signum: int, frame: Any) -> None:
        if self.busy:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def installed(self) -> Iterator[None]:
        usable = threading.current_thread() is threading.main_thread() and \
            signal.getsignal(signal.SIGINT) is signal.default_int_handler
        previous = signal.signal(signal.SIGINT, self._handler) if usable else None
        try:
            yield
        finally:
            if usable:
                signal.signal(signal.SIGINT, previous)

    @contextmanager
    def writing(self) -> Iterator[None]:
        self.busy = True
        try:
            yield
        finally:
            self.busy = False
        if self.pending:
            raise KeyboardInterrupt


@dataclass
class BuildReport:
    """What one build did; `errors` are (path, problem) of files stored with status error."""

    processed: int = 0
    skipped: int = 0
    figures: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def document_keys(paths: Iterable[str | Path], files: Iterable[Path]) -> dict[str, str]:
    """Each file (by its resolved path) -> its identity in the dataset: its path relative to the
    folder that holds the inputs' common root, so `reports/a/report.txt` and `reports/b/report.txt`
    are two documents, and the dataset names no one's home folder and moves with the reports."""
    roots = [os.path.abspath(p) for p in paths]
    roots = [r if os.path.isdir(r) else os.path.dirname(r) for r in roots]
    base = os.path.dirname(os.path.commonpath(roots)) if roots else os.getcwd()
    return {str(f.resolve()): os.path.relpath(os.path.abspath(f), base).replace(os.sep, "/") for f in files}


def pending(con: Any, keys: dict[str, str], limits: Limits = DEFAULT) -> tuple[list[str], int]:
    """Files (resolved paths, keyed as `document_keys` gives) that are new or changed (content or
    tool version), and how many are unchanged. A document that timed out is tried again: the
    limit may have been raised. Hashing is bounded like reading: a FIFO, a device or a file over
    the size limit is not hashed, and processing records why."""
    known = stored_documents(con)
    version = tool_version()
    todo: list[str] = []
    skipped = 0
    for path, key in keys.items():
        stored = known.get(key)
        try:
            unchanged = stored is not None and stored[:2] == (content_hash(Path(path), limits.max_file_bytes), version)
        except (OSError, InputError):
            unchanged = False  # unreadable now: processing records why
        if unchanged and not (stored[2] or "").startswith(TIMED_OUT):  # type: ignore[index]
            skipped += 1
        else:
            todo.append(path)
    return todo, skipped


def _results(todo: Sequence[str], workers: int, limits: Limits, executor: str,
             scheduler: str | None) -> Iterator[dict[str, Any]]:
    if executor not in EXECUTORS:
        raise DatasetError(f"unknown executor {executor!r}; use one of {', '.join(EXECUTORS)}")
    if executor == "dask" and not scheduler:
        raise DatasetError("--executor dask needs --scheduler tcp://HOST:PORT")
    if not todo:
        return iter(())
    if executor == "dask":
        return run_dask(todo, scheduler or "", limits.timeout, limits)
    if workers <= 1 or len(todo) <= 1:
        return run_in_process(todo, limits.timeout, limits)
    return run_pool(todo, min(workers, len(todo)), limits.timeout, limits)


def build(db: str | Path, paths: Iterable[str | Path], workers: int | None = None, rebuild: bool = False,
          timeout: float = 120.0, executor: str = "local", scheduler: str | None = None,
          progress: Callable[[dict[str, Any]], None] | None = None,
          planned: Callable[[int, int], None] | None = None, limits: Limits | None = None) -> BuildReport:
    """Add or update every supported file under `paths` in the DuckDB file `db`, each within
    `limits` (extractor/limits.py; `timeout` seconds per document wins over theirs).

    `planned(to_process, unchanged)` is called once the unchanged files are known; `progress`
    with each document's result (a plain dict) once it is stored."""
    from extractor.dataset.crossdoc import store_cross_checks
    from extractor.load import iter_paths

    paths = list(paths)
    limits = dataclasses.replace(limits or DEFAULT, timeout=timeout)
    keys = document_keys(paths, iter_paths(paths))
    import duckdb

    con = connect(db, rebuild=rebuild)
    guard = InterruptGuard()
    try:
        todo, skipped = pending(con, keys, limits)
        report = BuildReport(skipped=skipped)
        if planned:
            planned(len(todo), skipped)
        with guard.installed():
            _store_all(con, _results(todo, workers or os.cpu_count() or 1, limits, executor, scheduler), keys,
                       report, progress, guard)
            if report.processed or cross_checks_stale(con):
                with guard.writing():
                    store_cross_checks(con)
                    mark_cross_checks(con, "fresh")
        return report
    except (duckdb.Error, RuntimeError) as exc:  # disk full, file removed under us: what was committed stays
        if was_interrupted(exc):
            raise KeyboardInterrupt from None
        raise DatasetError(f"{db}: {type(exc).__name__}: {str(exc).splitlines()[0]}") from exc
    finally:
        con.close()


def _store_all(con: Any, results: Iterator[dict[str, Any]], keys: dict[str, str], report: BuildReport,
               progress: Callable[[dict[str, Any]], None] | None, guard: InterruptGuard) -> None:
    """Write each result as it arrives under its document's key, one transaction per document."""
    try:
        for result in results:
            result["doc_key"] = keys.get(result["path"], result["path"])
            with guard.writing():
                store_document(con, result, tool_version())
            report.processed += 1
            report.figures += len(result["figures"])
            if result["status"] == "error":
                report.errors.append((result["path"], result["error"]))
            if progress:
                progress(result)
    finally:
        close = getattr(results, "close", None)
        if close:
            close()  # stops a pool or cancels cluster work on Ctrl-C or an error


def read(db: str | Path) -> dict[str, Any]:
    """Every table of a dataset as a pandas DataFrame (the notebook entry point)."""
    con = connect(db, read_only=True)
    try:
        return read_tables(con)
    finally:
        con.close()


EXPORT_FORMATS = ("parquet", "csv", "sqlite")


def export(db: str | Path, fmt: str, out: str | Path) -> list[Path]:
    """Parquet or CSV: one file per table in the folder `out`, in the fixed typed schema (CSV
    lists as JSON text). SQLite: one file `out` that Datasette opens as it is."""
    if fmt not in EXPORT_FORMATS:
        raise DatasetError(f"unknown export format {fmt!r}; use {', '.join(EXPORT_FORMATS)}")
    con = connect(db, read_only=True)
    try:
        tables = {name: con.sql(f"SELECT * FROM {name}").to_arrow_table() for name in TABLES}
    finally:
        con.close()
    if fmt == "sqlite":
        from extractor.dataset.sqlite import write_sqlite

        return [write_sqlite(tables, out)]
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, arrow in tables.items():
        path = folder / f"{name}.{fmt}"
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(arrow, path)
        else:
            from extractor.export import write_csv

            with path.open("w", encoding="utf-8", newline="") as fh:
                write_csv(arrow.to_pylist(), schema(name), fh)
        written.append(path)
    return written

"""`tally dataset` (build, export) and `tally compare`: many reports into one DuckDB file,
and benchmarks across organisations from it. Registered on the `tally` group in cli.py.

Exit codes: 0 ok; 2 a file could not be read (it is stored with its error, the rest are
stored too), or the database cannot be used (locked, read-only, other schema).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from typing import Any

import click

from extractor.cli_batch import limit_options, make_limits

EXIT_BAD_INPUT = 2


def _fail(message: str) -> None:
    """One line on stderr and exit 2: a database or option problem is never a traceback."""
    from extractor.report.terminal import safe

    click.echo(f"Error: {safe(message)}", err=True)
    sys.exit(EXIT_BAD_INPUT)


class DefaultToBuild(click.Group):
    """`tally dataset PATH...` builds; `tally dataset export ...` exports."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["build", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultToBuild)
def dataset() -> None:
    """Build a comparison dataset (DuckDB) from many reports, or export it.

    \b
    tally dataset reports/ --db tally.duckdb --workers 4
    tally dataset export --db tally.duckdb --format parquet -o out/
    """


class _NoBar:
    def stop(self) -> None:
        pass


def _quiet(flag: bool) -> bool:
    ctx = click.get_current_context(silent=True)
    return flag or bool(ctx and ctx.find_root().params.get("quiet"))


Planned = Callable[[int, int], None] | None
Tick = Callable[[dict[str, Any]], None] | None


def _progress_bar(shown: bool) -> tuple[Any, Planned, Tick]:
    """A rich bar on stderr (files done, figures found, errors) when stderr is a terminal and
    the batch is more than a few files; nothing in a pipe, a log or with -q."""
    if not shown:
        return _NoBar(), None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from extractor.report.progress import wanted

    bar = Progress(TextColumn("documents"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("figures {task.fields[figures]}  errors {task.fields[errors]}"), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=False)
    task = bar.add_task("documents", total=None, figures=0, errors=0)
    counts = {"figures": 0, "errors": 0}

    def planned(todo: int, skipped: int) -> None:
        """The bar appears once the database is open: an unusable one is a single error line."""
        bar.update(task, total=todo)
        if wanted(todo):
            bar.start()

    def tick(result: dict[str, Any]) -> None:
        counts["figures"] += len(result["figures"])
        counts["errors"] += result["status"] == "error"
        bar.update(task, advance=1, **counts)

    return bar, planned, tick


@dataset.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="tally.duckdb", show_default=True, type=click.Path(dir_okay=False),
              help="DuckDB file, created if missing.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Processes [default: cores].")
@click.option("--rebuild", is_flag=True, help="Start the dataset over (also after a schema change).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=120.0, show_default=True,
              help="Seconds per document.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary on stderr (errors still).")
@partial(limit_options, timeout=False)
def dataset_build(paths: tuple[str, ...], db: str, workers: int | None, rebuild: bool, timeout: float,
                  executor: str, scheduler: str | None, quiet: bool, **limit_opts: Any) -> None:
    """Add every supported file under PATHS to the dataset; unchanged files are skipped."""
    from extractor.dataset import DatasetError, build

    quiet = _quiet(quiet)
    bar, planned, tick = _progress_bar(not quiet and sys.stderr.isatty())
    try:
        report = build(db, paths, workers, rebuild, timeout, executor, scheduler, progress=tick, planned=planned,
                       limits=make_limits(limit_opts))
    except DatasetError as exc:
        bar.stop()
        _fail(str(exc))
    except KeyboardInterrupt:
        bar.stop()
        click.echo("Interrupted: every document stored so far is complete; run again to go on.", err=True)
        sys.exit(130)
    except (OSError, RuntimeError) as exc:  # dask cannot reach the scheduler; DuckDB out of disk, ...
        bar.stop()
        _fail(f"{db}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
    bar.stop()
    from extractor.report.terminal import safe

    for path, problem in report.errors:
        click.echo(f"Error: {safe(path)}: {safe(problem)}", err=True)
    if not quiet:
        click.echo(f"{db}: {report.processed} documents processed, {report.skipped} unchanged, "
                   f"{len(report.errors)} errors, {report.figures} figures", err=True)
    if report.errors:
        sys.exit(EXIT_BAD_INPUT)


@dataset.command("export")
@click.option("--db", default="tally.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(["parquet", "csv", "sqlite"]), default="parquet",
              show_default=True)
@click.option("-o", "--output", required=True, type=click.Path(),
              help="Folder for the files (parquet, csv), or the SQLite file.")
def dataset_export(db: str, fmt: str, output: str) -> None:
    """Write one file per table (documents, figures, decisions, checks), or one SQLite file
    that Datasette opens as it is."""
    from extractor.dataset import DatasetError, export

    try:
        for path in export(db, fmt, output):
            click.echo(str(path))
    except DatasetError as exc:
        _fail(str(exc))


def _read_mapping(path: str) -> dict[str, str]:
    """--organisations: a CSV of path (or file name) -> organisation."""
    import pandas as pd

    frame = pd.read_csv(path, dtype=str)
    missing = {"path", "organisation"} - set(frame.columns)
    if missing:
        _fail(f"{path}: needs columns path,organisation (missing {', '.join(sorted(missing))})")
    return dict(zip(frame["path"].str.strip(), frame["organisation"].str.strip(), strict=True))


def _read_denominators(path: str) -> Any:
    import pandas as pd

    frame = pd.read_csv(path, dtype={"organisation": str, "year": str})
    if "organisation" not in frame or not {"population", "homes"} & set(frame.columns):
        _fail(f"{path}: needs columns organisation, year and population or homes")
    return frame


@click.command("compare")
@click.option("--db", default="tally.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--measure", required=True, help="A SPEC measure (received, average_response_days, ...) or a "
              "rate: upheld_rate, escalation_rate, within_target_pct, ombudsman_upheld_rate, per_1000.")
@click.option("--by", default="organisation,period", show_default=True,
              help="Comma-separated: organisation, period, service, stage, procedure, body.")
@click.option("--stage", help="Only figures of this stage (stage1, stage2, ...).")
@click.option("--sources", is_flag=True, help="Show where each cell's figures were stated (doc, page, line).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]), default=None,
              help="Output format [default: table, or from -o's extension].")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the table to FILE (.csv .json .jsonl).")
@click.option("--chart", type=click.Path(dir_okay=False), help="Also write a chart: .png, .svg or .html.")
@click.option("--organisations", type=click.Path(exists=True, dir_okay=False),
              help="CSV path,organisation naming the organisation of documents (path or file name).")
@click.option("--organisation", "default_org", help="The organisation of documents that name none (and the mapping does not name).")
@click.option("--denominators", type=click.Path(exists=True, dir_okay=False),
              help="CSV organisation,year,population|homes for per-1,000 rates.")
@click.option("-q", "--quiet", is_flag=True, help="No notes on stderr (errors still).")
def compare(db: str, measure: str, by: str, stage: str | None, sources: bool, fmt: str | None, output: str | None,
            chart: str | None, organisations: str | None, default_org: str | None, denominators: str | None,
            quiet: bool) -> None:
    """Benchmark a measure or rate across organisations and periods from a dataset.

    A rate stated by the report comes before one computed from its counts; a computed rate shows
    its numerator and denominator; an impossible value is flagged, not charted."""
    from extractor.dataset import DatasetError, read
    from extractor.dataset import compare as bench

    fmt = _table_format(fmt, output)
    try:
        measure = bench.check_measure(measure)
        tables = read(db)
    except (DatasetError, bench.CompareError) as exc:
        _fail(str(exc))
    mapping = _read_mapping(organisations) if organisations else None
    dens = _read_denominators(denominators) if denominators else None
    groups = [b.strip() for b in by.split(",") if b.strip()]
    try:
        table = bench.compare(tables, measure, groups, stage, mapping, dens, default_org)
    except bench.CompareError as exc:
        _fail(str(exc))
    quiet = _quiet(quiet)
    unnamed = bench.unnamed_documents(tables, mapping, default_org)
    if unnamed and not quiet:
        click.echo(f"Note: {len(unnamed)} documents name no organisation and are left out "
                   f"({_shown(unnamed)}); name them with --organisations FILE or --organisation NAME", err=True)
    if table.empty:
        _fail(f"no figures give {measure!r} in {db}; try another --measure, --by or --stage")
    _print_table(table if sources else table.drop(columns=["sources"]), fmt, output,
                 f"{bench.measure_label(measure)} by {', '.join(groups)}")
    if chart:
        bench.chart(table, measure, chart)
        if not quiet:
            click.echo(f"chart written to {chart}", err=True)


def _shown(names: list[str], most: int = 5) -> str:
    from extractor.report.terminal import safe

    return ", ".join(safe(n) for n in names[:most]) + (", ..." if len(names) > most else "")


def _table_format(fmt: str | None, output: str | None) -> str:
    """--format, else -o's extension (.csv .json .jsonl); another extension is an error."""
    if fmt or not output:
        return fmt or "table"
    ext = output.rsplit(".", 1)[-1].lower() if "." in output else ""
    if ext not in ("csv", "json", "jsonl"):
        _fail(f"{output}: cannot tell the format from the extension; use .csv, .json or .jsonl, or --format")
    return ext


def _print_table(table: Any, fmt: str, output: str | None, title: str) -> None:
    """A benchmark table to stdout or -o FILE."""
    import io

    if fmt == "table" and not output:
        from extractor.report.terminal import print_frame

        print_frame(table, title)
        return
    buf = io.StringIO()
    if fmt == "csv":
        from extractor.export import spreadsheet_text

        table.map(lambda v: spreadsheet_text(v) if isinstance(v, str) else v).to_csv(buf, index=False)
    elif fmt == "json":
        table.to_json(buf, orient="records", force_ascii=False, indent=1)
        buf.write("\n")
    else:
        table.to_json(buf, orient="records", lines=True, force_ascii=False)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(buf.getvalue())
    else:
        click.echo(buf.getvalue(), nl=False)

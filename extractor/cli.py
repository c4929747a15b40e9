"""The `tally` command: parse arguments, call the library, map errors to exit codes.

Exit codes (SPEC section 1): 0 ok; 1 `check` found a failing check; 2 usage error or
an input that could not be read (the batch still finishes the other files).
"""

from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from extractor import __version__
from extractor.errors import InputError
from extractor.export import FORMATS, format_from_path, write_records
from extractor.limits import DocumentTimeout, Limits, LimitWarning, time_limit, using
from extractor.load import PDF_READERS, iter_paths, load
from extractor.models import Check, Decision, Document, Figure

T = TypeVar("T")

EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2


def _error(path: str, problem: str) -> None:
    click.echo(f"Error: {path}: {problem}", err=True)


def documents(paths: Sequence[str], failed: list[str], limits: Limits,
              work: Callable[[Document], T]) -> Iterator[tuple[Document, T]]:
    """Load each input and run `work` on it, within the document's limits; a file that cannot be
    read, raises, or runs out of time is one `Error:` line on stderr and the batch goes on."""
    for p in iter_paths(paths):
        done = one_document(p, limits, work)
        if done is None:
            failed.append(str(p))
        else:
            yield done


def one_document(p: Path, limits: Limits, work: Callable[[Document], T]) -> tuple[Document, T] | None:
    """(document, work's result), or None once the problem is on stderr. Warnings (a page
    skipped to stay within a limit) come first, as `Warning:` lines."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LimitWarning)
        problem = None
        try:
            with using(limits), time_limit(limits.timeout):
                doc = load(p, pdf_reader(), limits)
                return doc, work(doc)
        except InputError as exc:
            problem = (exc.path, exc.problem)
        except DocumentTimeout as exc:
            problem = (str(p), str(exc))
        except MemoryError:
            problem = (str(p), "ran out of memory; is the file made to exhaust it?")
        except RecursionError:
            problem = (str(p), "nested too deeply to read")
        except Exception as exc:  # noqa: BLE001 - a bug on one file must not lose the rest of the batch
            problem = (str(p), f"could not be read ({type(exc).__name__}: {exc})")
        finally:
            for w in caught:
                if issubclass(w.category, LimitWarning):
                    click.echo(f"Warning: {w.message}", err=True)
            if problem:
                _error(*problem)
    return None


def limit_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The per-document limits (extractor/limits.py), shared by every command that reads files."""
    d = Limits()
    options = [
        ("--timeout", click.FloatRange(min=0), d.timeout, "Seconds of work per document; 0 for no limit."),
        ("--max-file-mb", click.FloatRange(min=0, min_open=True), d.max_file_bytes / 2**20, "Largest file read."),
        ("--max-pages", click.IntRange(min=1), d.max_pages, "Most PDF pages read."),
        ("--max-block-chars", click.IntRange(min=100), d.max_block_chars,
         "Longest piece of text handed to the sentence splitter; longer paragraphs are cut at sentence ends."),
        ("--max-digits", click.IntRange(min=1), d.max_digits, "Longest digit run read as a number."),
        ("--max-page-objects", click.IntRange(min=1), d.max_page_objects,
         "Drawn objects on a PDF page beyond which its tables are skipped."),
        ("--pdf-memory-mb", click.IntRange(min=64), d.pdf_memory_mb, "Memory the PDF reader's process may add."),
    ]
    for name, kind, default, text in reversed(options):
        fn = click.option(name, type=kind, default=default, show_default=True, help=text)(fn)
    return fn


def make_limits(opts: dict[str, Any]) -> Limits:
    """Limits from the options `limit_options` added (popped from `opts`)."""
    return Limits(max_file_bytes=int(opts.pop("max_file_mb") * 2**20), max_pages=opts.pop("max_pages"),
                  max_block_chars=opts.pop("max_block_chars"), max_digits=opts.pop("max_digits"),
                  max_page_objects=opts.pop("max_page_objects"), pdf_memory_mb=opts.pop("pdf_memory_mb"),
                  timeout=opts.pop("timeout"))


def output_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`-f/--format` and `-o/--output`, which travel together on every record command."""
    fn = click.option("-o", "--output", type=click.Path(dir_okay=False),
                      help="Write to FILE; the format follows its extension (.jsonl .json .csv .parquet).")(fn)
    return click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
                        help="Output format [default: table, or from -o's extension].")(fn)


def _resolve_format(fmt: str | None, output: str | None) -> str:
    if fmt is None:
        return format_from_path(output) if output else "table"
    if fmt == "parquet" and not output:
        raise click.UsageError("parquet output needs -o FILE.parquet")
    return fmt


def emit(records: Sequence[Figure | Decision | Check], fmt: str, output: str | None,
         table: Callable[[Sequence[Any]], None]) -> None:
    """Records to stdout or -o FILE in the chosen format."""
    if fmt == "table" and not output:
        table(records)
    elif fmt == "table":
        write_records(records, "jsonl", path=output)
    else:
        write_records(records, fmt, out=None if output else sys.stdout, path=output)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tally")
@click.option("--pdf-reader", type=click.Choice(PDF_READERS), default="pdfium", show_default=True,
              help="How PDF pages are read: PDFium (fast) or pdfplumber's full layout (the reference).")
def cli(pdf_reader: str) -> None:
    """Read complaint reports of councils and landlords, pull out every complaint-handling
    figure and ombudsman decision, and cross-check the report's own arithmetic."""


def pdf_reader() -> str:
    """The --pdf-reader chosen for this run (the group option every command shares)."""
    ctx = click.get_current_context(silent=True)
    return str(ctx.find_root().params.get("pdf_reader") or "pdfium") if ctx else "pdfium"


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@click.option("--all", "show_all", is_flag=True, help="Also show page furniture (headers, footers).")
@limit_options
def show(paths: tuple[str, ...], fmt: str, show_all: bool, **limit_opts: Any) -> None:
    """Show the blocks of documents as the tool reads them: kind, page, line, headings, text."""
    from extractor.report.terminal import print_blocks

    failed: list[str] = []
    for doc, _ in documents(paths, failed, make_limits(limit_opts), lambda d: None):
        blocks = [b for b in doc.blocks if show_all or not b.furniture]
        if fmt == "jsonl":
            for b in blocks:
                row = {"doc": doc.name, "kind": b.kind, "page": b.page, "line": b.line,
                       "heading_path": list(b.heading_path), "text": b.text}
                if b.rows:
                    row["rows"] = [list(r) for r in b.rows]
                if b.furniture:
                    row["furniture"] = True
                click.echo(json.dumps(row, ensure_ascii=False))
        else:
            print_blocks(doc, blocks)
    if failed:
        sys.exit(EXIT_BAD_INPUT)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@limit_options
def extract(paths: tuple[str, ...], fmt: str | None, output: str | None, **limit_opts: Any) -> None:
    """Every complaint figure, then every ombudsman decision, of each input (files or folders)."""
    from extractor.pipeline import extract as extract_records
    from extractor.report.terminal import print_records

    fmt = _resolve_format(fmt, output)
    failed: list[str] = []
    figures: list[Figure | Decision] = []
    decisions: list[Figure | Decision] = []
    for _, records in documents(paths, failed, make_limits(limit_opts), extract_records):
        for r in records:
            (figures if isinstance(r, Figure) else decisions).append(r)
    emit(figures + decisions, fmt, output, print_records)
    if failed:
        sys.exit(EXIT_BAD_INPUT)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Also write a self-contained HTML report with the numbers highlighted.")
@click.option("--fail-on", type=click.Choice(["fail", "warn"]), default="fail", show_default=True,
              help="Exit 1 on failing checks only, or on warnings too.")
@click.option("--only-problems", is_flag=True, help="Hide checks that passed.")
@limit_options
def check(paths: tuple[str, ...], fmt: str | None, output: str | None, html_path: str | None,
          fail_on: str, only_problems: bool, **limit_opts: Any) -> None:
    """Cross-check every total, change, percentage and list count a report states."""
    from extractor.report.terminal import print_checks

    fmt = _resolve_format(fmt, output)
    failed: list[str] = []
    done = list(documents(paths, failed, make_limits(limit_opts), _records_and_checks))
    results: list[tuple[Document, list[Check]]] = [(doc, checks) for doc, (_, checks) in done]
    if len(done) > 1 and (across := _across(done, failed)):
        results = results + [(_batch(results), across)]
    all_checks = [c for _, checks in results for c in checks]
    if only_problems:
        all_checks = [c for c in all_checks if c.status != "pass"]
    if fmt == "table" and not output:
        print_checks(results, only_problems=only_problems)
    else:
        emit(all_checks, fmt, output, lambda _: None)
    if html_path:
        from extractor.report.html import write_html

        write_html(results, html_path)
        click.echo(f"HTML report written to {html_path}", err=True)
    if failed:
        sys.exit(EXIT_BAD_INPUT)
    bad = {"fail"} if fail_on == "fail" else {"fail", "warn"}
    if any(c.status in bad for c in all_checks):
        sys.exit(EXIT_FAILED_CHECK)


def _records_and_checks(doc: Document) -> tuple[list[Figure | Decision], list[Check]]:
    from extractor.pipeline import check as check_records
    from extractor.pipeline import extract as extract_records

    records = extract_records(doc)
    return records, check_records(doc, records)


def _across(done: Sequence[tuple[Document, tuple[list[Figure | Decision], list[Check]]]],
            failed: list[str]) -> list[Check]:
    """The cross-document checks; a failure there is one `Error:` line, and the per-document
    results still stand."""
    try:
        return across_documents([(doc, records) for doc, (records, _) in done])
    except Exception as exc:  # noqa: BLE001 - never lose the documents' own checks
        _error("(across documents)", f"{type(exc).__name__}: {exc}")
        failed.append("(across documents)")
        return []


def across_documents(results: Sequence[tuple[Document, Sequence[Figure | Decision]]]) -> list[Check]:
    """Checks no single report can show: the same figure or period told differently by two files."""
    import pandas as pd

    from extractor import crossdoc

    rows = [r.to_dict() | {"doc_key": doc.name} for doc, records in results for r in records
            if isinstance(r, Figure)]
    # files checked together are one organisation's unless they name another
    named = pd.Series([r["organisation"] for r in rows if r["organisation"]], dtype=object)
    common = named.mode().iloc[0] if len(named) else "(these documents)"
    for r in rows:
        r["organisation"] = r["organisation"] or common
    fields = ("doc", "rule", "status", "message", "line", "evidence", "stated", "expected")
    return [Check(**{k: c[k] for k in fields}) for c in crossdoc.run(pd.DataFrame(rows))]


def _batch(results: Sequence[tuple[Document, Sequence[Check]]]) -> Document:
    """A pseudo-document naming the batch, under which cross-document checks are listed."""
    return Document(path="(across documents)", format="batch", blocks=())


@cli.command("eval")
@click.argument("corpus", default="corpus", type=click.Path(exists=True, file_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("-v", "--verbose", is_flag=True, help="List missed and extra records per document.")
def eval_(corpus: str, fmt: str, verbose: bool) -> None:
    """Score extraction and checks against the gold answer keys in CORPUS/gold."""
    from extractor.evaluate import evaluate_corpus
    from extractor.report.terminal import print_eval

    result = evaluate_corpus(Path(corpus), pdf_reader=pdf_reader())
    for path, problem in result.errors:
        _error(path, problem)
    if fmt == "json":
        click.echo(json.dumps({"summary": result.total, "groups": result.groups,
                               "docs": [_doc_json(s, verbose) for s in result.docs]}, indent=1, default=str))
    else:
        print_eval(result, verbose=verbose)
    if result.errors:
        sys.exit(EXIT_BAD_INPUT)


def _doc_json(s: Any, verbose: bool) -> dict[str, Any]:
    d = {"doc": s.doc, "gold_figures": s.gold_figures, "pred_figures": s.pred_figures, "loose": s.loose,
         "core": s.core, "full": s.full, "decisions": s.decisions, "checks": s.checks}
    if verbose:
        d |= {"missed": s.missed, "extra": s.extra, "checks_missed": s.checks_missed,
              "checks_extra": s.checks_extra}
    return d


# `tally dataset` and `tally compare` live in cli_dataset.py
from extractor.cli_dataset import compare, dataset

cli.add_command(dataset)
cli.add_command(compare)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()


"""The `tally` command: parse arguments, call the library, map errors to exit codes.

Exit codes (SPEC section 1): 0 ok; 1 `check` found a failing check; 2 usage error or
an input that could not be read (the batch still finishes the other files).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from extractor import __version__
from extractor.cli_batch import (
    EXIT_BAD_INPUT,
    EXIT_FAILED_CHECK,
    documents,
    emit,
    error,
    limit_options,
    make_limits,
    note,
    output_options,
    pdf_reader,
    resolve_format,
    write_rows,
)
from extractor.load import PDF_READERS
from extractor.models import Check, Decision, Document, Figure


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tally")
@click.option("--pdf-reader", type=click.Choice(PDF_READERS), default="pdfium", show_default=True,
              help="How PDF pages are read: PDFium (fast) or pdfplumber's full layout (the reference).")
@click.option("--stdin-format", type=click.Choice(["pdf", "docx", "html", "md", "txt"]), default=None,
              help="The type of standard input (`-` as PATH) [default: from its content].")
@click.option("-q", "--quiet", is_flag=True, help="No notes or progress on stderr (errors still).")
def cli(pdf_reader: str, stdin_format: str | None, quiet: bool) -> None:
    """Read complaint reports of councils and landlords, pull out every complaint-handling
    figure and ombudsman decision, and cross-check the report's own arithmetic."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "jsonl", "json"]), default=None,
              help="Output format [default: table, or from -o's extension].")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the blocks to FILE (.jsonl .json).")
@click.option("--all", "show_all", is_flag=True, help="Also show page furniture (headers, footers).")
@limit_options
def show(paths: tuple[str, ...], fmt: str | None, output: str | None, show_all: bool, **limit_opts: Any) -> None:
    """Show the blocks of documents as the tool reads them: kind, page, line, headings, text."""
    from extractor.file_lines import block_in_file_lines
    from extractor.report.terminal import print_blocks

    fmt = fmt or (resolve_format(None, output) if output else "table")
    if fmt not in ("table", "jsonl", "json"):
        raise click.UsageError(f"show writes table, jsonl or json, not {fmt}")
    failed: list[str] = []
    rows: list[dict[str, Any]] = []
    for doc, _ in documents(paths, failed, make_limits(limit_opts), lambda d: None):
        blocks = [block_in_file_lines(doc, b) for b in doc.blocks if show_all or not b.furniture]
        if fmt == "table" and not output:
            print_blocks(doc, blocks)
        else:
            rows += [_block_row(doc, b) for b in blocks]
    if fmt != "table" or output:
        write_rows(rows, "jsonl" if fmt == "table" else fmt, output)
    if failed:
        sys.exit(EXIT_BAD_INPUT)


def _block_row(doc: Document, b: Any) -> dict[str, Any]:
    row = {"doc": doc.name, "kind": b.kind, "page": b.page, "line": b.line,
           "heading_path": list(b.heading_path), "text": b.text}
    if b.rows:
        row["rows"] = [list(r) for r in b.rows]
    if b.furniture:
        row["furniture"] = True
    return row



@cli.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@limit_options
def extract(paths: tuple[str, ...], fmt: str | None, output: str | None, **limit_opts: Any) -> None:
    """Every complaint figure, then every ombudsman decision, of each input (files or folders)."""
    from extractor.locate import with_boxes
    from extractor.pipeline import extract as extract_records
    from extractor.report.terminal import print_records

    fmt = resolve_format(fmt, output)
    failed: list[str] = []
    figures: list[Any] = []
    decisions: list[Any] = []

    def work(doc: Document) -> tuple[list[Figure | Decision], Sequence[Any]]:
        """Records, and their rows with PDF boxes: both within the document's time limit."""
        records = extract_records(doc)
        return records, records if fmt == "table" and not output else with_boxes(doc, [r.to_dict() for r in records])

    for _, (records, rows) in documents(paths, failed, make_limits(limit_opts), work):
        for r, row in zip(records, rows, strict=True):
            (figures if isinstance(r, Figure) else decisions).append(row)
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
@click.option("--organisation", help="The organisation every file is by (else each file's own title, cover, "
              "header or letterhead says; files whose organisation is unknown are not compared).")
@limit_options
def check(paths: tuple[str, ...], fmt: str | None, output: str | None, html_path: str | None,
          fail_on: str, only_problems: bool, organisation: str | None, **limit_opts: Any) -> None:
    """Cross-check every total, change, percentage and list count a report states."""
    from extractor.dataset.crossdoc import identities
    from extractor.report.terminal import print_checks

    fmt = resolve_format(fmt, output)
    failed: list[str] = []
    done = list(documents(paths, failed, make_limits(limit_opts), _records_and_checks))
    results: list[tuple[Document, list[Check]]] = [(doc, checks) for doc, (_, checks) in done]
    if len(done) > 1 and (across := _across(done, failed, organisation)):
        results = results + [(_batch(results), across)]
    all_checks = [c for _, checks in results for c in checks]
    if only_problems:
        all_checks = [c for c in all_checks if c.status != "pass"]
    if fmt == "table" and not output:
        docs = [doc for doc, _ in results if doc.format != "batch"]
        clash = len({d.name for d in docs}) < len(docs)  # same-named files: head each with its identity
        names = identities(docs) + ["(across documents)"] * (len(results) - len(docs)) if clash else None
        print_checks(results, only_problems=only_problems, names=names)
    else:
        emit(all_checks, fmt, output, lambda _: None, kind="check")
    if html_path:
        from extractor.report.html import write_html

        write_html(results, html_path)
        note(f"HTML report written to {html_path}")
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
            failed: list[str], organisation: str | None) -> list[Check]:
    """The cross-document checks; a failure there is one `Error:` line, and the per-document
    results still stand."""
    try:
        from extractor.dataset.crossdoc import across_documents

        return across_documents([(doc, records) for doc, (records, _) in done], organisation)
    except Exception as exc:  # noqa: BLE001 - never lose the documents' own checks
        error("(across documents)", f"{type(exc).__name__}: {exc}")
        failed.append("(across documents)")
        return []


def _batch(results: Sequence[tuple[Document, Sequence[Check]]]) -> Document:
    """A pseudo-document naming the batch, under which cross-document checks are listed."""
    return Document(path="(across documents)", format="batch", blocks=())


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(file_okay=False),
              help="Folder for one CSV per table (DOC_tN.csv) [default: every table to stdout].")
@limit_options
def tables(paths: tuple[str, ...], output: str | None, **limit_opts: Any) -> None:
    """Every table the reader found, as CSV: what tally read its figures from."""
    from extractor.export import tables_of, write_table_csv

    failed: list[str] = []
    folder = Path(output) if output else None
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
    for doc, frames in documents(paths, failed, make_limits(limit_opts), tables_of):
        for frame in frames:
            at = frame.attrs
            where = f"{doc.name} table {at['table']}, page {at['page'] or '-'}, line {at['line']}"
            if folder:
                path = folder / f"{Path(doc.name).stem}_t{frame.attrs['table']}.csv"
                with path.open("w", encoding="utf-8", newline="") as fh:
                    write_table_csv(frame, fh)
                note(f"{where} -> {path}")
            else:
                click.echo(f"# {where}")
                write_table_csv(frame, sys.stdout)
                click.echo()
    if failed:
        sys.exit(EXIT_BAD_INPUT)


@cli.command("eval")
@click.argument("corpus", default="corpus", type=click.Path(exists=True, file_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default=None,
              help="Output format [default: table, or json with -o].")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the scores to FILE as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List missed and extra records per document.")
@click.option("--inject", is_flag=True, help="Instead: move each stated result of CORPUS/relations in a copy of "
              "its document and count the copies whose checks notice it (docs/checks.md).")
def eval_(corpus: str, fmt: str | None, output: str | None, verbose: bool, inject: bool) -> None:
    """Score extraction and checks against the gold answer keys in CORPUS/gold."""
    from extractor.evaluate import evaluate_corpus
    from extractor.report.terminal import print_eval

    if inject:
        _eval_inject(Path(corpus), fmt or "table")
        return
    gold = Path(corpus) / "gold"
    if not gold.is_dir() or not any(gold.glob("*.jsonl")):
        error(corpus, "no gold answer keys (CORPUS/gold/NAME.jsonl); nothing to score against")
        sys.exit(EXIT_BAD_INPUT)
    result = evaluate_corpus(Path(corpus), pdf_reader=pdf_reader())
    for path, problem in result.errors:
        error(path, problem)
    if fmt == "json" or output:
        scores = {"summary": result.total, "groups": result.groups,
                  "docs": [_doc_json(s, verbose) for s in result.docs]}
        write_rows(scores, "json", output)
    else:
        print_eval(result, verbose=verbose)
    if result.errors:
        sys.exit(EXIT_BAD_INPUT)


def _eval_inject(corpus: Path, fmt: str) -> None:
    """The injected-error yardstick over CORPUS/relations (issue 17)."""
    from extractor import inject

    report = inject.run(corpus / "relations", [corpus / "excerpts", corpus / "documents"],
                        inject.pipeline_checker(pdf_reader()))
    if fmt == "json":
        click.echo(json.dumps(report.summary() | {"new_failures": report.new_failures()}, indent=1))
    else:
        click.echo(inject.format_report(report))


def _doc_json(s: Any, verbose: bool) -> dict[str, Any]:
    d = {"doc": s.doc, "gold_figures": s.gold_figures, "pred_figures": s.pred_figures, "loose": s.loose,
         "core": s.core, "full": s.full, "decisions": s.decisions, "checks": s.checks}
    if verbose:
        d |= {"missed": s.missed, "extra": s.extra, "checks_missed": s.checks_missed,
              "checks_extra": s.checks_extra}
    return d


# `tally dataset` and `tally compare` live in dataset/cli.py
from extractor.dataset.cli import compare, dataset

cli.add_command(dataset)
cli.add_command(compare)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()


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
from extractor.export import BINARY, FORMATS, ExportError, format_from_path, write_records
from extractor.limits import DocumentTimeout, Limits, LimitWarning, time_limit, using
from extractor.load import PDF_READERS, iter_paths, load
from extractor.models import Check, Decision, Document, Figure

T = TypeVar("T")

EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2


def _error(path: str, problem: str) -> None:
    """One `Error:` line; control characters in a file name are shown escaped, so a name with a
    newline cannot forge a second line."""
    from extractor.report.terminal import safe

    click.echo(f"Error: {safe(path)}: {safe(problem)}", err=True)


def documents(paths: Sequence[str], failed: list[str], limits: Limits,
              work: Callable[[Document], T]) -> Iterator[tuple[Document, T]]:
    """Load each input and run `work` on it, within the document's limits; a file that cannot be
    read, raises, or runs out of time is one `Error:` line on stderr and the batch goes on."""
    for p in _inputs(paths):
        done = one_document(p, paths, limits, work)
        if done is None:
            failed.append("-" if p == STDIN else str(p))
        else:
            yield done


def one_document(p: Path, named: Sequence[str], limits: Limits,
                 work: Callable[[Document], T]) -> tuple[Document, T] | None:
    """(document, work's result), or None once the problem is on stderr. Warnings (a page
    skipped to stay within a limit) come first, as `Warning:` lines."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LimitWarning)
        problem = None
        try:
            with using(limits), time_limit(limits.timeout):
                doc = _load_input(p, named, limits)
                return doc, work(doc)
        except InputError as exc:
            problem = ("-" if p == STDIN else exc.path, exc.problem)
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


STDIN = Path("-")


def _inputs(paths: Sequence[str]) -> Iterator[Path]:
    """iter_paths, with `-` (standard input) kept in its place."""
    for raw in paths:
        yield from ([STDIN] if raw == "-" else iter_paths([raw]))


def _load_input(p: Path, named: Sequence[str], limits: Limits) -> Document:
    """A file, or standard input for `-` (its type sniffed from the content, or --stdin-format).
    A file named explicitly whose extension tally does not read is an error, not a silent skip."""
    from extractor.load import SUFFIXES

    if p == STDIN:
        return _load_stdin(limits)
    if str(p) in named and p.suffix and p.suffix.lower() not in SUFFIXES and p.is_file():
        raise InputError(str(p), f"unsupported format {p.suffix!r} (by its extension); tally reads "
                         f"{', '.join(sorted(SUFFIXES))} (rename the file if it is one of these)")
    return load(p, pdf_reader(), limits)


def _load_stdin(limits: Limits) -> Document:
    import dataclasses
    import tempfile

    data = sys.stdin.buffer.read()
    ctx = click.get_current_context(silent=True)
    kind = ctx.find_root().params.get("stdin_format") if ctx else None
    with tempfile.TemporaryDirectory(prefix="tally-stdin-") as tmp:
        path = Path(tmp) / (f"stdin.{kind}" if kind else "stdin")
        path.write_bytes(data)
        try:
            doc = load(path, pdf_reader(), limits)
        except InputError as exc:
            raise InputError("-", exc.problem) from None
    return dataclasses.replace(doc, path="stdin" + (f".{kind}" if kind else ""))


def output_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`-f/--format` and `-o/--output`, which travel together on every record command."""
    fn = click.option("-o", "--output", type=click.Path(dir_okay=False),
                      help="Write to FILE; the format follows its extension (.jsonl .json .csv .xlsx .parquet).")(fn)
    return click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
                        help="Output format [default: table, or from -o's extension].")(fn)


def _resolve_format(fmt: str | None, output: str | None) -> str:
    """--format, else -o's extension; an extension tally cannot write is a usage error (exit 2)."""
    if fmt is None:
        try:
            return format_from_path(output) if output else "table"
        except ExportError as exc:
            raise click.UsageError(str(exc)) from None
    if fmt in BINARY and not output:
        raise click.UsageError(f"{fmt} output needs -o FILE.{fmt}")
    return fmt


def emit(records: Sequence[Figure | Decision | Check], fmt: str, output: str | None,
         table: Callable[[Sequence[Any]], None], kind: str = "record") -> None:
    """Records to stdout or -o FILE in the chosen format, with the fixed schema of `kind`."""
    if fmt == "table" and not output:
        table(records)
    elif fmt == "table":
        write_records(records, "jsonl", path=output, kind=kind)
    else:
        write_records(records, fmt, out=None if output else sys.stdout, path=output, kind=kind)


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


def note(message: str) -> None:
    """A note for a person on stderr, silenced by -q."""
    ctx = click.get_current_context(silent=True)
    if not (ctx and ctx.find_root().params.get("quiet")):
        click.echo(message, err=True)


def pdf_reader() -> str:
    """The --pdf-reader chosen for this run (the group option every command shares)."""
    ctx = click.get_current_context(silent=True)
    return str(ctx.find_root().params.get("pdf_reader") or "pdfium") if ctx else "pdfium"


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "jsonl", "json"]), default=None,
              help="Output format [default: table, or from -o's extension].")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the blocks to FILE (.jsonl .json).")
@click.option("--all", "show_all", is_flag=True, help="Also show page furniture (headers, footers).")
@limit_options
def show(paths: tuple[str, ...], fmt: str | None, output: str | None, show_all: bool, **limit_opts: Any) -> None:
    """Show the blocks of documents as the tool reads them: kind, page, line, headings, text."""
    from extractor.report.terminal import print_blocks

    fmt = fmt or (_resolve_format(None, output) if output else "table")
    if fmt not in ("table", "jsonl", "json"):
        raise click.UsageError(f"show writes table, jsonl or json, not {fmt}")
    failed: list[str] = []
    rows: list[dict[str, Any]] = []
    for doc, _ in documents(paths, failed, make_limits(limit_opts), lambda d: None):
        blocks = [b for b in doc.blocks if show_all or not b.furniture]
        if fmt == "table" and not output:
            print_blocks(doc, blocks)
        else:
            rows += [_block_row(doc, b) for b in blocks]
    if fmt != "table" or output:
        _write_rows(rows, "jsonl" if fmt == "table" else fmt, output)
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


def _write_rows(rows: Any, fmt: str, output: str | None) -> None:
    """Plain dicts as jsonl or json, to -o FILE or stdout."""
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n"
    else:
        text = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@limit_options
def extract(paths: tuple[str, ...], fmt: str | None, output: str | None, **limit_opts: Any) -> None:
    """Every complaint figure, then every ombudsman decision, of each input (files or folders)."""
    from extractor.locate import with_boxes
    from extractor.pipeline import extract as extract_records
    from extractor.report.terminal import print_records

    fmt = _resolve_format(fmt, output)
    failed: list[str] = []
    figures: list[Any] = []
    decisions: list[Any] = []
    for doc, records in documents(paths, failed, make_limits(limit_opts), extract_records):
        rows = records if fmt == "table" and not output else with_boxes(doc, [r.to_dict() for r in records])
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
    from extractor.report.terminal import print_checks

    fmt = _resolve_format(fmt, output)
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


def identities(docs: Sequence[Document]) -> list[str]:
    """Each document's identity: its path relative to the inputs' common folder, so `a/report.txt`
    and `b/report.txt` are two documents while `doc` stays the display name."""
    import os

    paths = [os.path.abspath(d.path) for d in docs]
    if len(paths) < 2:
        return [d.name for d in docs]
    root = os.path.commonpath([os.path.dirname(p) for p in paths])
    return [os.path.relpath(p, root).replace(os.sep, "/") for p in paths]


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
        return across_documents([(doc, records) for doc, (records, _) in done], organisation)
    except Exception as exc:  # noqa: BLE001 - never lose the documents' own checks
        _error("(across documents)", f"{type(exc).__name__}: {exc}")
        failed.append("(across documents)")
        return []


def across_documents(results: Sequence[tuple[Document, Sequence[Figure | Decision]]],
                     organisation: str | None = None) -> list[Check]:
    """Checks no single report can show: the same figure or period told differently by two files
    of one organisation (given, or each file's own identity; unknown ones are not compared)."""
    import pandas as pd

    from extractor import identity
    from extractor.dataset import crossdoc

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
            for c in crossdoc.run(pd.DataFrame(rows))]


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
        _error(corpus, "no gold answer keys (CORPUS/gold/NAME.jsonl); nothing to score against")
        sys.exit(EXIT_BAD_INPUT)
    result = evaluate_corpus(Path(corpus), pdf_reader=pdf_reader())
    for path, problem in result.errors:
        _error(path, problem)
    if fmt == "json" or output:
        scores = {"summary": result.total, "groups": result.groups,
                  "docs": [_doc_json(s, verbose) for s in result.docs]}
        _write_rows(scores, "json", output)
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


"""What the commands that read files share: the batch (files, folders, `-`), each document
within its limits and isolated from the others, progress on stderr, and the output options.

Click only, like cli.py: the library does the work; here a document's failure becomes one
`Error:` line and the batch goes on (exit code 2 at the end, cli.py).
"""

from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from extractor.errors import InputError
from extractor.export import BINARY, FORMATS, ExportError, format_from_path, write_records
from extractor.limits import DocumentTimeout, Limits, LimitWarning, time_limit, using
from extractor.load import iter_paths, load
from extractor.models import Check, Decision, Document, Figure

T = TypeVar("T")

EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2


def error(path: str, problem: str) -> None:
    """One `Error:` line; control characters in a file name are shown escaped, so a name with a
    newline cannot forge a second line."""
    _to_stderr(f"Error: {_safe(path)}: {_safe(problem)}")


def _safe(text: str) -> str:
    from extractor.report.terminal import safe

    return safe(text)


_bars: list[Any] = []  # the progress bar on stderr, while a batch shows one


def _to_stderr(line: str) -> None:
    """A line on stderr, above the progress bar when one is shown."""
    if not (_bars and _bars[-1].print(line)):
        click.echo(line, err=True)


def documents(paths: Sequence[str], failed: list[str], limits: Limits, work: Callable[[Document], T],
              progress_to: IO[str] | None = None) -> Iterator[tuple[Document, T]]:
    """Load each input and run `work` on it, within the document's limits; a file that cannot be
    read, raises, or runs out of time is one `Error:` line on stderr and the batch goes on.
    A batch of more than a few files shows a bar on stderr (`progress_to`) when it is a terminal."""
    from extractor.report.progress import Bar

    inputs = list(_inputs(paths))
    bar = Bar(len(inputs), progress_to, quiet=quiet())
    _bars.append(bar)
    try:
        for p in inputs:
            done = one_document(p, paths, limits, work)
            bar.advance(p.name)
            if done is None:
                failed.append("-" if p == STDIN else str(p))
            else:
                yield done
    finally:
        _bars.remove(bar)
        bar.close()


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
                    _to_stderr(f"Warning: {_safe(str(w.message))}")
            if problem:
                error(*problem)
    return None


def limit_options(fn: Callable[..., Any], timeout: bool = True) -> Callable[..., Any]:
    """The per-document limits (extractor/limits.py), shared by every command that reads files
    (`tally dataset` has a --timeout of its own: `timeout=False` leaves that one out)."""
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
    for name, kind, default, text in reversed(options if timeout else options[1:]):
        fn = click.option(name, type=kind, default=default, show_default=True, help=text)(fn)
    return fn


def make_limits(opts: dict[str, Any]) -> Limits:
    """Limits from the options `limit_options` added (popped from `opts`)."""
    return Limits(max_file_bytes=int(opts.pop("max_file_mb") * 2**20), max_pages=opts.pop("max_pages"),
                  max_block_chars=opts.pop("max_block_chars"), max_digits=opts.pop("max_digits"),
                  max_page_objects=opts.pop("max_page_objects"), pdf_memory_mb=opts.pop("pdf_memory_mb"),
                  timeout=opts.pop("timeout", Limits.timeout))


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


def resolve_format(fmt: str | None, output: str | None) -> str:
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


def quiet() -> bool:
    """Was `tally -q` given (no notes or progress on stderr)?"""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().params.get("quiet"))


def note(message: str) -> None:
    """A note for a person on stderr, silenced by -q."""
    if not quiet():
        click.echo(message, err=True)


def pdf_reader() -> str:
    """The --pdf-reader chosen for this run (the group option every command shares)."""
    ctx = click.get_current_context(silent=True)
    return str(ctx.find_root().params.get("pdf_reader") or "pdfium") if ctx else "pdfium"



def write_rows(rows: Any, fmt: str, output: str | None) -> None:
    """Plain dicts as jsonl or json, to -o FILE or stdout."""
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n"
    else:
        text = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)

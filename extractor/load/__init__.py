"""path -> Document: pick a loader by extension (or by sniffing the content), expand folders.

Every loader returns the same Document model, so nothing downstream knows the format.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from extractor.errors import InputError
from extractor.limits import DEFAULT, Limits
from extractor.load.paragraph_numbers import with_paragraph_numbers_apart
from extractor.models import Block, Document, LoadResult

Loader = Callable[[Path, bytes], Document]

SUFFIXES: dict[str, str] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".tsv": "csv",
    ".csv": "csv",
}


def _loader(fmt: str) -> Loader:
    """Import loaders lazily: a text-only run never pays for pdfplumber or python-docx."""
    if fmt == "pdf":
        from extractor.load.pdf import load_pdf

        return load_pdf
    if fmt == "docx":
        from extractor.load.docx import load_docx

        return load_docx
    if fmt == "html":
        from extractor.load.html import load_html

        return load_html
    if fmt == "csv":
        from extractor.load.delimited import load_delimited

        return load_delimited
    from extractor.load.text import load_markdown, load_text

    return load_markdown if fmt == "markdown" else load_text


def sniff_format(data: bytes) -> str | None:
    """Guess a format from the first bytes, for files whose extension says nothing."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    low = head.lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<body" in low:
        return "html"
    if head.startswith(b"#") or b"\n#" in head or b"\n- " in head:
        return "markdown"
    if _looks_textual(data):
        return "text"
    return None


def _looks_textual(data: bytes) -> bool:
    """Text files have no NUL bytes and few control characters; UTF-16 (a Windows "Unicode" export,
    with its byte-order mark) is judged on its characters."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        sample = sample[: len(sample) // 2 * 2].decode("utf-16", "replace").encode("utf-8", "replace")
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(sample) * 0.01


def detect_format(path: Path, data: bytes) -> str:
    """Extension first, then content; raise InputError for what no loader can read."""
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt in ("text", "markdown", "csv") and not _looks_textual(data):
        raise InputError(str(path), "binary content in a text file; is the extension wrong?")
    if fmt:
        return fmt
    sniffed = sniff_format(data)
    if sniffed is None:
        raise InputError(str(path), f"unsupported format {path.suffix or '(no extension)'!r}; "
                         "tally reads PDF, DOCX, HTML, Markdown, text and CSV")
    return sniffed


PDF_READERS = ("pdfium", "pdfplumber")


def load(path: str | Path, pdf_reader: str = "pdfium", limits: Limits = DEFAULT) -> Document:
    """Read one report file into a Document; raises InputError naming the file and problem.

    `pdf_reader` picks how PDF pages are read: "pdfium" (fast; the default) or "pdfplumber"
    (pdfminer's full layout, the reference the fast reader is tested against). `limits` bounds
    the file size, the PDF pages and the PDF reader's memory and time."""
    if pdf_reader not in PDF_READERS:
        raise ValueError(f"pdf_reader must be one of {PDF_READERS}, not {pdf_reader!r}")
    p = Path(path)
    data = read_regular(p, limits.max_file_bytes)
    if not data.strip():
        raise InputError(str(p), "empty file")
    fmt = detect_format(p, data)
    if fmt == "pdf":
        from extractor.load.pdf import load_pdf

        doc = load_pdf(p, data, reader=pdf_reader, limits=limits)
    elif fmt == "docx":
        from extractor.load.docx import check_unpacked_size, load_docx

        check_unpacked_size(p, data, limits.max_file_bytes)
        doc = load_docx(p, data)
    else:
        doc = _loader(fmt)(p, data)
    if not doc.blocks:
        raise InputError(str(p), "no text found")
    return with_heading_paths(replace(doc, blocks=with_paragraph_numbers_apart(doc.blocks)))


def read_regular(p: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than `max_bytes` (see `open_regular`)."""
    with open_regular(p, max_bytes) as f:
        try:
            data = f.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(str(p), f"cannot read ({exc.strerror})") from None
    if len(data) > max_bytes:  # grew while we read it
        raise InputError(str(p), f"over the {_mb(max_bytes)} MB limit (--max-file-mb)")
    return data


@contextmanager
def open_regular(p: Path, max_bytes: int) -> Iterator[BinaryIO]:
    """A regular file no larger than `max_bytes`, open for reading; everything that reads an
    input (the loaders, the dataset's content hash) goes through here, so a FIFO or device is
    refused, never waited on (opened non-blocking, checked on the open descriptor), and an
    oversized file is refused before a byte of it is read."""
    try:
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(str(p), "no such file or directory") from None
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise InputError(str(p), "is a directory; use load_many() for folders") from None
        raise InputError(str(p), f"cannot read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise InputError(str(p), "is a directory; use load_many() for folders")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(str(p), "not a regular file (a pipe or device?); only files are read")
        if info.st_size > max_bytes:
            raise InputError(str(p), f"{_mb(info.st_size)} MB, over the {_mb(max_bytes)} MB limit (--max-file-mb)")
        yield f


def _mb(n: int) -> str:
    return f"{n / 2**20:.3g}"


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and every supported file below a folder, in sorted order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield p


def load_many(paths: Iterable[str | Path], pdf_reader: str = "pdfium", limits: Limits = DEFAULT) -> LoadResult:
    """Load every input; one bad file is recorded as an error and never stops the others."""
    result = LoadResult()
    for p in iter_paths(paths):
        try:
            result.documents.append(load(p, pdf_reader, limits))
        except InputError as exc:
            result.errors.append((exc.path, exc.problem))
        except Exception as exc:  # noqa: BLE001 - any failure to parse is bad input, reported, never a traceback
            result.errors.append((str(p), f"could not be read ({type(exc).__name__}: {exc})"))
    return result


def with_lines_blank(doc: Document, lines: set[int]) -> Document:
    """A text or Markdown document read again with the given lines (1-based) blank and its numbering
    kept: lines a step sets aside before the readers read the page (extract/compared_lines.py)."""
    if doc.format not in ("text", "markdown") or doc.line_numbers or not lines:
        return doc
    text = "\n".join("" if n in lines else line for n, line in enumerate(doc.lines, 1))
    again = with_heading_paths(_loader(doc.format)(Path(doc.name), text.encode("utf-8")))
    return replace(again, set_aside=frozenset(lines) | again.set_aside)


def with_heading_paths(doc: Document) -> Document:
    """Give every block the chain of headings above it (level 1 outermost)."""
    stack: list[tuple[int, str]] = []
    blocks: list[Block] = []
    for b in doc.blocks:
        if b.kind == "heading" and not b.furniture:
            level = b.level or 1
            while stack and stack[-1][0] >= level:
                stack.pop()
            blocks.append(replace(b, heading_path=tuple(t for _, t in stack)))
            stack.append((level, b.text))
        else:
            blocks.append(replace(b, heading_path=tuple(t for _, t in stack)))
    return replace(doc, blocks=tuple(blocks))

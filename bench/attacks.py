"""The attacks of issue 16 at full size: each is generated in a temporary folder and read by
`tally extract` with the default limits, one process per attack.

    python bench/attacks.py [--only NAME ...] [--keep DIR] [--kill-after 300]

Prints, per attack: the file's size on disk, wall time, CPU time (user + system, of `tally` and
its children: the wall time of a loaded machine overstates the work), peak memory (the largest resident set
of `tally` or any of its children, from wait4, and the sum over the process tree sampled every
0.1 s with psutil), exit code, records written and the first `Error:`/`Warning:` line. The
issue's bar is 60 s (the default `--timeout`) and 1 GB. A bench, not a test: timings never
decide a pass or a fail in the suite (tests/test_fuzz.py and tests/test_limits.py pin each
kind at small size).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
SENTENCE = ("In 2023/24 the council received 1,234 stage 1 complaints, of which 412 (33%) were upheld "
            "and 87 were escalated to stage 2. ")


# ------------------------------------------------------------------ text, HTML and DOCX attacks

def _repeat_to(unit: str, size: int) -> str:
    """`unit` repeated until the text is `size` characters long."""
    return (unit * (size // len(unit) + 1))[:size]


def paragraph(size: int) -> Callable[[Path], None]:
    """One paragraph of report sentences, no line break: spaCy's E088 took 33 s at 1 MB."""
    return lambda path: path.write_text("Complaints report\n\n" + _repeat_to(SENTENCE, size) + "\n", encoding="utf-8")


def single_line(size: int) -> Callable[[Path], None]:
    """One line of `size` characters: words, numbers, shares and years with no sentence end."""
    unit = "Stage 1 complaints received 12 (34%) in 2023/24 Council of Newshire 1,234 upheld "
    return lambda path: path.write_text(_repeat_to(unit, size) + "\n", encoding="utf-8")


def html_page(size: int) -> Callable[[Path], None]:
    """An HTML page of `size` bytes: headings, paragraphs and a long table of figures."""
    def write(path: Path) -> None:
        rows, body, k = [], 0, 0
        while body < size:
            row = (f"<tr><td>Service {k}</td><td>{k % 97}</td><td>{k % 13}</td><td>{k % 50}%</td></tr>"
                   if k % 10 else f"</table><h2>Section {k}</h2><p>{SENTENCE}</p><table>")
            rows.append(row)
            body += len(row)
            k += 1
        path.write_text("<html><body><h1>Complaints annual report</h1><table>" + "".join(rows)
                        + "</table></body></html>", encoding="utf-8")
    return write


def number_wall(size: int) -> Callable[[Path], None]:
    """A paragraph that is only numbers, `size` characters."""
    return lambda path: path.write_text("Complaints received " + _repeat_to("1 2 3 4 5 ", size) + "\n", encoding="utf-8")


def long_number(digits: int) -> Callable[[Path], None]:
    """A digit run of `digits` digits inside a report sentence (an OverflowError once)."""
    return lambda path: path.write_text(f"The council received {'9' * digits} complaints in 2023/24.\n"
                                        "The council received 12 complaints.\n", encoding="utf-8")


def docx_paragraphs(n: int) -> Callable[[Path], None]:
    """A Word document of `n` one-line paragraphs (python-docx's template, put in as one XML
    fragment: adding them one by one takes python-docx minutes)."""
    def write(path: Path) -> None:
        import docx
        from lxml import etree

        ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        body = "".join(f"<w:p><w:r><w:t>Stage 1 complaints: {k % 97}</w:t></w:r></w:p>" for k in range(n))
        document = docx.Document()
        section = document.element.body[-1]
        for p in etree.fromstring(f'<w:body xmlns:w="{ns}">{body}</w:body>'):
            section.addprevious(p)
        document.save(str(path))
    return write


def docx_bomb(size: int) -> Callable[[Path], None]:
    """A DOCX whose document.xml unpacks to `size` bytes of one text node (1 MB on disk)."""
    def write(path: Path) -> None:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                       'package/2006/content-types"/>')
            with z.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                           b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
                for chunk in _chunks(b"A", size):
                    part.write(chunk)
                part.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return write


def _chunks(unit: bytes, size: int, chunk: int = 4 * MB) -> Iterator[bytes]:
    """`unit` repeated to `size` bytes, in pieces of about `chunk` bytes."""
    piece = unit * (chunk // len(unit))
    for _ in range(size // len(piece)):
        yield piece
    yield unit * ((size % len(piece)) // len(unit) + 1)


# ------------------------------------------------------------------ PDF attacks, written by hand

TEXT_OPS = (b"BT /F1 10 Tf 40 800 Td 14 TL\n(During 2023/24 the council received 29 stage one complaints.) '\n"
            b"(Out of the 29 cases, five cases were upheld and 24 not upheld.) '\nET\n")


def _pdf(path: Path, streams: Sequence[tuple[bytes, bytes]]) -> None:
    """A PDF of one page per (dictionary entries, stream bytes), Helvetica as F1."""
    n = len(streams)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(n))
               + b"] /Count %d >>" % n,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for k, (entries, data) in enumerate(streams):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % (5 + 2 * k))
        objects.append(b"<< /Length %d %s >>\nstream\n" % (len(data), entries) + data + b"\nendstream")
    with path.open("wb") as out:
        out.write(b"%PDF-1.7\n")
        offsets = []
        for k, body in enumerate(objects, start=1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
        out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))


def pdf_paths(size: int, pages: int = 10) -> Callable[[Path], None]:
    """`size` bytes of uncompressed short line segments over `pages` pages, a text line on each."""
    def write(path: Path) -> None:
        per_page = size // pages
        units = [b"%d %d m %d %d l S\n" % (40 + k % 500, 40 + k % 700, 45 + k % 500, 40 + k % 700)
                 for k in range(3500)]
        block = b"".join(units)
        body = TEXT_OPS + block * (per_page // len(block))
        _pdf(path, [(b"", body)] * pages)
    return write


def pdf_stream(decoded: int) -> Callable[[Path], None]:
    """One page whose Flate-compressed content stream decodes to `decoded` bytes of text objects."""
    def write(path: Path) -> None:
        z = zlib.compressobj(9)
        parts = [z.compress(TEXT_OPS)]
        unit = b"BT /F1 10 Tf 40 400 Td (The council received 29 complaints.) Tj ET\n"
        parts += [z.compress(chunk) for chunk in _chunks(unit, decoded - len(TEXT_OPS))]
        parts.append(z.flush())
        _pdf(path, [(b"/Filter /FlateDecode", b"".join(parts))])
    return write


def pdf_pages(n: int) -> Callable[[Path], None]:
    """`n` pages of two report lines each (the default --max-pages is 2,000)."""
    def write(path: Path) -> None:
        data = zlib.compress(TEXT_OPS)
        _pdf(path, [(b"/Filter /FlateDecode", data)] * n)
    return write


ATTACKS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "paragraph-1mb": ("txt", paragraph(1 * MB)),
    "paragraph-4mb": ("txt", paragraph(4 * MB)),
    "single-line-50mb": ("txt", single_line(50 * MB)),
    "single-line-8mb": ("txt", single_line(8 * MB)),
    "html-20mb": ("html", html_page(20 * MB)),
    "html-2mb": ("html", html_page(2 * MB)),
    "number-wall-4mb": ("txt", number_wall(4 * MB)),
    "digits-5000": ("txt", long_number(5000)),
    "pdf-paths-50mb": ("pdf", pdf_paths(50 * MB)),
    "pdf-stream-1gb": ("pdf", pdf_stream(1024 * MB)),
    "docx-200k-paragraphs": ("docx", docx_paragraphs(200_000)),
    "docx-bomb-1gb": ("docx", docx_bomb(1024 * MB)),
    "pdf-2000-pages": ("pdf", pdf_pages(2000)),
}


# ------------------------------------------------------------------ running tally on one attack

@dataclass(frozen=True)
class Run:
    """What one `tally extract` cost and said."""

    name: str
    size: int
    seconds: float
    cpu: float  # user + system seconds of tally and its children
    max_rss: int  # bytes, the largest process of the tree (wait4)
    tree_rss: int  # bytes, the most the whole tree held at once (sampled)
    code: int
    records: int
    message: str


def _tree_rss(proc: psutil.Process) -> int:
    """Resident bytes of `proc` and every descendant now."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_tally(name: str, path: Path, kill_after: float) -> Run:
    """`tally extract PATH -f jsonl` with the default limits; records go to a file, not a pipe."""
    out = path.with_suffix(".jsonl")
    err = path.with_suffix(".err")
    with out.open("w") as stdout, err.open("w") as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", str(path), "-f", "jsonl"],
                                stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL, cwd=ROOT)
        watched, tree, status, usage = psutil.Process(proc.pid), 0, None, None
        while status is None:
            pid, status_, usage_ = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                status, usage = status_, usage_
                break
            tree = max(tree, _tree_rss(watched))
            if time.perf_counter() - start > kill_after:
                for p in [watched, *watched.children(recursive=True)]:
                    p.kill()
            time.sleep(0.1)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines = [ln for ln in err.read_text(errors="replace").splitlines() if ln.startswith(("Error:", "Warning:"))]
    message = lines[0].replace(f"{path.parent}/", "") if lines else ""
    if len(lines) > 1:
        message += f" (+{len(lines) - 1} more)"
    with out.open("rb") as f:
        records = sum(1 for _ in f)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(name, path.stat().st_size, seconds, cpu, usage.ru_maxrss * 1024, tree, proc.returncode, records, message)


def _size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB / 10 else f"{n / 1024:.0f} KB"


def row(run: Run) -> str:
    """One Markdown table row; the message shortened and its folder dropped."""
    message = run.message.replace("|", "/")
    if len(message) > 110:
        message = message[:107] + "..."
    return (f"| {run.name} | {_size(run.size)} | {run.seconds:.1f} | {run.cpu:.1f} | {run.max_rss / MB:.0f} | {run.tree_rss / MB:.0f} "
            f"| {run.code} | {run.records} | {message} |")


HEADER = ("| attack | on disk | wall s | CPU s | peak RSS MB (largest process) | peak RSS MB (tree, sampled) | exit "
          "| records | first Error/Warning line |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", choices=sorted(ATTACKS), help="run these attacks only")
    ap.add_argument("--keep", type=Path, help="write the files here and keep them (default: a temp dir)")
    ap.add_argument("--kill-after", type=float, default=300.0, help="stop a run after this many seconds")
    args = ap.parse_args(argv)
    names = args.only or list(ATTACKS)
    with tempfile.TemporaryDirectory(prefix="tally-attacks-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(HEADER, flush=True)
        worst, stopped = [], []
        for name in names:
            suffix, make = ATTACKS[name]
            path = folder / f"{name}.{suffix}"
            t0 = time.perf_counter()
            make(path)
            print(f"<!-- {name}: generated in {time.perf_counter() - t0:.1f} s -->", file=sys.stderr, flush=True)
            run = run_tally(name, path, args.kill_after)
            print(row(run), flush=True)
            if "timed out" in run.message:
                stopped.append(name)
            if run.seconds > 65 or max(run.max_rss, run.tree_rss) > 1024 * MB or run.code not in (0, 1, 2):
                worst.append(name)  # 65: the 60 s limit plus starting and ending Python
            if not args.keep:
                path.unlink()
        print(f"\nstopped at the time limit: {', '.join(stopped) or 'none'}", flush=True)
        print(f"past the limit, over 1 GB or a bad exit code: {', '.join(worst) or 'none'}", flush=True)
    return 1 if worst else 0


if __name__ == "__main__":
    sys.exit(main())

"""Throughput of report-tally next to bare PDF text extraction, measured in one run.

    python bench/bench.py [--corpus corpus] [--repeat 3] [--memory-pages 200]

Prints pages/s on the corpus PDFs for bare pdfplumber `extract_text`, pypdfium2 text,
`extractor.load`, and `tally extract` end to end (load, segment, extract, check) with the
PDFium reader and with the pdfplumber reference reader, with the ratios; MB/s on the text
formats (file size of .txt and .md; MB of text read from HTML pages of the excerpts and from the
corpus DOCX renderings); and the peak memory (max RSS of a child process) of a full run over a generated
N-page PDF. Timings are for reading, never for tests.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """Best wall time of `repeat` runs: the least disturbed by the rest of the machine."""
    return min(timed(repeat, fn))


def timed(repeat: int, fn: Callable[[], object]) -> list[float]:
    """Wall time of each of `repeat` runs, in order."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def rates(size: float, times: Sequence[float]) -> str:
    """MB/s of the best run, and of the first: later runs of the same files find their sentences'
    numbers and periods already read (the per-text caches of numbers.py and periods.py), so the
    first run is what a report read for the first time costs."""
    return f"{size / min(times):.2f} MB/s (first run {size / times[0]:.2f})"


def pdfplumber_text(paths: Sequence[Path]) -> None:
    import pdfplumber

    for p in paths:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()


def pdfium_text(paths: Sequence[Path]) -> None:
    import pypdfium2 as pdfium

    for p in paths:
        pdf = pdfium.PdfDocument(p)
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()


def tally_load(paths: Sequence[Path]) -> None:
    from extractor import load

    for p in paths:
        load(p)


def tally_full(paths: Sequence[Path], pdf_reader: str = "pdfium") -> None:
    from extractor import check, extract, load

    for p in paths:
        doc = load(p, pdf_reader)
        check(doc, extract(doc))


def tally_full_reference(paths: Sequence[Path]) -> None:
    """The same run with pdfplumber's full layout (`tally --pdf-reader pdfplumber`)."""
    tally_full(paths, "pdfplumber")


def page_count(paths: Sequence[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for p in paths:
        pdf = pdfium.PdfDocument(p)
        total += len(pdf)
        pdf.close()
    return total


def make_html(corpus: Path, out: Path) -> list[Path]:
    """The text excerpts as web pages (headings, paragraphs, tables), as bench/render_real.py makes them."""
    sys.path.insert(0, str(ROOT / "bench"))
    from render_real import to_html

    pages = []
    for src in sorted((corpus / "excerpts").glob("*.txt")):
        page = out / f"{src.stem}.html"
        page.write_text(to_html(src.read_text(encoding="utf-8"), src.stem), encoding="utf-8")
        pages.append(page)
    return pages


def text_mb(paths: Sequence[Path]) -> float:
    """MB of text the loader reads from these files: markup and zip containers do not count."""
    from extractor import load

    return sum(len("\n".join(load(p).lines).encode("utf-8")) for p in paths) / 1e6


def make_long_pdf(pages: int, out: Path) -> None:
    """An N-page report PDF made of the corpus text, for the memory measurement."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    text = (ROOT / "corpus/documents/wolverhampton-2022-23-h1-complaints.txt").read_text(encoding="utf-8")
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    story = []
    while len(story) < pages * 20:
        story += [Paragraph(p.replace("&", "&amp;").replace("<", "&lt;"), styles["BodyText"]) for p in paras]
    SimpleDocTemplate(str(out), pagesize=A4).build(story[: pages * 20])


def peak_memory_mb(pdf: Path) -> float:
    """Max RSS of a child process that loads, extracts and checks one PDF."""
    code = ("import sys; from extractor import load, extract, check; "
            "d = load(sys.argv[1]); check(d, extract(d))")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-c", code, str(pdf)], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--memory-pages", type=int, default=200)
    args = ap.parse_args(argv)

    pdfs = sorted((args.corpus / "pdf").glob("*.pdf"))
    texts = sorted(p for d in ("documents", "excerpts") for p in (args.corpus / d).glob("*")
                   if p.suffix in (".txt", ".md"))
    tally_full(pdfs[:1] + texts[:1])  # warm up: imports, spaCy pipeline, compiled patterns
    if pdfs:
        pages = page_count(pdfs)
        print(f"corpus PDFs: {len(pdfs)} files, {pages} pages (best of {args.repeat})")
        base = None
        for name, fn in (("pdfplumber extract_text", pdfplumber_text), ("pypdfium2 text", pdfium_text),
                         ("tally load", tally_load), ("tally extract+check", tally_full),
                         ("  same, --pdf-reader pdfplumber", tally_full_reference)):
            secs = best_of(args.repeat, lambda fn=fn: fn(pdfs))
            rate = pages / secs
            base = base or rate
            print(f"  {name:<32} {rate:8.1f} pages/s   x{rate / base:5.2f} vs pdfplumber extract_text")
    size = sum(p.stat().st_size for p in texts) / 1e6
    times = timed(args.repeat, lambda: tally_full(texts))
    print(f"text formats: {len(texts)} files, {size:.2f} MB: tally extract+check {rates(size, times)}")
    with tempfile.TemporaryDirectory() as tmp:
        for kind, paths in (("html", make_html(args.corpus, Path(tmp))),
                            ("docx", sorted((args.corpus / "docx").glob("*.docx")))):
            if paths:
                size = text_mb(paths)
                times = timed(args.repeat, lambda paths=paths: tally_full(paths))
                print(f"  {kind}: {len(paths)} files, {size:.2f} MB of text: tally extract+check {rates(size, times)}")
    if args.memory_pages:
        with tempfile.TemporaryDirectory() as tmp:
            long_pdf = Path(tmp) / "long.pdf"
            make_long_pdf(args.memory_pages, long_pdf)
            n = page_count([long_pdf])
            print(f"peak memory, {n}-page PDF, load+extract+check: {peak_memory_mb(long_pdf):.0f} MB (max RSS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score tally on text reports printed to PDF as they stand: every line set where the file sets it, no
wrapping, no borders - what a PDF of a report laid out with spaces (a table without borders, a header
over several lines, a number hung in the margin) gives the reader.

    .venv/bin/python bench/print_pdf.py [--source DIR] [--keep DIR]

DIR/*.txt (default tests/data/held_out_reports) are drawn with reportlab twice - in Courier, and in
Helvetica with each run of text at the column its first character stands at - into a temporary folder
(or --keep DIR), and scored against the gold beside them with the reference scorer, beside the text's own
score. Nothing is written into the repository. The gap between the text's score and the PDFs' is what
reading a PDF's layout still costs (2026-12-07: 0.827 as text; 0.523 / 0.545 printed, 0.697 / 0.722 after
the layout changes of that day).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import regex as re
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "tools" / "score.py"
TALLY = ROOT / ".venv" / "bin" / "tally"
MARGIN = 40.0
RUN = re.compile(r"\S+(?: \S+)*")  # a run of text: words a single space apart


def draw(text: str, out: Path, font: str) -> None:
    """One text file as a PDF: A4 (landscape when a line is wider than 110 characters), the type as large as
    10pt or as the widest line allows, a new page every page's worth of lines or at a form feed."""
    lines = text.replace("\r", "").split("\n")
    width = max((len(ln.rstrip()) for ln in lines), default=80)
    size = A4 if width <= 110 else landscape(A4)
    fs = min(10.0, (size[0] - 2 * MARGIN) / (max(width, 60) * 0.6))
    lead = fs * 1.3
    per_page = int((size[1] - 2 * MARGIN) / lead)
    pdf = canvas.Canvas(str(out), pagesize=size)
    y, n = size[1] - MARGIN, 0
    for line in lines:
        if "\f" in line or n >= per_page:
            pdf.showPage()
            y, n = size[1] - MARGIN, 0
            line = line.replace("\f", "")
        pdf.setFont(font, fs)
        if font == "Courier":
            pdf.drawString(MARGIN, y, line.rstrip())
        else:
            for m in RUN.finditer(line):
                pdf.drawString(MARGIN + m.start() * fs * 0.6, y, m.group(0))
        y -= lead
        n += 1
    pdf.save()


def score(folder: Path, source: Path, names: str) -> str:
    """The reference scorer's summary line of tally's figures on a folder of PDFs (or the text files)."""
    pred = folder.parent / f"{folder.name}.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        subprocess.run([str(TALLY), "extract", str(folder), "--format", "jsonl"], stdout=fh, stderr=subprocess.DEVNULL,
                       check=False)
    res = subprocess.run([sys.executable, str(SCORE), str(pred), str(source), "--docs", names, "--summary"],
                         capture_output=True, text=True, check=False)
    return next((ln for ln in res.stdout.splitlines() if ln.startswith("core")), res.stdout.strip())


def main(argv: list[str]) -> int:
    source = Path(argv[argv.index("--source") + 1]) if "--source" in argv else ROOT / "tests" / "data" / "held_out_reports"
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    texts = sorted(p for p in source.glob("*.txt") if (source / f"{p.stem}.jsonl").exists())
    names = ",".join(p.stem for p in texts)
    with tempfile.TemporaryDirectory(prefix="print-pdf-") as tmp:
        out = keep or Path(tmp)
        print(f"{len(texts)} text files from {source}")
        print(f"  as text:             {score(_linked(out / 'text', texts), source, names)}")
        for font in ("Courier", "Helvetica"):
            folder = out / font.lower()
            folder.mkdir(parents=True, exist_ok=True)
            for p in texts:
                draw(p.read_text(encoding="utf-8", errors="replace"), folder / f"{p.stem}.pdf", font)
            print(f"  printed ({font:<9}): {score(folder, source, names)}")
    return 0


def _linked(folder: Path, texts: list[Path]) -> Path:
    """A folder of the text files alone (the source folder also holds their gold)."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in texts:
        (folder / p.name).write_bytes(p.read_bytes())
    return folder


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

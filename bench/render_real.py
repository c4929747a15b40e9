"""Score tally on the real excerpts as other programs print them: a browser's PDF of a web page,
a Word document, and LibreOffice's PDF of that document (the hidden set is scored these ways too).

    .venv/bin/python bench/render_real.py [--keep DIR | --score-only DIR] [--source DIR]

--source DIR renders DIR/*.txt instead of corpus/excerpts, scored against the gold beside them
(tests/data/held_out_reports keeps its gold there).

Needs chromium and soffice (Debian: chromium, libreoffice-writer-nogui). Renderings go to a
temporary folder (or DIR); nothing is written into the repository. Each excerpt's text becomes
one paragraph per non-blank line, with lines that look like headings (short, no full stop)
as headings, and lines with " | " cells as table rows: the shape of the web page it came from.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from docx import Document as WordDocument

ROOT = Path(__file__).resolve().parent.parent
EXCERPTS = ROOT / "corpus" / "excerpts"
GOLD = ROOT / "corpus" / "gold"
SCORE = ROOT.parent / "shared" / "tools" / "score.py"
TALLY = ROOT / ".venv" / "bin" / "tally"


def _is_heading(line: str) -> bool:
    return len(line) < 70 and not line.rstrip().endswith((".", ":", ";", ",")) and not any(c.isdigit() for c in line)


def _cells(line: str) -> list[str] | None:
    parts = [p.strip() for p in line.strip().strip("|").split("|")]
    return parts if line.count("|") >= 1 and len(parts) >= 2 else None


def pieces(text: str) -> Iterator[tuple[str, object]]:
    """The excerpt as a page shows it: ("table", rows) for runs of " | " lines, ("heading", line)
    for a line that looks like one, ("p", line) for the rest; blank lines dropped."""
    rows: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        cells = _cells(line) if line.strip() else None
        if cells:
            rows.append(cells)
            continue
        if rows:
            yield "table", rows
            rows = []
        if line.strip():
            yield ("heading" if _is_heading(line.strip()) else "p"), line.strip()


def to_html(text: str, title: str) -> str:
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"]
    for kind, what in pieces(text):
        if kind == "table":
            out.append("<table border='1'>" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in what) + "</table>")
        else:
            tag = "h2" if kind == "heading" else "p"
            out.append(f"<{tag}>{html.escape(what)}</{tag}>")
    return "\n".join(out + ["</body></html>"])


def to_docx(text: str, path: Path) -> None:
    doc = WordDocument()
    for kind, what in pieces(text):
        if kind == "table":
            table = doc.add_table(rows=len(what), cols=max(len(r) for r in what))
            for i, r in enumerate(what):
                for j, c in enumerate(r):
                    table.cell(i, j).text = c
        elif kind == "heading":
            doc.add_heading(what, level=2)
        else:
            doc.add_paragraph(what)
    doc.save(str(path))


def render(out: Path, source: Path) -> dict[str, Path]:
    dirs = {name: out / name for name in ("browser-pdf", "docx", "libreoffice-pdf")}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    html_dir = out / "html"
    html_dir.mkdir(exist_ok=True)
    for src in sorted(source.glob("*.txt")):
        text = src.read_text(encoding="utf-8")
        page = html_dir / f"{src.stem}.html"
        page.write_text(to_html(text, src.stem), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={dirs['browser-pdf'] / (src.stem + '.pdf')}", page.as_uri()],
                       capture_output=True, check=False, timeout=120)
        to_docx(text, dirs["docx"] / f"{src.stem}.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(dirs["libreoffice-pdf"]),
                    *map(str, sorted(dirs["docx"].glob("*.docx")))], capture_output=True, check=False, timeout=1800)
    return dirs


def score(folder: Path, source: Path) -> str:
    pred = folder.parent / f"{folder.name}.jsonl"
    with open(pred, "w", encoding="utf-8") as fh:
        for cmd in ("extract", "check"):
            subprocess.run([str(TALLY), cmd, str(folder), "--format", "jsonl"], stdout=fh,
                           stderr=subprocess.DEVNULL, check=False)
    names = ",".join(p.stem for p in sorted(source.glob("*.txt")))
    gold = source if any(source.glob("*.jsonl")) else GOLD
    res = subprocess.run([sys.executable, str(SCORE), str(pred), str(gold), "--docs", names, "--summary"],
                         capture_output=True, text=True, check=False)
    return res.stdout.strip() + "\n" + checks_as_text(pred, source)


def failed_checks(lines: Iterator[str]) -> Counter[tuple[str, str, str]]:
    """(document, rule, message) of every failed check: what a reader is told, whatever the line."""
    out: Counter[tuple[str, str, str]] = Counter()
    for line in lines:
        rec = json.loads(line)
        if rec.get("record") == "check" and rec.get("status") == "fail":
            out[(Path(rec["doc"]).stem, rec["rule"], rec.get("message", ""))] += 1
    return out


def checks_as_text(pred: Path, source: Path) -> str:
    """The rendering's failed checks against the text's, by rule and message. The scorer matches
    checks on the gold's line +-2, and a rendering numbers its own lines (wrapped lines, no blank
    ones), so a check that says the same as the text's can count as a false alarm there."""
    files = [str(p) for p in sorted(source.glob("*.txt"))]
    text = subprocess.run([str(TALLY), "check", *files, "--format", "jsonl"], capture_output=True, text=True,
                          check=False).stdout
    want = failed_checks(iter(text.splitlines()))
    got = failed_checks(iter(pred.read_text(encoding="utf-8").splitlines()))
    return (f"checks as text: {sum((want & got).values())} of the text's {sum(want.values())} failures said "
            f"alike, {sum((got - want).values())} failures the text has not")


def main(argv: list[str]) -> int:
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    source = Path(argv[argv.index("--source") + 1]).resolve() if "--source" in argv else EXCERPTS
    if "--score-only" in argv:  # renderings kept by an earlier --keep run: score them again
        done = Path(argv[argv.index("--score-only") + 1])
        for name in ("browser-pdf", "docx", "libreoffice-pdf"):
            print(f"== {name}\n{score(done / name, source)}")
        return 0
    out = keep or Path(tempfile.mkdtemp(prefix="tally-render-"))
    try:
        for name, folder in render(out, source).items():
            print(f"== {name}\n{score(folder, source)}")
    finally:
        if keep is None:
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

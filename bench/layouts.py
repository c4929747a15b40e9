"""The same reports in other layouts: how much of what the tool reads survives a change of line spacing,
wrapping or cell separators that leaves every word and number as it was.

    python bench/layouts.py [--only packed,spread] [SET ...]

A SET is `DOCS:GOLD` (default: corpus/excerpts:corpus/gold and tests/data/held_out_reports, whose gold
sits beside the reports). Every .txt and .md report with gold is re-laid out by each transform below,
read in this process (load, extract), and scored against its unchanged gold on the core fields, matched
without lines as score.py matches figures. A layout the reader knows for one report should hold for all:
a transform that costs F1 points names a layout mechanism that is missing, never a sentence. Real reports
come in each of these shapes (text copied from a PDF or a web page has no blank lines; Word exports put
one after every line; tables arrive with tabs for spaces).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import extract, load
from extractor.evaluate import CORE, match_counter, prf, read_jsonl
from extractor.models import Figure

# a line of a table whose cells are kept apart by runs of spaces or tabs, or a Markdown table row
TABLE_LINE = re.compile(r"\S(?: {2,}|\t)\S|^\s*\|")
ITEM_LINE = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")


def same(text: str) -> str:
    return text


def packed(text: str) -> str:
    """No blank line anywhere."""
    return "\n".join(ln for ln in text.split("\n") if ln.strip()) + "\n"


def spread(text: str) -> str:
    """A blank line after every line."""
    return "\n\n".join(ln for ln in text.split("\n") if ln.strip()) + "\n"


def wrapped(width: int) -> Callable[[str], str]:
    """Lines of running text hard-wrapped at `width` (tables left alone)."""
    def wrap(text: str) -> str:
        out: list[str] = []
        for ln in text.split("\n"):
            if len(ln) <= width or TABLE_LINE.search(ln):
                out.append(ln)
            else:
                out.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False) or [""])
        return "\n".join(out)
    return wrap


def page_turns(text: str) -> str:
    """Running text wrapped at 70, and a page turn - its number and the next page's running header, blank
    lines around them - after the second line of every paragraph of four lines or more (the page's number
    counting up): a PDF's text where a page ends mid-sentence."""
    out: list[str] = []
    page = 2
    for para in re.split(r"\n\s*\n", wrapped(70)(text)):
        lines = para.split("\n")
        if len(lines) >= 4 and not any(TABLE_LINE.search(ln) for ln in lines):
            lines[2:2] = ["", f"Page {page}", "", "Complaints report", ""]
            page += 1
        out.append("\n".join(lines))
    return "\n\n".join(out)


def unwrapped(text: str) -> str:
    """Each paragraph of wrapped running text on one line: a paragraph whose lines, but its last, are 50
    characters or more and end in a word (tables, lists, label and value lines, cells left alone)."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        lines = para.split("\n")
        prose = len(lines) > 1 and all(len(ln) >= 50 and re.search(r"[A-Za-z,;]$", ln.rstrip()) for ln in lines[:-1])
        keep = not prose or any(TABLE_LINE.search(ln) for ln in lines) or any(ITEM_LINE.match(ln) for ln in lines[1:])
        out.append(para if keep else " ".join(ln.strip() for ln in lines))
    return "\n\n".join(out)


def tabs(text: str) -> str:
    """Runs of spaces between cells as tabs."""
    return "\n".join(re.sub(r"(?<=\S) {2,}(?=\S)", "\t", ln) for ln in text.split("\n"))


def per_cent_prose(text: str) -> str:
    """'%' written 'per cent' in running text (lines of 60 characters or more, no table)."""
    return "\n".join(ln if TABLE_LINE.search(ln) or len(ln) < 60 else re.sub(r"(\d)%", r"\1 per cent", ln)
                     for ln in text.split("\n"))


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "same": same, "packed": packed, "spread": spread, "wrapped80": wrapped(80), "wrapped60": wrapped(60),
    "wrapped80_packed": lambda t: packed(wrapped(80)(t)), "unwrapped": unwrapped, "tabs": tabs,
    "per_cent_prose": per_cent_prose, "page_turns": page_turns,
}


def reports(sets: list[str]) -> list[tuple[Path, Path]]:
    """(report, its gold file) for every .txt/.md report with gold in the sets."""
    out = []
    for spec in sets:
        docs, _, gold = spec.partition(":")
        gold_dir = ROOT / (gold or docs)
        for p in sorted((ROOT / docs).iterdir()):
            if p.suffix in (".txt", ".md") and (g := gold_dir / f"{p.stem}.jsonl").exists():
                out.append((p, g))
    return out


def core_counts(path: Path, gold: Path) -> tuple[int, int, int]:
    """(matched, predicted, gold) figures of one report on the core fields."""
    pred = [f.to_dict() for f in extract(load(path)) if isinstance(f, Figure)]
    want = [r for r in read_jsonl(gold) if r.get("record", "figure") == "figure"]
    tp, _, _ = match_counter(pred, want, CORE)
    return tp, len(pred), len(want)


def score(transform: Callable[[str], str], pairs: list[tuple[Path, Path]]) -> tuple[float, float, float]:
    tp = npred = ngold = 0
    with tempfile.TemporaryDirectory() as tmp:
        for src, gold in pairs:
            path = Path(tmp) / src.name
            path.write_text(transform(src.read_text(encoding="utf-8")), encoding="utf-8")
            a, b, c = core_counts(path, gold)
            tp, npred, ngold = tp + a, npred + b, ngold + c
    return prf(tp, npred, ngold)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", default=["corpus/excerpts:corpus/gold", "tests/data/held_out_reports"])
    ap.add_argument("--only", default="", help="comma-separated transforms (default: all)")
    args = ap.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or list(TRANSFORMS)
    pairs = reports(args.sets)
    print(f"{len(pairs)} reports; core P / R / F1 with the words unchanged and the layout changed")
    for name in names:
        p, r, f = score(TRANSFORMS[name], pairs)
        print(f"{name:18s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

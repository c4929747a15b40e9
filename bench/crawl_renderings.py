"""Web pages and Word reports as a web crawler stores their text: how much of each table survives.

    python bench/crawl_renderings.py [--styles glued,cells] [FILE ...]

Each HTML or DOCX report with gold beside it (default: tests/data/fresh_files, written by sessions that
saw no code) is flattened to text the ways crawlers flatten tables - rows with " | " between cells
(the yardstick, as the HTML loader reads them), tabs, single spaces, cells run together, one cell per
line, a bar after each cell, a blank line between cells - and its paragraphs one to a line with a blank
line between. The text is read in this process (load, extract) and scored on the core fields against
the report's unchanged gold, figures matched without lines as score.py matches them. Every style holds
the same words and numbers: a style that scores below the yardstick is a table layout the text reader
misses, never a sentence.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import extract, load
from extractor.evaluate import CORE, match_counter, prf, read_jsonl
from extractor.models import Figure

Blocks = list[tuple[str, object]]
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "dt", "dd", "blockquote", "figcaption"}


def _norm(s: str) -> str:
    return " ".join(s.split())


def html_blocks(path: Path) -> Blocks:
    """Paragraphs and tables (rows of cell texts) of a web page, in order."""
    root = lxml.html.fromstring(path.read_bytes())
    for bad in root.xpath("//script|//style|//head"):
        bad.drop_tree()
    out: Blocks = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table":
            out.extend(("p", _norm(c.text_content())) for c in el.xpath("./caption"))
            rows = [[_norm(c.text_content()) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
                    for tr in el.xpath(".//tr")]
            out.append(("table", [r for r in rows if r]))
            return
        if tag in BLOCK_TAGS and not el.xpath(".//table|.//p|.//li"):
            if text := _norm(el.text_content()):
                out.append(("p", text))
            return
        for child in el:
            walk(child)

    body = root.find("body")
    walk(body if body is not None else root)
    return out


def docx_blocks(path: Path) -> Blocks:
    """Paragraphs and tables (rows of cell texts, a merged cell once) of a Word document, in order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(path))
    out: Blocks = []
    for el in d.element.body.iterchildren():
        if el.tag.endswith("}p") and (text := _norm(Paragraph(el, d).text)):
            out.append(("p", text))
        elif el.tag.endswith("}tbl"):
            rows = []
            for row in Table(el, d).rows:
                seen, cells = set(), []
                for c in row.cells:
                    if id(c._tc) not in seen:
                        seen.add(id(c._tc))
                        cells.append(_norm(c.text))
                rows.append(cells)
            out.append(("table", rows))
    return out


def table_lines(rows: list[list[str]], style: str) -> Iterator[str]:
    joiners = {"bar": " | ", "tabs": "\t", "spaced": " ", "glued": ""}
    if style in joiners:
        yield from (joiners[style].join(r) for r in rows)
        return
    cell = {"cells": "{}", "barred": "{} |", "blank_cells": "{}\n"}[style]
    yield from (cell.format(c) for r in rows for c in r if c)


STYLES = ("bar", "tabs", "spaced", "glued", "cells", "barred", "blank_cells")


def render(blocks: Blocks, style: str) -> str:
    lines: list[str] = []
    for kind, b in blocks:
        lines += [b, ""] if kind == "p" else [*table_lines(b, style), ""]  # type: ignore[list-item]
    return "\n".join(lines) + "\n"


def score(files: list[Path], style: str, tmp: Path) -> tuple[float, float, float]:
    tp = npred = ngold = 0
    for src in files:
        blocks = html_blocks(src) if src.suffix == ".html" else docx_blocks(src)
        path = tmp / f"{src.stem}.{style}.txt"
        path.write_text(render(blocks, style), encoding="utf-8")
        pred = [r.to_dict() for r in extract(load(path)) if isinstance(r, Figure)]
        gold = [g for g in read_jsonl(src.with_suffix(".jsonl")) if g.get("record", "figure") == "figure"]
        t, cp, cg = match_counter(pred, gold, CORE)
        tp, npred, ngold = tp + t, npred + sum(cp.values()), ngold + sum(cg.values())
    return prf(tp, npred, ngold)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--styles", default=",".join(STYLES))
    args = ap.parse_args()
    files = args.files or sorted(p for p in (ROOT / "tests/data/fresh_files").rglob("*")
                                 if p.suffix in (".html", ".docx") and p.with_suffix(".jsonl").exists())
    print(f"{len(files)} reports; core F1 by how the crawler wrote their tables")
    with tempfile.TemporaryDirectory() as tmp:
        for style in args.styles.split(","):
            p, r, f = score(files, style, Path(tmp))
            print(f"{style:<12} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

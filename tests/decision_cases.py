"""Reading a page written for a decisions test and matching the cases it should give, for the test
files of ombudsman pages in words of our own: each expected case is (anchor text on its line, body,
outcome, payment, and optionally the finding)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor import load
from extractor.extract.decisions import extract_decisions
from extractor.models import Decision, Document
from extractor.segment import contexts

Case = tuple[Any, ...]


def read_page(tmp_path: Path, text: str, name: str) -> tuple[Document, list[Decision]]:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    doc = load(f)
    return doc, extract_decisions(doc, contexts(doc))


def decisions_in(tmp_path: Path, text: str, name: str) -> list[Decision]:
    return read_page(tmp_path, text, name)[1]


def line_of(lines: list[str], anchor: str) -> int:
    """1-based line of the one line of the document as read (an HTML page's text lines) that holds
    `anchor`."""
    hits = [n for n, ln in enumerate(lines, 1) if anchor in ln]
    assert len(hits) == 1, f"anchor {anchor!r} is on lines {hits}"
    return hits[0]


def assert_cases(tmp_path: Path, text: str, expected: list[Case], name: str) -> None:
    """Every expected case found once (line within 2, body, outcome, payment, finding when given)
    and nothing else emitted."""
    doc, found = read_page(tmp_path, text, name)
    got = [(d.line, d.body, d.outcome, d.payment_gbp, d.finding) for d in found]
    free = list(got)
    for anchor, body, outcome, paid, *finding in expected:
        at = line_of(list(doc.lines), anchor)
        hit = next((g for g in free if abs(g[0] - at) <= 2 and g[1:3] == (body, outcome) and g[3] == paid
                    and (not finding or g[4] == finding[0])), None)
        assert hit is not None, (anchor, body, outcome, paid, finding, got)
        free.remove(hit)
    assert not free, f"extra decisions {free}"

"""Lists of investigation reports: a title with its case reference ("Holmfield MBC (02/C/14567)",
"Report: Kestrel Vale Homes (ref. 202112345)") opens each report; the report's own text, up to the
next title, tells its finding, else the list's heading does."""

from __future__ import annotations

from typing import Any

from extractor.extract.decisions.read import first_match, read_outcome
from extractor.models import Document

NEAR_BLOCKS = 6  # how far from a case its remedy list, report text or list heading may be


def report_spans(doc: Document) -> list[tuple[int, int]]:
    """(first block, end block) of each report in a list of investigation reports: a title with
    its case reference (two titles in a row are one joint report) up to the next title."""
    titles = [i for i, b in enumerate(doc.blocks) if b.kind in ("heading", "paragraph")
              and first_match("case_title", b.text)]
    starts = [i for k, i in enumerate(titles) if k == 0 or titles[k - 1] != i - 1 or _told_in_title(doc, titles[k - 1])]
    return list(zip(starts, [*starts[1:], len(doc.blocks)], strict=False))


def list_verdict(doc: Document, first: int) -> tuple[dict[str, Any], str | None] | None:
    """The finding a list of reports is headed by ("Findings of maladministration and injustice"):
    a heading or a short line before its first report that reads as an outcome."""
    for b in reversed(doc.blocks[max(0, first - NEAR_BLOCKS):first]):
        if (b.kind == "heading" or len(b.text.split()) <= 12) and (read := read_outcome(b.text)):
            return read
    return None


def _told_in_title(doc: Document, block: int) -> bool:
    """Whether a title's block goes on to tell its report ("Holmfield MBC (02/C/14567) Special
    educational needs. ..."), so the title after it starts a report of its own."""
    return len(_after_title(doc.blocks[block].text).split()) > 3


def _after_title(text: str) -> str:
    hit = first_match("case_title", text)
    return text[hit[1].end():].strip() if hit else text


def report_text(doc: Document, first: int, end: int) -> str:
    """The text of one report in a list, after its title: up to the next title or heading, a few
    blocks at most."""
    out = [_after_title(doc.blocks[first].text)]
    for b in doc.blocks[first + 1:min(end, first + 1 + NEAR_BLOCKS)]:
        if b.kind == "heading" and not first_match("case_title", b.text):
            break
        out.append(b.text)
    return " ".join(out)

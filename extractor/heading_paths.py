"""Heading paths repaired from the section numbering: a loader does not always see every heading.

A long numbered line ("4.0 Corporate Complaints Activity, ...") or a "SECTION 2: ..." line can
arrive as a paragraph, so the loader's heading path under it still names the previous section.
`section_paths` gives each block the path its numbering says it has, before any field is read.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from extractor.models import Block, Document

SECTION_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?=\s)")

SECTION_LINE = re.compile(r"^\s*(?:section|part|appendix)\s+[0-9A-Z]{1,3}\b", re.IGNORECASE)
COUNT_LINE = re.compile(r"^\s*\d{1,2}\s+\p{Ll}")
NUMBERED_LINE = re.compile(r"^\s*(?P<major>\d{1,2})(?:\.(?P<minor>\d{1,2}))?\.?(?=\s)")


def heading_like(block: Block) -> bool:
    """A paragraph that is really a section heading: one short numbered or "SECTION n" line
    that does not end like a sentence. A number followed by a word in lower case opens a count's
    line ("12 complaints to the Ombudsman in calendar year 2031"), not a section ("12 Complaints ...", "4. ...")."""
    text = block.text.strip()
    return (block.kind == "paragraph" and "\n" not in text and len(text) <= 200 and not text.endswith((".", ":", ";"))
            and (bool(SECTION_LINE.match(text)) or (_top_level(text) and not COUNT_LINE.match(text))))


def _top_level(text: str) -> bool:
    m = NUMBERED_LINE.match(text)
    return m is not None and m.group("minor") in (None, "0")


def _number(text: str) -> tuple[str, ...] | None:
    m = SECTION_NUMBER.match(text)
    return tuple(m.group(1).split(".")) if m else None


def _has_later_sibling(heading: str, later: list[str]) -> bool:
    """ "4.5 ..." followed in the path by "4.6 ...": a loader nested a sibling under it."""
    own = _number(heading)
    return own is not None and any((n := _number(h)) is not None and len(n) == len(own) and n[:-1] == own[:-1]
                                   and n != own for h in later)


def _major(text: str) -> int | None:
    m = NUMBERED_LINE.match(text)
    return int(m.group("major")) if m else None


def section_paths(doc: Document) -> Iterator[tuple[str, ...]]:
    """Each block's heading path (its own text last when it is a heading), repaired: headings of
    an earlier numbered section or SECTION are dropped, missed section lines are put in."""
    at: dict[str, int] = {}
    section: tuple[str, int] | None = None
    major: int | None = None
    top: tuple[str, int] | None = None
    for b in doc.blocks:
        # a page's running header repeats a section line as a paragraph: it opens no new section
        is_heading = b.kind == "heading" or (heading_like(b) and b.text not in at and not b.furniture)
        if is_heading:
            at[b.text] = b.line
            if SECTION_LINE.match(b.text):
                section, major, top = (b.text, b.line), None, None
            elif (n := _major(b.text)) is not None:
                if n != major:
                    major, top = n, None
                if _top_level(b.text):
                    top = (b.text, b.line)
        path = list(b.heading_path) + ([b.text] if is_heading else [])
        yield _repair(path, at, section, major, top)


def _repair(path: list[str], at: dict[str, int], section: tuple[str, int] | None, major: int | None,
            top: tuple[str, int] | None) -> tuple[str, ...]:
    def stale(h: str) -> bool:
        if SECTION_LINE.match(h):
            return section is not None and h != section[0]
        if major is not None and (n := _major(h)) is not None and n != major:
            return True
        return section is not None and at.get(h, section[1]) < section[1]

    kept = [h for i, h in enumerate(path) if not stale(h) and not _has_later_sibling(h, path[i + 1:])]
    for extra in (section, top):
        if extra is not None and extra[0] not in kept:
            kept.append(extra[0])
    order = {h: i for i, h in enumerate(path)}
    return tuple(sorted(kept, key=lambda h: (at.get(h, 0), order.get(h, len(path)))))

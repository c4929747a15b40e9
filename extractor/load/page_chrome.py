"""A web page's own furniture around the report it carries (patterns/page_chrome.toml): its skip link,
cookie banner and buttons, menu, breadcrumb trail, "was this page helpful?" box, footer links and copyright
line. Such blocks are furniture, like a PDF's running header: no title, heading or cover of the report,
so the report's own opening still says what it is about wherever the page set it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

import regex as re

from extractor.models import Block
from extractor.patterns import load_rules, rule_regex

MIN_NAV = 2  # menu words alone at the top or foot of a text: two at least, or one beside a furniture line


@cache
def _rules(kind: str) -> tuple[re.Pattern[str], ...]:
    return tuple(rule_regex(r) for r in load_rules("page_chrome") if r["type"] == kind)


def _text(b: Block) -> str:
    return " | ".join(b.rows[0]) if b.kind == "table" and len(b.rows) == 1 else " ".join(b.text.split())


@lru_cache(maxsize=4096)  # the loader asks of each line twice as it joins a paragraph's lines, then of its block
def line_kind(text: str) -> str | None:
    """'line' for a line that is furniture wherever it stands, 'nav' for a menu's word, None for the report's."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_CHROME:
        return None
    if any(rx.search(text) for rx in _rules("line")):
        return "line"
    return "nav" if any(rx.search(text) for rx in _rules("nav")) else None


MAX_CHROME = 300  # characters: a cookie banner's sentence at most


def _kind(b: Block) -> str | None:
    return line_kind(_text(b))


MENU_WORDS = 5
MENU_ITEM = re.compile(r"^[\p{L}'’&,/ -]+$")  # a menu's item names a part of the site in a few words, no digit or stop


def _menu_item(b: Block) -> bool:
    """A short name of a part of the site; not the site's own name ("Brackenmoor District Council" in its
    header says whose report the page is)."""
    text = _text(b)
    return b.kind != "table" and len(text.split()) <= MENU_WORDS and MENU_ITEM.match(text) is not None \
        and not ORGANISATION.search(text) and not any(rx.search(text) for rx in _names())


# the word that makes a short name an organisation's ("University of Inverallan", "Kestrel Moor NHS Foundation Trust")
ORGANISATION = re.compile(r"\b(?:University|College|NHS|Trust|Council|Police|Fire|Homes|Housing|Ombudsman|Authority|Board|"
                          r"Association|Group|Partnership|Commission|Agency|Water)\b")


@cache
def _names() -> tuple[re.Pattern[str], ...]:
    return tuple(rule_regex(r) for r in load_rules("identity") if r["type"] == "name")


def _edge_run(blocks: Sequence[Block], kinds: Sequence[str | None], order: Sequence[int], footer: bool = False) -> list[int]:
    """The blocks, in `order` from one end of the text, that are the page's furniture before the report's
    own first block: furniture lines and menu words, and the site's own short names among them ("Residents",
    "Council and democracy", "Accessibility tools"). A short name right next to the report stays the report's
    (a page's title under its breadcrumb). None unless a furniture line or two menu words are among them."""
    run: list[int] = []
    between: list[int] = []  # short names, furniture only if more furniture follows them
    for k in order:
        if kinds[k] is None:
            if _menu_item(blocks[k]):
                between.append(k)
                continue
            break
        run += [*between, k]
        between = []
    if footer and run and len(between) >= MIN_NAV and all(len(_text(blocks[k]).split()) <= FOOTER_NAME_WORDS for k in between):
        run += between  # "Follow us" / "Facebook" / "Twitter" over the footer's links: the site's, not the report's
    lines = sum(1 for k in run if kinds[k] == "line")
    return run if lines or len(run) >= MIN_NAV else []


FOOTER_NAME_WORDS = 3


def chrome_blocks(blocks: Sequence[Block]) -> frozenset[int]:
    """Indexes of the blocks that are the page's furniture: furniture lines anywhere, and menu words in the
    runs of furniture that open and close the text."""
    kinds = [_kind(b) for b in blocks]
    n = len(blocks)
    found = {k for k, kind in enumerate(kinds) if kind == "line"}
    found |= set(_edge_run(blocks, kinds, range(n))) | set(_edge_run(blocks, kinds, range(n - 1, -1, -1), footer=True))
    return frozenset(found)


def as_furniture(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The blocks with the page's furniture marked as such."""
    chrome = chrome_blocks(blocks)
    return tuple(replace(b, furniture=True) if k in chrome else b for k, b in enumerate(blocks))

"""Where a paragraph of text with no blank lines ends, beyond a blank line or a title by its own form:
the next numbered paragraph of a run ("7.1 ... days." / "7.2 54 complaints ..."), and a title over
running text under a finished paragraph. Split from text.py, whose paragraph loop asks."""

from __future__ import annotations

import regex as re

from extractor.load.line_shapes import SENTENCE_END, looks_like_title
from extractor.load.line_spacing import heads_packed

# "7.2 54 complaints were escalated ...": a numbered paragraph's number, a section's and its own
PARAGRAPH_NUMBERED = re.compile(r"^\s*(?P<section>\d{1,2})\.(?P<paragraph>\d{1,2})\.?\s+(?P<opening>\S+.*)")
# "4.2 This is 29 fewer than ...", "4.3 Of these, ...": a paragraph that points back at the one above goes on with it
# ("4.2 Of the 117 stage 2 complaints ..." names its own)
POINTS_BACK = re.compile(r"^(?:this|that|these|those|it|they|which)\b|^of\s+(?:these|those|them|which)\b", re.IGNORECASE)


def next_numbered(first: str, line: str, nxt: str) -> bool:
    """The next numbered paragraph of a run set with no blank line between ("7.1 ... days." / "7.2 54
    complaints ..."): the paragraph opened on a number of the same section and this line ends a sentence.
    (A wrapped line that opens on a decimal value, "8.4 working days", follows no full stop.)"""
    here, there = PARAGRAPH_NUMBERED.match(first), PARAGRAPH_NUMBERED.match(nxt)
    return here is not None and there is not None and here.group("section") == there.group("section") \
        and SENTENCE_END.search(line.strip()) is not None and not POINTS_BACK.match(there.group("opening"))


# "3.4 working days", "7.5 per cent": a value a wrapped line opens on, no paragraph's number
VALUE_OPENING = re.compile(r"^(?:%|per|percent|working|calendar|days?|weeks?|months?|hours?|minutes?)\b", re.IGNORECASE)
NUMBERING_REACH = 30  # lines between a numbered paragraph and the next of its run (a list it leads into)


def next_in_numbering(lines: list[str], i: int) -> bool:
    """Line i opens the paragraph numbered next after the nearest numbered one above ("3.3 The reviews
    ended as follows:" / items with no full stop / "3.4 Reviews took ..."): the run's next paragraph, even
    where the line above it ends no sentence."""
    here = _paragraph_number(lines[i])
    if here is None or here[1] < 2:
        return False
    for k in range(i - 1, max(-1, i - 1 - NUMBERING_REACH), -1):
        if (above := _paragraph_number(lines[k])) is not None:
            return above == (here[0], here[1] - 1)
    return False


def _paragraph_number(line: str) -> tuple[int, int] | None:
    """(section, paragraph) of a line that opens a numbered paragraph, not a value a line wraps on to."""
    m = PARAGRAPH_NUMBERED.match(line)
    if m is None or VALUE_OPENING.match(m.group("opening")) or POINTS_BACK.match(m.group("opening")):
        return None
    return int(m.group("section")), int(m.group("paragraph"))


ITEM_ONE = re.compile(r"^\s*1[.)]\s+\p{Lu}")
ITEM_TWO = re.compile(r"^\s*2[.)]\s+\p{Lu}")
ITEM_REACH = 4  # lines an item 1 may wrap over before item 2


def opens_numbered_list(lines: list[str], i: int) -> bool:
    """Line i opens a list numbered from 1 ("1. Repairs (2030...) – ...") whose item 2 follows within a
    few lines: a paragraph run into it from above (running header lines, a title) ends before it."""
    return ITEM_ONE.match(lines[i]) is not None and any(
        ITEM_TWO.match(lines[k]) for k in range(i + 1, min(len(lines), i + 1 + ITEM_REACH)))


PROSE_WORDS = 8


def titles_prose_below(lines: list[str], i: int, width: int) -> bool:
    """Line i is a title over running text in a file with no blank lines ("See section 5." / "Adult social
    care" / "We received 212 complaints ..."): the paragraph above ends before it. A short line over
    more short lines (a table's cells, "Measure" / "Q1" / ...) is left to the table readers."""
    if not width or i + 1 >= len(lines) or not looks_like_title(lines[i].strip()) or not heads_packed(lines, i, width):
        return False
    below = lines[i + 1].strip()
    return bool(SENTENCE_END.search(below)) or len(below.split()) >= PROSE_WORDS


# a title's last words wrapped onto a line of their own: a name's words in capitals, no figure, no stop
TITLE_TAIL = re.compile(r"^\s*(?:\p{Lu}[\w'’&-]*|of|and|for|the|in|on|to)(?:\s+(?:\p{Lu}[\w'’&-]*|of|and|for|the|in|on|to)){0,2}\s*$")
JOINER_END = re.compile(r"\b(?:of|and|for|the|in|on|to|&)\s*$", re.IGNORECASE)
SENTENCE_OPENING = re.compile(r"^\s*\p{Lu}[\w'’]*(?:\s+\S+){4,}")


def title_wraps(lines: list[str], i: int) -> bool:
    """Line i, a numbered title, goes on onto the next line: a few words in capitals with no figure and no
    stop, over a sentence, and the title either ends on a joining word ("... Ombudsman for" / "Wales") or
    runs into a name the next line closes ("... and Social" / "Care Ombudsman")."""
    if i + 2 >= len(lines) or not TITLE_TAIL.match(lines[i + 1]) or not SENTENCE_OPENING.match(lines[i + 2]):
        return False
    head = lines[i].rstrip()
    return not head.endswith((".", ":", ";", "?", "!")) and (bool(JOINER_END.search(head)) or NAME_END.search(lines[i + 1]) is not None)


# the last word of a body's name: a title that wraps inside a name is closed by it
NAME_END = re.compile(r"\b(?:Ombudsman|Service|Services|Council|Trust|Board|Authority|Commission|Office)\s*$")


# a line that stops on a word that needs what follows ("Stage 1 closed within" / "5 working days"): the next
# line is its end, whatever its own shape (a tile's value, a short title)
OPEN_END = re.compile(r"\b(?:within|of|per|to|than|for|and|the|by|with|from|at)\s*$", re.IGNORECASE)


def runs_on(line: str) -> bool:
    """The line breaks off on a word that needs the next line."""
    return OPEN_END.search(line) is not None


# a line that opens on a number and a full stop ("7. This is an uphold rate ...") under a line of running text
# that stops mid-sentence ("... we upheld"): the number ends the sentence above, wrapped; no numbered title
NUMBER_OPENING = re.compile(r"^\s*\d{1,3}\.\s+\S")
MID_SENTENCE_END = re.compile(r"[\p{Ll}\d]\s*$")
RUNNING_WORDS = 6


def _breaks_off(line: str) -> bool:
    """A line of running text that stops in the middle of its sentence, on a word or a digit."""
    return len(line.split()) >= RUNNING_WORDS and MID_SENTENCE_END.search(line) is not None \
        and not SENTENCE_END.search(line.strip())


def number_wrapped(line: str, nxt: str) -> bool:
    """The next line's opening number ends the sentence this line of running text broke off."""
    return NUMBER_OPENING.match(nxt) is not None and _breaks_off(line)


def ends_on_value(line: str, nxt: str) -> bool:
    """The next line is the value, and the full stop, that end the sentence this line of running text broke
    off ("... the year was" / "122."); a tile's value has no full stop after it."""
    return nxt.strip().endswith(".") and _breaks_off(line)

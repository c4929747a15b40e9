"""Labels run into their values: a web page's table or key-figure list copied as text with nothing between
its cells ("Complaints received at stage one412", "Upheld14 (22%)", "6.8working days on average",
"318compliments"). Where a text does this on several lines, a space is put where the label's word meets
its one value (or the value meets its label's word), so every reader sees a label and its value. Lines
among which one runs a word into several values ("...complaints3752", "...within 2 days92%98%") are a
table's rows whose cells must be cut by its header (extract/glued_cells.py) and are left as they are; so is a text that runs a
word into a number once or twice (a "covid19", a file name in a link), and codes in capitals ("HC04", "Q1")."""

from __future__ import annotations

import regex as re

# a word of three small letters or more, then a number: "one412", "supervision21", "Outcome2031"
WORD_NUMBER = re.compile(r"\p{Ll}{3}\d")
# one value at a line's end, glued to the word before it: "412", "81%", "14 (22%)", "27 working days"
VALUE_END = re.compile(r"(?<=\p{Ll}{3}|\p{Ll}\))(?=(?!0\d)\d{1,3}(?:,\d{3})*+(?:\.\d+)?%?(?:\s?\(\d+(?:\.\d+)?%\))?"
                       r"(?:\s?(?:working\s+|calendar\s+)?days?)?\s*$)")
# a value at a line's start, glued to the word after it: "6.8working days", "318compliments"
VALUE_START = re.compile(r"^(\s*\d{1,3}(?:,\d{3})*+(?:\.\d+)?%?)(?=\p{Ll}{3})")
# a header of periods run together or into its first cell: "Outcome2031/32", "Measure2024/252023/24"
PERIOD_TAIL = re.compile(r"\p{L}(?:(?:19|20)\d\d(?:[-/]\d\d)?)+\s*$")
MIN_GLUED_LINES = 3  # lines with a word glued to a number before a text counts as one copied without separators


def unglued(lines: list[str]) -> list[str]:
    """The lines with a space between a label and its one value, when the text runs cells together (on
    three lines or more). A run of glued lines with one that runs a word into several values ("Compliments
    received146131") is a table's rows, to be cut by its header: none of its lines is touched ("...Ombudsman97"
    there is 9 and 7)."""
    runs = _glued_runs(lines)
    if sum(len(run) for run in runs) < MIN_GLUED_LINES:
        return lines
    out = list(lines)
    for run in runs:
        if all(VALUE_END.search(lines[k]) or VALUE_START.match(lines[k]) or PERIOD_TAIL.search(lines[k]) for k in run):
            for k in run:
                out[k] = VALUE_START.sub(r"\1 ", VALUE_END.sub(" ", lines[k], count=1), count=1)
    return out


def _glued_runs(lines: list[str]) -> list[list[int]]:
    """Indexes of runs of consecutive lines that each run a word and a number together."""
    runs: list[list[int]] = []
    for k, ln in enumerate(lines):
        if WORD_NUMBER.search(ln) or VALUE_START.match(ln):
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    return runs

"""Table labels -> SPEC fields, and the headings that scope a table.

A label (column header, row label, title cell, lead-in or heading) means what the
rules of patterns/tables.toml say it means; `classify_label` merges every matching
rule. The headings above a table give it an area and a service (`section_scope`).
Shared by tables.py, table_text.py and dashboards.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex as re

from extractor.models import Block
from extractor.patterns import compile_regex, load_rules

FOOTNOTE = re.compile(r"[\s*]*[¹²³⁴⁵⁶⁷⁸⁹⁰⁻]+(?:\s*[¹²³⁴⁵⁶⁷⁸⁹⁰⁻]+)*\s*$")
FIELDS = ("measure", "unit", "stage", "body", "procedure", "dimension", "service")


@dataclass(frozen=True)
class LabelMeaning:
    """What one label says: SPEC fields it sets, and whether it is a count, a skip or a total."""

    values: dict[str, str] = field(default_factory=dict)
    generic: bool = False
    skip: bool = False
    total: bool = False
    header_word: bool = False
    label_value: tuple[str, float, str, str] | None = None  # measure, value, unit, stated
    rule: str | None = None
    rule_of: dict[str, str] = field(default_factory=dict)  # field (or "generic") -> rule id that set it

    def get(self, name: str) -> str | None:
        return self.values.get(name)


@cache
def _rules(name: str) -> tuple[tuple[dict[str, Any], Any], ...]:
    return tuple((r, compile_regex(r["regex"])) for r in load_rules(name)
                 if "regex" in r and not r.get("header_cells") and not r.get("case_row")
                 and not r.get("period_column"))


def split_glued_header(line: str, kind: str = "glued") -> list[str] | None:
    """["Complaint", "Q1", "Q2", ...] from a header whose cells ran together (or are separated
    by single spaces, kind="spaced"), cut at the header words of patterns/tables.toml."""
    rule = next((r for r in load_rules("tables") if r.get("header_cells") == kind), None)
    if rule is None or not line:
        return None
    found = list(compile_regex(rule["regex"]).finditer(line))
    glued = kind == "glued"
    if not found or (glued and len(found) < 2) or found[0].start() == 0 \
            or line[found[0].start() - 1].isspace() == glued:
        return None
    rest = line[found[0].start():].replace(" ", "").lower()
    if rest != "".join(m.group(0) for m in found).replace(" ", "").lower():
        return None
    return [line[: found[0].start()].strip()] + [m.group(0) for m in found]


def classify_label(text: str, rule_file: str = "tables") -> LabelMeaning:
    """Merge every rule matching `text`; the first rule that sets a field wins."""
    values: dict[str, str] = {}
    generic = skip = total = header_word = False
    label_value = None
    first = None
    rule_of: dict[str, str] = {}
    for rule, rx in _rules(rule_file):
        m = rx.search(text or "")
        if not m:
            continue
        first = first or rule["id"]
        for f in (*FIELDS, "generic"):
            if f in rule and f not in rule_of:
                values.update({f: rule[f]} if f != "generic" else {})
                rule_of[f] = rule["id"]
        generic |= bool(rule.get("generic"))
        skip |= bool(rule.get("skip"))
        total |= bool(rule.get("total"))
        header_word |= bool(rule.get("header_word"))
        if rule.get("label_value") and label_value is None and m.groupdict().get("value"):
            unit = m.groupdict().get("unit") or "days"
            unit = {"working days": "working_days", "calendar days": "calendar_days"}.get(
                " ".join(unit.lower().split()), "days")
            label_value = (rule["label_value"], float(m.group("value")), unit, m.group("value"))
    return LabelMeaning(values, generic, skip, total, header_word, label_value, first, rule_of)


def clean_label(text: str) -> str:
    """A label without footnote markers ("Care & Support ¹" -> "Care & Support")."""
    return " ".join(FOOTNOTE.sub("", text or "").split())


def first_value(name: str, *meanings: LabelMeaning) -> str | None:
    return next((m.get(name) for m in meanings if m.get(name)), None)


def lead_in_and_heading(blocks: Sequence[Block], index: int) -> tuple[str | None, str | None]:
    """The sentence introducing a table ("These related to:") and the heading just above it."""
    lead = heading = None
    for j in range(index - 1, max(-1, index - 4), -1):
        b = blocks[j]
        if b.furniture:
            continue
        if b.kind == "heading":
            heading = b.text
            break
        if b.kind == "table":
            break
        if lead is None and j == index - 1 and b.text.rstrip().endswith(":"):
            lead = b.text
    if heading is None and blocks[index].heading_path:
        heading = blocks[index].heading_path[-1]
    return lead, heading


SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
SECTION_TAIL = re.compile(r"\s+complaints?(?:\s+(?:overview|summary|report))?\s*$", re.IGNORECASE)
# "Complaints performance", "Informal complaints": headings about complaints, not a team.
NOT_AN_AREA = re.compile(r"\bcomplain|\bcompliment|\bperformance\b|\breport\b|\bcontents\b", re.IGNORECASE)
DIVISION = re.compile(r"^\s*(?:appendix|section|part)\b", re.IGNORECASE)


def _headings_before(blocks: Sequence[Block], index: int) -> list[str]:
    """Headings that scope a table, nearest first: the one just above it, its heading path,
    and the nearest numbered section heading within the same report division."""
    out = list(reversed(blocks[index].heading_path))
    for b in reversed(blocks[:index]):
        if b.kind != "heading" or b.furniture:
            continue
        if DIVISION.match(b.text):
            break
        if not out or b.text == out[0] or SECTION_NUMBER.match(b.text):
            out.insert(0, b.text) if not out else out.append(b.text)
        if SECTION_NUMBER.match(b.text):
            break
    return out


def section_scope(blocks: Sequence[Block], index: int, heading: str | None) -> tuple[str | None, str | None]:
    """(area heading, service) a table inherits from the headings above it.

    A heading that names a total ("TOTAL OVERALL") hands over to the numbered section it
    closes ("3. Adult Social Care Complaints" -> "Adult Social Care"); an overview
    heading names no area.
    """
    above = _headings_before(blocks, index)
    service = next((sv for h in above if (sv := classify_label(h).get("service"))), None)
    area = heading
    if heading and classify_label(heading).total:
        area = next((h for h in above if SECTION_NUMBER.match(h)), None)
    if area:
        area = SECTION_TAIL.sub("", SECTION_NUMBER.sub("", area)).strip() or None
    if area and (classify_label(area).header_word or NOT_AN_AREA.search(area)):
        area = None
    return area, service

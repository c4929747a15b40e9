"""`stated_change`: both values of a change and its stated size in one clause, in any unit the two
values share (a count, a percentage, days, a decimal):

    "down from 140 to 121 (-14%)"                          (a percentage change of the older value)
    "improved from 12.4 to 9.8 working days, a reduction of 2.6 days"   (a difference, by its decimals)
    "decisions on 9 complaints, against 13 the year before: a fall of 31%"   (the newer value first)
    "150 complaints, up 25% on last year's 120"            (the size before the older value)

A size with "%" beside values that are not percentages is a change relative to the older value; beside
two percentages it may be in points or relative, so it fails only when it is neither. A sign or a
word ("fall", "up") must agree with the two values. Every number stands in the clause that states
the change, so a mismatch fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import TWO_DIGIT_RUNS, block_sentences
from extractor.extract.numbers import TENS, UNITS, words_to_int
from extractor.models import Check, Document

CheckMaker = Callable[..., Check]
NUM = r"(?<![\d.,£/])(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d/])"
UNIT = r"(?:\s*%|\s*per\s*cent(?!age)|(?:\s+working)?\s+days?|\s+weeks?|\s+hours?)?"
MONTHS = r"(?!\s*(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
IN_YEAR = r"(?:\s+(?:in|during)\s+(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?(?![\d/]))?"
UP = r"increase|rise|growth"
NEUTRAL = r"improvement|deterioration"  # better or worse says no direction (fewer days is better)
DOWN = r"decrease|reduction|fall|drop|decline"
# a size in digits or words: "seven fewer than the year before", "12 more"
WORD = "|".join(sorted([*TENS, *(w for w in UNITS if w != "zero")], key=len, reverse=True))
COUNT = rf"(?:{NUM}|\b(?:(?:{WORD})(?:-(?:{WORD}))?)\b)"
SIZE = (rf"(?:\(\s*(?P<sign>[-+−–])?\s*(?P<d>{NUM})(?P<du>{UNIT})\s*\)"
        rf"|(?:an?\s+)?(?:(?P<up>{UP})|(?P<down>{DOWN})|{NEUTRAL})\s+of\s+(?P<d2>{NUM})(?P<du2>\s+(?:percentage\s+)?points?|{UNIT})"
        rf"|(?P<d3>{COUNT})\s+(?:(?P<down3>fewer)|(?P<up3>more))(?=(?:\s+[a-z]+){{0,2}}?\s+than\b|\s*(?:[.;,)]|$)))")
SHAPES = (
    # "from 140 to 121 (-14%)", "from 12.4 to 9.8 working days, a reduction of 2.6 days"
    # "from 300 in 2029/30 to 360 in 2030/31 (+20%)": each value may name its year
    re.compile(rf"\bfrom\s+(?P<a>{NUM})(?P<au>{UNIT}){MONTHS}{IN_YEAR}\s+to\s+(?P<b>{NUM})(?P<bu>{UNIT}){MONTHS}{IN_YEAR}"
               rf"[^.;\d()]{{0,40}}?{SIZE}", re.IGNORECASE),
    # "9 complaints about us, against 13 the year before: a fall of 31%"
    re.compile(rf"(?P<b>{NUM})(?P<bu>{UNIT})(?:\s+[^\W\d][\w'’-]*,?){{0,5}}\s+(?:against|compared\s+(?:with|to))\s+"
               rf"(?:the\s+)?(?P<a>{NUM})(?P<au>{UNIT}){MONTHS}[^.;\d()]{{0,40}}?{SIZE}", re.IGNORECASE),
    # "150 complaints, up 25% on last year's 120": the size before the older value
    re.compile(rf"(?P<b>{NUM})(?P<bu>{UNIT})(?:\s+[^\W\d][\w'’-]*,?){{0,5}}\s+(?P<sign>)(?:(?P<up>up)|(?P<down>down))\s+"
               rf"(?P<d>{NUM})(?P<du>\s*%|\s*per\s*cent(?!age))\s+on\s+(?:(?:last|the\s+previous|the\s+prior)\s+year['’]s\s+|the\s+)?"
               rf"(?P<a>{NUM})(?P<au>{UNIT}){MONTHS}(?P<d2>)(?P<du2>)", re.IGNORECASE),
)
FALLING = re.compile(r"\b(?:down|fell|fallen|decreased|reduced|dropped|declined|lower|fewer)\b", re.IGNORECASE)
RISING = re.compile(r"\b(?:up|rose|risen|increased|grew|higher|more)\b", re.IGNORECASE)


def _num(text: str) -> float:
    """A number in digits, or in words ("seven", "twenty-one")."""
    if text[:1].isdigit():
        return float(text.replace(",", ""))
    return float(words_to_int(text) or 0)


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _is_pct(unit: str | None) -> bool:
    low = (unit or "").lower()
    return "point" not in low and ("%" in low or "per cent" in " ".join(low.split()) or "percent" in low)


def _said(m: re.Match[str], s: str) -> int:
    """-1 when the words or the sign say a fall, 1 a rise, 0 when they do not say."""
    g = m.groupdict()
    if g.get("down") or g.get("down3") or g.get("sign") in ("-", "−", "–"):
        return -1
    if g.get("up") or g.get("up3") or g.get("sign") == "+":
        return 1
    head = s[max(0, m.start() - 30):m.start()] + m.group(0)
    return -1 if FALLING.search(head) and not RISING.search(head) else 1 if RISING.search(head) and not FALLING.search(head) else 0


def _judge(a: float, b: float, d_text: str, d_unit: str, values_pct: bool) -> tuple[bool, float]:
    """Whether the stated size fits the two values, and the size they give."""
    d = _num(d_text)
    diff = abs(b - a)
    exact = abs(diff - d) <= 0.5 * 10 ** -_decimals(d_text) + 1e-9
    if "point" in d_unit.lower() or not _is_pct(d_unit):
        return exact, diff
    relative = 100 * diff / a if a else float("inf")
    ok = judge_rounded(d, f"{d_text}%", relative) == "pass"
    return (ok or (values_pct and exact)), relative


def _is_time(unit: str | None) -> bool:
    return bool(re.search(r"day|week|hour", unit or "", re.IGNORECASE))


def _share_of_older(m: re.Match[str]) -> bool:
    """An unsigned percentage in brackets right after a count ("27 (82%)") is that count's share."""
    if not m.group("d") or m.group("sign") or _is_pct(m.group("au")) or not _is_pct(m.group("du")):
        return False
    gap = m.string[m.end("a"):m.start("d")]
    return gap.strip() == "("


def _size(m: re.Match[str]) -> tuple[str, str]:
    """The stated size and its unit, whichever of SIZE's shapes holds it."""
    if m.group("d"):
        return m.group("d"), m.group("du") or ""
    if m.groupdict().get("d3"):
        return m.group("d3"), ""
    return m.group("d2"), m.group("du2") or ""


def from_to_sizes(doc: Document, make: CheckMaker) -> Iterator[Check]:
    for blk in doc.blocks:
        if blk.furniture or blk.kind not in ("paragraph", "list_item", "heading"):
            continue
        for s in block_sentences(doc, blk):
            if TWO_DIGIT_RUNS.search(s) is None:
                continue  # every shape holds two values and a size, each of digits
            seen: set[int] = set()
            for shape in SHAPES:
                for m in shape.finditer(s):
                    if m.start() in seen:
                        continue
                    au, bu = m.group("au") or "", m.group("bu") or ""
                    if _is_pct(au) != _is_pct(bu):
                        continue  # a count going to a percentage: not one measure
                    if shape is not SHAPES[0] and _is_time(au) != _is_time(bu):
                        continue  # "within 20 working days, compared with 27": a time limit and a count
                    # ("from 35 to 41 working days": one unit said once, after both)
                    if _share_of_older(m):
                        continue  # "compared with 27 (82%)": the bracket is the share 27 is, no change
                    seen.add(m.start())
                    a, b = _num(m.group("a")), _num(m.group("b"))
                    d_text, d_unit = _size(m)
                    if _is_pct(d_unit) and not a:
                        continue
                    ok, size = _judge(a, b, d_text, d_unit, _is_pct(au))
                    said = _said(m, s)
                    wrong_way = said != 0 and (b - a) * said < 0
                    status = "pass" if ok and not wrong_way else "fail"
                    unit = "%" if _is_pct(d_unit) and not (_is_pct(au) and not ok) else ""
                    msg = (f"{a:g} to {b:g} is {'a rise' if b > a else 'a fall' if b < a else 'no change'} of "
                           f"{size:.{max(1, _decimals(d_text))}f}{unit}; the text says '{' '.join(m.group(0).split())}'")
                    line = doc.line_of(blk, s[m.start():])
                    yield make(doc, "stated_change", status, msg, line, s, _num(d_text), round(size, 2), [line], blk.page)

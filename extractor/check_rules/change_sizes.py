"""`stated_change`: a change stated as a number of complaints, with both values it is between, in
one sentence or one line, whatever the figure reader made of them:

    "received 512 ..., an increase of 47 on last year's 465"       (the value now before the change)
    "fell by 9 to 38, compared with 47 in 2023/24"                  (the value now after "to")
    "rose by 58, up from 331 in 2023/24 to 389 in 2024/25"         (both after "from ... to")
    "Stage 1 received: 74 (61), up 13"                              (last year's value in brackets)
    "204 complaints, 16 more than the 188 received in 2023/24"      (the value now before the change)

The size must equal the difference of the two values and the direction word must agree with it;
every number stands in the clause that states the change, so a mismatch fails; a percentage in brackets
after the size ("a reduction of 56 (12%) on the 468") must be the size's share of the older value. Other
percentages and percentage changes are left to relations.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import TWO_DIGIT_RUNS, block_sentences
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]


# words whose number names a stage or a quarter, never counts: "stage 1", "Q3", "stages 1 and 2"; and the end of a
# span of years ("2024-25")
STAGES_LISTED = r"(?i:\bstages\s+\d{1,2}\s+(?:and|or|&)\s+)"  # "stages 1 and 2": the 2 names a stage
NAMED_BEFORE = rf"(?i:\b(?:stages?|q|quarter|level|step|tier|phase)\s?|{STAGES_LISTED})"


def _count(name: str) -> str:
    """A plain count (no year, no percentage, no money, no date)."""
    return (rf"(?<![\d.,£/])(?<!\d[-–])(?<!{NAMED_BEFORE})(?!(?:19|20)\d\d\b)(?P<{name}>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d.,]?\d)"
            rf"(?!\s*(?:%|per\s*cent|percentage|points?\b|/|st\b|nd\b|rd\b|th\b|days?\b|working|hours?\b|weeks?\b))")


# up to five words (or years) between a change and its value; never across "but" or "while", where another
# comparison starts ("48 more than in Q2 but 15 fewer than ...")
WORDS = r"(?:\s+(?:(?!(?:but|while|whilst|whereas|although)\b)[^\W\d][\w'’-]*|(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)){0,5}?"
UP = r"increase|rise|increased|rose|risen|grew|went\s+up|up|higher|more"
DOWN = r"decrease|fall|reduction|drop|decreased|fell|fallen|dropped|reduced|declined|went\s+down|down|lower|fewer|less"
# what says a bracketed value is last year's: "(2023/24: 118)", "(last year: 118)", "(118 in 2023/24)"
LAST_YEAR = r"(?:(?:last\s+year|previous\s+year|(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)\s*[:=-]?\s*)"
LAST_YEAR_AFTER = r"(?:\s+(?:in|during|for)\s+(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|\s+last\s+year)"
SHAPES = (
    # "512 ..., an increase of 47 on last year's 465"
    re.compile(rf"(?P<dir>{UP}|{DOWN})\s+(?:of|by)\s+{_count('d')}(?:(?:\s+(?:complaints?|compliments?|cases|enquiries|concerns))?\s*\([^()\d]{{0,12}}(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s*cent)\s*\))?{WORDS}\s+"
               rf"(?:on|from|over|compared\s+(?:to|with)|against){WORDS}\s+{_count('old')}"
               rf"(?:{WORDS}\s+to\s+{_count('new')})?", re.IGNORECASE),
    # "fell by 9 to 38, compared with 47"
    re.compile(rf"(?P<dir>{UP}|{DOWN})\s+by\s+{_count('d')}\s+to\s+{_count('new')}(?:[^.;\d]{{0,20}}?"
               rf"\b(?:compared\s+(?:to|with)|from|against|on)\b{WORDS}\s+|\s*\(\s*{LAST_YEAR}){_count('old')}",
               re.IGNORECASE),
    # "204 complaints, 16 more than the 188 received in 2023/24"; "35, 6 fewer than last year's 41"
    re.compile(rf"{_count('d')}\s+(?P<dir>more|fewer|less)\s+(?:[^\W\d][\w-]*\s+){{0,2}}?than{WORDS}\s+{_count('old')}",
               re.IGNORECASE),
    # "rose by 58, up from 331 in 2023/24 to 389"; "by 12 from 40 to 52"
    re.compile(rf"(?P<dir>{UP}|{DOWN})?\s*by\s+{_count('d')}\s*,?\s*(?:(?:up|down)\s+)?from\s+{_count('old')}"
               rf"{WORDS}\s+to\s+{_count('new')}", re.IGNORECASE),
    # "74 (61), up 13"; "74 (61) - an increase of 13"
    re.compile(rf"{_count('new')}\s*\(\s*{LAST_YEAR}?{_count('old')}{LAST_YEAR_AFTER}?\s*\)\s*[,;:–—-]?\s*"
               rf"(?:(?:which|this)\s+is\s+|representing\s+)?(?:an?\s+)?(?P<dir>{UP}|{DOWN})\s+(?:of\s+|by\s+)?{_count('d')}",
               re.IGNORECASE),
)
GO_DOWN = re.compile(rf"^(?:{DOWN})$", re.IGNORECASE)


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _value_now(s: str, at: int) -> float | None:
    """The count the sentence states last before a change that names only the older value ("512
    complaints ..., an increase of 47 on ..."), within its clause."""
    head = re.split(r"[.;:]", s[:at])[-1]
    found = list(re.finditer(_count("n"), head))
    return _num(found[-1].group("n")) if found else None


def _line_of(doc: Document, b: Block, said: str, rest: str) -> int:
    """The line the change is said on: its own words, else where its sentence's rest starts."""
    probe = " ".join(said.split()[:4])
    for ln in range(b.line, (b.end_line or b.line) + 1):
        if 0 < ln <= len(doc.lines) and probe in " ".join(doc.lines[ln - 1].split()):
            return ln
    return doc.line_of(b, rest)


def _sentences(doc: Document) -> Iterator[tuple[Block, str]]:
    for b in doc.blocks:
        if b.furniture or b.kind not in ("paragraph", "list_item", "heading"):
            continue
        for s in block_sentences(doc, b):
            yield b, s


def change_sizes(doc: Document, make: CheckMaker) -> Iterator[Check]:
    for b, s in _sentences(doc):
        if TWO_DIGIT_RUNS.search(s) is None:
            continue  # every shape holds two counts of digits, with more than digits between them
        seen: set[int] = set()
        for shape in SHAPES:
            for m in shape.finditer(s):
                if m.start("d") in seen:
                    continue
                g = m.groupdict()
                new = _num(g["new"]) if g.get("new") else _value_now(s, m.start())
                if new is None:
                    continue
                seen.add(m.start("d"))
                old, size = _num(g["old"]), _num(g["d"])
                diff = new - old
                said = 0 if not g.get("dir") else -1 if GO_DOWN.match(" ".join(g["dir"].split())) else 1
                ok = abs(diff) == size and (said == 0 or diff * said > 0 or diff == 0 == size)
                msg = (f"{old:g} to {new:g} is {'a rise' if diff > 0 else 'a fall' if diff < 0 else 'no change'}"
                       f" of {abs(diff):g}; the text says '{' '.join(m.group(0).split())}'")
                line = _line_of(doc, b, m.group(0), s[m.start():])
                yield make(doc, "stated_change", "pass" if ok else "fail", msg, line, s, size,
                           abs(diff), [line], b.page)
                if g.get("pct") and old and ok:
                    # "a reduction of 56 complaints (12%) on the 468": the size as a share of the older value too
                    share = abs(diff) / old * 100
                    yield make(doc, "stated_change", judge_rounded(_num(g["pct"]), g["pct"], share),
                               f"{abs(diff):g} of {old:g} is {share:.1f}%; the text says {g['pct']}%", line, s,
                               _num(g["pct"]), round(share, 1), [line], b.page)

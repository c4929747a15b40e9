"""`average` of a rate a sentence states beside its own count, over a base the report gives in
words: "We manage 6,400 homes. We received 96 stage one complaints in the year, which is 15
complaints per 1,000 homes" (96 / 6,400 x 1,000 = 15).

The rate's count is the last count before it in its sentence; its base the count of the rate's
own noun ("homes", "residents", "a population of N") in that sentence, or nearest before it in the
paragraph or the two blocks above. A base in the rate's own sentence is certain (a mismatch fails);
one stated apart may be another stock (at the year's end, an average), so a mismatch only warns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import block_sentences, pattern
from extractor.extract.numbers import count_numbers
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
PER = {"thousand": 1000.0, "hundred": 100.0}
BENCHMARK = re.compile(r"\b(?:national|sector|median|benchmark|peers?|target|average\s+(?:for|of|across)|quartile|england|"
                       r"wales|scotland|other\s+(?:landlords|councils|providers))\b", re.IGNORECASE)
LOOK_BACK = 2  # blocks above a rate's paragraph that may state its base
NOUNS = {"homes": "homes", "properties": "homes", "dwellings": "homes", "tenancies": "homes",
         "households": "homes", "residents": "people", "population": "people", "people": "people",
         "tenants": "people", "students": "students", "pupils": "students", "patients": "patients",
         "customers": "customers"}  # words naming one base: a rate "per 1,000 dwellings" of "6,400 homes"


def _per(text: str) -> float:
    return PER.get(text.lower()) or float(text.replace(",", ""))


def _bases(text: str, kind: str) -> list[float]:
    """The counts of `kind` ("homes", "people") a text states, in order."""
    out = []
    for m in pattern("check-rate-base").finditer(text):
        den = (m.group("den") or "population").lower()
        if NOUNS.get(den) == kind:
            out.append(float((m.group("n") or m.group("n2")).replace(",", "")))
    return out


BRACKET_BASE = re.compile(r"^\s*\(\s*(?!(?:19|20)\d\d\b)(?P<n>\d{1,3}(?:,\d{3})+|\d{3,})(?![\d.,%/])"
                          r"(?!\s+(?:[a-z]+\s+){0,2}?(?:complaints?|cases?)\b)")
# the rate's count in brackets after it: "... per 1,000 population (67 complaints; population 7,000)"
COUNT_AFTER = re.compile(r"^\s*\(\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%/])\s+(?:[a-z]+\s+){0,2}?(?:complaints|cases)\b")


def _base(blocks: list[Block], i: int, sentence: str, rest: str, kind: str, after: str = "") -> tuple[float | None, bool]:
    """(the base, whether it stands in the rate's own sentence); `rest` is the sentence without the rate,
    `after` what follows the rate ("... per 1,000 residents (7,552 in all)": the base in brackets)."""
    own = _bases(rest, kind)
    if own:
        return own[-1], True
    if (m := BRACKET_BASE.match(after)) is not None:
        return float(m.group("n").replace(",", "")), True
    for b in reversed(blocks[max(0, i - LOOK_BACK):i + 1]):
        found = _bases(b.text if b is not blocks[i] else b.text[:max(0, b.text.find(sentence))], kind)
        if found:
            return found[-1], False
    return None, False


def _counts_what_it_rates(after: str, rate: str) -> bool:
    """A count names complaints, or the rate's own noun ("96 stage one complaints" for "15 complaints
    per 1,000 homes", "40 enquiries" for "6 enquiries per 1,000 homes"): not any number before it."""
    noun = re.match(r"^[\d.]+\s+(?:stage\s+\w+\s+)?([a-z]+)", rate, re.IGNORECASE)
    words = {"complaint", "complaints", "case", "cases"} | ({noun.group(1).lower()} if noun and noun.group(1).lower() != "per" else set())
    # "447 Stage 1 complaints", "96 Stage One complaints": a stage's name, in capitals or with its digit, before the noun
    first = re.match(r"^\s+((?:[a-z-]+\s+|[1-3]\s+){0,3}[a-z]+)\b", after, re.IGNORECASE)
    return first is not None and bool(words & set(first.group(1).lower().split()))


def prose_rates(doc: Document, make: CheckMaker) -> Iterator[Check]:
    blocks = [b for b in doc.blocks if not b.furniture and b.kind in ("paragraph", "list_item", "heading")]
    for i, b in enumerate(blocks):
        if "per" not in b.text and "every" not in b.text and "each" not in b.text:
            continue
        for s in block_sentences(doc, b):
            for m in pattern("check-prose-rate").finditer(s):
                if BENCHMARK.search(s[max(0, m.start() - 60):m.start()]):
                    continue  # "the sector median is 18 complaints per 1,000 homes": not the report's own rate
                kind = NOUNS[m.group("den").lower()]
                counts = [n for n in count_numbers(s[:m.start()]) if n.unit == "count" and not n.approximate
                          and _counts_what_it_rates(s[n.end:m.start()], m.group(0))]
                base, sure = _base(blocks, i, s, s[:m.start()] + " " + s[m.end():], kind, s[m.end():])
                after = COUNT_AFTER.match(s[m.end():])
                if not counts and after is None or base is None or not base:
                    continue
                num = counts[-1].value if counts else float(after.group("n").replace(",", ""))  # type: ignore[union-attr]
                if num == base:
                    continue  # the last count before the rate is its base ("6,400 homes, 15 per 1,000 homes")
                stated = float(m.group("r"))
                expected = _per(m.group("per")) * num / base
                status = judge_rounded(stated, m.group("r"), expected)
                if status == "fail" and not sure:
                    status = "warn"
                msg = (f"{num:g} over {base:g} {m.group('den')} is {expected:.2f} per {_per(m.group('per')):g}"
                       + (", as stated" if status == "pass" else f", not the stated {m.group('r')}")
                       + (" (if that is its base: it is stated apart from the rate)" if status == "warn" else ""))
                line = doc.line_of(b, s[m.start():])
                yield make(doc, "average", status, msg, line, s, stated, round(expected, 2), [line], b.page)

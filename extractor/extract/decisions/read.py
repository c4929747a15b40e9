"""Reading one case's words with patterns/ombudsman.toml: its outcome and finding, its remedies,
the money it pays and what it was about. Pure functions over text; no document structure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any

import regex as re

from extractor.gate import WordIndex, lower_for_gate, required_all
from extractor.patterns import compile_regex, expand, load_rules

MONEY = re.compile(r"£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?")
# "£500 handed to a woman": money given over to the complainant is paid, however a news report words it
PAY_VERB = re.compile(r"\b(?:pay|paid|paying|payment|compensat\w*|award\w*|reimburs\w*|refund\w*|handed\s+(?:over\s+)?to)\b",
                      re.IGNORECASE)
SUBJECT = re.compile(r"\b(?:in\s+relation(?:\s+to)?|relating\s+to|regarding|concerning|about)\s+(?P<subject>[^;]+?)"
                     r"(?=;|\s+outcome\b|,\s+was\b|\.\s|\.?$)", re.IGNORECASE)
CLAUSE = re.compile(r"[.;•]\s|\s[-–]\s")
CELL_JOIN = " ; "
# a bare amount listed as a remedy: "apology and £300", "£250 for distress", "£150 in recognition of the delay"
REMEDY_BEFORE = re.compile(r"\bapolog\w*(?:\s+(?:from|by)\s+(?:[\w'’]+\s+){1,4}?)?\s*(?:and|,|\+|plus|&)\s*$"  # "apology from the Director and £400"
                           r"|\bremed(?:y|ies)\s*(?:of\s+|:\s*)?$|\borders?\s*[:–-]\s*$"  # "remedy £200", "Orders: £300"
                           r"|\b(?:ordered|awarded)\s+(?:(?:us|it|them|her|him|the\s+\w+)\s+)?$"  # "ordered £50"
                           r"|\b(?:received|receives|got)\s+(?:an?\s+(?:payment|sum|refund)\s+of\s+)?$",  # "received £600" (an offer is no order)
                           re.IGNORECASE)
# ... "£1,200 ordered", "£150 and a review of the contract"
REMEDY_AFTER = re.compile(r"\s*(?:ordered|awarded|(?:in\s+)?compensation\b|(?:and|plus|\+|&|,)\s+(?:an?\s+)?(?:apolog|review\b|training\b)"
                          r"|in\s+recognition|for\s+(?:the\s+|its\s+|her\s+|his\s+|their\s+)?(?:avoidable\s+)?"
                          r"(?:distress|inconvenience|time\s+and\s+trouble|delay|loss|uncertainty|frustration))", re.IGNORECASE)
MADE_UP_OF = re.compile(r"\b(?:made\s+up\s+of|comprising|(?:comprised|composed|consisting)\s+of|broken\s+down\s+as)\b",
                        re.IGNORECASE)
# "£450 (including £150 for complaint handling)", "£100, of which £40 for time and trouble": a part of the sum just stated
INCLUDED = re.compile(r"£\s?\d[\d,]*(?:\.\d{2})?\s*[(,–-]?\s*(?:including|incl?\.?|inclusive\s+of|of\s+which)\s*$", re.IGNORECASE)
# the finding on one element of a Housing Ombudsman determination, as a mixed finding lists them
ELEMENT_FINDING = re.compile(r"\b(?:no\s+|severe\s+)?maladministration\b|\b(?:no\s+)?service\s+failure\b"
                             r"|\b(?:reasonable|adequate)\s+redress\b", re.IGNORECASE)  # between the cells of a table row read as one case text


@cache
def _rules(kind: str) -> tuple[tuple[dict[str, Any], re.Pattern[str]], ...]:
    return tuple((r, compile_regex(r["regex"])) for r in load_rules("ombudsman") if r["type"] == kind)


def _rule_regex(rule: dict[str, Any]) -> re.Pattern[str]:
    return next(rx for r, rx in _rules(rule["type"]) if r is rule)


def first_match(kind: str, text: str, allow: Callable[[dict[str, Any]], bool] | None = None,
                ) -> tuple[dict[str, Any], re.Match[str]] | None:
    """The first rule of a kind, in file order, that matches (among the rules `allow` lets through);
    a rule whose required words (extractor/gate.py) are absent is not run."""
    return _first_match(kind, text) if allow is None else _first_allowed(kind, text, allow)


@lru_cache(maxsize=4096)  # a case's text is asked about by several steps (its sentences, its marker, its story)
def _first_match(kind: str, text: str) -> tuple[dict[str, Any], re.Match[str]] | None:
    return _first_allowed(kind, text, None)


def _first_allowed(kind: str, text: str, allow: Callable[[dict[str, Any]], bool] | None,
                   ) -> tuple[dict[str, Any], re.Match[str]] | None:
    found = _words_in(text)
    for (rule, rx), full in zip(_rules(kind), _fulls(kind), strict=True):
        if found & full == full and (allow is None or allow(rule)) and (m := rx.search(text)):
            return rule, m
    return None


@lru_cache(maxsize=256)  # a sentence is asked about by several kinds (not_case, case, case_marker, ...)
def _words_in(text: str) -> int:
    """The rule words (extractor/gate.py) a text holds, of every kind's rules: one pass for all kinds."""
    return _index().mask(lower_for_gate(text))


@cache
def _index() -> WordIndex:
    """The words each rule of patterns/ombudsman.toml needs, in file order."""
    return WordIndex([required_all(expand(r["regex"])) for r in load_rules("ombudsman")])


@cache
def _fulls(kind: str) -> tuple[int, ...]:
    """The bits in `_index` of each rule of a kind: a text may match the rule iff it has them all."""
    by_rule = {id(r): full for r, full in zip(load_rules("ombudsman"), _index().full, strict=True)}
    return tuple(by_rule[id(r)] for r, _ in _rules(kind))


def all_matches(kind: str, text: str) -> list[tuple[dict[str, Any], re.Match[str]]]:
    """Every match of every rule of a kind, in text order."""
    return sorted(((r, m) for r, rx in _rules(kind) for m in rx.finditer(text)), key=lambda h: h[1].start())


RUN_TOGETHER = re.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")


def read_outcome(text: str) -> tuple[dict[str, Any], str | None] | None:
    """(rule, finding) of the first outcome wording in `text`; cells run together ("premisesNot upheldNone")
    are read apart at each lower-to-upper case turn."""
    text = RUN_TOGETHER.sub(" ", text)
    hit = first_match("outcome", text)
    if hit is None:
        return None
    rule, m = hit
    # the rule's first match may be its bare verdict ("upheld"); the finding may follow it
    m = next((x for x in _rule_regex(rule).finditer(text) if any(x.groupdict().values())), m)
    if rule.get("mixed"):
        found = ELEMENT_FINDING.findall(text)
        return rule, "; ".join(dict.fromkeys(" ".join(f.lower().split()) for f in found))
    groups = {k: v for k, v in m.groupdict().items() if v}
    finding = next(iter(groups.values()), None)
    return rule, " ".join(finding.lower().split()) if finding else None



# "£150 for each week", "£25 per night", "£40 a month": an amount by the unit of time, a rate
RATE_AFTER = re.compile(r"\s*(?:for\s+(?:each|every)|per|an?|each|every)\s+(?:(?:full|whole|extra|additional)\s+)?"
                        r"(?:day|night|week|fortnight|month|year)\b", re.IGNORECASE)


# words that add a second sum to the first ("£100 for the distress and £100 for the time and trouble")
ADDED = re.compile(r"\b(?:and|plus|also|further|another|additional|addition|as\s+well\s+as|second)\b|,", re.IGNORECASE)


def payment(cells: Sequence[str], paid: Sequence[str] = ()) -> float | None:
    """Money a remedy pays: every ordered amount in a cell added up; the cell that pays most
    (a requirement cell and an action-taken cell state the same payment twice). In a `paid` cell
    (a Remedy field, a Compensation column) every amount is paid, with no verb to say so."""
    best = 0.0
    for cell in cells:
        amounts: list[float] = []
        for m in MONEY.finditer(cell):
            clause = re.split(r"[;.]\s", cell[max(0, m.start() - 100):m.start()])[-1]
            after = cell[m.end():m.end() + 25]
            if first_match("not_payment", clause) or not (cell in paid or PAY_VERB.search(clause) or PAY_VERB.search(
                    after) or REMEDY_BEFORE.search(clause) or REMEDY_AFTER.match(after) or _set_apart(cell, m)):
                continue
            if MADE_UP_OF.search(clause) or INCLUDED.search(clause):
                continue  # "£700, made up of £550 for ... and £150 for ...": the parts of a sum already counted
            if RATE_AFTER.match(after):
                continue  # "£1,050 (£150 for each week ...)": a rate the sum was worked out at, not a sum of its own
            amount = float(m.group(1).replace(",", ""))
            if amount in amounts and not ADDED.search(clause):
                continue  # a headline's "ordered to pay £900" told again by its story: one payment, said twice
            amounts.append(amount)
        best = max(best, sum(without_parts(amounts)))
    return best or None


# "service failure (£100)", "Maladministration – £450", "service failure, £100.", "(maladministration): £350.":
# an amount a case's line sets apart after its verdict, last on the line
APART_BEFORE = re.compile(r"(?:\(|\s[-–—]|\||,|:)\s*$")
APART_AFTER = re.compile(r"\s*(?:\)|[.;]?\s*$)")


def _set_apart(cell: str, m: re.Match[str]) -> bool:
    """Whether an amount stands alone in its own bracket, or last on its line after a dash, with a verdict
    before it: what the case pays, a list's or table row's shorthand with no verb."""
    before = cell[:m.start()]
    return bool(APART_BEFORE.search(before) and APART_AFTER.match(cell, m.end())
                and (before.rstrip().endswith("(") == cell[m.end():].lstrip().startswith(")"))
                and read_outcome(before) is not None)


def without_parts(amounts: Sequence[float]) -> list[float]:
    """The amounts with any run of two or more right after a sum that add up to it left out: its
    breakdown ("£2,400 - £2,100 for the distress and £300 for the complaint handling")."""
    out = list(amounts)
    i = 0
    while i < len(out):
        total, j = 0.0, i + 1
        while j < len(out) and total < out[i]:
            total += out[j]
            j += 1
        if j - i > 2 and abs(total - out[i]) < 0.005:
            del out[i + 1:j]
        i += 1
    return out


def remedies(text: str) -> tuple[str, ...]:
    """Remedy kinds the outcome text orders; "other" only when it names a remedy of no listed kind."""
    ordered = " . ".join(c for c in CLAUSE.split(text) if not first_match("not_remedy", c))
    found = tuple(dict.fromkeys(r["remedy"] for r, rx in _rules("remedy") if rx.search(ordered)))
    typed = tuple(r for r in found if r != "other")
    return typed or found



def subject_of(text: str, outcome_at: int) -> str | None:
    """What the case was about: from "in relation to" up to its outcome (several matters listed
    with semicolons stay together), else up to the first semicolon."""
    m = SUBJECT.search(text)
    if m is None:
        return None
    end = outcome_at if m.start("subject") < outcome_at < len(text) else m.end("subject")
    subject = text[m.start("subject"):end] if end > m.start("subject") else m.group("subject")
    subject = subject.split(CELL_JOIN)[0]  # a table row's subject ends with its cell
    return " ".join(subject.split()).strip(" ;,.-–") or None


# "Damp and mould (Ward A): severe maladministration. Orders: ...", "Noise nuisance - service failure; ...":
# a paragraph that opens with what the case was about, then its finding, is a list item in all but layout
# ("Housing allocations. Closed after initial enquiries.": a full stop may close a label whose verdict starts a sentence)
SUBJECT_LABEL = re.compile(r"^\W*(?=[^\W\d])[^.:;!?\n]{3,70}?(?::|\s[-–]\s|\.\s+(?=\p{Lu}))\s*")
VERDICT_REACH = 40  # the finding stands right after the subject label


LIST_NUMBER = re.compile(r"^\s*\(?\d{1,2}[.)]\s+")  # "2. ", "(3) " before a list item's words
# "1. Surgery – ...": an item numbered 1, 2, 3 (no section number: that needs a colon above to be a list)
COUNTED_ITEM = re.compile(r"^\s*+(?P<n>\d{1,2})[.)]\s+(?=\p{Lu})")
# a committee paper's paragraph number ("6.2 Ref 203112345 ...", "4.3.1 Case ..."): where the text stands, no count
PARAGRAPH_MARK = re.compile(r"^\s*+\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=\p{Lu})")
VERDICT_AT_ONCE = 3  # the verdict opens the words after the label ("Emergency department - not upheld")
# the ombudsman as the subject of the verdict that follows a label: "Parking: the Ombudsman decided not to investigate"
VERDICT_SUBJECT = re.compile(r"^(?:the\s+)?(?:[\w'’]+\s+){0,4}?(?:ombuds(?:man|men)|LGSCO|LGO|PSOW|SPSO|NIPSO|PHSO|HOS?)"
                             r"\s+(?:has\s+|had\s+|then\s+)?", re.IGNORECASE)


def verdict_after_label(text: str) -> bool:
    """Whether a list item is a subject label and then, at once, a verdict with no finding words
    ("2. Emergency department - not upheld", "Housing repairs: partly upheld"): the SPSO's and PHSO's
    outcomes name no finding, so the shape alone makes the item one case."""
    item = LIST_NUMBER.sub("", text, count=1)
    m = SUBJECT_LABEL.match(item)
    if m is None:
        return False
    rest = item[m.end():]
    rest = rest[s.end():] if (s := VERDICT_SUBJECT.match(rest)) else rest  # "Parking: the Ombudsman decided not to ..."
    return opens_with_verdict(rest)


def opens_with_verdict(text: str) -> bool:
    """Whether a text opens with its verdict ("Upheld.", "Some upheld, recommendations: apologise")."""
    hit = first_match("outcome", text[:VERDICT_REACH])
    return hit is not None and hit[1].start() <= VERDICT_AT_ONCE


# "Planning: handling of a neighbour objection - no maladministration": the finding closes the line
CLOSING_VERDICT = re.compile(r"\s[-–]\s+(?P<finding>[^-–:;.]{3,80}?)\s*\.?\s*$")
ONE_LINE_CASE = 240  # longer, it is a story: its finding is read by the story reader


def labelled_verdict(text: str) -> bool:
    """Whether a paragraph opens with a subject label whose finding follows at once, or is one short
    line of a subject label, what the case was about, and the finding closing it."""
    m = SUBJECT_LABEL.match(text)
    read = read_outcome(text[m.end():m.end() + VERDICT_REACH]) if m else None
    if read is not None and read[1] is not None:
        return True
    closing = CLOSING_VERDICT.search(text) if m and len(text) <= ONE_LINE_CASE and "\n" not in text.strip() else None
    read = read_outcome(closing.group("finding")) if closing else None
    return read is not None and read[1] is not None


# headings of the council's own procedure: its case lists are not ombudsman decisions
COUNCIL_STAGE = re.compile(r"\bstage\s*(?:\d|one|two|three)\b|\binformal\b|\binternal\b|\bcorporate\s+complaints",
                           re.IGNORECASE)

# a finding only an ombudsman makes ("fault causing injustice", "severe maladministration"): an item that
# states one in its own words is an ombudsman's case wherever it is listed
OMBUDSMAN_FINDING = re.compile(r"\b(?:fault|maladministration)\s+(?:causing|and|with|leading\s+to)\s+injustice\b"
                               r"|\bsevere\s+maladministration\b|\breasonable\s+redress\b", re.IGNORECASE)

"""A story that goes on telling the case it told: a later paragraph that finds on another element of
the same case ("However, the Ombudsman found no maladministration in its response to the request to
move", "The investigation also found maladministration in its complaint handling") adds that finding
to the case instead of telling a case of its own. A new case is announced (an ordinal, "another",
a reference, a council of its own); a further finding is said to be one ("also", "however"). A later
passage's payment and remedies are added to the case it tells again."""

from __future__ import annotations

from dataclasses import replace

import regex as re

from extractor.extract.decisions.read import payment, read_outcome, remedies
from extractor.models import Decision
from extractor.patterns import compile_regex

# the words that say a finding belongs to the case just told
FURTHER_FINDING = re.compile(r"^\W*(?:however|but|yet)\b"
                             r"|\b(?:also|further|additionally)\s+(?:found|ruled|decided|identified|concluded|criticised|said)\b"
                             r"|\b(?:found|ruled|decided|identified)\s+(?:[\w'’]+\s+){0,3}?also\b", re.IGNORECASE)
FAILINGS = ("upheld", "partially_upheld")


def further_finding(sentence: str) -> bool:
    """Whether a sentence that states a finding says it is one more finding of the case told before."""
    return FURTHER_FINDING.search(sentence) is not None


def with_finding(d: Decision, outcome: str) -> Decision:
    """The case with one more element's finding: a failing on one element and none on another is a
    partial finding (SPEC 3); the finding the case was first told with stays its finding."""
    if outcome == d.outcome or outcome not in (*FAILINGS, "not_upheld") or d.outcome not in (*FAILINGS, "not_upheld"):
        return d
    mixed = (d.outcome in FAILINGS) != (outcome in FAILINGS) or "partially_upheld" in (d.outcome, outcome)
    return replace(d, outcome="partially_upheld") if mixed else d


# the name a paragraph opens with ("Tamberley has been ordered to ..."): one to three capitalised words
OPENING_NAME = re.compile(r"^\W*(?P<name>(?!(?:The|It|They|This|That|In|A|An)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s")


def names_the_same(text: str, told_before: str) -> bool:
    """Whether a paragraph opens with a name the case told before named ("Tamberley has been ordered to
    apologise" after "... the way Tamberley Housing Group handled repairs"): the same organisation."""
    m = OPENING_NAME.match(text)
    return m is not None and re.search(rf"\b{re.escape(m.group('name'))}\b", told_before) is not None


# the person a case was about, pointed back at ("pay her £650", "apologise to him", "the family") ...
POINTS_BACK = compile_regex(r"\b(?:him|her|them)\b|\bthe\s+(?:{PERSON_KIND}\s+)?{PERSON_NOUN}\b")
# ... and someone brought in anew ("a woman", "another tenant", "Mrs K"): a case of their own
SOMEONE_NEW = compile_regex(r"\b(?:an?|one|another|a\s+(?:second|third|different))\s+(?:{PERSON_KIND}\s+)?{PERSON_NOUN}\b"
                            r"|\bM(?:r|rs|s|iss)\.?\s+[A-Z]\b")


# a report in the voice of the body the case was against ("We were ordered to pay ...")
OUR_VOICE = re.compile(r"^\W*we\s", re.IGNORECASE)


def for_the_same_person(text: str, told_before: str) -> bool:
    """Whether a passage that orders a remedy names only the person the case told before was about
    ("The Ombudsman ordered it to pay her £650" after "... its handling of her repair requests"), or
    tells in the report's own voice what it was ordered to do ("We were ordered to pay each household
    £100"): it brings in nobody new (a named "Mrs K" is new unless the case named her) and states no
    verdict of its own ("2. Medicine - ... the family ...: partly upheld" is a case of its own)."""
    if (POINTS_BACK.search(text) is None and OUR_VOICE.match(text) is None) or read_outcome(text) is not None:
        return False
    return all(m.group(0)[0] in "Mm" and m.group(0) in told_before for m in SOMEONE_NEW.finditer(text))


SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def restates_sum(lead: Decision, made: Decision) -> bool:
    """Whether a one-sentence lead pays the very sum of the case told after it."""
    return lead.payment_gbp is not None and lead.payment_gbp == made.payment_gbp \
        and len(SENTENCE_END.split(lead.evidence.strip())) == 1


def added_to(d: Decision, text: str) -> Decision:
    """A case with the payment and remedies a later passage about it states."""
    return replace(d, payment_gbp=d.payment_gbp or payment([text]),
                   remedies=tuple(dict.fromkeys((*d.remedies, *remedies(text)))))

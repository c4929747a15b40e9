"""Number words that count nothing ("no matter what", "both services", "seven in ten"): never figures."""

from __future__ import annotations

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.follows import AT_STAGE

COPULA_END = re.compile(r"\b(?:was|is|being|as|became)\s+$")
OF_NEXT = re.compile(r"^\s+of\s+(?:the\s+)?\w")

# "seven in ten complaints", "one in every five": a proportion said in words, not a count
IN_EVERY = re.compile(r"^\s+in\s+(?:every\s+)?(?:ten|five|four|three|twenty|a\s+hundred|10|5|4|3|20|100)\b(?![/.,]\d)",
                      re.IGNORECASE)
EVERY_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+in\s+(?:every\s+)?$",
                          re.IGNORECASE)
# "six out of ten complaints", "nine out of every ten": the same proportion, numerator and base in words
OUT_OF_TEN = re.compile(r"^\s+out\s+of\s+(?:every\s+)?(?:ten|twenty|a\s+hundred)\b", re.IGNORECASE)
WORD_OUT_OF_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+out\s+of\s+(?:every\s+)?$",
                                re.IGNORECASE)
IDIOMS = re.compile(r"^\s*(?:matter|longer|doubt|sooner|less|more\s+than|one\b|further\s+action|fault|"
                    r"maladministration|injustice|evidence|need|reason|change)\b", re.IGNORECASE)
NOUN_AFTER_BOTH = re.compile(r"^\s*(?:of\s+(?:these|them|the)\s+)?(?:(?!and\b|or\b|the\b)[\w'’-]+\s+)?"
                             r"(?:complaints?|cases?|enquiries|compliments?)\b", re.IGNORECASE)
LINK = re.compile(r"://|%[0-9A-Fa-f]{2}|\bwww\.|\.(?:pdf|html?|aspx?|docx?)\b", re.IGNORECASE)
ORDINAL_OR_FRACTION = re.compile(r"^(?:st|nd|rd|th)\b|^\s+(?:thirds?|quarters?|halves|fifths?|tenths?)\b", re.IGNORECASE)
# "... moved on to stage two and 4 were passed to the Ombudsman": a count that starts its own clause
COUNT_VERB = re.compile(r"^\s+(?:complaints?\s+|cases?\s+)?(?:were|was|had|have|went|moved|progressed)\b", re.IGNORECASE)
STAGE_LIST = re.compile(r"\bstages?\s+(?:\d|one|two|three)\s*(?:and|or|to|&|-|,)\s*$", re.IGNORECASE)


# a capitalised number word, then three capitalised words or more with an organisation's word among them:
# the start of its name ("Three Rivers District Council", "Two Ridges Community Service NHS Trust") ...
NAME_AFTER = re.compile(r"^(?: (?:\p{Lu}[\p{L}'’&-]*)){3,}")
ORGANISATION_WORD = re.compile(r"\b(?:Council|Trust|Service|Services|Homes|Housing|Association|Group|Limited|Ltd|NHS|"
                               r"University|Board|Partnership|Authority)\b")
# ... before any word that names what is counted or by whom ("Three Local Government Ombudsman Complaints")
COUNTED_NOUN = re.compile(r"\b(?:stage|formal|informal|complaints?|cases?|compliments?|concerns?|enquiries|ombudsman|"
                          r"determinations?|decisions?|investigations?)\b", re.IGNORECASE)

PROPORTION_BASES = ("ten", "twenty", "a hundred", "hundred")


def is_idiom(n: Number, text: str) -> bool:
    """A number word that counts nothing: "no matter what", "no further action", "both services",
    "was one of ten cases" (the ten is the figure)."""
    word, after = n.stated.lower(), text[n.end:]
    token = text[text.rfind(" ", 0, n.start) + 1:(text.find(" ", n.end) + 1 or len(text) + 1) - 1]
    if LINK.search(token):
        return True  # "Good%20complaint%20handling.pdf"
    if ORDINAL_OR_FRACTION.match(after):
        return True  # "the 5th highest rate", "two thirds of complaints"
    before = text[: n.start]
    if IN_EVERY.match(after) or (EVERY_BEFORE.search(before) and IN_EVERY.match(before[before.rfind(" in") :] + word)):
        return True  # "seven in ten complaints (70%)": the proportion in words beside its percentage
    if not word[:1].isdigit() and (OUT_OF_TEN.match(after) or (WORD_OUT_OF_BEFORE.search(before) and word in PROPORTION_BASES)):
        return True  # "six out of ten complaints were answered on time": a proportion, not two counts
    if STAGE_LIST.search(text[: n.start]) and n.value <= 4 and not AT_STAGE.match(after) and not COUNT_VERB.match(after):
        return True  # "at stage 2 and 3 of the complaints process" names stages ("at Stage 1 and 181 at Stage 2" does not)
    if not word[:1].isdigit() and n.stated[:1].isupper() and (run := NAME_AFTER.match(after)) \
            and ORGANISATION_WORD.search(run.group(0)[:(c.start() if (c := COUNTED_NOUN.search(run.group(0))) else None)]):
        return True  # "Three Shires Ambulance Service", "Two Ridges NHS Trust": a name that opens on a number word
    if word in ("no", "none", "nil"):
        return bool(IDIOMS.match(after))
    if word in ("both", "a single", "single"):
        return not NOUN_AFTER_BOTH.match(after)  # "both services", "a single point of access"
    if word == "one":
        return bool(COPULA_END.search(text[: n.start])
                    and OF_NEXT.match(after))
    return False

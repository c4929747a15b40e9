"""The service a count's own noun names: "housing complaints", "complaints about adult social care".

A heading or the document says whose figures a paragraph holds; a sentence can say it nearer still,
in the noun of its count. The words that name a service are those of patterns/sections.toml (section
5 of SPEC); only the noun phrase of complaints is looked at (up to three words before "complaints",
up to four after "complaints about ..."), so a service merely mentioned elsewhere in the clause ("...
were referred to adult social care") names nothing. `council` (the whole) is the default already and
is never taken from a noun ("Ombudsman complaints").
"""

from __future__ import annotations

import regex as re

from extractor.segment import settles

# "Housing complaints", "adult social care complaints", "complaints about children's services"
BEFORE_NOUN = re.compile(r"(?:[\w'’]++\s++){1,3}?complaints\b", re.IGNORECASE)
AFTER_NOUN = re.compile(r"\bcomplaints\s++(?:about|regarding|relating\s+to|concerning|against|on)\s++"
                        r"(?P<what>(?:(?!(?:and|or|were|was|is|are|have|has|had|fell|rose|which|that|with|in|at|from|to)\b)"
                        r"[\w'’]++\s*+){1,4})", re.IGNORECASE)


# words that open a noun phrase without naming anything: "stage one corporate complaints", "and Education"
NOT_NAME = re.compile(r"^(?:and|or|with|the|of|for|our|all|any|these|those|total|new|formal|informal|stage|one|two|three"
                      r"|first|second|final|\d[\d,.%]*)$", re.IGNORECASE)


def _named(words: list[str]) -> tuple[str, str | None] | None:
    """The service the longest run of the phrase's last words names, with the words that name it as
    its area ("300 Housing Services" -> housing, "Housing Services"), or None. `corporate` names the
    procedure, no unit: it gives no area."""
    for start in range(len(words)):
        if NOT_NAME.match(words[start]):
            continue
        phrase = " ".join(words[start:])
        if (value := settles("service", phrase)) is not None:
            return value, None if value == "corporate" else phrase
    return None


def _services(clause: str) -> list[tuple[str, str | None]]:
    found = [_named(m.group(0).split()[:-1]) for m in BEFORE_NOUN.finditer(clause)]
    found += [_named(m.group("what").split()) for m in AFTER_NOUN.finditer(clause)]
    return [f for f in found if f is not None and f[0] != "council"]


def named_service(clause: str) -> tuple[str, str | None] | None:
    """The one service (not the whole council) the clause's complaints noun phrases name, with the words
    that name it (the figure's area, as written), else None."""
    found = _services(clause)
    return found[0] if found and len({value for value, _ in found}) == 1 else None

"""Rows of a table flattened to one line of text, cut into their cells.

A flattened row ends in value groups, one per column: a number with what qualifies it in the
same cell ("351 (299)" last year in brackets, "171 = 51%" a count with its share, "36 days (38
days)" a time with last year's). `row_tokens` glues each group into one token so that counting
the row's trailing values counts cells, not numbers; `group_values` reads such a cell.

A flattened header is one line of words ("Team Received Upheld or partly upheld Average days to
reply"): `split_header_by_meaning` cuts it where every column name means a measure.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

import regex as re

from extractor.extract.label_periods import ANY_YEAR, label_period
from extractor.extract.table_labels import LabelMeaning, classify_label

SPACES = re.compile(r"[ \t\r\n]+")
GLUE = "\u00a0"  # joins the words of one value group; still whitespace to every regex reading the cell
NUM = r"[£]?\d[\d,]*(?:\.\d+)?%?"
DAYS = r"(?:working\s+|calendar\s+)?days?"
_SHARE = re.compile(r"(?<=\d)\s*=\s*(?=\d[\d,]*(?:\.\d+)?\s*%)")
_DAYS = re.compile(rf"(?<=\d%?)\s+({DAYS})\b", re.IGNORECASE)
_BRACKET = re.compile(rf"(?<=\d%?|days?)\s+\((?=\s*{NUM}(?:\s+{DAYS})?\s*\))", re.IGNORECASE)
_INSIDE = re.compile(rf"\(\s*({NUM})\s*((?:{GLUE}|\s)+{DAYS})?\s*\)", re.IGNORECASE)

# one cell of a flattened row, once glued: "351(299)", "171=51%(43%)", "36 days(38 days)"
VALUE_GROUP = re.compile(rf"^{NUM}(?:[{GLUE}]{DAYS})?(?:={NUM})?(?:\({NUM}(?:[{GLUE}]{DAYS})?\))?$", re.IGNORECASE)
GROUP_CELL = re.compile(r"^\s*(?P<n>[£]?\d[\d,]*(?:\.\d+)?)(?P<pct>%)?(?:\s*(?P<kind>working|calendar)?\s*(?P<days>days?))?"
                        r"(?:\s*=\s*(?P<share>\d+(?:\.\d+)?)\s*%)?(?:\s*\([^()]*\))?\s*$", re.IGNORECASE)


def row_tokens(line: str) -> list[str]:
    """The row's words, each value group glued into one token."""
    line = _SHARE.sub("=", line)
    line = _DAYS.sub(lambda m: GLUE + GLUE.join(m.group(1).split()), line)
    line = _BRACKET.sub("(", line)
    line = _INSIDE.sub(lambda m: "(" + m.group(1) + (GLUE + GLUE.join(m.group(2).split()) if m.group(2) else "") + ")",
                       line)
    return SPACES.split(line.strip())


def is_value_group(token: str) -> bool:
    return bool(VALUE_GROUP.match(token))


def group_values(text: str) -> list[tuple[float, str | None, str]]:
    """(value, unit, stated) of a grouped cell: its number (a time in days keeps its unit), and
    the share it states after "=". The bracket is the period before, read by no one here."""
    m = GROUP_CELL.match(text or "")
    if not m or not (m.group("days") or m.group("share")):
        return []
    n = m.group("n").lstrip("£")
    unit = "percent" if m.group("pct") else None
    if m.group("days"):
        kind = m.group("kind")
        unit = f"{kind.lower()}_days" if kind else "days"
    out = [(float(n.replace(",", "")), unit, n + (m.group("pct") or ""))]
    if m.group("share"):
        out.append((float(m.group("share")), "percent", m.group("share") + "%"))
    return out


_PRIOR = re.compile(r"\(\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<pct>%)?\s*(?:(?P<kind>working|calendar)\s+)?(?P<days>days?)?\s*\)\s*$",
                    re.IGNORECASE)


def bracketed_prior(text: str, current: list[tuple[float, str | None, str]]) -> tuple[float, str | None, str] | None:
    """The value in brackets at the end of a cell, when it is the same kind of number as the last
    value before it ("351 (299)", "51% (43%)", "36 days (38 days)"): last year's, where the report
    says its brackets hold last year. A percentage after a count ("45 (23%)") is its share instead."""
    m = _PRIOR.search(text or "")
    if not m or not current or m.start() == 0:
        return None
    unit = "percent" if m.group("pct") else None
    if m.group("days"):
        unit = f"{m.group('kind').lower()}_days" if m.group("kind") else "days"
    last = current[-1][1]
    if (unit or "") != (last or "") and not (unit and last and unit.endswith("days") and last.endswith("days")):
        return None
    n = m.group("n")
    value = float(n.replace(",", ""))
    if len(current) > 1 and current[-1][0] == value and current[-1][2].rstrip("%") == n:
        return None  # "45 (23%)": the bracket was read as the count's share
    return value, unit, n + (m.group("pct") or "")


# ---------------------------------------------------------------- flattened headers

MAX_HEADER_WORDS = 16
JOINING = {"or", "and", "of", "to", "by", "the", "in", "on", "with", "within", "at", "for", "from", "per", "&", "/", "-", "–"}
# joining words that may open a column's name of their own: "Within target", "On time"
OPENS_NAME = {"within", "on"}
# never end a name: "found" leans on its complement ("Found justified", "found upheld"), "working" on its days
LEANS_ON_NEXT = {"partly", "partially", "part", "not", "fully", "number", "no.", "average", "mean", "found", "working", "calendar"}


def _means(meaning: LabelMeaning) -> bool:
    return bool(meaning.get("measure") or meaning.get("stage") or meaning.generic or meaning.total) and not meaning.skip


def _leans_on(last: str, before: str) -> bool:
    """Whether a name's last word needs the words after it ("Partly" upheld), unless it closes a phrase
    of its own ("upheld in part")."""
    return last.lower() in JOINING or (last.lower() in LEANS_ON_NEXT and before.lower() != "in")


def _bare_count(meaning: LabelMeaning) -> bool:
    """A label that counts without saying what ("Complaints", "Number"): the words after it say."""
    return meaning.generic and not meaning.get("measure") and not meaning.get("stage")


def _cuts(n: int, k: int) -> Iterator[tuple[int, ...]]:
    """Start indexes of k column names among n words, the first name starting after word 0 or at it."""
    for first in range(n - k + 1):
        for rest in combinations(range(first + 1, n), k - 1):
            yield (first, *rest)


def split_header_by_meaning(line: str, width: int, percents: tuple[bool, ...] | None = None) -> tuple[str, ...] | None:
    """(label header, column 1, ..., column `width`) when exactly one way of cutting the words
    gives `width` column names that each mean a measure (or a count, or a total), none of them
    starting or ending on a joining word ("or partly upheld") and none holding two measures.
    `percents` (which columns of a row hold percentages) settles where a "%" belongs: "Upheld %
    responded on time" over "22  88%" is "Upheld" and "% responded on time"."""
    words = line.split()
    if width < 2 or len(words) > MAX_HEADER_WORDS or len(words) < width:
        return None
    memo: dict[tuple[int, int], LabelMeaning] = {}

    def meaning(a: int, b: int) -> LabelMeaning:
        if (a, b) not in memo:
            memo[(a, b)] = classify_label(" ".join(words[a:b]))
        return memo[(a, b)]

    def period_only(a: int, b: int) -> bool:
        """A name that is a period alone ("2032/33"): the column's measure is the caption's."""
        return not _means(meaning(a, b)) and label_period(" ".join(words[a:b]), ANY_YEAR) is not None

    def names(a: int, b: int) -> bool:
        return _means(meaning(a, b)) or period_only(a, b)

    def clean(a: int, b: int) -> bool:
        if (words[a].lower() in JOINING and (words[a].lower() not in OPENS_NAME or a == 0 or words[a - 1] == "%")) or _leans_on(words[b - 1], words[b - 2] if b - 2 >= a else "") \
                or not names(a, b):
            return False
        # "Received Upheld" holds two measures: some cut of it means a measure on both sides (a bare
        # count before a measure, "Complaints recorded", is one name); "2031/32 Upheld" is two names, a
        # year alone and a measure, while "Upheld 2032/33" is one, the year after the measure's name
        return not any(names(a, m) and names(m, b) and not _bare_count(meaning(a, m)) and not period_only(m, b)
                       and meaning(a, m).get("measure") != meaning(m, b).get("measure")
                       and words[m].lower() not in JOINING and words[m - 1].lower() not in JOINING
                       and words[a:m] != ["%"]  # "% responded on time": the unit of the words after it
                       for m in range(a + 1, b))

    def owns_first_word(a: int, b: int) -> bool:
        """The first column name's first word adds to its meaning, else it ends the label header
        ("Team Received": "Team" heads the label column)."""
        return (a + 1 == b or _means(meaning(a, a + 1)) or not _means(meaning(a + 1, b))
                or meaning(a + 1, b).values != meaning(a, b).values)

    found = []
    for starts in _cuts(len(words), width):
        bounds = (*starts, len(words))
        # the label column's header ends on no word that names a count ("Quarter Complaints" | "recorded")
        label_ok = bounds[0] == 0 or (not _means(meaning(0, bounds[0])) and not _means(meaning(bounds[0] - 1, bounds[0]))
                                      and words[bounds[0] - 1].lower() not in JOINING | LEANS_ON_NEXT)
        if label_ok and owns_first_word(bounds[0], bounds[1]) and all(clean(bounds[i], bounds[i + 1]) for i in range(width)):
            found.append((" ".join(words[:starts[0]]), *(" ".join(words[bounds[i]:bounds[i + 1]]) for i in range(width))))
    if len(found) > 1 and percents is not None and len(percents) == width:
        found = [cut for cut in found if not any("%" in name.split() and not pct for name, pct in zip(cut[1:], percents, strict=True))]
    if len(found) > 1:
        found = [cut for cut in found if _percent_signs_agree(cut[1:])] or found
    if len(found) > 1:
        found = [cut for cut in found if _years_agree(cut)] or found
    return found[0] if len(found) == 1 else None


YEAR_WORD = re.compile(r"^(?:19|20)\d\d(?:[/–-]\d{2,4})?$")


def _years_agree(cut: tuple[str, ...]) -> bool:
    """Whether the cut's years stand where a header puts them: at the end of a name or as a name alone
    ("Received 2032/33 | 2031/32"), never inside one ("Received 2032/33 Received") nor ending the
    label column's header ("Directorate 2032/33"), and on one side of every name that has words too."""
    label, names = cut[0].split(), [name.split() for name in cut[1:]]
    if label and YEAR_WORD.match(label[-1]):
        return False
    sides = set()
    for words in names:
        at = [k for k, w in enumerate(words) if YEAR_WORD.match(w)]
        if not at or len(words) == 1:
            continue
        if len(at) > 1 or at[0] not in (0, len(words) - 1):
            return False
        sides.add(at[0] == 0)
    return len(sides) <= 1


PERCENT_WORDS = {"%", "(%)"}


def _percent_signs_agree(names: tuple[str, ...]) -> bool:
    """Whether the columns' "%" signs stand alike: one at most to a name, every one first ("% upheld |
    % responded within 10 working days") or every one last ("Upheld (%) | Closed on time (%)")."""
    places = []
    for name in names:
        words = name.split()
        signs = [k for k, w in enumerate(words) if w in PERCENT_WORDS]
        if len(signs) > 1:
            return False
        if signs:
            places.append("first" if signs[0] == 0 else "last" if signs[0] == len(words) - 1 else "inside")
    return len(set(places)) <= 1 and "inside" not in places and (not places or len(places) == len(names))


def split_header_at_capitals(line: str, width: int) -> tuple[str, ...] | None:
    """A sentence-case header whose column names each start on a capital and go on in lower case
    ("Concerns raised Complaints logged", "Quarter Informal concerns Formal complaints"): cut at the
    capitals when they give `width` names, or one more for the label column's header, each name of a
    column meaning a measure, stage or count. Title case ("Concerns Raised") gives too many capitals."""
    words = line.split()
    if width < 2 or len(words) > MAX_HEADER_WORDS:
        return None
    starts = [i for i, w in enumerate(words) if w[:1].isupper()]
    if not starts or starts[0] != 0 or len(starts) not in (width, width + 1) or len(starts) == len(words):
        return None  # one word per name: the header's words already say where to cut
    bounds = (*starts, len(words))
    if any(words[b - 1].lower() in JOINING | LEANS_ON_NEXT for b in bounds[1:]):
        return None  # "Complaints to LGSCO ...": a name that runs on to the capital after it
    names = [" ".join(words[bounds[i]:bounds[i + 1]]) for i in range(len(starts))]
    label = names.pop(0) if len(starts) == width + 1 else ""
    if label and _means(classify_label(label)):
        return None  # "Complaints to LGSCO Complaints upheld": a name holds a capital of its own
    if not all(_means(classify_label(n)) and not _bare_count(classify_label(n)) for n in names):
        return None
    return (label, *names)

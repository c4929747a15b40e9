"""A number that says nothing of its own takes its reading from the number before it: a share of
that count ("This equates to 30%"), its part by cause ("six of these concerned delays"), the same
measure for the next area, stage or period ("..., 23 in Q2", "; the year before, 380"), or the
next count's measure for a count said with its stage only ("377 stage one and 42 stage two complaints").
Split from readers.py, which asks these after a number's own words have said nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.changes import subject_measure
from extractor.extract.prose.rules import AREA_TAIL, Reading
from extractor.segment import settles

BASE_RULE = "prose-ratio-base"
# "..., 152 in the second and 131 in the third": a bare ordinal ending its phrase is the next quarter or half
# (after a count at a stage, the parallel-stage reading above takes it first)
PERIOD_NEXT = re.compile(r"^\s*(?:in|during|for)\s+(?:the\s+)?(?:Q[1-4]\b|quarter\s+(?:\d|one|two|three|four)\b|"
                         r"(?:second|third|fourth|final|last)(?=\s*(?:[,.;)]|and\b|or\b|$))|"
                         r"(?:first|second|third|fourth)\s+quarter\b|(?:19|20)\d\d\b(?!\s*[/–-]\s*\d)"
                         r"|(?:19|20)\d\d\s*[/–-]\s*(?:19|20)?\d\d\b"
                         # "(186 in April to June and 203 in July to September)": a month or months
                         r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
                         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)", re.IGNORECASE)
SHARE_OF_PREVIOUS = re.compile(r"\b(?:equates|equating|equal(?:s|ling)?|amounts?|amounting|represent(?:s|ing)|equivalent)\s+to\s+$"
                               r"|(?:,\s*|\b)or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$"
                               r"|\b(?:a|the)\s+(?:rate|proportion|percentage|share)\s+of\s+$"
                               r"|\b(?:this|which)\s+(?:is|was|represents)\s+$"
                               # "which is just over a fifth (21%)": a fraction in words, its percentage in brackets
                               r"|\b(?:this|which|that|it)\s+(?:is|was|represents|represented)\s+(?:(?:just|well|slightly)\s+)?"
                               r"(?:(?:over|under|above|below|more\s+than|less\s+than|nearly|almost|around|about|roughly)\s+)?"
                               r"(?:(?:a|one|two|three|four)[\s-])?(?:half|thirds?|quarters?|fifths?|tenths?)\s*\(\s*$", re.IGNORECASE)
PARALLEL = re.compile(r"^\s*(?:,|and|&|or)\s*$", re.IGNORECASE)
ELLIPTIC_JOIN = re.compile(r"(?:,|;|\band|\bbut|\bwhile|\bwhilst)\s*$", re.IGNORECASE)
ELLIPTIC_NOT = re.compile(r"^\s*(?:were|was|are|is|have|has)\s+not\s*(?:[.;,)]|$)", re.IGNORECASE)
# "% of stage 1 complaints and ": the first share's own words, then the join to the next share
PARALLEL_SHARE = re.compile(r"^\s*(?:(?:%|per\s*cent)\s+)?of\s+(?:the\s+|all\s+|our\s+)?(?:[\w'’-]+\s+){0,4}?"
                            r"(?:complaints?|cases|responses|replies)\s*(?:,|and|&)\s*$", re.IGNORECASE)
PARALLEL_AREA = re.compile(r"(?:,|\band)\s*$")
WERE_STAGE = re.compile(r"^\s*(?:were|was)\s+(?:at\s+)?(?P<stage>stage\s*(?:\d|one|two|three)|informal|formal)\b",
                        re.IGNORECASE)
# "122 of these were dealt with at stage one", "70 of them were resolved at the first stage", "18 of those went
# straight to stage two": a part of the count before, handled at a stage
OF_THESE_AT_STAGE = re.compile(r"^\s+of\s+(?:these|them|those)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
                               r"(?:dealt\s+with|handled|resolved|closed|answered|considered|investigated|responded\s+to"
                               r"|settled|concluded|completed|escalated|progressed|moved|referred|taken|went|passed)"
                               r"\s+(?:(?:straight|directly|on|up|forward)\s+)?(?:at|to|in|through)\s+(?:the\s+)?"
                               r"(?P<stage>stage\s*(?:\d|one|two|three)\b|(?:first|second|third)(?:\s+stage)?\b|informal\b|formal\b)",
                               re.IGNORECASE)
OPENS = re.compile(r"^\W{0,3}$")
OPENING_COUNT = re.compile(r"^\W*\d[\d,]*")


def opens_as_part_at_stage(text: str) -> bool:
    """Whether a paragraph or list item opens on a count that is a part of the count before it, at a stage
    ("• 122 of these were dealt with at stage one"): it goes on from the figure above it."""
    return (m := OPENING_COUNT.match(text)) is not None and OF_THESE_AT_STAGE.match(text[m.end():]) is not None
OF_WHICH = re.compile(r"(?:\bof\s+(?:which|these|them|those)|,|\band)\s*$", re.IGNORECASE)
DAY_MEASURES = ("response_target_days", "average_response_days")
DAYS_AFTER_UNIT = re.compile(r"^\s*-?\s*(?P<unit>working|calendar)?\s*[-\s]?days?\b", re.IGNORECASE)
# ("... 8.4 working days and stage two replies 19.7", "... and stage 2 complaints in 17.5": the next item may
# name its own subject first)
NEXT_DAYS = re.compile(r"^\s*-?\s*(?:working\s+|calendar\s+)?[-\s]?days?\b[^.;]{0,60}?(?:,|\band|\bwhile|\bwhilst)"
                       r"(?:\s+(?:stage\s*\d\b|(?!\d)[\w-]+)){0,4}?\s*$",
                       re.IGNORECASE)
PARALLEL_TAIL = re.compile(r"(?:,|;|\band|&)\s*$", re.IGNORECASE)
# "... and 61 after investigation", "and 40 at the frontline stage"
AT_STAGE = re.compile(r"^\s*(?:(?:were|was)\s+)?(?:at|in|for|after)\s+(?:the\s+|an\s+)?(?P<stage>stage\s*(?:\d|one|two|three)"
                      r"|informal|formal|(?:first|second|third)(?:\s+stage)?|investigation|(?:front[\s-]?line|local)\s+resolution"
                      r"|front[\s-]?line\s+stage)\b", re.IGNORECASE)
# "A further 61 were reviewed at stage two", "Another 64 were escalated to stage 2"
FURTHER = re.compile(r"^\W{0,3}(?:a\s+further|another)\s+$", re.IGNORECASE)
VERB_AT_STAGE = re.compile(r"^\s*(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+\s+){1,2}?(?:at|to|in)\s+(?:the\s+)?"
                           r"(?P<stage>stage\s*(?:\d|one|two|three)|(?:first|second|third)\s+stage)\b", re.IGNORECASE)
BARE_ORDINAL = re.compile(r"^(?:first|second|third)$", re.IGNORECASE)
STAGE_WORD = re.compile(r"\bstage\b", re.IGNORECASE)
# possessive \s*+: the two runs of spaces around the optional word backtracked into each other
NEXT_AREA = re.compile(r"^\s*+(?:for|in|to|from|at|by)?\s*+(?P<area>\p{Lu}[\w&'’-]*(?:\s+(?:\p{Lu}[\w&'’-]*|and|of|for|&))*)")
AREA_ITEM_LINE = re.compile(r"^[•*-]?\s*\p{Lu}[\w&'’/-]*(?:\s+[\w&'’/-]+){0,4}?\s+(?:for|with|:|–|-)\s*\d")  # the item, whole
AREA_ITEM = re.compile(r"^[•*-]?\s*(?P<area>\p{Lu}[\w&'’/-]*(?:\s+(?:[\w&'’/-]+)){0,4}?)\s+(?:for|with|:|–|-)\s*$")
NAMED_COUNT = re.compile(r"(?:\(|,|\band)\s*(?P<area>\p{Lu}[\w&'’-]*(?:\s+(?:\p{Lu}[\w&'’-]*|and|of|for|&))*),\s*$")


# "six of these concerned delays", "15 of which related to missed bins", "four had been due to staff
# attitude": a part of the count before, by what caused it
ABOUT_WORDS = (r"(?:the\s+result\s+of|due\s+to|about|concerned|concerning|involved|related\s+to|relating\s+to|regarding|"
               r"in\s+(?:relation|respect)\s+(?:to|of)|(?:as\s+)?a\s+result\s+(?:of|to)|caused\s+by)")
CAUSE_WORDS = (r"(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?" + ABOUT_WORDS + r"\s+(?:an?\s+|the\s+)?"
               r"(?P<category>[^,;.()]{3,60}?)\s*(?=[,;.()]|\s+and\s|$)")
PART_OF_PREVIOUS = re.compile(r"^\s*of\s+(?:these|them|those|which)\s+" + CAUSE_WORDS, re.IGNORECASE)
NEXT_PART = re.compile(r"^\s*" + CAUSE_WORDS, re.IGNORECASE)
# "Of the 820 complaints we received, " / "Of these, ": the rest of the whole's clause, then its part
# "The 88 complaints we logged comprised " / "made up of ": the whole, then the verb that splits it
AFTER_WHOLE = re.compile(r"^[^.;:()]{0,80},\s*$|^\s*of\s+(?:these|those|them|this\s+total)\s*,?\s*$"
                         r"|^[^.;:()]{0,80}?\b(?:compris(?:ed|ing|es)|consist(?:ed|ing|s)\s+of|made\s+up\s+of|split\s+(?:into|between)"
                         r"|broken\s+down\s+(?:into|as)|divided\s+(?:into|between))\s*:?\s*$", re.IGNORECASE)
# "512 complaints were about housing repairs and ": a first part said with its own words, then the next
AFTER_PART = re.compile(r"^[^.;:\d]{0,30}?\b" + ABOUT_WORDS + r"\b[^.;:\d]{1,60}?(?:,|\band)\s*$", re.IGNORECASE)
PART_RULE = "prose-part-of-previous"
# the items of a list after its first: parts of what the list splits, never a whole
ITEM_RULES = ("prose-list-item", "prose-next-item-same-link")


def _part_of_previous(n: Number, left: str, right: str, previous: Reading) -> Reading | None:
    """A count that is one subject's or cause's part of the count before it ("Only 10 were upheld;
    six of these concerned delays and four were about staff attitude", "Of the 820 complaints we
    received, 512 related to housing repairs"): the same measure, by what it was about - a named
    service is the part's area, other words its cause."""
    if (named := part_of_named_whole(n, left, right)) is not None:
        return named
    if n.unit != "count" or previous.unit != "count" or previous.measure in DAY_MEASURES:
        return None
    m = PART_OF_PREVIOUS.match(right)
    if m is None and (AFTER_WHOLE.match(left) or PARALLEL_TAIL.search(left) and (previous.rule == PART_RULE
                                                                                   or AFTER_PART.match(left))):
        m = NEXT_PART.match(right)  # the part after its whole, or the next part, "of these" said once
    if m is None or YEAR_IN.search(m.group("category")):
        return None  # "(one of which related to 2021-22)": a part by year is no cause
    return _part(m.group("category"), previous.measure, previous.stage)


def part_of_named_whole(n: Number, left: str, right: str) -> Reading | None:
    """A part of a whole named in words, with no number ("Of the complaints we upheld, 12 related to
    repairs"): the measure those words name."""
    if n.unit != "count" or not WHOLE_IN_WORDS.match(left) or (named := subject_measure(left)) is None:
        return None
    if (m := NEXT_PART.match(right)) is None or YEAR_IN.search(m.group("category")):
        return None
    return _part(m.group("category"), named[0], None)


def _part(words: str, measure: str, stage: str | None) -> Reading:
    """A part's reading: a named service is its area, other words its cause."""
    words = words.strip()
    if words[:1].isupper():
        return Reading(measure, "count", PART_RULE, stage, area=words)
    return Reading(measure, "count", PART_RULE, stage, "cause", words.lower())


# "Of the complaints we upheld, ", "Of the upheld complaints, ": a whole named in words, with no number
WHOLE_IN_WORDS = re.compile(r"^\s*(?:of|among|amongst)\s+(?:the|those|all(?:\s+the)?)\s+[^.;:()]{3,60},\s*$", re.IGNORECASE)


YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


NEXT_LISTED_AREA = re.compile(r"^\s*%?\s*\)\s*(?:,|;|\band\b|,\s*and\b)\s*(?P<area>[^,;()\d]{2,60}?)\s*\(\s*$", re.IGNORECASE)
FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+(?P<area>[^,;()\d]{2,60}?)\s+(?:with|at|on)\s+$", re.IGNORECASE)


# the clause before a value is only a period ("; the year before, ", ", and in the second half ")
PERIOD_THEN_VALUE = re.compile(r"(?:[;,]|\band\b)\s*(?:(?:and|but|while|whereas)\s+)?(?P<when>[^,;.\d]{3,40}?)\s*,?\s*$",
                               re.IGNORECASE)
# "The year before, the figure was 1,377", "In 2041/42 it was 96": a period, then the value said of the measure before
FIGURE_WAS = re.compile(r"^\W{0,3}(?P<when>[^,;.\d]{3,40}?),?\s++(?:the\s+(?:figure|number|total|count)\s+(?:was|stood\s+at)|"
                        r"it\s+(?:was|stood\s+at)|this\s+was)\s*$", re.IGNORECASE)
CLAUSE_ENDS = re.compile(r"^\s*(?:%|per\s*cent)?\s*(?:[.;,)]|$|and\b|but\b)", re.IGNORECASE)
PERIOD_WORDS = re.compile(r"^(?:in|during|for|over|across)\s+", re.IGNORECASE)


def names_period(text: str) -> bool:
    """Whether a short text is a period phrase and nothing more ("the year before", "in the second
    half", "in 2029/30")."""
    from extractor.extract.periods import financial_year, find_periods

    bare = PERIOD_WORDS.sub("", text.strip(), count=1)
    found = find_periods(bare, financial_year(2000))  # any year: relative phrases read against it
    return bool(found) and found[0][0] <= 4 and len(bare) - found[0][1] <= 4


def follows(n: Number, left: str, right: str, previous: Reading) -> Reading | None:
    """A number that says nothing of its own takes the reading before it: "This equates to 30%"
    (a share of the count before), "(155 and 88 respectively)", "2 were regarding Adult Social
    Care and 5 Children's Social Care" (the same measure for the next area)."""
    if (part := _part_of_previous(n, left, right, previous)) is not None:
        return part
    if previous.measure in ("upheld", "partially_upheld", "upheld_or_partially_upheld") and ELLIPTIC_JOIN.search(left) \
            and ELLIPTIC_NOT.match(right):
        # "five were upheld and nine were not": the verb left out of the second count is the first's, denied
        return Reading("not_upheld", previous.unit, "prose-elliptic-not-upheld", previous.stage, area=previous.area)
    if n.unit == "percent" and SHARE_OF_PREVIOUS.search(left):
        return Reading(previous.measure, "count", "prose-share-of-previous", previous.stage, area=previous.area)
    if PARALLEL.match(left):
        return Reading(previous.measure, previous.unit, "prose-parallel", previous.stage)
    if previous.measure in DAY_MEASURES and (m := DAYS_AFTER_UNIT.match(right)) and NEXT_DAYS.match(left):
        # "10 working days for Stage 1 complaints and 20 working days for Stage 2 complaints"
        unit = {"working": "working_days", "calendar": "calendar_days"}.get((m.group("unit") or "").lower(), "days")
        return Reading(previous.measure, unit, "prose-parallel-days")
    if (m := OF_THESE_AT_STAGE.match(right)) and OPENS.match(left) and previous.unit == "count" and n.unit == "count" \
            and (stage := settles("stage", m.group("stage"))) is not None:
        # "We received 140 complaints. / • 122 of these were dealt with at stage one": the part at its stage
        return Reading(previous.measure, previous.unit, "prose-of-these-at-stage", stage)
    if (m := WERE_STAGE.match(right)) and OF_WHICH.search(left):
        # "1,045 complaints, of which 932 were stage 1 and 113 were stage 2"
        return Reading(previous.measure, previous.unit, "prose-of-which-stage", settles("stage", m.group("stage")))
    if previous.rule == "prose-bracketed-area" and (m := NEXT_LISTED_AREA.match(left)):
        # "Highways (31%), parks and open spaces (18%) and council tax (12%)": the next item's own share
        return Reading(previous.measure, previous.unit, "prose-bracketed-area", previous.stage,
                       area=AREA_TAIL.sub("", m.group("area")).strip())
    if (m := FOLLOWED_BY.search(left)) is not None:
        # "Repairs received the most with 140, followed by lettings with 52"
        return Reading(previous.measure, previous.unit, "prose-parallel", previous.stage,
                       area=AREA_TAIL.sub("", m.group("area")).strip())
    if n.unit == "percent" and left.rstrip().endswith("(") and previous.rule != BASE_RULE:
        # "452 out of 520 stage 1 complaints on time (87%)": the share of the count its sentence read
        return Reading(previous.measure, "count", "prose-share-of-previous", previous.stage, area=previous.area)
    if (m := STAGE_ITEM.match(left)) is not None and (stage := settles("stage", m.group("label"))) is not None:
        # "stage one: 7.4; stage two: 15.1", "frontline 3.1 working days; investigation 17.8", "stage one: 1,151
        # (89%); stage two: 143": the next item of a list after one lead, at the stage its own label names
        unit = previous.unit
        if previous.measure in DAY_MEASURES and (d := DAYS_AFTER_UNIT.match(right)):
            unit = {"working": "working_days", "calendar": "calendar_days"}.get((d.group("unit") or "").lower(), unit)
        return Reading(previous.measure, unit, "prose-stage-item", stage)
    if BRACKET_ITEM_JOIN.match(left) and (m := BRACKET_STAGE.match(right)) \
            and (stage := settles("stage", m.group("stage"))) is not None:
        # "412 (stage 1), 38 (stage 2)", "38.2 (stage 1) and 4.1 (stage 2)": the next value of the list,
        # at the stage its own bracket names
        return Reading(previous.measure, previous.unit, "prose-bracketed-stage-item", stage)
    if FURTHER.match(left) and (m := VERB_AT_STAGE.match(right)):
        # "Of these, 402 were handled at stage one. A further 61 were reviewed at stage two.": the count
        # before goes on at the stage this sentence names
        return Reading(previous.measure, previous.unit, "prose-further-at-stage", _stage_words(m.group("stage")))
    if PARALLEL_TAIL.search(left) and (m := AT_STAGE.match(right)) \
            and (not BARE_ORDINAL.match(m.group("stage")) or STAGE_WORD.search(left)):
        # "1,301 were closed at Stage 1 and 181 at Stage 2": the same measure at the next stage ("in the
        # second" is a stage only after a count at one: after "in the first quarter" it is a quarter)
        return Reading(previous.measure, previous.unit, "prose-parallel-stage", _stage_words(m.group("stage")))
    if n.unit == previous.unit and CLAUSE_ENDS.match(right) and any(
            (m := find(left)) and names_period(m.group("when")) for find in (PERIOD_THEN_VALUE.search, FIGURE_WAS.match)):
        # "Last year we received 400 complaints; the year before, 380", "... and in the second half 210", "The
        # year before, the figure was 1,377": a clause of a period and a value only, the measure left out as said before
        return Reading(previous.measure, previous.unit, "prose-parallel-period", previous.stage, area=previous.area)
    if PARALLEL_TAIL.search(left) and PERIOD_NEXT.match(right) and len(left) < 40:
        # "18 complaints in Q1, 23 in Q2, 31 in Q3 and 27 in Q4": the same measure for the next period
        return Reading(previous.measure, previous.unit, "prose-parallel-period", previous.stage, area=previous.area)
    if (m := NAMED_COUNT.search(left)) is not None:
        return Reading(previous.measure, previous.unit, "prose-parallel", previous.stage,
                       area=AREA_TAIL.sub("", m.group("area")))
    if previous.area is not None and n.unit == previous.unit and (m := AREA_ITEM.match(left)):
        # "• Housing repairs accounted for 402 complaints" / "• Waste and recycling for 233": the next item of a
        # list of areas, its verb and noun left out
        return Reading(previous.measure, previous.unit, "prose-parallel", previous.stage, area=m.group("area"))
    if n.unit == "count" == previous.unit and (m := LINKED_ITEM.match(left)) and (r := LINKED_NEXT.match(right)) \
            and m.group("link").lower() == r.group("link").lower():
        # "88 were made by tenants, 41 by leaseholders and 31 by ...": the next item, linked to its label by the
        # word that linked the first, its verb left out
        return Reading(previous.measure, previous.unit, ITEM_RULES[1], previous.stage, previous.dimension,
                       area=previous.area)
    if (item := next_list_item(n, left, right, previous)) is not None:
        return item
    if PARALLEL_AREA.search(left) and (m := NEXT_AREA.match(right)) \
            and (previous.area is not None or settles("stage", m.group("area")) is not None):
        # "... 1,044 formal complaints and 3,980 PALS contacts": the next area's, or the next route's, count
        area = AREA_TAIL.sub("", m.group("area"))
        return Reading(previous.measure, previous.unit, "prose-parallel", previous.stage, area=area)
    return None


# " were made by tenants, " / " by leaseholders": the first item's verb, its link word and label, then the
# join; the next item opens on the same link word, its verb left out
LINK = r"(?P<link>by|from|about|regarding|concerning|to|via|through)"
LINKED_ITEM = re.compile(rf"^\s*(?:\(\s*\d[\d.]*\s*%\s*\)\s*|\)\s*)?(?:complaints?\s+|cases\s+)?(?:(?:were|was|came|had\s+been|have\s+been)\s+)?"
                         rf"(?:[a-z]+\s+)?{LINK}\s+[^,;:.()\d]{{2,60}}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                         rf"(?:the\s+(?:remaining|other|last|final)\s+)?$", re.IGNORECASE)  # "... and the remaining 25 from carers"
LINKED_NEXT = re.compile(rf"^\s*(?:\(\s*\d[\d.]*\s*%\s*\)\s*)?(?:complaints?\s+|cases\s+)?{LINK}\s+\S", re.IGNORECASE)

# what stands between one count of a list and the next: the first's share or bracket closed, or the noun it
# counts ("of the Stage 1 complaints"), a join, perhaps the next item's label ("%), followed by phone (",
# " complaints, People ", "%), estate services ")
LIST_JOIN = re.compile(r"^\s*+(?:%|per\s*cent)?\s*+\)?\s*+(?:(?:of\s+(?:the\s+|all\s+|our\s+)?)?(?:(?:stage\s*+\d|[\p{L}-]+)\s+){0,2}?"
                       r"(?:complaints?|cases|concerns|compliments)\s*+)?(?:,?\s*followed\s+by\b|,?\s*then\b|,?\s*and\b|,|;)\s*+"
                       r"(?P<label>(?:the\s+)?[\p{L}'’&/-]+(?:\s+[\p{L}'’&/-]+){0,4})?\s*+\(?\s*+$", re.IGNORECASE)
# words no item's label holds: a verb, a change or a comparison says the number starts a statement of its own
NOT_LABEL = re.compile(r"\b(?:were|was|is|are|had|has|have|be|been|received|handled|answered|responded|closed|upheld|"
                       r"up|down|more|fewer|less|rose|fell|increased?|decreased?|by|of|than|compared|against|these|those|"
                       r"them|which|who|it|they|we|our|its|per|each|every|a|an|total|overall|all|weeks?|months?|days?|"
                       r"years?|hours?|about|around|approximately|nearly|almost|over|under|just|some|roughly|every)\b", re.IGNORECASE)
# what may follow a count of a list: its share, its label, the next join or the end of the clause
LIST_ITEM_END = re.compile(r"^\s*+(?:\(|\)|,|;|\.|:|$|and\b|(?:about|from|for|at|in|on|via|by)\s+(?!every\b|each\b)(?=[^\W\d]))", re.IGNORECASE)
# a label with a verb is a clause leading to the number ("and completed 229", "found for the company in 4"),
# not the next item's name ("Planning for 11", "clinical care in 264" are)
CLAUSE_LABEL = re.compile(r"\b(?:\w{3,}ed|found|made|took|gave|paid|sent|met|held|kept|did|saw|went|came|got|told)\b",
                          re.IGNORECASE)
LIST_MEASURES = ("received", "closed", "upheld", "partially_upheld", "not_upheld", "compliments", "resolved", "withdrawn")


def next_list_item(n: Number, left: str, right: str, previous: Reading) -> Reading | None:
    """The next count of a list after a count the sentence read ("through the website (412, 58%), followed by
    phone (180, 25%)", "Place received 210 complaints, People 96 and Resources 41"): the same measure and stage,
    when what stands between them is only a join and a label, and after it only a share, a label or a join."""
    if n.unit != "count" or previous.unit != "count" or previous.measure not in LIST_MEASURES:
        return None
    m = LIST_JOIN.match(left)
    label = (m.group("label") or "") if m is not None else ""
    if m is None or NOT_LABEL.search(label) or CLAUSE_LABEL.search(label) or not LIST_ITEM_END.match(right):
        return None
    return Reading(previous.measure, previous.unit, ITEM_RULES[0], previous.stage, previous.dimension)


# " (stage 1), ", " (first stage) and ": a value's own bracket, then the join to the next value of its list
BRACKET_ITEM_JOIN = re.compile(r"^\s*(?:%|per\s*cent|(?:working\s+|calendar\s+)?days?)?\s*(?:[\w’'-]+\s+){0,2}?\([^()]{2,30}\)\s*(?:[,;]\s*(?:and\s+)?|and\s+)$",
                               re.IGNORECASE)
BRACKET_STAGE = re.compile(r"^\s*(?:%|per\s*cent|(?:working\s+|calendar\s+)?days?)?\s*\((?P<stage>[^()]{2,30})\)", re.IGNORECASE)

# "; stage two: ", " working days; investigation ", " (stage 1), and at investigation: ": what stands
# between one item's value and the next's - the first's unit or bracket, a break, the next item's label
# possessive \s*+: three runs of spaces in a row backtracked into one another (cubic on spaces)
STAGE_ITEM = re.compile(r"^\s*+(?:(?:working\s+|calendar\s+)?days?|%)?\s*+\)?\s*+(?:\([^()]{0,20}\))?\s*+[;,]\s*(?:and\s+)?"
                        r"(?P<label>(?:stage\s*\d|[^\d.;:,()]){2,40}?)\s*[:\-–]?\s*$", re.IGNORECASE)


def _stage_words(words: str) -> str | None:
    """ "stage two", "formal", "the second" (stage): the stage the words name."""
    return settles("stage", words if "stage" in words.lower() else f"{words} stage")


# "377 stage one and 42 stage two complaints were logged": the first count is said with its stage only
FORWARD_STAGE = re.compile(r"^\s*(?:at\s+(?:the\s+)?)?(?P<stage>stage[\s-]*(?:\d|one|two|three)|informal|formal|(?:first|second|third)[\s-]+stage)"
                           r"\s*(?:complaints?\s*)?(?:,|and|&)\s*$", re.IGNORECASE)


def forward_parallel(n: Number, sentence: str, numbers: Sequence[Number], i: int, read_next: Reading | None) -> Reading | None:
    """A count that names only its stage before "and" the next count, which says what both count:
    the next count's measure, at the first count's stage."""
    if read_next is None or i + 1 >= len(numbers) or numbers[i + 1].unit != n.unit:
        return None
    if (m := FORWARD_STAGE.match(sentence[n.end:numbers[i + 1].start])) is None:
        return None
    return Reading(read_next.measure, read_next.unit, "prose-parallel-forward", _stage_words(m.group("stage")))

"""Cases told in prose: news stories, minutes and letters. A paragraph or list item tells a case
by a sentence one of the `case` rules knows ("the Ombudsman found the council at fault"), or it
opens with a case marker ("In a separate case", "Thirdly,") and states a finding in its own words.
A marker pointing back at a case already told ("In the first case, the council has agreed to pay
the woman £100") adds to that case instead. Sentences about several cases ("in all cases where",
"a combined sum") tell none. Vocabulary: patterns/ombudsman.toml."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

import regex as re

from extractor.extract.bodies import find_bodies
from extractor.extract.decisions.counted import alike_cases, counted_cases, parted_cases
from extractor.extract.decisions.place import page_break
from extractor.extract.decisions.read import (
    COUNCIL_STAGE,
    COUNTED_ITEM,
    OMBUDSMAN_FINDING,
    PARAGRAPH_MARK,
    first_match,
    opens_with_verdict,
    read_outcome,
    verdict_after_label,
)
from extractor.extract.decisions.told import Told
from extractor.models import Document

# a sentence ends before a capital, or before a numbered paragraph run onto its line ("... £540. 4.2 In case ...")
# (a list item's number stays with its item: "... orders. 2. Mr K, noise." splits before the 2, not after it)
SENTENCE = re.compile(r"(?<=[.!?])(?<!(?:^|\s)\d{1,2}\.)\s+(?=[A-Z\"“‘']|\d{1,2}(?:\.\d{1,2})+\s+[A-Z]|\d{1,2}[.)]\s+[A-Z])")
ORDINALS = {"first": 1, "firstly": 1, "second": 2, "secondly": 2, "third": 3, "thirdly": 3, "fourth": 4,
            "fourthly": 4, "fifth": 5, "fifthly": 5, "sixth": 6}
A_NEW_ONE = re.compile(r"^\W*(?:in\s+)?an?\s", re.IGNORECASE)  # "In a second case": not the second one told
# the council a sentence holds responsible ("by Maldon DC", "against Essex CC"): two in one paragraph are two cases
RESPONDENT = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:CC|DC|BC|MBC|LBC|(?:County|District|Borough|City)\s+Council)\b"
                        r"|\b(?:London|Royal)\s+Borough\s+of\s+(?:[A-Z][\w'’-]+)(?:\s+and\s+[A-Z][\w'’-]+)?")
# what makes a list item a case record: its decision date or its case reference ("21 004 567",
# "202112345", "02/C/14567")
CASE_MARK = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                       r"[a-z]*\.?\s+(?:19|20)\d\d\b|\b\d{2}\s\d{3}\s\d{3}\b|(?<!\d)(?:19|20)\d{7}(?!\d)|\b\d{2}/[A-Z]/\d{3,5}\b",
                       re.IGNORECASE)
OMBUDSMAN = re.compile(r"\bombuds(?:man|men)\b|\bombwdsmon\b", re.IGNORECASE)
# a case's own reference, not a date: "21 004 567", "202316023", "02/C/14567"
CASE_REF = re.compile(r"\b\d{2}\s\d{3}\s\d{3}\b|\b(?:19|20)\d{7}\b|\b\d{2}/[A-Z]/\d{3,5}\b")
# a sentence that opens the next case of a paragraph counting them: "In the second, ...", "In another case"
NEXT_CASE = re.compile(r"^\W*(?:in\s+)?(?:the\s+|a\s+|an\s+)?(?:second|third|fourth|fifth|another|other|last|final|latter)\b"
                       r"(?:\s+(?:\w+\s+)?(?:case|complaint|determination|investigation|decision)\b)?\s*,", re.IGNORECASE)
# a sentence that opens with the ordinal of a case a count announced, with no ombudsman named: "In the
# second, it found service failure", "The third found reasonable redress", "A second complaint, about ..., was"
# ("In one case, ...", "In another, ...", "The other ...": the next of the cases announced)
ORDINAL_OPEN = re.compile(r"^\W*(?:in\s+)?(?:(?:the\s+|an?\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|other)\b"
                          r"|another\b|one(?=\s+(?:\w+\s+)?(?:case|complaint|determination|decision|investigation)\b))"
                          r"(?:\s+(?:\w+\s+)?(?:case|complaint|determination|decision|investigation|one)\b)?"
                          r"(?:\s*,|\s+(?:concerned|related|involved|was|is|remains|found|looked|considered|determined|decided|"
                          r"ruled|resulted))", re.IGNORECASE)
# a count of cases that a story then tells one by one
ANNOUNCED = re.compile(r"\b(?:[2-6]|two|three|four|five|six)\s+(?:[\w'’-]+\s+){0,3}?(?:determinations|decisions|cases|"
                       r"complaints|investigations)\b", re.IGNORECASE)
LIST_SPLIT = re.compile(r",\s+and\s+|;\s+|,\s+(?=£)")


def sentences(text: str) -> list[str]:
    """The sentences of a passage that speak of one case (not "in all cases", "a combined sum")."""
    return list(_case_sentences(text))


@lru_cache(maxsize=256)  # a passage is split by told_cases and again by by_sentence
def _case_sentences(text: str) -> tuple[str, ...]:
    return tuple(s for s in SENTENCE.split(text) if not first_match("not_case", s))


def told_cases(text: str, told_so_far: int, previous: Told | None, voice: bool = False) -> list[Told]:
    """The cases a paragraph or list item tells; `told_so_far` prose cases came before it in the
    document, `previous` is the last of them (a "separate case" with no finding of its own is one
    more of the same kind); `voice`: the document speaks as the ombudsman ("we upheld")."""
    said = sentences(text)
    for k, sentence in enumerate(said):
        if (back := _points_back(sentence, told_so_far)) is not None:
            return [Told("", None, back[1], " ".join(said[k:]), back_to=back[0])]
    marker = first_match("case_marker", text)
    found = by_sentence(text, voice, told_so_far > 0)
    if found or marker is None:
        return found or counted_cases(text)
    if read := read_outcome(" ".join(said)):
        return [Told(read[0]["outcome"], read[1], read[0]["id"], text)]
    if failing := first_match("failing", " ".join(said)):
        return [Told(failing[0]["outcome"], None, failing[0]["id"], text)]
    if previous is not None and not marker[0].get("needs_outcome"):
        return [Told(previous.outcome, None, marker[0]["id"], text)]
    return []


def _points_back(sentence: str, told_so_far: int) -> tuple[int, str] | None:
    """(ordinal, rule) of a case already told that a sentence opens by pointing at ("In the first
    case, ...")."""
    marker = first_match("case_marker", sentence)
    if marker is None or A_NEW_ONE.match(sentence):
        return None
    n = ORDINALS.get((marker[1].group("ordinal") or "").lower())
    return (n, marker[0]["id"]) if n is not None and n <= told_so_far else None


@lru_cache(maxsize=4096)  # a sentence is read by told_cases and again by the story around it
def case_rule(sentence: str, voice: bool) -> tuple[dict[str, Any], re.Match[str]] | None:
    """The first `case` rule a sentence matches; rules in the ombudsman's own voice ("we upheld")
    only in a document that speaks as the ombudsman."""
    return first_match("case", sentence, None if voice else lambda r: r.get("voice") != "ombudsman")


OWN_STAGE_ITEM = re.compile(r"^\W*(?:stage|step|level|tier)\s*(?:\d|one|two|three)\b", re.IGNORECASE)


def listed_case(text: str, scope: tuple[str, ...], parent: tuple[str, ...] = (), item: bool = False,
                among_cases: bool = False, announced: bool = False, after_case: bool = False) -> list[Told]:
    """A list item or table row under a heading that names an ombudsman's decisions (or stating a
    finding only an ombudsman makes), stating a finding in its own words ("Repairs - severe maladministration - £1,000 ordered"), is one case;
    an item that counts cases is a figure. `parent`: the heading the nearest one stands under, when
    the layout gave headings no levels; `item`: the text is a list item of its own; `among_cases`: other
    items of its list tell cases, so a finding-first item is one more, not a glossary's line; `announced`:
    the sentence leading into the list says the ombudsman's decisions follow, so a bare verdict will do;
    `after_case`: the item right above it told an ombudsman's case, so its list is one of cases (as with
    `among_cases`) whatever its headings say ("... was at fault and agreed to pay £250" / "... was not at fault in ...")."""
    # the nearest heading (or the one it stands under), or the header of the row's own table, names an ombudsman
    if not (any(first_match("body", h) or OMBUDSMAN.search(h) for h in (*parent, *scope[-2:]))
            or (item and (OMBUDSMAN_FINDING.search(text) or after_case or announced))) \
            or first_match("count_item", PARAGRAPH_MARK.sub("", text, count=1)) \
            or (not (among_cases or after_case) and defines_finding(text)) \
            or (item and scope and COUNCIL_STAGE.search(scope[-1]) and not OMBUDSMAN_FINDING.search(text)) \
            or (item and OWN_STAGE_ITEM.match(text) and not OMBUDSMAN_FINDING.search(text)):
        # (the line leading into a list of the body's own stage-two cases names no ombudsman's list; an item
        # that opens on the body's own stage, "Stage 1 (early resolution): we aim to ...", tells its procedure)
        return []
    said = sentences(text)
    read = read_outcome(" ".join(said))
    if read is None or read[0].get("mixed") is None and not read[1] and not CASE_MARK.search(text) \
            and not verdict_after_label(text) and not announced and not after_case \
            and not (item and (read[0]["outcome"] in OMBUDSMAN_ONLY or any(opens_with_verdict(s) for s in said[1:]))):
        return []  # a bare "upheld" in a list is too weak without a finding, a decision date, a case reference,
        # a subject label it follows at once, a sentence of its own ("... a stillbirth. Upheld."), or a list it goes on
    return [Told(read[0]["outcome"], read[1], read[0]["id"], text)]


# verdicts only an ombudsman gives: a list item stating one is an ombudsman's case
OMBUDSMAN_ONLY = frozenset({"closed_after_initial_enquiries", "premature", "out_of_jurisdiction", "referred_for_investigation"})


# "Severe maladministration - leak from a communal water tank (202305590)": a title that opens with its finding,
# then what the case was about
VERDICT_FIRST = re.compile(r"^\W*(?P<finding>(?:[\w'’]+\s+){0,4}[\w'’]+)\s*(?::|\s[-–]\s)\s*\S")
TITLE_WORDS = 20
# what tells a case rather than defines a finding: a sum, a number (a reference, a date), a case it was
TOLD_CASE = re.compile(r"£\s?\d|\d|\b(?:complaint|case|determination|investigation)s?\b", re.IGNORECASE)


def _after_finding(label: re.Pattern[str], text: str) -> str | None:
    """What a line says after the finding it opens with as its label (`label` cuts the label), or None
    when it opens with no finding."""
    m = label.match(text)
    return text[m.end():] if m is not None and read_outcome(m.group("finding")) is not None else None


def verdict_first(line: str) -> bool:
    """A line that opens with its verdict as a label and goes on to tell a case: a sum, a complaint or
    case it was about ("Upheld: the council delayed ... pay £300", "Not upheld - a complaint about a
    parking fine")."""
    rest = _after_finding(VERDICT_FIRST, line)
    return rest is not None and bool(TOLD_CASE.search(rest))


def among_told_cases(doc: Document, i: int) -> bool:
    """Whether another item of the list block `i` stands in opens with its finding and tells a case (a
    sum, a reference): items of one list share their role, so a finding-first item beside it is a case
    ("No maladministration - a neighbour dispute" under "Maladministration - ... paid £300")."""
    blocks = doc.blocks
    if blocks[i].kind != "list_item":
        return False
    start, end = i, i
    while start > 0 and (blocks[start - 1].kind == "list_item" or page_break(doc, blocks[start - 1])):
        start -= 1  # (a list runs on over a page break: "Page 3" and the next page's header between items)
    while end + 1 < len(blocks) and (blocks[end + 1].kind == "list_item" or page_break(doc, blocks[end + 1])):
        end += 1
    return any(verdict_first(blocks[k].text) for k in range(start, end + 1) if k != i and blocks[k].kind == "list_item")


# a paragraph that opens with a short label, as a list's item does: "Parking Services: a penalty ...", "Repairs – a leak ..."
LABELLED_ITEM = re.compile(r"^\W*+[^:–—\d.]{2,50}?\s*(?::|\s[-–—]\s)\s*\S")
# what a lead-in names when it says cases follow: "NIPSO reached a decision on the other four:"
DECIDED = re.compile(r"\b(?:decisions?|decided|determinations?|determined|findings?|rulings?|ruled)\b", re.IGNORECASE)


def announces_cases(doc: Document, i: int, before: str = "") -> bool:
    """Whether the list block `i` stands under a lead into the ombudsman's decisions ("... The Ombudsman
    reached a decision on the other four:"): the paragraph right above it, or, for items cut from one
    paragraph ("... closed two cases:" / "1. Surgery – ..."), the paragraph's text `before` the item
    or the paragraph or numbered paragraph taken for a heading above it."""
    if before.rstrip().endswith(":"):
        return leads_into_cases(before)
    # items numbered as paragraphs of their own ("1. Financial Assessment – ...") stand under the lead above item 1
    numbered = doc.blocks[i].kind == "paragraph" and COUNTED_ITEM.match(doc.blocks[i].text) is not None
    # and so do items that lost their bullets, paragraphs each opening with a label ("Repairs – ...", "Parking: ...")
    labelled = doc.blocks[i].kind == "paragraph" and LABELLED_ITEM.match(doc.blocks[i].text) is not None
    above = next((b for b in reversed(doc.blocks[:i]) if b.kind != "list_item" and not page_break(doc, b)
                  and not (numbered and b.kind == "paragraph" and COUNTED_ITEM.match(b.text))
                  and not (labelled and b.kind == "paragraph" and LABELLED_ITEM.match(b.text))), None)
    split = bool(before) or doc.blocks[i].kind == "paragraph"
    if (doc.blocks[i].kind != "list_item" and not split) or above is None \
            or above.kind not in (("paragraph", "heading") if split else ("paragraph",)):
        return False
    return leads_into_cases(above.text, above.heading_path if labelled else ())


# "... closed three cases about the hospital:", "finished looking at two cases about us:", "Two cases were closed:":
# cases the ombudsman finished
CASES_DONE = re.compile(r"\b(?:closed|finished|completed|concluded|investigated|considered|looked\s+(?:at|into)|looking\s+(?:at|into))\b"
                        r"[^:.;]{0,40}?\b(?:cases|complaints|investigations)\b"
                        r"|\b(?:cases|complaints|investigations)\s+(?:were|have\s+been)\s+(?:closed|finished|completed|concluded)\b",
                        re.IGNORECASE)


def leads_into_cases(text: str, scope: Sequence[str] = ()) -> bool:
    """Whether a text ends with a colon after a sentence saying the ombudsman decided cases. The
    ombudsman may be named in an earlier sentence ("The SPSO received 21 complaints ... The decisions
    upheld were:") or by the headings it stands under (`scope`); the sentence leading in names no
    stage of the body's own procedure."""
    if not text.rstrip().endswith(":"):
        return False
    last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    return bool((DECIDED.search(last) or CASES_DONE.search(last)) and not COUNCIL_STAGE.search(last)
                and (any(OMBUDSMAN.search(t) or find_bodies(t) for t in (text, *scope)) or DETERMINATIONS.search(last)))


# the Housing Ombudsman's word for its decisions, which names it when nothing else does ("The panel noted two
# determinations received in the quarter:"); a planning determination leads into no list of findings
DETERMINATIONS = re.compile(r"\bdeterminations?\b(?!\s+of\s+(?:planning|applications?)\b)", re.IGNORECASE)


def defines_finding(text: str) -> bool:
    """An item that opens with a finding as its label and goes on in words of no case: a glossary's
    line ("Fault causing injustice: the council got something wrong and it affected the person")."""
    rest = _after_finding(TERM, text)
    return rest is not None and not TOLD_CASE.search(rest)


# a glossary's term may be a finding with its qualifier ("Fault, no injustice: ...")
TERM = re.compile(r"^\W*+(?P<finding>[^:–\d]{2,50}?)\s*(?::|\s[-–]\s)\s*\S")


def verdict_title(text: str) -> bool:
    """Whether a one-line title opens with a case's finding and goes on to what it was about, with the
    case's reference: the title of one case (a heading that only names a finding, "Severe
    maladministration - what it means", carries no reference)."""
    if "\n" in text.strip() or len(text.split()) > TITLE_WORDS or not CASE_MARK.search(text):
        return False
    m = VERDICT_FIRST.match(text)
    read = read_outcome(m.group("finding")) if m else None
    return read is not None and read[1] is not None


PART_OPENING = re.compile(r"^\W*(?:one|the\s+first)\b\s*,", re.IGNORECASE)  # "One, about ...": a part of a count


def by_sentence(text: str, voice: bool = False, after_case: bool = False) -> list[Told]:
    """Cases the `case` and `case_list` rules read sentence by sentence; a further sentence is a
    further case only when it names a council the earlier ones did not ("no maladministration by
    Essex CC. He found maladministration by Maldon DC"). `after_case`: the story told a case before
    this passage (a sentence opening with an ordinal may tell the next)."""
    found: list[Told] = []
    named: set[str] = set()
    opened = False  # a sentence with no verdict opened the next case by its number ("Case 2: the resident ...")
    summed = False  # a sentence counted several cases ("It found maladministration in 3 cases"): a summary
    before = ""  # the sentence before, when it told no case
    for sentence in SENTENCE.split(text):
        if found and (rest := alike_cases(sentence, "case_count", lambda r: bool(r.get("rest")))):
            found += rest  # "The remaining two found no maladministration", after the cases told one by one
            continue
        # a count told part by part, each part its own verdict; the count may close the sentence before ("It decided
        # two complaints. One, about ..., was upheld; the other ... was not upheld.")
        if parts := parted_cases(sentence) or (parted_cases(f"{before.rstrip(' .')}: {sentence}")
                                               if before and PART_OPENING.match(sentence) else []):
            found += parts
            before = ""
            continue
        before = "" if found else sentence
        if first_match("not_case", sentence):
            summed = True
            continue
        if listed := first_match("case_list", sentence):
            rule, m = listed
            if "items" not in m.groupdict():
                found += alike_cases(sentence, "case_list")
                continue
            return found + [Told(rule["outcome"], None, rule["id"], item.strip(" .;"))
                            for item in LIST_SPLIT.split(m.group("items")) if item.strip(" .;")]
        hit = case_rule(sentence, voice)
        if hit is not None and hit[0].get("inferred") and summed and not found and not opened \
                and not NEXT_CASE.match(sentence) and not first_match("case_marker", sentence) and read_outcome(sentence) is None:
            # "... in 3 cases and no maladministration in 2. The Ombudsman ordered compensation totalling £2,140":
            # a remedy alone after a count of cases goes on with the summary, unless it opens a case of its own
            continue
        if hit is None:
            if told := ordinal_case(sentence, text, bool(found) or after_case) or referenced_case(sentence, named, bool(found) or after_case) \
                    or _finding_of_next(sentence):
                found.append(told)
                named |= set(CASE_REF.findall(sentence))
            elif found and (told := _verdict_alone(sentence, opened)):
                found.append(told)  # "4. Mr D, rent charge. Outside jurisdiction: ...": the case its number opened
                opened = False
                continue
            opened = opened or _opens_case(sentence)
            continue
        # the councils a sentence holds responsible and the case references it names: new ones tell a further case
        respondents = {r.group(0) for r in RESPONDENT.finditer(sentence)} | set(CASE_REF.findall(sentence))
        if found and not opened and not (respondents - named) and not NEXT_CASE.match(sentence) \
                and not first_match("next_case", sentence):
            continue
        named |= respondents
        opened = False
        rule = hit[0]
        read = read_outcome(sentence)
        # a finding the sentence states outranks a verdict only inferred from a remedy ("paid £250 ... it
        # found reasonable redress")
        stated = read is not None and (rule["outcome"] == "read" or rule.get("inferred") and read[1] is not None)
        outcome = read[0]["outcome"] if stated and read else rule["outcome"]
        if read and outcome in ("upheld", "not_upheld") and read[0]["outcome"] == "partially_upheld":
            # "maladministration in X; no maladministration in Y", "no maladministration in X, but service
            # failure in Y": a failing on some elements and none on others, whichever the sentence names first
            outcome = "partially_upheld"
        finding = read[1] if read and read[0]["outcome"] == outcome else None
        # where the verdict is told: the rule's words, or for a verdict inferred from a remedy the words of a
        # finding the sentence also states ("The Ombudsman found maladministration ... and ordered us to pay")
        told_at = hit if not rule.get("inferred") else first_match(
            "case", sentence, lambda r: not r.get("inferred") and (voice or r.get("voice") != "ombudsman"))
        found.append(Told(outcome, finding, rule["id"], sentence, inferred=bool(rule.get("inferred")) and not stated,
                          verdict=sentence[told_at[1].start():] if told_at else ""))
    if len(found) != 1:
        return found
    # one case: its finding, remedies and payment may be in any sentence of the passage; a verdict the
    # passage states outranks one only inferred from a remedy ("Maternity - partly upheld. The Ombudsman
    # asked the trust to apologise and pay £750.")
    one = found[0]
    if one.inferred and (stated := read_outcome(" ".join(sentences(text)))) is not None \
            and stated[0]["outcome"] != "other" and (stated[1] or stated[0]["outcome"] != one.outcome):
        one = replace(one, outcome=stated[0]["outcome"], finding=stated[1])
    if one.outcome == "upheld" and (label := first_match("outcome", " ".join(sentences(text)))) is not None \
            and label[0]["outcome"] == "partially_upheld":
        # "The Ombudsman found fault in the delay, but not in the decision. Upheld in part.": the case's outcome
        # label outranks the verdict words of its finding
        one = replace(one, outcome="partially_upheld")
    return [replace(_elements_mixed(text, one), text=text, said=one.text, finding=one.finding or _finding(text, one))]


def _finding_of_next(sentence: str) -> Told | None:
    """A sentence that opens the next case and states its finding with no verb ("One concerned a delayed gas
    repair (service failure, £150 awarded)."): that case, under the opener's rule."""
    opener = first_match("next_case", sentence)
    read = read_outcome(sentence) if opener else None
    if opener is None or read is None or read[1] is None:
        return None
    return Told(read[0]["outcome"], read[1], opener[0]["id"], sentence)


def _verdict_alone(sentence: str, opened: bool) -> Told | None:
    """A finding stated with no verb ("Outside jurisdiction: the rent is for the tribunal.") right after a
    sentence that opened the next case by its number ("4. Mr D, rent charge."): that case."""
    read = read_outcome(sentence) if opened else None
    return Told(read[0]["outcome"], read[1], read[0]["id"], sentence) if read else None


def _elements_mixed(text: str, one: Told) -> Told:
    """One case whose elements the passage finds in sentences of their own, a failing in one and none
    in another ("... there was maladministration by the landlord in ... . ... there was no
    maladministration by the landlord in ..."): a partial finding (SPEC 3)."""
    if one.outcome not in ("upheld", "not_upheld"):
        return one
    read = read_outcome(" ".join(" ".join(sentences(text)).split()))
    if read is None or not read[0].get("mixed"):
        return one
    return replace(one, outcome=read[0]["outcome"], finding=read[1], inferred=False)


def _opens_case(sentence: str) -> bool:
    """Whether a sentence opens the next case on its own, with its verdict in a sentence after it."""
    hit = first_match("next_case", sentence)
    return hit is not None and bool(hit[0].get("opens_alone"))


def ordinal_case(sentence: str, text: str, after_case: bool) -> Told | None:
    """The case a sentence tells that opens with its ordinal and states a verdict, naming no
    ombudsman ("In the second, it found service failure ..."): one only after a case told before it
    in the passage, or a count of cases the passage announced before it ("three determinations")."""
    if not ORDINAL_OPEN.match(sentence):
        return None
    at = text.find(sentence)
    if not after_case and not ANNOUNCED.search(text[:max(at, 0)]):
        return None
    read = read_outcome(sentence)
    return Told(read[0]["outcome"], read[1], read[0]["id"], sentence) if read is not None else None


def referenced_case(sentence: str, named: set[str], after_case: bool) -> Told | None:
    """The further case a sentence tells after a case told before it, by a case reference of its own
    or opening on a case it brings in, stating a finding with no ombudsman named ("4.2 In case
    202316023 it found that the council had offered reasonable redress"; "In a case about a noisy
    neighbour it found no maladministration")."""
    refs = set(CASE_REF.findall(sentence))
    opens = bool(NEXT_CASE.match(sentence) or first_match("next_case", sentence))
    if not after_case or (refs & named if refs else not opens):
        return None
    read = read_outcome(sentence)
    return Told(read[0]["outcome"], read[1], read[0]["id"], sentence) if read is not None and read[1] else None


def _finding(text: str, told: Told) -> str | None:
    """The finding a passage states for its one case, when the sentence that told it only named a
    remedy ("Severe maladministration: ... We were ordered to pay £1,400")."""
    read = read_outcome(" ".join(sentences(text)))
    return read[1] if read is not None and read[0]["outcome"] == told.outcome else None

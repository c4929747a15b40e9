"""The spaCy pipeline: a blank English pipeline (no model download) with an EntityRuler fed from
patterns/prose_entities.jsonl (channels and complainant groups). Sentences end where spaCy's
sentencizer would end them (after . ! ?) and at a hard line break ("\n" in the text): both rules
are read off the token arrays at once (`sentence_starts`) instead of by the sentencizer's walk
over every token in Python.

Built once per process, on first use; `nlp.pipe` runs it over every text block of a document at once.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from extractor.limits import active
from extractor.patterns import load_rules

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Mention:
    """A vocabulary entity in a sentence: its label, category and character span."""

    label: str
    category: str
    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the block text
    mentions: tuple[Mention, ...]


@cache
def entity_rules() -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in load_rules("prose_entities", ("id", "label", "pattern"))}


@cache
def pipeline() -> Language:
    import spacy  # imported on first use: commands that read no prose start fast

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": r["label"], "pattern": phrase, "id": r["id"]}
                        for r in entity_rules().values() for phrase in phrases(r["pattern"])])
    return nlp


SENTENCE_ENDS = (".", "!", "?")  # the sentencizer's punct_chars


@cache
def _end_ids() -> frozenset[int]:
    strings = pipeline().vocab.strings
    return frozenset(strings.add(c) for c in SENTENCE_ENDS)


def sentence_starts(doc: Any, text: str) -> list[int]:
    """Token indexes that start a sentence: spaCy's sentencizer rule (the first token that is
    neither punctuation nor a sentence end, after a sentence end) and a line break's rule (the
    token after a whitespace token holding "\n": a line that ends without punctuation, such as
    "Complaint overview" or a label above its value, ends its sentence; the caller marks such
    breaks with "\n").

    One pass over the token arrays: the sentencizer makes a Python Token per token and a
    second component walked them again. `tests/test_nlp.py` holds it to both."""
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH

    ends = _end_ids()
    starts = [0] if len(doc) else []
    seen_end = False
    for i, (orth, punct, space, idx, length) in enumerate(doc.to_array([ORTH, IS_PUNCT, IS_SPACE, IDX, LENGTH]).tolist()):
        if orth in ends:
            seen_end = True
        elif not punct:
            if seen_end and starts[-1] != i:
                starts.append(i)
            seen_end = False
        if space and "\n" in text[idx:idx + length] and i + 1 < len(doc) and starts[-1] != i + 1:
            starts.append(i + 1)
    return starts


def phrases(pattern: list[dict[str, Any]]) -> list[str]:
    """Token patterns of plain words ({"LOWER": ...} or {"LOWER": {"IN": [...]}}) as the phrases
    they match: the EntityRuler's PhraseMatcher finds phrases far faster than its Matcher."""
    out = [""]
    for token in pattern:
        lower = token["LOWER"]
        words = lower["IN"] if isinstance(lower, dict) else [lower]
        out = [f"{o} {w}".strip() for o in out for w in words]
    return out


def sentences(texts: Iterable[str]) -> list[list[Sentence]]:
    """Sentences (split at . ! ? and ;) of every text, with the vocabulary mentions in each.

    A text longer than the block limit (--max-block-chars) goes to spaCy in pieces cut at
    sentence ends: spaCy refuses a text of 1,000,000 characters (E088), and its time and memory
    grow with the piece. The pieces' sentences keep their offsets in the whole text."""
    limit = min(active().max_block_chars, SPACY_MAX)
    texts = list(texts)
    pieces = [(i, offset, piece) for i, text in enumerate(texts) for offset, piece in split_long(text, limit)]
    out: list[list[Sentence]] = [[] for _ in texts]
    for (i, offset, _), sents in zip(pieces, _sentences(p for _, _, p in pieces), strict=True):
        out[i] += [Sentence(s.text, s.start + offset, s.mentions) for s in sents] if offset else sents
    return out


SPACY_MAX = 1_000_000  # spaCy's Language.max_length (E088 beyond it)
PIECE_ENDS = (". ", "! ", "? ", "; ", "\n")


def split_long(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) with every piece at most `limit` characters: cut after the last sentence
    end inside the window, else at its last space, else at the limit. Linear in the text."""
    if len(text) <= limit:
        yield 0, text
        return
    pos = 0
    while pos < len(text):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        end = pos + limit
        if end >= len(text):
            if pos < len(text):
                yield pos, text[pos:]
            return
        cut = max(text.rfind(sep, pos, end) for sep in PIECE_ENDS) + 1
        if cut <= pos:
            cut = text.rfind(" ", pos, end) + 1
        if cut <= pos:
            cut = end
        yield pos, text[pos:cut]
        pos = cut


def _sentences(texts: Iterable[str]) -> list[list[Sentence]]:
    """spaCy over texts already within its limit.

    Sentence bounds come from the SENT_START array and mentions from doc.ents once: spaCy's
    `doc.sents` and `span.ents` walk every token in Python on each call."""
    rules = entity_rules()
    texts = list(texts)
    out = []
    for whole, doc in zip(texts, pipeline().pipe(texts), strict=True):
        if not len(doc):
            out.append([])
            continue
        # a span's text is its slice of the input (spaCy keeps every character): Span.text would
        # make a Python object per token
        starts, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist()
        bounds = [*sentence_starts(doc, whole), len(doc)]
        ents = [(e.start, e.label_, e.ent_id_, whole[e.start_char:e.end_char], e.start_char, e.end_char)
                for e in doc.ents]
        firsts = [e[0] for e in ents]  # in order: each sentence's mentions are one slice, found by bisection
        sents = []
        for a, b in pairwise(bounds):
            first_char, end_char = starts[a], starts[b - 1] + lengths[b - 1]
            mentions = tuple(Mention(label, rules[rule].get("category") or text.lower(), rule,
                                     start - first_char, end - first_char)
                             for first, label, rule, text, start, end in ents[bisect_left(firsts, a):bisect_left(firsts, b)])
            sents.append(Sentence(whole[first_char:end_char], first_char, mentions))
        out.append(sents)
    return out

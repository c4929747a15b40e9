"""The spaCy pipeline: a blank English pipeline (no model download) with a sentencizer, a rule that
a hard line break ("\n" in the text) also ends a sentence, and an EntityRuler fed from
patterns/prose_entities.jsonl (channels and complainant groups).

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
    from spacy.language import Language

    if "line_breaks" not in Language.factories:
        Language.component("line_breaks", func=line_breaks)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?"]})
    nlp.add_pipe("line_breaks")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": r["label"], "pattern": phrase, "id": r["id"]}
                        for r in entity_rules().values() for phrase in phrases(r["pattern"])])
    return nlp


def line_breaks(doc: Any) -> Any:
    """A line that ends without punctuation ("Complaint overview", a label above its value) ends
    its sentence: the caller marks such breaks with "\n".

    The tokenizer keeps a newline in a whitespace token of its own: only those are looked at
    (a walk over every token, or `doc.text`, makes a Python object per token)."""
    strings = doc.vocab.strings
    rows = doc.to_array(["IS_SPACE", "ORTH"]).tolist()
    for i, (space, orth) in enumerate(rows[:-1]):
        if space and "\n" in strings[orth]:
            doc[i + 1].is_sent_start = True
    return doc


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
        flags, starts, lengths = zip(*doc.to_array(["SENT_START", "IDX", "LENGTH"]).tolist(), strict=True)
        bounds = [0, *(i for i in range(1, len(flags)) if flags[i] == 1), len(doc)]
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

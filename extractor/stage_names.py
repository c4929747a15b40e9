"""A report's own names for its complaint stages: "Stage 1 – Quick Resolution", "Stage Two: Senior Review",
"a Local Response (Stage 1)". Said once, such a name is that stage wherever the report uses it, whatever
the same words mean in another body's procedure ("early resolution" is informal to one council and
stage 1 to a university; "formal" is stage 1 beside an informal stage, stage 2 where stage 1 has a name
of its own).

The pipeline reads the names once per document (`defined`); every reader that asks which stage a text
names (segment.settles, the table label reader) reads the text with the names put as "stage N" first
(`in_stage_words`). Outside a document, or in one that names no stage, texts are read as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

import regex as re

NUMBERS = {"1": "1", "2": "2", "3": "3", "one": "1", "two": "2", "three": "3"}
# a name's words, one space apart (a wide gap parts two cells: "Outcome      Frontline (Stage 1)"), on one line
NAME_WORD = r"[^\W\d_][\w'’-]*"
NAME = rf"{NAME_WORD}(?: {NAME_WORD}){{1,3}}"
# "Stage 1 – Quick Resolution.", "Stage Two: Senior Review", "Stage 1 - frontline resolution by the school": the
# stage, a dash or colon, then its name
NAMED_AFTER = re.compile(rf"\bstage[ \t]+(?P<n>[123]|one|two|three)[ \t]*[–—:-][ \t]*(?P<name>{NAME})", re.IGNORECASE)
# "a Local Response (Stage 1)", "frontline resolution (stage one)": a name right before its stage in brackets.
# The bracket is found first and the name read back from it: a name searched for at every word of a long
# text costs more than all the rest of this module.
STAGE_BRACKET = re.compile(r"\([ \t]*stage[ \t]+(?P<n>[123]|one|two|three)[ \t]*\)", re.IGNORECASE)
NAME_BEFORE = re.compile(rf"(?P<name>{NAME})[ \t]?$")
BEFORE_SPAN = 160  # characters before a bracket that can hold a name of four words
# words that start a clause: the name ends before them ("Stage 1 - frontline resolution by the school")
STOP = frozenset({"by", "with", "within", "where", "when", "if", "and", "or", "to", "for", "of", "the", "a", "an", "in",
                  "on", "at", "is", "are", "was", "were", "will", "we", "we'll", "you", "your", "our", "this", "that",
                  "which", "who", "what", "how", "stage", "total", "all", "had", "has", "have", "no", "some", "many",
                  "most", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# a stage's name ends with what the stage does: a resolution, response, review ... ("Area Manager" or "Student
# Casework Team" says who handles a stage, and a sentence after "Stage 1 -" says what happens in it)
PROCEDURE_NOUNS = frozenset({"resolution", "response", "review", "investigation", "panel", "complaint", "appeal",
                             "escalation", "consideration", "assessment", "stage", "hearing", "reply", "handling"})
MIN_WORDS = 2

NAMES: ContextVar[tuple[tuple[str, str], ...]] = ContextVar("stage_names", default=())


def stage_names(texts: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(name in lower case, "stage N") for every name the texts give one stage and only one."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for number, said, from_end in _named(text):
            name = _cut(said, from_end=from_end)
            if name:
                found.setdefault(name, set()).add(NUMBERS[number.lower()])
    return tuple(sorted(((name, f"stage {stages.pop()}") for name, stages in found.items() if len(stages) == 1),
                        key=lambda item: -len(item[0])))  # the longest name first: "formal investigation" before "investigation"


def _named(text: str) -> Iterator[tuple[str, str, bool]]:
    """(stage number, the words that may name it, whether the name comes before the stage) in one text."""
    if "stage" not in text.lower():
        return
    for m in NAMED_AFTER.finditer(text):
        yield m.group("n"), m.group("name"), False
    last_end = 0
    for m in STAGE_BRACKET.finditer(text):
        before = NAME_BEFORE.search(text, max(last_end, m.start() - BEFORE_SPAN), m.start())
        if before:
            yield m.group("n"), before.group("name"), True
        last_end = m.end()


def _cut(name: str, from_end: bool = False) -> str | None:
    """The name's words up to the first that starts a clause (back to the last, for a name before its
    bracket: "start with a Local Response"); None when fewer than two are left or the last is no step of a
    procedure."""
    words: list[str] = []
    for word in reversed(name.split()) if from_end else name.split():
        if word.lower() in STOP:
            break
        words.append(word.lower().strip("'’-"))
    words = words[::-1] if from_end else words
    if len(words) < MIN_WORDS or words[-1].removesuffix("s") not in PROCEDURE_NOUNS:
        return None
    return " ".join(words)


@contextmanager
def defined(texts: Iterable[str]) -> Iterator[None]:
    """Read one document's texts with the stage names it defines."""
    token = NAMES.set(stage_names(texts))
    try:
        yield
    finally:
        NAMES.reset(token)


def in_stage_words(text: str) -> str:
    """The text with each of the document's stage names said with its stage ("640 Quick Resolution cases"
    -> "640 stage 1 Quick Resolution cases": a numbered stage outranks what the words mean elsewhere)."""
    names = NAMES.get()
    if not names or not text:
        return text
    return _pattern(names).sub(lambda m: _stage_of(names, m.group(0)), text)


@lru_cache(maxsize=64)
def _pattern(names: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """One pattern for all the names, each word perhaps in the plural ("Formal Investigations")."""
    return re.compile("|".join(r"\b" + r"\s+".join(re.escape(w) + "s?" for w in name.split()) + r"\b" for name, _ in names),
                      re.IGNORECASE)


def _stage_of(names: tuple[tuple[str, str], ...], said: str) -> str:
    words = [w.lower() for w in said.split()]
    for name, stage in names:
        parts = name.split()
        if len(parts) == len(words) and all(w in (p, p + "s") for w, p in zip(words, parts, strict=True)):
            return f"{stage} {said}"
    return said

"""Sentence bounds read off the token arrays (`nlp.sentence_starts`) are the ones spaCy's
sentencizer and a line-break component give: on generated texts and on every corpus text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import nlp

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reference():
    """The old pipeline: spaCy's sentencizer (. ! ?), then a line break starts a sentence."""
    import spacy
    from spacy.language import Language

    def line_breaks(doc):
        for i, token in enumerate(doc[:-1]):
            if token.is_space and "\n" in token.text:
                doc[i + 1].is_sent_start = True
        return doc

    if "test_line_breaks" not in Language.factories:
        Language.component("test_line_breaks", func=line_breaks)
    ref = spacy.blank("en")
    ref.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?"]})
    ref.add_pipe("test_line_breaks")
    return ref


def starts_of(ref, text: str) -> list[int]:
    return [s.start for s in ref(text).sents]


def ours(text: str) -> list[int]:
    return nlp.sentence_starts(nlp.pipeline().make_doc(text), text)


PIECES = ["Stage 1", "complaints", ".", "!", "?", "...", "\n", "\n\n", " ", "  ", "(", ")", '"', "'", "-", ";",
          ":", "12", "3.5", "%", "Mr.", "e.g.", "upheld", "•", "\t", ",", "?!", ". \n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_generated_texts_split_as_the_sentencizer_does(reference, text):
    assert ours(text) == starts_of(reference, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_glued_texts_split_as_the_sentencizer_does(reference, text):
    assert ours(text) == starts_of(reference, text)


def test_corpus_paragraphs_split_as_the_sentencizer_does(reference):
    from extractor import load
    from extractor.extract.prose.clauses import hard_breaks

    paths = [p for d in ("documents", "excerpts") for p in sorted((ROOT / "corpus" / d).glob("*"))
             if p.suffix in (".txt", ".md")]
    assert paths
    for p in paths:
        doc = load(p)
        for block in doc.blocks:
            text = hard_breaks(doc, block)
            assert ours(text) == starts_of(reference, text), (p.name, text[:80])

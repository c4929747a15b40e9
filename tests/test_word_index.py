"""extractor/gate.py WordIndex answers, for every rule of a list at once, what `admits_all`
answers for each: one Aho-Corasick pass must find every rule word a text holds, overlapping
words and words inside longer ones included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.gate import ALL, WordIndex, admits_all, lower_for_gate, required_all
from extractor.patterns import expand, load_rules


def _needs_of(name: str, field: str) -> list:
    return [required_all(expand(r[field])) if field in r else () for r in load_rules(name)]


RULE_LISTS = {f"{name}.{field}": _needs_of(name, field)
              for name, field in (("prose", "left"), ("prose", "right"), ("ombudsman", "regex"),
                                  ("periods", "regex"), ("sections", "regex"))}
INDEXES = {key: WordIndex(needs) for key, needs in RULE_LISTS.items()}
EXAMPLES = [t for name in ("prose", "ombudsman", "periods", "sections") for r in load_rules(name)
            for t in (*r.get("examples", []), *r.get("counter_examples", [])) if isinstance(t, str)]


def _agrees(low: str) -> None:
    for key, needs in RULE_LISTS.items():
        index = INDEXES[key]
        found = index.mask(low)
        for i, rule_needs in enumerate(needs):
            assert (found & index.full[i] == index.full[i]) == admits_all(rule_needs, low), (key, i, low)


def test_overlapping_and_nested_words_are_all_found() -> None:
    index = WordIndex([(frozenset({"complaint"}),), (frozenset({"complain"}), frozenset({"plaint"})),
                       (frozenset({"ntst"}),), (frozenset({"absent"}),), ()])
    found = index.mask("complaintstage")
    assert [found & f == f for f in index.full] == [True, True, True, False, True]
    assert index.mask(None) == ALL and all(ALL & f == f for f in index.full)
    assert WordIndex([(), ()]).mask("anything") & 0 == 0


def test_every_rule_example_gets_the_answer_admits_all_gives() -> None:
    assert len(EXAMPLES) > 100
    for text in EXAMPLES:
        if (low := lower_for_gate(text)) is not None:
            _agrees(low)


WORDS = ["complaints", "complaint", "upheld", "stage", "stages", "one", "two", "s1", "ho", "days", "working",
         "ombudsman", "fault", "received", "2023/24", "q1", "quarter", "year", "last", "this", "march", "mar",
         "housing", "adult", "social", "care", " ", ", ", ".", "partly", "not"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=20), st.booleans())
def test_generated_texts_get_the_answer_admits_all_gives(words: list[str], glued: bool) -> None:
    _agrees(("" if glued else " ").join(words))

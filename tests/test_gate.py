"""extractor/gate.py may only skip a regex that would have failed: every text a rule matches
holds one of the words the gate requires of it."""

from __future__ import annotations

import regex as re
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.gate import admits, lower_for_gate, required
from extractor.patterns import expand, load_rules


def test_required_words_of_simple_shapes() -> None:
    assert required(r"\b(?:partially|partly)\s+upheld\b") == frozenset({"upheld"})
    assert required(r"\b(?:withdrawn|abandoned)\b") == frozenset({"withdrawn", "abandoned"})
    assert required(r"^\s*(?:working\s+)?days?\b") == frozenset({"day"})
    assert required(r"(?:complaints?)?\s*\d+") is None  # optional: nothing is required
    assert required(r"stage|\d+") is None  # one alternative needs no word
    assert required(r"[[:alpha:]]+ upheld") is None  # the regex module's syntax: no gate
    assert required(r"\p{Lu}\w+ received") is None


def test_a_gated_rule_is_never_skipped_on_its_own_words() -> None:
    assert admits(required(r"\bupheld\b"), lower_for_gate("Complaints UPHELD in part"))
    assert not admits(required(r"\bupheld\b"), lower_for_gate("no complaints were closed"))
    assert lower_for_gate("the \u017ftage") is None  # long s matches "s" under IGNORECASE: no gate


def _rule_texts() -> list[tuple[str, frozenset[str] | None, re.Pattern[str], str]]:
    """(rule id, gate, compiled regex, text) for every example and counter-example of the rule
    files whose regexes are gated (prose left/right, ombudsman, dashboards)."""
    out = []
    for name, fields in (("prose", ("left", "right")), ("ombudsman", ("regex",)), ("dashboards", ("regex",))):
        for rule in load_rules(name):
            texts = [*rule.get("examples", []), *rule.get("counter_examples", [])]
            for field in fields:
                if field in rule:
                    rx = re.compile(expand(rule[field]), re.IGNORECASE | re.VERBOSE)
                    need = required(expand(rule[field]))
                    out += [(rule["id"], need, rx, t) for t in texts if isinstance(t, str)]
    return out


RULE_TEXTS = _rule_texts()


def test_every_rule_example_that_matches_passes_the_gate() -> None:
    gated = 0
    for rule_id, need, rx, text in RULE_TEXTS:
        for piece in (text, text[len(text) // 2:], text[: len(text) // 2]):
            low = lower_for_gate(piece)
            if need is not None and low is not None:
                gated += 1
                assert admits(need, low) or rx.search(piece) is None, (rule_id, piece)
    assert gated > 100


WORDS = ["upheld", "partly", "not", "complaints", "stage", "one", "received", "within", "days", "working",
         "Ombudsman", "fault", "12", "45%", "were", "was", "closed", "withdrawn", ",", ".", "(", ")", "average"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from(range(len(RULE_TEXTS))))
def test_a_text_the_gate_refuses_never_matches(words: list[str], k: int) -> None:
    rule_id, need, rx, _ = RULE_TEXTS[k]
    text = " ".join(words)
    low = lower_for_gate(text)
    if need is not None and low is not None and not admits(need, low):
        assert rx.search(text) is None, (rule_id, text)

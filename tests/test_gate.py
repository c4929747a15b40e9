"""extractor/gate.py may only skip a regex that would have failed: every text a rule matches
holds one of the words the gate requires of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex as re
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.gate import admits, admits_all, lower_for_gate, required, required_all
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
    files whose regexes are gated (prose left/right, ombudsman, dashboards, table labels)."""
    out = []
    for name, fields in (("prose", ("left", "right")), ("ombudsman", ("regex",)), ("dashboards", ("regex",)),
                         ("tables", ("regex",)), ("periods", ("regex",)), ("sections", ("regex",)),
                         ("identity", ("regex",)), ("checks", ("regex",))):
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


def _refused_by_best_word(need: frozenset[str] | None, rx: re.Pattern[str], low: str) -> bool:
    return need is not None and not admits(need, low)


def _refused_by_every_set(need: frozenset[str] | None, rx: re.Pattern[str], low: str) -> bool:
    return not admits_all(required_all(rx.pattern), low)


@pytest.mark.parametrize("refuses", [_refused_by_best_word, _refused_by_every_set], ids=["required", "required_all"])
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from(range(len(RULE_TEXTS))))
def test_a_text_the_gate_refuses_never_matches(refuses: Callable[..., bool], words: list[str], k: int) -> None:
    rule_id, need, rx, _ = RULE_TEXTS[k]
    text = " ".join(words)
    low = lower_for_gate(text)
    if low is not None and refuses(need, rx, low):
        assert rx.search(text) is None, (rule_id, text)


def test_digit_need_of_simple_shapes() -> None:
    from extractor.gate import needs_digit

    def needs(p: str) -> bool:
        return needs_digit(re.compile(p, re.IGNORECASE | re.VERBOSE))

    assert needs(r"\d+\s*days") and needs(r"Q[1-4]") and needs(r"(?:19|20)\d\d") and needs(r"(?:a\d|\d b)")
    assert not needs(r"(?:stage|\d+)") and not needs(r"[^0-9]") and not needs(r"\d*") and not needs(r"[0-9a]")
    assert not needs(r"(?=\d)\w") and not needs(r"[[:digit:]]")


def test_every_period_and_section_rule_that_needs_a_digit_matches_only_texts_with_one() -> None:
    """The period rules are skipped on a sentence without a digit: none of their examples, nor
    any text of the rule files, matches such a rule without a digit."""
    from extractor.extract import periods
    from extractor.gate import has_digit, needs_digit
    from extractor.section_rules import section_rules

    texts = [t for name in ("periods", "sections", "prose", "ombudsman") for r in load_rules(name)
             for t in [*r.get("examples", []), *r.get("counter_examples", [])] if isinstance(t, str)]
    rules = [rx for _, rx in periods._rules()] + [rx for kind in ("stage", "service", "procedure", "kind")
                                                  for _, rx in section_rules(kind)]
    digit_rules = [rx for rx in rules if needs_digit(rx)]
    assert len(digit_rules) >= 5
    for rx in digit_rules:
        for text in texts:
            for piece in (text, re.sub(r"\d", "", text)):
                assert has_digit(piece) or rx.search(piece) is None, (rx.pattern[:60], piece)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["2023", "/24", "Q", "1", "quarter", "April", " ", "-", "to", "year", "٣",
                                 "2019-20", "half", "H1", "one", "last", "(", ")"]), max_size=14).map("".join))
def test_a_digit_rule_never_matches_a_text_without_a_digit(text: str) -> None:
    from extractor.extract import periods
    from extractor.gate import has_digit, needs_digit

    for _, rx in periods._rules():
        if needs_digit(rx) and not has_digit(text):
            assert rx.search(text) is None, (rx.pattern[:60], text)


def test_every_set_a_pattern_needs_is_needed() -> None:
    """required_all: each set it returns is held by every match, as required's one set is."""
    assert required_all(r"\bwe\s+did\s+not\s+uphold\s+(?:the\s+)?complaint")[:2] == (
        frozenset({"complaint"}), frozenset({"uphold"}))
    assert required_all(r"stage|\d+") == ()
    gated = 0
    for rule_id, _, rx, text in RULE_TEXTS:
        needs = required_all(rx.pattern)
        for piece in (text, text[len(text) // 2:], text[: len(text) // 2]):
            low = lower_for_gate(piece)
            if needs and low is not None:
                gated += 1
                assert admits_all(needs, low) or rx.search(piece) is None, (rule_id, piece, needs)
    assert gated > 100

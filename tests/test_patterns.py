"""Every rule file in patterns/ validates, and every regex rule matches each of its examples and
none of its counter-examples (the eyecite habit: a rule documents itself and is tested by it)."""

from __future__ import annotations

import pytest

from extractor.patterns import all_rule_files, load_rules, rule_regex


@pytest.mark.parametrize("name", all_rule_files())
def test_rules_have_ids_examples_and_counter_examples(name: str) -> None:
    rules = load_rules(name)
    assert rules, f"patterns/{name} holds no rules"
    for rule in rules:
        assert rule.get("examples"), f"{name}: rule {rule['id']} has no examples"
        assert "counter_examples" in rule, f"{name}: rule {rule['id']} has no counter_examples"


@pytest.mark.parametrize("name", all_rule_files())
def test_regex_rules_match_examples_only(name: str) -> None:
    problems = []
    for rule in load_rules(name):
        if "regex" not in rule:
            continue
        rx = rule_regex(rule)
        problems += [f"{rule['id']} misses {ex!r}" for ex in rule["examples"] if not rx.search(ex)]
        problems += [f"{rule['id']} matches {ex!r}" for ex in rule["counter_examples"] if rx.search(ex)]
    assert not problems, "; ".join(problems)

"""patterns/ombudsman.toml read the way the extractor reads it: each rule's examples must come
out as that rule's value (body, kind, outcome, remedy), not merely match its regex - a rule
shadowed by an earlier, more general one fails here."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.extract.bodies import find_body, without_bodies
from extractor.extract.decisions import first_match, payment, read_outcome, remedies
from extractor.extract.decisions.fields import field_role
from extractor.extract.decisions.read import _rule_regex
from extractor.extract.decisions.story import sentences, told_cases
from extractor.patterns import load_rules


def rules_of(kind: str) -> list[dict[str, Any]]:
    return [r for r in load_rules("ombudsman") if r["type"] == kind]


def examples_of(kind: str) -> list[tuple[dict[str, Any], str]]:
    return [(r, ex) for r in rules_of(kind) for ex in r["examples"]]


def test_every_rule_type_is_read() -> None:
    known = {"body", "kind", "outcome", "case", "remedy", "not_payment", "not_remedy", "not_case", "case_marker",
             "case_list", "remedy_lead", "case_title", "failing", "field", "case_count", "case_part", "count_item", "voice",
             "next_case", "glossary_term", "glossary_heading", "glossary_lead"}
    assert {r["type"] for r in load_rules("ombudsman")} <= known


@pytest.mark.parametrize("rule,example", examples_of("body"), ids=lambda x: x if isinstance(x, str) else x["id"])
def test_body_examples_name_their_body(rule: dict[str, Any], example: str) -> None:
    if rule["body"] == "HO" and "LGSCO" in example:  # "HO and LGSCO Enquiries" names two
        return
    assert find_body(example) == rule["body"]


@pytest.mark.parametrize("rule,example", examples_of("kind"), ids=lambda x: x if isinstance(x, str) else x["id"])
def test_kind_examples_give_their_kind(rule: dict[str, Any], example: str) -> None:
    hit = first_match("kind", example)
    assert hit is not None and hit[0]["kind"] == rule["kind"]


@pytest.mark.parametrize("rule,example", examples_of("outcome"),
                         ids=lambda x: x if isinstance(x, str) else x["id"])
def test_outcome_examples_give_their_outcome(rule: dict[str, Any], example: str) -> None:
    read = read_outcome(example)
    assert read is not None and read[0]["outcome"] == rule["outcome"], read and read[0]["id"]


@pytest.mark.parametrize("rule,example", [(r, c) for r in rules_of("outcome") for c in r.get("counter_examples", [])],
                         ids=lambda x: x if isinstance(x, str) else x["id"])
def test_outcome_counter_examples_give_another_outcome(rule: dict[str, Any], example: str) -> None:
    """An outcome rule's counter-example is not read with that rule's outcome: another rule may read it
    (the other polarity's words are the counter-example of many), never as this one."""
    read = read_outcome(example)
    assert read is None or read[0]["outcome"] != rule["outcome"], read[0]["id"]


@pytest.mark.parametrize("rule,example", examples_of("case"), ids=lambda x: x if isinstance(x, str) else x["id"])
def test_case_examples_tell_one_case(rule: dict[str, Any], example: str) -> None:
    hit = first_match("case", example)
    assert hit is not None and hit[0]["outcome"] == rule["outcome"]
    if rule["outcome"] == "read":  # the outcome rules decide: each example must read as one
        assert read_outcome(example) is not None


@pytest.mark.parametrize("rule,example", examples_of("remedy"), ids=lambda x: x if isinstance(x, str) else x["id"])
def test_remedy_examples_give_their_remedy(rule: dict[str, Any], example: str) -> None:
    if rule["remedy"] == "service_improvement" and "does not need" in example:
        return  # matches the wording, but a remedy said to be unneeded is not ordered
    assert rule["remedy"] in remedies(example)


@pytest.mark.parametrize("text,expected", [
    ("apology submitted; pay the resident £250 for time and trouble", ("apology", "payment")),
    ("Provide a letter of apology; review the fencing policy; carry out training for staff",
     ("apology", "training", "review")),
    ("appropriate recommendations and remedy have been carried out", ("other",)),
    ("the recommendations were implemented in full", ("other",)),
    ("The LGSCO confirmed that the Council does not need to make any service improvement recommendations", ()),
    ("no apology was required", ()),
])
def test_remedies_in_other_words(text: str, expected: tuple[str, ...]) -> None:
    assert set(remedies(text)) == set(expected)


@pytest.mark.parametrize("cells,expected", [
    (["Pay £500 for the lost provision and £250 for time and trouble"], 750),
    (["pay the resident £1,000 compensation"], 1000),
    (["The landlord refused to pay the £80 the resident asked for"], None),
    (["claims above £5,000 are settled by the insurer"], None),
    (["Requirement: pay £150", "Action taken: payment of £150 made"], 150),
])
def test_payment_amounts(cells: list[str], expected: float | None) -> None:
    assert payment(cells) == expected


def test_an_ombudsman_name_is_not_a_service_name() -> None:
    assert "Housing" not in without_bodies("5.2 Housing Ombudsman (HO) Enquiries")
    assert "Housing Services" in without_bodies("Housing Services cases sent to the Local Government Ombudsman")


def _ids(x: object) -> str:
    return x if isinstance(x, str) else x["id"]  # type: ignore[index]


@pytest.mark.parametrize("rule,example", examples_of("not_case"), ids=_ids)
def test_summary_sentences_tell_no_case(rule: dict[str, Any], example: str) -> None:
    assert sentences(example) == [] and told_cases(example, 0, None) == []


@pytest.mark.parametrize("rule,example", examples_of("case_marker"), ids=_ids)
def test_case_markers_open_a_case(rule: dict[str, Any], example: str) -> None:
    hit = first_match("case_marker", example)
    assert hit is not None and hit[0]["id"] == rule["id"]


@pytest.mark.parametrize("rule,example", [(r, c) for r in rules_of("case_marker") for c in r["counter_examples"]],
                         ids=_ids)
def test_case_marker_counter_examples_open_none(rule: dict[str, Any], example: str) -> None:
    hit = first_match("case_marker", example)
    assert hit is None or hit[0]["id"] != rule["id"]


@pytest.mark.parametrize("rule,example", examples_of("case_list"), ids=_ids)
def test_case_lists_give_one_case_per_item(rule: dict[str, Any], example: str) -> None:
    told = told_cases(example, 0, None)
    assert len(told) >= 2 and {t.rule for t in told} == {rule["id"]}


@pytest.mark.parametrize("kind", ["remedy_lead", "case_title", "failing", "case_count", "case_part", "count_item", "voice",
                                  "next_case", "glossary_term", "glossary_heading", "glossary_lead"])
def test_structural_rules_match_their_examples_only(kind: str) -> None:
    for rule in rules_of(kind):
        assert all(first_match(kind, ex) and first_match(kind, ex)[0]["id"] == rule["id"]  # type: ignore[index]
                   for ex in rule["examples"]), rule["id"]
        assert not any(first_match(kind, ex) for ex in rule["counter_examples"]), rule["id"]


@pytest.mark.parametrize("rule,example", examples_of("field"), ids=_ids)
def test_field_labels_take_their_role(rule: dict[str, Any], example: str) -> None:
    assert field_role(example) == rule["role"]


@pytest.mark.parametrize("rule,example", [(r, c) for r in rules_of("field") for c in r["counter_examples"]],
                         ids=_ids)
def test_field_label_counter_examples_take_another_role(rule: dict[str, Any], example: str) -> None:
    assert field_role(example) != rule["role"]


def counter_examples_of(kind: str) -> list[tuple[dict[str, Any], str]]:
    return [(r, ex) for r in rules_of(kind) for ex in r.get("counter_examples", [])]


@pytest.mark.parametrize("rule,example", counter_examples_of("case"),
                         ids=lambda x: x if isinstance(x, str) else x["id"])
def test_case_counter_examples_are_not_read_by_their_rule(rule: dict[str, Any], example: str) -> None:
    """A case rule's counter-example is not matched by that rule: another rule may read it (the other
    polarity's sentence is the counter-example of many), this one was written to refuse it."""
    assert _rule_regex(rule).search(example) is None

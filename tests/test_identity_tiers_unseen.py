"""Two councils of one place and different tiers ("Ashcombe Town Council", "Ashcombe District
Council") are two bodies: no cross-document check compares them. A name with its tier and one
without it, or two that share a tier, stay one body. Own words, written before the code."""

from __future__ import annotations

import pytest

from extractor.identity import same_organisation


@pytest.mark.parametrize("a, b", [
    ("Ashcombe Town Council", "Ashcombe District Council"),
    ("Marlford County Council", "Marlford City Council"),
    ("Brennock Parish Council", "Brennock Borough Council"),
])
def test_councils_of_different_tiers_are_different_bodies(a: str, b: str) -> None:
    assert not same_organisation(a, b)


@pytest.mark.parametrize("a, b", [
    ("Marlford County Council", "Marlford Council"),
    ("Conwell County Borough Council", "Conwell Borough Council"),
    ("City of Dunmere Council", "Dunmere City Council"),
])
def test_one_body_named_with_and_without_its_tier(a: str, b: str) -> None:
    assert same_organisation(a, b)

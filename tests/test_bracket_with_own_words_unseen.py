"""A count whose words come before a bracket that opens on a share with words of its own ("103 partly upheld
(49% upheld or partly upheld)") counts what its own words say; the bracket's words are the share's. A bare
share in brackets after a count's words ("23 complaints (7%) missed the deadline") is still the count's own.
Written before the change in words of our own; 2 of 3 passed before it (the bare share, and the
second wording, which asks only that the 12 is not read as a base)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

HEADER = "Tenancy services complaints review 2032/33\n\n"


def test_count_keeps_its_own_outcome_before_a_worded_share(tmp_path: Path) -> None:
    text = HEADER + ("Of 264 complaints closed, 71 were upheld and 58 partly upheld (48.9% upheld or partly upheld); "
                     "135 were not upheld.\n")
    keys = core_keys(tmp_path, text)
    assert ("partially_upheld", 58, "count", None, "2032/33") in keys
    assert ("upheld_or_partially_upheld", 48.9, "percent", None, "2032/33") in keys


def test_other_wording_of_the_same_shape(tmp_path: Path) -> None:
    text = HEADER + "We found in the tenant's favour in 40 cases and 12 were resolved in part (17% of all closures).\n"
    keys = core_keys(tmp_path, text)
    assert not any(k[1] == 12 and k[0] == "closed" for k in keys)


def test_bare_share_in_brackets_stays_the_counts(tmp_path: Path) -> None:
    text = HEADER + "In the year 23 complaints (7%) were upheld.\n"
    assert ("upheld", 23, "count", None, "2032/33") in core_keys(tmp_path, text)


def test_share_with_its_base_stays_the_counts(tmp_path: Path) -> None:
    """Written with the change after its first version moved such counts to the sentence's first stage."""
    text = HEADER + ("We received 530 stage one complaints. 64 complaints (12% of stage one complaints) were "
                     "escalated to stage two.\n")
    assert ("received", 64, "count", "stage2", "2032/33") in core_keys(tmp_path, text)

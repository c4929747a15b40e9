"""A case told in labelled fields whose values wrap onto lines set in under the value ("Summary:  The
council did not ..." / "          ... The Ombudsman found fault causing injustice."): the wrapped
lines are the field's, so the verdict and the payment on them belong to the case. Written in words
of our own before the code; before: 2 of 3 passed (the prose reader found the first case from its
sentence "The Ombudsman found fault ..."; the second, a bare "Fault, but no injustice", it missed)."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision

LETTER = """Ombudsman decisions 2031/32

3.2   Two complaints upheld by the Local Government and Social Care Ombudsman:

      Reference 31 004 117
      Service:  Waste - Garden Collections
      Summary:  The council stopped a paid garden waste service for eleven weeks
                without a refund. The Ombudsman found fault causing injustice.
      Remedy:   Apology; a refund and £120 for the trouble caused; check the
                round schedules.

      Reference 31 008 902
      Service:  Planning - Enforcement
      Summary:  The council took no action on a reported breach for a year.
                Fault, but no injustice to the complainant.
      Remedy:   None beyond the council's own review.

3.3   The council has complied with every recommendation.
"""


def _decisions(tmp_path: Path, text: str) -> list[Decision]:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return [r for r in extract(load(path)) if isinstance(r, Decision)]


def test_verdict_on_a_wrapped_line(tmp_path: Path) -> None:
    got = sorted(_decisions(tmp_path, LETTER), key=lambda d: d.line)
    assert [d.outcome for d in got] == ["upheld", "upheld"]
    assert all(d.body == "LGSCO" for d in got)
    assert abs(got[0].line - 8) <= 2 and abs(got[1].line - 14) <= 2  # where each summary tells the verdict


def test_payment_on_a_wrapped_line(tmp_path: Path) -> None:
    first = min(_decisions(tmp_path, LETTER), key=lambda d: d.line)
    assert first.payment_gbp == 120


def test_paragraph_after_the_fields_is_not_the_case(tmp_path: Path) -> None:
    # counter-example: a line set back at the margin after the last field ends the case
    text = ("Ombudsman decisions 2031/32\n\nService:  Parking\nSummary:  Fault causing injustice over a penalty charge.\n"
            "Remedy:   Apology.\nWe also paid £5,000 to a contractor for new signs.\n")
    got = _decisions(tmp_path, text)
    assert len(got) == 1 and got[0].payment_gbp is None

"""A news story about ombudsman cases copied from a web page with no blank line between its paragraphs
(each paragraph one long line): each paragraph's case is read on its own, as in the same story with
blank lines. Seen failing in held-out batch 13 (a local news story of Housing Ombudsman cases: one
case of three was read); written in words of our own before the change."""

from __future__ import annotations

from pathlib import Path

from decision_cases import decisions_in

STORY = """Elmford Gazette
Home > News > Local news
Landlord told to pay out after ombudsman rulings
By a local democracy reporter
The Housing Ombudsman made nine determinations about Elmford council in 2030/31, and found failings in most of them.
In one, a tenant waited a year for a new boiler through the winter. The ombudsman found severe maladministration and ordered the council to pay £900.
In the other, an older resident had no hot water for three months. The ombudsman again found severe maladministration and ordered the council to pay £600.
A third tenant reported a broken window for months before it was mended. The ombudsman found maladministration in the handling of the repair, and ordered compensation of £300.
The council said it had learned lessons and had hired two more repairs inspectors this spring.
"""


def test_each_paragraph_line_of_a_packed_story_tells_its_own_case(tmp_path: Path) -> None:
    got = sorted((d.line, d.body, d.outcome, d.payment_gbp) for d in decisions_in(tmp_path, STORY, "story.txt"))
    assert got == [(6, "HO", "upheld", 900.0), (7, "HO", "upheld", 600.0), (8, "HO", "upheld", 300.0)]


def test_a_case_is_not_referred_for_investigation_by_a_line_saying_none_was(tmp_path: Path) -> None:
    text = ("Ombudsman letter 2030/31\n\nIn the upheld case, the Public Services Ombudsman for Wales found the council had "
            "delayed a repair grant for a resident. The council has apologised and paid £300 to the resident.\n"
            "Separately, the Ombudsman received four complaints about councillors' conduct; none was referred for investigation.\n")
    got = [(d.body, d.outcome) for d in decisions_in(tmp_path, text, "letter.txt")]
    assert got == [("PSOW", "upheld")]

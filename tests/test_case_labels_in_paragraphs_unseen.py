"""Paragraphs that each open with a case's own label ("Case C - damp and mould.", "Case 2: parking
permit.") each tell a case of their own: a label is no organisation the case above named (it opened
"Case B - ..." too), and the payment a labelled paragraph orders is that case's, not the one above;
an unlabelled paragraph under a case that tells, in the report's own voice, what it was ordered to do
("We were ordered to pay ...") is more of that case. Own words, written before the change; probed on
main at 4e95a07: 1 of 3 passed (the numbered labels), 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import case_outcomes

CASES = [
    # lettered labels; the third finding is stated as "There was ..." and its order as "We were ordered"
    (("# Northgate Housing Association: learning from complaints, 2030/31\n\n"
      "## What the Housing Ombudsman decided\n\n"
      "Case A - kitchen repairs. The Ombudsman found maladministration in the time we took to replace a kitchen "
      "and ordered us to pay the resident £600 and to apologise.\n\n"
      "Case B - noise nuisance. The Ombudsman found no maladministration in how we responded to reports of noise.\n\n"
      "Case C - damp and mould. There was severe maladministration in our response to reports of mould. We were "
      "ordered to pay £1,800 and to review our damp policy within three months.\n\n"
      "Case D - rent account. The Ombudsman decided this was outside its jurisdiction.\n"),
     [("HO", "upheld", 600.0), ("HO", "not_upheld", None), ("HO", "upheld", 1800.0), ("HO", "out_of_jurisdiction", None)]),
    # numbered labels with a colon, the LGSCO's words
    (("Ombudsman decisions 2032/33\n\n"
      "Case 1: school transport. The Local Government and Social Care Ombudsman found no fault in how we "
      "assessed a pupil's eligibility.\n\n"
      "Case 2: parking permit. There was fault causing injustice, and we agreed to pay the applicant £150.\n"),
     [("LGSCO", "not_upheld", None), ("LGSCO", "upheld", 150.0)]),
    # the paragraph under a labelled case that only orders its remedy, in the report's voice, is that case's
    (("Housing Ombudsman determinations\n\n"
      "Case 1 - communal heating. The Ombudsman found service failure in our repairs to the boiler.\n\n"
      "We were ordered to pay each household £100 and to apologise.\n"),
     [("HO", "upheld", 100.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_labelled_paragraph_is_a_case(tmp_path: Path, text: str, expected: list) -> None:
    assert case_outcomes(tmp_path, text) == expected

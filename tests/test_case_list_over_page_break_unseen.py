"""A list of cases that runs over a page break: the page's number and the next page's running header stand
between two items of the list ("Page 3" / "Borough Council  Audit Committee  4 May 2032"). The items after
the break are more cases of the same list, as those before it. Words of our own, written before the change:
written with the change after a first version that did not reproduce the loss: before the change 0 of 1
passed (the items after the break were lost), after it 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes

PAGE = """3. Key issues

3.2 The Local Government and Social Care Ombudsman wrote to the Council in the period and reached a decision
on the following cases:

  • 203100452 – Parks (tree works). Partly upheld: the Ombudsman found maladministration in how the
    Council answered the complainant. The Council apologised and paid £150.
  • 203100871 – Licensing. Not upheld: no maladministration was identified.



                                        Page 3
Newtown Borough Council Audit Committee              4 May 2032


  • 203101206 – Housing advice. Not investigated: premature, as the complainant had not finished the
    Council's procedure.
  • 203101544 – Car parks (permits). Upheld: maladministration in the issue of a permit. The Council
    refunded £60.

3.3 All recommendations falling due have been carried out.
"""


def test_items_after_the_page_break_are_cases(tmp_path: Path) -> None:
    found = sorted(o for _, o, _ in case_outcomes(tmp_path, "Complaints report to the Audit Committee, 2031/32\n\n" + PAGE))
    assert found == ["not_upheld", "partially_upheld", "premature", "upheld"], found

"""A story's next paragraph that orders a remedy for the person its case was about ("ordered it to pay
her £650", "told the council to apologise to him and pay £150") pays for that case, even when it opens
with the ombudsman ("The Ombudsman said ...", "The watchdog told ..."): it brings in nobody new. A
paragraph that orders a remedy for someone new ("to pay a woman £200", "another tenant") tells a case
of its own, before the same ombudsman as the case just told when it names none. Own words, written
before the change; probed on main at 4e95a07: 4 of 8 passed (three counter-examples and the opening "It";
the separate case was put before the Housing Ombudsman for the word "housing"), 8 of 8 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import case_outcomes

CASES = [
    # the remedy paragraph opens with the ombudsman and pays "her": the tenant of the case above
    (("Tenant left without heating\n\n"
      "Kestow District Council has been told to pay a tenant after the Housing Ombudsman found maladministration "
      "in its handling of her repair requests.\n\n"
      "The Ombudsman said the council left her without heating for five weeks and ordered it to pay her £650.\n"),
     [("HO", "upheld", 650.0)]),
    # "the watchdog" orders an apology "to him" and a payment: the man of the case above
    (("Council apologises\n\n"
      "The Ombudsman found fault with how Wenmouth Borough Council dealt with a man's blue badge application.\n\n"
      "The watchdog told the council to apologise to him and pay £150, which it has agreed to do.\n"),
     [("LGSCO", "upheld", 150.0)]),
    # "the family" of the case above
    (("Landlord ordered to pay\n\n"
      "The Housing Ombudsman found severe maladministration in the way Orrin Vale Homes dealt with damp in a "
      "family's flat.\n\n"
      "The Ombudsman ordered the landlord to pay the family £1,100 and to inspect every flat in the block.\n"),
     [("HO", "upheld", 1100.0)]),
    # it: the landlord of the case above (already read so before the change)
    (("Repair delays\n\n"
      "The Housing Ombudsman found service failure in Lenham Homes' handling of a broken window.\n\n"
      "It ordered the landlord to pay the resident £100.\n"),
     [("HO", "upheld", 100.0)]),
    # counter-example: the remedy paragraph brings in a woman of its own: a second case
    (("Housing decisions\n\n"
      "The Ombudsman found the council at fault for losing a family's homelessness application.\n\n"
      "In a separate case, the Ombudsman ordered the council to pay a woman £200 for delays in dealing with her "
      "housing register application.\n"),
     [("LGSCO", "upheld", None), ("LGSCO", "upheld", 200.0)]),
    # counter-example: another tenant, with no case marker: a second case
    (("Ombudsman rulings\n\n"
      "The Housing Ombudsman found maladministration in how Portmere Homes handled a leak in a resident's flat.\n\n"
      "The Ombudsman also ordered the landlord to pay another tenant £300 over mould in her kitchen.\n"),
     [("HO", "upheld", None), ("HO", "upheld", 300.0)]),
    # counter-example: the case above was paid for already: the new payment is no part of it
    (("Two rulings\n\n"
      "The Housing Ombudsman found maladministration in Tarnwell Housing's repairs to a roof and ordered it to pay "
      "the tenant £400.\n\n"
      "The Ombudsman ordered Tarnwell Housing to pay a leaseholder £250 for delays in answering her complaint.\n"),
     [("HO", "upheld", 400.0), ("HO", "upheld", 250.0)]),
    # counter-example: a numbered item that states its own verdict is a case of its own, whoever it names
    (("Ombudsman\n\n"
      "The Housing Ombudsman closed two cases about us this quarter:\n"
      "1. Repairs - a leaking gutter: not upheld.\n"
      "2. Lettings - the offer made to the tenant after a transfer: partly upheld. We were asked to apologise "
      "and pay £90.\n"),
     [("HO", "not_upheld", None), ("HO", "partially_upheld", 90.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_remedy_for_the_same_person_pays_for_the_case(tmp_path: Path, text: str, expected: list) -> None:
    assert case_outcomes(tmp_path, text) == expected

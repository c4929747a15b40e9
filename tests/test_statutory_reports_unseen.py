"""The procedure of a care service's figures when the report names one procedure only: reports written
for this file in the wording of an adult social care service, a children's services department and a
council reporting every procedure (no corpus document holds them).

SPEC 2: `procedure` is the procedure a figure's complaints follow. Adult and children's social care
complaints follow the statutory procedure; a report of such a service that speaks of its statutory
procedure and never of a corporate one counts statutory complaints throughout, not only under the
heading that says so. A report that names both procedures leaves a figure it does not place open;
compliments, and an ombudsman's count, follow no procedure of the body's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure


def procedures(tmp_path: Path, text: str) -> dict[tuple[str, float], str | None]:
    f = tmp_path / "report.txt"
    f.write_text(text + "\n", encoding="utf-8")
    return {(r.measure, r.value): r.procedure for r in extract(load(f)) if isinstance(r, Figure)}


ASC = ("Adult Social Care complaints annual report 2029/30\n\n"
       "Complaints about adult social care are handled under the statutory complaints procedure, which has "
       "one formal stage.\n\nNumbers\n\nWe received 141 complaints in 2029/30, and upheld 38 of them.\n\n"
       "Compliments\n\nThe service received 260 compliments.\n\nOmbudsman\n\n"
       "The Local Government and Social Care Ombudsman looked at 6 complaints about the service.")
CHILDREN = ("Children's Services complaints report 2029/30\n\n"
            "Complaints from children and young people follow the three stages set by the Children Act 1989 "
            "statutory procedure.\n\nActivity\n\nThere were 64 complaints at stage 1 this year.")
BOTH = ("Adult Social Care complaints annual report 2029/30\n\n"
        "Some complaints follow the statutory procedure and others the corporate complaints procedure.\n\n"
        "Numbers\n\nWe received 141 complaints in 2029/30.")

CASES = [
    (ASC, {("received", 141): "statutory", ("upheld", 38): "statutory", ("compliments", 260): None,
           ("received", 6): None}),
    (CHILDREN, {("received", 64): "statutory"}),
    (BOTH, {("received", 141): None}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["adult social care", "children", "both procedures"])
def test_report_procedure(tmp_path: Path, text: str, expected: dict) -> None:
    got = procedures(tmp_path, text)
    assert {k: got.get(k, "missing") for k in expected} == expected

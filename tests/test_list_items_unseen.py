"""A list of areas as text copied from a PDF: items opening on the bullet a Symbol font leaves (a private-use
code point), an area named in sentence case before "accounted for", and a next item that leaves out its
verb and noun ("Waste and recycling for 233"). Written here in words of our own before the change; see the
commit message for counts before and after."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

ITEMS = ("Ashcombe Borough Council - Annual Complaints Report 2030/31\n\n"
         "Complaints by service\n\n"
         "The council received 1,204 complaints in 2030/31.\n"
         "\uf0b7 Housing repairs accounted for 402 complaints\n"
         "\uf0b7 Waste and recycling for 233\n"
         "\uf0b7 Council tax for 118\n")


def test_items_of_a_list_of_areas_each_count_their_area_s_complaints(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(ITEMS, encoding="utf-8")
    got = {(f.measure, f.value, f.area) for f in extract(load(path)) if isinstance(f, Figure) and f.value != 1204}
    assert got == {("received", 402.0, "Housing repairs"), ("received", 233.0, "Waste and recycling"),
                   ("received", 118.0, "Council tax")}

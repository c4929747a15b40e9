"""A PDF's text breaks a paragraph at a page end with the running footer between its two halves
("... while the" / "Audit Committee   4 March 2032   Page 6" / "remaining 98 were not upheld."): the
footer is the page's furniture and the paragraph reads on. Written in our own words before the text
loader knew a footer inside a paragraph. Before: 0 of 2 passed; after: 2 of 2."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision, Figure

MINUTES = """\
Audit Committee minutes, 4 March 2032

Complaints annual report 2030/31

Of the 212 complaints closed at stage one in 2030/31, 61 were upheld, while the

Audit Committee                                   4 March 2032                 Page 6

remaining 151 were not upheld.

The Northern Ireland Public Services Ombudsman issued one report about the Council. It found
maladministration in the way a planning enforcement complaint was handled and the Ombudsman

Audit Committee                                   4 March 2032                 Page 7

recommended that the Council apologise and pay the complainant £300.
"""


def _records(tmp_path: Path) -> list:
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return extract(load(path))


def test_a_sentence_broken_by_a_footer_keeps_its_stage(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in _records(tmp_path) if isinstance(f, Figure)}
    assert ("not_upheld", 151.0, "stage1") in got
    assert not any(f[1] in (6.0, 7.0, 4.0) for f in got)  # the footer's page numbers and date are no figures


def test_a_case_broken_by_a_footer_is_one_decision(tmp_path: Path) -> None:
    cases = [r for r in _records(tmp_path) if isinstance(r, Decision)]
    assert len(cases) == 1
    assert (cases[0].body, cases[0].payment_gbp, cases[0].finding) == ("NIPSO", 300.0, "maladministration")

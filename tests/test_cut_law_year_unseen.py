"""An excerpt cut from a longer text may open in the middle of a sentence, just after the name of a law
("... Complaints Regulations" / "2009 the council aims to ..."): the year it opens on is the law's,
not the report's, and the report's period comes from elsewhere (here its file name). Words of our own,
written before the change: before it 0 of 1 passed, after it 1 of 1; the counter-example passed before."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def periods(tmp_path: Path, name: str, text: str) -> set[str | None]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {f.period for f in extract(load(path)) if isinstance(f, Figure)}


def test_a_law_year_the_excerpt_opens_on_is_not_its_period(tmp_path: Path) -> None:
    text = ("2009 the council aims to answer a complaint about adult care within 25 working days.\n\n"
            "Complaints received in the quarter: 84\n")
    assert periods(tmp_path, "adult-care-complaints-q2-2031-32.txt", text) == {"2031/32 Q2"}


def test_a_year_that_opens_a_sentence_of_its_own_still_counts(tmp_path: Path) -> None:
    text = "Annual complaints report\n\nIn 2031 we received 84 complaints about adult care.\n"
    assert periods(tmp_path, "adult-care-complaints.txt", text) == {"2031"}

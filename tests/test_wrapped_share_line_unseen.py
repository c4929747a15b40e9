"""A line of running text that wraps just after a count and its share ("... 36 (20%) upheld, 47 (26%)"
/ "partially upheld, 84 (46%) not upheld ...") ends in two bare values as a table row does; but a line
below it that opens in lower case goes on with its sentence, so the two are one paragraph and the 47
is read with the words that follow it. Words of our own, written before the change: before it 0 of 2
passed, after it 2 of 2."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

TEXT = ("Complaints report 2032/33\n\n"
        "5.1 We closed 150 stage one complaints in the year: 30 (20%) were upheld, 45 (30%)\n"
        "were partly upheld, 60 (40%) were not upheld and 15 (10%) were withdrawn.\n"
        "5.2 Of the 150, 120 were answered within 10 working days.\n")


def test_the_wrapped_line_is_one_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    first = load(path).blocks[1]
    assert (first.kind, first.line) == ("paragraph", 3) and (first.end_line or 0) >= 4


def test_the_count_before_the_wrap_is_read_with_its_words(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    got = {(f.measure, f.value, f.unit) for f in extract(load(path)) if isinstance(f, Figure)}
    assert {("partially_upheld", 45.0, "count"), ("partially_upheld", 30.0, "percent")} <= got

"""A label on one line and its value alone below it (indicator returns, key-facts pages, forms).

Every text here is written for the test; no corpus document holds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.extract.label_values import label_text
from extractor.models import Figure


def _figures(tmp_path: Path, text: str) -> list[Figure]:
    path = tmp_path / "return.txt"
    path.write_text(text, encoding="utf-8")
    return [r for r in extract(load(path)) if isinstance(r, Figure)]


RETURN = """Complaints performance return 2031/32

4 (i)  number of complaints closed at the first stage

812

4a  complaints closed at the first stage as a % of all complaints closed

88.1%

5 (ii)  resident population of the borough

201,440

6b  average number of working days to answer a complaint at stage 2

17.4
"""


def test_each_value_takes_the_meaning_of_its_label(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.unit, f.stage, f.period) for f in _figures(tmp_path, RETURN)}
    assert ("closed", 812, "count", "stage1", "2031/32") in got
    assert ("closed", 88.1, "percent", "stage1", "2031/32") in got
    assert any(m == "average_response_days" and v == 17.4 and s == "stage2" for m, v, _, s, _ in got)


def test_indicator_numbering_and_population_are_not_figures(tmp_path: Path) -> None:
    values = {f.value for f in _figures(tmp_path, RETURN)}
    assert not values & {4, 5, 6, 201440}


@pytest.mark.parametrize(("label", "plain"), [
    ("4 (i)  number of complaints closed", "number of complaints closed"),
    ("4a  complaints closed as a %", "complaints closed as a %"),
    ("Indicator 3: complaints upheld", "complaints upheld"),
    ("(iv) complaints withdrawn", "complaints withdrawn"),
    ("Complaints received", "Complaints received"),  # no numbering: unchanged
    ("10 working days target", "10 working days target"),  # a number that belongs to the words
])
def test_label_without_its_numbering(label: str, plain: str) -> None:
    assert label_text(label) == plain


def test_a_value_under_a_sentence_is_not_a_pair(tmp_path: Path) -> None:
    """Counter-example: a sentence that ends in a full stop is prose, the number below it is not its value."""
    text = "Complaints were handled well this year.\n\n27\n\nContact us\n"
    assert _figures(tmp_path, text) == []


def test_label_colon_value_items(tmp_path: Path) -> None:
    """List items that are a label, a colon and a value: the label's words give the measure."""
    text = ("Housing Ombudsman findings 2030/31\n\n- Severe maladministration: 3\n- Reasonable redress: 11\n"
            "- Upheld in part: 4 (20%)\n- Opening hours: 9\n")
    got = {(f.measure, f.value, f.unit) for f in _figures(tmp_path, text)}
    assert {("upheld", 3, "count"), ("not_upheld", 11, "count"), ("partially_upheld", 4, "count"),
            ("partially_upheld", 20, "percent")} <= got
    assert not any(v == 9 for _, v, _ in got)  # a label that names no measure is no figure

"""A list of services or topics, each with its count or share in brackets, in a sentence about
complaints: every item is a `received` figure with that area, whatever the case of its words
("refuse collection (31%), council tax (18%)"). Written before the change in words no corpus
document holds: on main at fd9cfc6 none of the four lists gave a figure; the changes stayed out."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure


def figures(tmp_path: Path, body: str) -> list[tuple[str, float, str, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(f"Complaints annual report 2030/31\n\n{body}\n", encoding="utf-8")
    return sorted(((f.measure, f.value, f.unit, f.area) for f in extract(load(path)) if isinstance(f, Figure)),
                  key=lambda t: (t[1], t[0]))


@pytest.mark.parametrize("body, expected", [
    ("Most complaints concerned refuse collection (31%), council tax (18%) and parking (9%).",
     [("received", 9.0, "percent", "parking"), ("received", 18.0, "percent", "council tax"),
      ("received", 31.0, "percent", "refuse collection")]),
    ("- Housing repairs (40%), anti-social behaviour (12%) and rent arrears (7%) drew the most complaints.",
     [("received", 7.0, "percent", "rent arrears"), ("received", 12.0, "percent", "anti-social behaviour"),
      ("received", 40.0, "percent", "Housing repairs")]),
    ("The services with most complaints were street cleaning (22), bin collections (17) and parks (5).",
     [("received", 5.0, "count", "parks"), ("received", 17.0, "count", "bin collections"),
      ("received", 22.0, "count", "street cleaning")]),
    ("Complaints by service: waste (31%), planning (14%).",
     [("received", 14.0, "percent", "planning"), ("received", 31.0, "percent", "waste")]),
])
def test_each_item_of_an_area_list_is_a_received_figure(tmp_path: Path, body: str, expected: list) -> None:
    assert figures(tmp_path, body) == expected


@pytest.mark.parametrize("body", [
    "Stage 1 complaints rose by 12 (8%).",
    "Satisfaction with the service was high (87%).",
    "Staffing in the team fell (two posts) during the year.",
])
def test_a_bracket_after_other_words_is_no_area_figure(tmp_path: Path, body: str) -> None:
    assert [f for f in figures(tmp_path, body) if f[3] is not None] == []

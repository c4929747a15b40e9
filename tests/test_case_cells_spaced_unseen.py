"""A case table of one cell per line with a blank line between every two cells (a web page's visible
text, a PDF printed from it), under a title a blank line above its header: written here in words of our
own (2026-12-05) before the change; 0 of 3 cases at 2110987 (the same cells closed up: 3 of 3), 3 of 3
after, and none of its cells a figure."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

from extractor import pipeline
from extractor.load import load
from extractor.models import Figure

CELLS = ["Case reference", "Issue", "Determination", "Compensation",
         "202913344", "Repairs", "Maladministration", "£350",
         "202915670", "Anti-social behaviour", "No maladministration", "£0",
         "202917002", "Complaint handling", "Service failure", "£100"]
PAGE = "Housing Ombudsman determinations 2029/30\n\n" + "\n\n".join(CELLS) + "\n"


def test_each_row_of_spaced_cells_is_a_case(tmp_path: Path) -> None:
    # each case stands on the line of its determination (the dev-real gold's convention: an SPSO record at its
    # Outcome line, an LGSCO decision at its Description), not on its reference four lines above (2026-12-06)
    assert_cases(tmp_path, PAGE, [("Maladministration", "HO", "upheld", 350.0), ("No maladministration", "HO", "not_upheld", None),
                                  ("Service failure", "HO", "upheld", 100.0)], "spaced.txt")


def test_the_case_cells_are_no_figures(tmp_path: Path) -> None:
    f = tmp_path / "spaced.txt"
    f.write_text(PAGE, encoding="utf-8")
    assert [r for r in pipeline.extract(load(f)) if isinstance(r, Figure)] == []

"""An excerpt that names no reporting period of its own: a date said of an event (a policy revised, a Code
in force, a system gone live) is not the period of the figures after it, and a year said only of a compared
value is that value's, not the figure's it is compared with. Written here in words of our own before the
change; see the commit message for counts before and after."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure


def periods(tmp_path: Path, text: str) -> dict[float, str | None]:
    path = tmp_path / "excerpt.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {f.value: f.period for f in extract(load(path)) if isinstance(f, Figure)}


@pytest.mark.parametrize("text", [
    "Complaints\n\nThe complaints policy was last revised in April 2029. We received 412 complaints during the year.",
    ("Complaints\n\nSince the Code came into force in 2024 we have reviewed our process. We received 412 complaints "
     "during the year."),
    "Complaints\n\nOur new case system was introduced in 2028/29. We received 412 complaints during the year.",
])
def test_an_event_s_date_is_no_period_for_the_figures_after_it(tmp_path: Path, text: str) -> None:
    assert periods(tmp_path, text)[412.0] is None


def test_a_compared_value_s_year_is_not_the_figure_s(tmp_path: Path) -> None:
    got = periods(tmp_path, "Complaints\n\nWe received 412 complaints during the year, compared with 388 in 2029/30.")
    assert got[388.0] == "2029/30"
    assert got[412.0] != "2029/30"

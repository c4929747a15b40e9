"""A decision list that never names its ombudsman but gives the SPSO's own outcome wording ("Some
upheld, recommendations", "Not upheld, no recommendations") is the SPSO's: its cases are decisions. A
list that only says "Upheld" names no ombudsman and gives none. Written in words of our own before the
code (held-out batch 17a: an SPSO decision search page); on the commit before: 0 of 1 passed (the
bare list passed)."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision

SEARCH_PAGE = """Decisions we have made

Showing decisions for: Carnbrae Council

  • Case ref:
    203301188
  • Outcome:
    Some upheld, recommendations
  • Subject:
    school transport

  • Case ref:
    203300954
  • Outcome:
    Not upheld, no recommendations
  • Subject:
    council tax arrears
"""

BARE = SEARCH_PAGE.replace("Some upheld, recommendations", "Upheld").replace("Not upheld, no recommendations", "Upheld")


def _decisions(tmp_path: Path, text: str) -> list[Decision]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [r for r in extract(load(path)) if isinstance(r, Decision)]


def test_spso_wording_names_the_spso(tmp_path: Path) -> None:
    got = {(d.body, d.outcome) for d in _decisions(tmp_path, SEARCH_PAGE)}
    assert got == {("SPSO", "partially_upheld"), ("SPSO", "not_upheld")}


def test_bare_outcomes_name_no_ombudsman(tmp_path: Path) -> None:
    assert _decisions(tmp_path, BARE) == []

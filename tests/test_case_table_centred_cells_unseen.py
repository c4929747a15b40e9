"""A web page's case table printed to PDF and copied with its layout: each cell is centred on its row, so a
long cell's lines stand above and below the line of the row's reference ("                    Apology;
£500" / "  318-220  Repairs  Maladministration  compensation" / "                    a repair plan"). Each
row is its reference's line with as many wrapped lines below it as above. Words of our own, written before
the change: before it 0 of 1 passed, after it 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes

PAGE = """Housing Ombudsman determinations 2031/32

  Case               Subject                      Finding                                   Orders
                                                                                            Apology; £500
  318-220            Repairs to a boiler          Maladministration                         compensation; a repair
                                                                                            plan within 28 days
                                                  Service failure (repairs);
  318-454            Repairs; complaint handling                                            £150 compensation
                                                  no maladministration
                                                  (complaint handling)
  318-871            Noise nuisance               No maladministration                      None

The landlord complied with every order on time.
"""


def test_each_centred_row_is_one_case(tmp_path: Path) -> None:
    found = sorted((o, p) for _, o, p in case_outcomes(tmp_path, PAGE))
    assert found == [("not_upheld", None), ("partially_upheld", 150.0), ("upheld", 500.0)], found

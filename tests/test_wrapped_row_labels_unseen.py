"""A spaced table whose long row label wraps onto the line below its values, the wrapped part
indented under the label ("Calls answered (phone and" ... values / "  web chat)"): the open bracket
belongs to the label, the row keeps its values and the table goes on. Written in words of our own
before the code; before: 1 of 3 passed (the counter-example). The wrapped words finish the label
("Replied to within the agreed" / "  deadline"), and a Change column in points ("+3.1 pts") is a cell:
before: 0 of 2 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

TABLE = """Customer feedback report 2031/32

   Figure 2: Feedback over three years

                                  2029/30      2030/31      2031/32
   Calls answered (phone and      204,118      211,560      219,044
     web chat)
   Complaints logged                  612          655          701
   Compliments recorded               388          402          431
"""


def _read(tmp_path: Path, text: str) -> set[tuple]:
    return {(f.measure, f.value, f.period) for f in report_figures(tmp_path, text)}


def test_rows_after_a_wrapped_bracketed_label(tmp_path: Path) -> None:
    got = _read(tmp_path, TABLE)
    for period, value in (("2029/30", 612), ("2030/31", 655), ("2031/32", 701)):
        assert ("received", value, period) in got
    assert ("compliments", 388, "2029/30") in got


def test_text_after_the_table_keeps_the_report_year(tmp_path: Path) -> None:
    got = _read(tmp_path, TABLE + "\nWe closed 690 complaints during the year.\n")
    assert ("closed", 690, "2031/32") in got


def test_bracket_wrapped_inside_a_row_still_joins(tmp_path: Path) -> None:
    # counter-example: the line ends inside its bracket ("... 16 days (19" / "days)"): one row
    text = ("Complaints summary 2031/32\n\n                          2031/32\nAverage days to reply     16 days (19\n"
            "days)\nComplaints received       701 (655)\nComplaints upheld         140 (133)\n")
    got = _read(tmp_path, text)
    assert ("received", 701, "2031/32") in got


def test_wrapped_words_finish_the_label(tmp_path: Path) -> None:
    text = ("Customer feedback report 2031/32\n\n                                  2030/31      2031/32\n"
            "   Complaints logged                  655          701\n"
            "   Replied to within the agreed     71.5%        76.2%\n     deadline\n"
            "   Compliments recorded               402          431\n")
    got = _read(tmp_path, text)
    assert ("within_target", 76.2, "2031/32") in got and ("compliments", 431, "2031/32") in got


def test_change_column_in_points(tmp_path: Path) -> None:
    text = ("Customer feedback report 2031/32\n\n                                  2030/31      2031/32     Change\n"
            "   Complaints logged                  655          701        +46\n"
            "   Share answered on time           71.5%        76.2%   +4.7 pts\n"
            "   Compliments recorded               402          431        +29\n")
    got = _read(tmp_path, text)
    assert ("compliments", 431, "2031/32") in got and ("received", 701, "2031/32") in got

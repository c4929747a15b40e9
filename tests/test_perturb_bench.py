"""The rewrites of bench/perturb.py say what the report said, on the lines it said it: decision and
check gold match by line, so a rewrite that moved a line would score the reader on the wrong line
and a rewrite that changed a table row would not be an invariance test. Functions only; the bench
itself (tally over the corpus) is not run here."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("bench_perturb", Path(__file__).parent.parent / "bench" / "perturb.py")
assert _spec and _spec.loader
perturb = importlib.util.module_from_spec(_spec)
sys.modules["bench_perturb"] = perturb  # dataclasses look their module up while the class is made
_spec.loader.exec_module(perturb)

P: dict[str, Callable[[str], str]] = perturb.PERTURBATIONS
SENTENCE = "We answered 85% of the complaints on time in the year."
TABLE_ROW = "Stage 1   85%   90%"

# one line for each rewrite to act on, so that the line tests below are never vacuous
SAMPLE = "\n".join([
    "Complaints by service",
    "",
    SENTENCE,
    TABLE_ROW,
    "Quarter\tQ1\tQ2",
    "In 2022/23 we received 1,234 complaints at Stage One (12/05/2023).",
    "The council's \u2018review\u2019 - see \"Annex\" - took 20 days.",
    "\u2022 Closed within 10 working days",
    "",
])


def test_the_briefs_perturbations_are_all_there_each_with_a_one_line_reason() -> None:
    expected = {"none", "percent_words", "percent_word", "year_dash", "year_long", "no_comma", "nbsp",
                "quarter_words", "qtr_words", "stage_word", "stage_digit", "upper_heads", "lower_case",
                "tabs_to_spaces", "en_dash", "trailing_space", "crlf", "curly", "straight", "bullets_dash"}
    assert set(P) == expected
    for name, f in P.items():
        assert f.__doc__ and "\n" not in f.__doc__.strip(), name


@pytest.mark.parametrize("name", [n for n in P if n != "none"])
def test_each_rewrite_acts_on_the_sample(name: str) -> None:
    assert P[name](SAMPLE) != SAMPLE


@pytest.mark.parametrize("name", list(P))
def test_each_rewrite_keeps_every_text_on_its_line(name: str) -> None:
    f = P[name]
    out = f(SAMPLE)
    assert len(out.splitlines()) == len(SAMPLE.splitlines())
    # line k of the rewrite is line k of the original rewritten on its own
    assert out.splitlines() == [f(line) for line in SAMPLE.splitlines()]


def test_percent_words_writes_shares_out_in_prose_only() -> None:
    assert P["percent_words"](SENTENCE) == "We answered 85 per cent of the complaints on time in the year."
    assert P["percent_words"](TABLE_ROW) == TABLE_ROW
    assert P["percent_words"]("Answered on time: 85%.") == "Answered on time: 85%."  # a label, not a sentence
    assert P["percent_word"](SENTENCE) == "We answered 85 percent of the complaints on time in the year."
    assert P["percent_word"](TABLE_ROW) == TABLE_ROW


def test_year_labels_change_but_dates_and_other_pairs_do_not() -> None:
    assert P["year_long"]("In 2022/23 we") == "In 2022/2023 we"
    assert P["year_long"]("2023-24") == "2023-2024"
    assert P["year_long"]("1999/00") == "1999/2000"
    assert P["year_dash"]("In 2022/23 we") == "In 2022-23 we"
    for f in (P["year_long"], P["year_dash"]):
        for text in ("12/05/2023", "2023/05", "2021/24", "2023/05/12", "12022/23"):
            assert f(text) == text


CSV_ROW = '"Stage 1 received",142,156,133,171'


def test_no_comma_drops_thousands_separators_only() -> None:
    assert P["no_comma"]("1,234 and 1,234,567") == "1234 and 1234567"
    assert P["no_comma"]("| 1,214 | 1,187 |") == "| 1214 | 1187 |"
    for text in ("1,2,3", "2022,2023", "12, 345", "1,23", CSV_ROW, "Received,142,156"):
        assert P["no_comma"](text) == text  # in a comma-separated record the commas are cell boundaries


def test_nbsp_joins_a_number_to_the_word_after_it() -> None:
    assert P["nbsp"]("12 days and 3 Stage") == "12\u00a0days and 3\u00a0Stage"
    assert P["nbsp"]("days 12, 12 34") == "days 12, 12 34"


def test_quarters_are_named() -> None:
    assert P["quarter_words"]("Q1 and Q4") == "Quarter 1 and Quarter 4"
    assert P["qtr_words"]("Q2") == "Qtr 2"
    for text in ("Q5", "FAQ1", "Q12"):
        assert P["quarter_words"](text) == text


def test_stages_in_words_and_back_keep_the_case_of_stage() -> None:
    assert P["stage_word"]("Stage 1, stage 2, STAGE 3") == "Stage One, stage two, STAGE THREE"
    assert P["stage_word"]("Stage 12 and page 1") == "Stage 12 and page 1"
    assert P["stage_digit"]("Stage One, stage two, STAGE THREE") == "Stage 1, stage 2, STAGE 3"
    assert P["stage_digit"]("Stage Five and one stage") == "Stage Five and one stage"


def test_upper_heads_capitalises_short_headings_only() -> None:
    assert P["upper_heads"]("Complaints by service") == "COMPLAINTS BY SERVICE"
    for text in ("Complaints in 2023", "We closed them all.", SENTENCE, "A heading " * 7):
        assert P["upper_heads"](text) == text


def test_lower_case_touches_lines_of_six_words_or_fewer() -> None:
    assert P["lower_case"](TABLE_ROW) == "stage 1   85%   90%"
    assert P["lower_case"](SENTENCE) == SENTENCE


def test_small_typographic_rewrites() -> None:
    assert P["tabs_to_spaces"]("Stage 1\t85%") == "Stage 1    85%"
    assert P["en_dash"]("2022 - 23, well-founded") == "2022 \u2013 23, well-founded"
    assert P["trailing_space"]("a\n\nb") == "a  \n\nb  "
    assert P["crlf"]("a\nb\n") == "a\r\nb\r\n"
    assert P["crlf"]("a\r\nb") == "a\r\nb"  # never a CR CR LF, which reads as two line ends
    assert P["bullets_dash"]("\u2022 one\n  \u2022two\nx \u2022 y") == "- one\n  - two\nx \u2022 y"
    assert P["bullets_dash"]("\u2022\nnext") == "- \nnext"  # a bare bullet does not pull up the next line


def test_quotes_curly_and_straight_undo_each_other() -> None:
    plain = "The council's 'review' of \"Annex A\" (\"B\")"
    assert P["curly"](plain) == "The council\u2019s \u2018review\u2019 of \u201cAnnex A\u201d (\u201cB\u201d)"
    assert P["straight"](P["curly"](plain)) == plain
    assert P["curly"](CSV_ROW) == CSV_ROW  # a CSV cell's quotes are syntax

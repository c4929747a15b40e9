"""The checks of a change between two values pass over a sentence without two digit runs
(check_rules/stated.TWO_DIGIT_RUNS): no shape they read can match such a sentence, and it holds no pair of
values unless one is a count in words right after the word that places it ("up from nine", prior_changes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.check_rules import change_sizes, from_to_sizes, prior_changes
from extractor.check_rules.stated import TWO_DIGIT_RUNS
from extractor.extract.table_labels import classify_label

SHAPES = (*change_sizes.SHAPES, *from_to_sizes.SHAPES)
EXAMPLES = [
    "received 512 complaints, an increase of 47 on last year's 465",
    "fell by 9 to 38, compared with 47 in 2023/24",
    "rose by 58, up from 331 in 2023/24 to 389 in 2024/25",
    "Stage 1 received: 74 (61), up 13",
    "204 complaints, 16 more than the 188 received in 2023/24",
    "from 140 to 121 (-14%)",
    "150 complaints, up 25% on last year's 120",
    "9 complaints about us, against 13 the year before: a fall of 31%",
]
WORDS = ["received", "complaints", "an", "increase", "of", "on", "last", "year's", "fell", "by", "to", "from",
         "up", "down", "(", ")", "%", ",", "more", "than", "against", "a", "fall", "12", "4", "1,234", "2023/24",
         "per", "cent", "-14%", "nine", "compared", "with", ":"]


def test_every_example_change_has_two_digit_runs_and_a_shape() -> None:
    for text in EXAMPLES:
        assert TWO_DIGIT_RUNS.search(text)
        assert any(shape.search(text) for shape in SHAPES), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "", "  "]))
def test_a_text_without_two_digit_runs_matches_no_shape(words: list[str], sep: str) -> None:
    text = sep.join(words)
    if TWO_DIGIT_RUNS.search(text) is None:
        assert not any(shape.search(text) for shape in SHAPES), text
        if prior_changes.WORDED_VALUE.search(text) is None:  # a value in words after the word that places it
            assert len(list(prior_changes.VALUE.finditer(text))) < 2, text  # no pair of values to compare


def test_a_label_meaning_is_the_callers_own() -> None:
    first = classify_label("Stage 1 complaints received")
    first.values["measure"] = "changed by a caller"
    assert classify_label("Stage 1 complaints received").get("measure") != "changed by a caller"


ROW_WORDS = ["Housing", "Total", "Stage", "1", "12", "1,204", "-", "–", "nil", "NIL", "n/a", "NA", "*", "<5", "< 5",
             ":", "....", ".", "(", ")", "a", "\u00a0", "\t", "\x1c", "٣"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(ROW_WORDS), max_size=8), st.sampled_from([" ", "", "  ", "\u2003"]))
def test_a_line_the_row_gate_refuses_is_no_row(words: list[str], sep: str) -> None:
    from extractor.check_rules import text_lines

    text = text_lines.SEPARATOR.sub(" ", text_lines.BULLET.sub("", sep.join(words)))
    end = text.rstrip()[-1:]
    if not (end.isdigit() or end in text_lines.VALUE_ENDS):
        assert text_lines.ROW.match(text) is None, text

"""A stated change whose earlier value is written in words, as news style writes numbers under ten ("upheld 14
complaints last year, up from nine the year before - an increase of four"; "11 cases, compared with seven in
2031/32, a rise of three"), is checked as one in digits is: a wrong size fails, a right one passes. Own words,
written before the change; probed on main at 3917872: 2 of 4 passed (the sentence comparing years was read already), 4 of 4 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

NEWS = ("Ombudsman\n\nThe Ombudsman upheld 14 complaints about the council last year, up from nine the year before - an "
        "increase of {size}.\n")
COMPARED = ("Ombudsman 2032/33\n\nThe Housing Ombudsman found maladministration in 11 cases in 2032/33, compared with "
            "seven in 2031/32, a rise of {size}.\n")


@pytest.mark.parametrize(("text", "size", "expected"), [
    (NEWS, "five", "pass"), (NEWS, "four", "fail"), (COMPARED, "four", "pass"), (COMPARED, "three", "fail"),
])
def test_change_values_in_words(tmp_path: Path, text: str, size: str, expected: str) -> None:
    assert {s for s, _ in check_statuses(tmp_path, text.format(size=size), "stated_change")} == {expected}

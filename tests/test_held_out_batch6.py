"""Tables from the sixth batch of held-out reports (cells that hold a place without a number, a
header of several-word column names set apart by spaces, the note that explains a suppressed cell),
each tested in new words; each was seen failing on the code before it.
"""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

HEADER = "Feedback and complaints annual review 2030/31\n\n"


def figures(tmp_path: Path, text: str) -> list[Figure]:
    f = tmp_path / "review.txt"
    f.write_text(HEADER + text + "\n", encoding="utf-8")
    return [r for r in extract(load(f)) if isinstance(r, Figure)]


def keys(tmp_path: Path, text: str) -> set[tuple]:
    return {(r.measure, r.value, r.unit, r.stage, r.period) for r in figures(tmp_path, text)}


def test_cells_without_a_number_keep_their_place(tmp_path: Path) -> None:
    text = ("Team                 Logged   Upheld   Not upheld\n"
            "Bereavement             41        6           30\n"
            "Registrars               9       -             8\n"
            "Coroner's office         3       *           n/a\n")
    got = keys(tmp_path, text)
    assert {("received", 41, "count", None, "2030/31"), ("not_upheld", 8, "count", None, "2030/31"),
            ("received", 3, "count", None, "2030/31")} <= got
    assert ("upheld", 8, "count", None, "2030/31") not in got  # the 8 stays in its own column


def test_column_names_of_several_words_set_apart_by_spaces(tmp_path: Path) -> None:
    text = ("                        April-June   July-September   Half year\n"
            "First stage logged            140              151         291\n"
            "Second stage logged            12               17          29\n")
    got = keys(tmp_path, text)
    assert {("received", 140, "count", "stage1", "2030/31 Q1"), ("received", 17, "count", "stage2", "2030/31 Q2")} <= got


def test_the_note_on_suppressed_cells_is_not_a_count(tmp_path: Path) -> None:
    got = keys(tmp_path, "Complaints by ward are below.\n\nx counts under 10 complaints are withheld to protect privacy")
    assert not any(v == 10 for _, v, *_ in got)

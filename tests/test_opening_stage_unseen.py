"""A sentence that opens on a stage ("Stage 2 (review) complaints, including those passed on from
Stage 1, should be answered within 25 working days"; "Stage two: where the tenant is unhappy with the
stage one reply, ...") speaks of that stage; a stage named inside a clause of it does not make its
figure's stage unknown. Words of our own, written before the change: before it 2 of 3 passed (the label,
which a reader already knew, and the counter-example), after it 3 of 3."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def stages(tmp_path: Path, sentence: str) -> set[tuple[str, float, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(f"Complaints procedure 2031/32\n\n{sentence}\n", encoding="utf-8")
    return {(f.measure, f.value, f.stage) for f in extract(load(path)) if isinstance(f, Figure)}


def test_a_stage_as_the_sentences_subject(tmp_path: Path) -> None:
    got = stages(tmp_path, "Stage 2 (review) complaints, including those passed on from Stage 1, should be "
                           "answered within 25 working days.")
    assert got == {("response_target_days", 25.0, "stage2")}


def test_a_stage_as_the_sentences_label(tmp_path: Path) -> None:
    got = stages(tmp_path, "Stage two: where the tenant is unhappy with the stage one reply, a manager looks "
                           "at the complaint again and replies within 15 working days.")
    assert got == {("response_target_days", 15.0, "stage2")}


def test_a_sentence_that_opens_on_no_stage_is_left_as_read(tmp_path: Path) -> None:
    got = stages(tmp_path, "Complaints that go from stage 1 to stage 2 should be answered within 20 working days.")
    assert {s for _m, _v, s in got} <= {None, "stage2"}

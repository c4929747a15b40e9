"""A line that breaks off on a word that needs what follows ("within", "per", "of") runs on into the next
line, whatever that line's own shape: a tile's value ("10 working days") or a short title. Without the word
at its end, the next line stands apart. Written with the change."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import load


def blocks(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "lines.txt"
    path.write_text(text, encoding="utf-8")
    return [b.text for b in load(path).blocks]


@pytest.mark.parametrize(("text", "joined"), [
    ("Replies sent within\n10 working days\n\nNext part.\n", "Replies sent within 10 working days"),
    ("Complaints per\n1,000 Homes\n\nNext part.\n", "Complaints per 1,000 Homes"),
])
def test_a_line_ending_on_a_joining_word_runs_on(tmp_path: Path, text: str, joined: str) -> None:
    assert joined in blocks(tmp_path, text)


def test_a_label_over_its_value_stands_apart(tmp_path: Path) -> None:
    assert blocks(tmp_path, "Average time to reply\n8.2 days\n\nNext part.\n")[:2] == ["Average time to reply", "8.2 days"]

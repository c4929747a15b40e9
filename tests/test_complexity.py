"""Work that must grow linearly with the input, pinned by counting operations on generated inputs
(never by timing): each input here is one a quadratic path turns into minutes (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document as WordDocument

from extractor import load, segment
from extractor.extract import dashboards, prose
from extractor.models import BBox, Block, Document, Figure, Word


class CountedWord(Word):
    """A PDF word that counts how often any code reads its box."""

    reads = 0

    def __getattribute__(self, name: str) -> object:
        if name == "bbox":
            CountedWord.reads += 1
        return object.__getattribute__(self, name)


def _line(text: str, top: float) -> list[Word]:
    out, x = [], 100.0
    for token in text.split():
        width = 5.0 * len(token)
        out.append(CountedWord(token, BBox(x, top, x + width, top + 10), 10.0))
        x += width + 3
    return out


def test_a_label_wrapped_over_many_lines_is_joined_in_linear_work() -> None:
    """One label wrapped onto 600 lines (a page of tiny type): each line joins the phrase above;
    recomputing the growing phrase's box every time reads every word's box per line."""
    words = [w for k in range(600) for w in _line("the council received stage one complaints", 12.0 * k)]
    CountedWord.reads = 0
    assert dashboards.pair_words(words) == []
    assert CountedWord.reads < 60 * len(words)


def test_many_tiles_are_paired_in_linear_work() -> None:
    """400 numbers, each with its label right below: every number is paired with its own label,
    without measuring its distance to every label on the page."""
    words: list[Word] = []
    for k in range(400):
        words += _line(str(10 + k), 40.0 * k) + _line("Stage 1 complaints received", 40.0 * k + 14)
    CountedWord.reads = 0
    pairs = dashboards.pair_words(words)
    assert [(n.text, label) for n, label, _ in pairs] == [(str(10 + k), "Stage 1 complaints received")
                                                           for k in range(400)]
    assert CountedWord.reads < 60 * len(words)


@pytest.fixture
def figure_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many attribute reads of Figure records happen while it is active."""
    count = [0]

    def counting(self: Figure, name: str) -> object:
        count[0] += 1
        return object.__getattribute__(self, name)

    monkeypatch.setattr(Figure, "__getattribute__", counting)
    yield count


def _prose_figures(text: str) -> list[Figure]:
    blocks = tuple(Block("paragraph", p, k + 1, end_line=k + 1) for k, p in enumerate(text.split("\n")))
    doc = Document("generated.txt", "txt", blocks, lines=tuple(text.split("\n")))
    return prose.extract_figures(doc, segment.contexts(doc))


def test_a_long_paragraph_reads_its_earlier_figures_without_rescanning_them(figure_reads: list[int]) -> None:
    """300 sentences in one paragraph, each with a figure: every sentence asks about the figures
    before it (the last one, bodies named, a restated count), which must not walk them all."""
    n = 300
    figures = _prose_figures(" ".join(["In all 12 cases we received 14 complaints."] * n))
    assert len(figures) >= n
    assert figure_reads[0] < 100 * len(figures)


def test_many_paragraphs_restating_a_total_look_it_up_without_rescanning(figure_reads: list[int]) -> None:
    """300 paragraphs that each state a total and restate it ("Out of the 12 complaints"): the
    stage of the restated total is looked up, not found by walking every figure so far."""
    n = 300
    figures = _prose_figures("\n".join(["We received 12 stage 1 complaints.", "Out of the 12 complaints, 5 were upheld."] * n))
    assert len(figures) >= n
    assert figure_reads[0] < 100 * len(figures)


def test_docx_paragraph_styles_are_looked_up_once_per_style(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """python-docx finds a paragraph's style by scanning every style of the document; 500
    paragraphs of two styles need two look-ups, not a thousand."""
    from docx.parts.document import DocumentPart

    word = WordDocument()
    for k in range(250):
        word.add_paragraph(f"Paragraph {k} of the report.")
        word.add_paragraph(f"Item {k}", style="List Bullet")
    path = tmp_path / "many.docx"
    word.save(str(path))
    calls = [0]
    original = DocumentPart.get_style

    def counting(self: DocumentPart, style_id: str | None, style_type: object) -> object:
        calls[0] += 1
        return original(self, style_id, style_type)

    monkeypatch.setattr(DocumentPart, "get_style", counting)
    doc = load(path)
    assert sum(b.kind == "list_item" for b in doc.blocks) == 250
    assert calls[0] <= 4


def test_a_long_run_of_glued_digits_is_not_cut_every_way() -> None:
    """40 digits into 10 cells has 211 million cuts: the reader declines instead of trying them."""
    from extractor.extract import glued_cells
    assert glued_cells._splits("1" * 40, 10) == []
    assert glued_cells._splits("5915", 2)  # a short run is still cut

"""Work that must grow linearly with the input, pinned by counting operations on generated inputs
(never by timing): each input here is one a quadratic path turns into minutes (issue 16)."""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re as stdre
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import regex
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


# ------------------------------------------------------------------ regexes compiled in Python modules

# The CPU-time ratio of tests/test_fuzz.py::test_rule_family_work_grows_linearly, given to every
# pattern a module of extractor/ compiles at import time (patterns/*.toml are covered there).
SCANS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


def _modules() -> list[ModuleType]:
    """Every module of extractor/, imported."""
    import extractor

    return [importlib.import_module(m.name) for m in pkgutil.walk_packages(extractor.__path__, "extractor.")]


def _compiled(value: object, depth: int = 2) -> Iterator[regex.Pattern[str]]:
    """The compiled patterns in a module attribute: a pattern, or one inside a tuple, list, set or
    dict (tables of rules); stdlib `re` patterns are recompiled with `regex` for its timeout."""
    if isinstance(value, regex.Pattern):
        yield value
    elif isinstance(value, stdre.Pattern):
        yield regex.compile(value.pattern, value.flags)
    elif depth and isinstance(value, tuple | list | set | frozenset | dict):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _compiled(item, depth - 1)


def _defines(module: ModuleType, name: str) -> bool:
    """Whether `module`'s own source assigns `name` (else it only imported it)."""
    source = Path(module.__file__ or "").read_text(encoding="utf-8")
    return regex.search(rf"^{regex.escape(name)}\s*(?::[^=\n]*)?=", source, regex.M) is not None


def module_patterns() -> dict[str, list[tuple[str, regex.Pattern[str]]]]:
    """module name -> (attribute name, pattern) for every pattern compiled at module level, each
    under the one module that defines it (imports of it elsewhere are not counted twice)."""
    seen: set[tuple[str, int]] = set()
    out: dict[str, list[tuple[str, regex.Pattern[str]]]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            for rx in _compiled(value):
                if (rx.pattern, rx.flags) not in seen and _defines(module, name):
                    seen.add((rx.pattern, rx.flags))
                    out.setdefault(module.__name__, []).append((name, rx))
    return out


def scans_of(name: str) -> set[str]:
    """How extractor/ uses the pattern bound to `name`: the methods called on it. Anchored use only
    (match, fullmatch; at a text's start or at a place the code found, such as after a number,
    which costs what a match at the start of the rest costs) is measured at the start of each
    text; anything else, or a pattern handed on, is searched through the whole text."""
    used = set(regex.findall(rf"\b{regex.escape(name)}\.({'|'.join(SCANS)})\(", _sources()))
    return used if used and used <= {"match", "fullmatch"} else {"finditer"}


@functools.cache
def _sources() -> str:
    import extractor

    return "\n".join(p.read_text(encoding="utf-8") for p in Path(extractor.__file__).parent.rglob("*.py"))


def module_words(patterns: list[regex.Pattern[str]], n: int = 12) -> list[str]:
    """The words a module's patterns look for most often (escapes, group names and counts
    dropped): runs of them reach the parts of a pattern after its leading words."""
    counts: dict[str, int] = {}
    for rx in patterns:
        bare = regex.sub(r"\\.|\(\?P?[<=&>][^>)]*[>)]|\{[^}]*\}", " ", rx.pattern)
        for word in regex.findall(r"[A-Za-z]{3,}", bare):
            counts[word.lower()] = counts.get(word.lower(), 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))[:n]


def module_adversarial(size: int, words: list[str]) -> list[str]:
    """test_fuzz's adversarial runs plus four runs of the module's own words (spaced, between
    numbers and shares, capitalised as sentences, one to a line), `size` characters in all."""
    generic = ["A", "a", "Council ", "1", "1,", " ", ". ", "12 ", "Abc ", "1%", "-", "Q1 ", ".",
               "Stage 1 complaints received 12 (34%) in 2023/24 Council of ", "no maladministration ",
               "(", "|", "\n", "T" * 40 + " Council "]
    words = words or ["complaints"]
    own = [" ".join(words) + " ", "".join(f"{w} {k + 1}2 ({k}%) " for k, w in enumerate(words)),
           "".join(f"{w.capitalize()}. " for w in words), "\n".join(words) + "\n"]
    kinds = generic + own
    run = size // len(kinds)
    return [(k * (run // len(k) + 1))[:run] for k in kinds]


def _scan_work(rx: regex.Pattern[str], scans: set[str], texts: list[str], timeout: float) -> float:
    """CPU seconds for the pattern's uses over every text; TimeoutError once `timeout` is spent."""
    start = time.process_time()
    for text in texts:
        left = max(timeout - (time.process_time() - start), 0.001)
        if "finditer" in scans:
            for _ in rx.finditer(text, timeout=left):
                pass
        else:
            for scan in scans:
                getattr(rx, scan)(text, timeout=left)
    return time.process_time() - start


def _ratio_fails(rx: regex.Pattern[str], scans: set[str], small: list[str], big: list[str]) -> str | None:
    """None when ten times the input costs at most 40 times the work. A pattern over the bound is
    measured twice more (the least of three counts), since other jobs share the CPU; one still
    running at 40 times plus a second is slow at once."""
    for tries in (1, 3):
        floor = max(min(_scan_work(rx, scans, small, 60) for _ in range(tries)), 0.003)
        try:
            cost = min(_scan_work(rx, scans, big, 40 * floor + 1) for _ in range(tries))
        except TimeoutError:
            return f"{floor * 1000:.1f} ms on 100 KB, still running after {40 * floor + 1:.1f} s on 1 MB"
        if cost <= 40 * floor:
            return None
    return f"{floor * 1000:.1f} ms on 100 KB, {cost * 1000:.1f} ms on 1 MB"


MODULE_PATTERNS = module_patterns()


def test_module_patterns_are_found() -> None:
    """The collector sees the patterns of the modules that hold most of them (a collector that
    finds nothing would pass the test below vacuously)."""
    assert sum(map(len, MODULE_PATTERNS.values())) > 300
    assert {"extractor.segment", "extractor.extract.prose.readers", "extractor.check_rules.prose_sums",
            "extractor.load.text"} <= set(MODULE_PATTERNS)


@pytest.mark.parametrize("module", sorted(MODULE_PATTERNS))
def test_module_pattern_work_grows_linearly(module: str) -> None:
    """Tenfold input, at most ~tenfold work, for every pattern a module compiles: 100 KB vs 1 MB
    of adversarial runs (the generic ones and runs of the module's own words), scanned as
    extractor/ uses the pattern. A ratio, never a time: quadratic work shows 100x."""
    patterns = MODULE_PATTERNS[module]
    words = module_words([rx for _, rx in patterns])
    small, big = module_adversarial(100_000, words), module_adversarial(1_000_000, words)
    slow = [f"{name} /{rx.pattern[:60]}/: {why}" for name, rx in patterns
            if (why := _ratio_fails(rx, scans_of(name), small, big))]
    assert not slow, slow

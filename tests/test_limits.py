"""Limits (extractor/limits.py): validated values, the time limit, and each bound doing its job
on a small generated file: file size, pages, digits per number, characters per spaCy piece,
drawn objects per PDF page, and the PDF reader's own process (memory cap, death, orphans)."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import load
from extractor.cli import cli
from extractor.errors import InputError
from extractor.extract.numbers import find_numbers, parse_number
from extractor.limits import DocumentTimeout, Limits, LimitWarning, time_limit, using
from extractor.nlp import sentences, split_long


def test_defaults_are_sensible() -> None:
    d = Limits()
    assert d.timeout == 60 and d.max_digits >= 10 and d.max_pages >= 1000
    assert 1_000 <= d.max_block_chars < 1_000_000  # below spaCy's own hard limit
    assert d.max_file_bytes >= 100 * 2**20


@pytest.mark.parametrize("field, value", [("timeout", -1), ("max_digits", 0), ("max_pages", "ten"),
                                          ("max_block_chars", True), ("max_file_bytes", -5)])
def test_bad_values_are_refused_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        Limits(**{field: value})  # type: ignore[arg-type]


def test_time_limit_stops_a_busy_loop() -> None:
    start = time.monotonic()
    with pytest.raises(DocumentTimeout, match="timed out after 0.2 s"), time_limit(0.2):
        while time.monotonic() - start < 20:
            pass
    assert time.monotonic() - start < 19


def test_time_limit_of_zero_is_no_limit_and_restores_the_alarm() -> None:
    with time_limit(0):
        time.sleep(0.05)
    with time_limit(5):
        pass
    import signal

    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# ------------------------------------------------------------------ numbers

def test_a_long_digit_run_is_not_a_number() -> None:
    text = "The council received " + "9" * 5000 + " complaints and 12 were upheld."
    assert [n.value for n in find_numbers(text)] == [12.0]
    assert parse_number("9" * 400) is None


def test_digit_limit_follows_the_limits_in_force() -> None:
    text = "We received 1234567890123 complaints."
    assert [n.value for n in find_numbers(text)] == [1234567890123.0]
    with using(Limits(max_digits=10)):
        assert find_numbers(text) == []
    assert [n.value for n in find_numbers(text)] == [1234567890123.0]


# ------------------------------------------------------------------ spaCy pieces

def test_split_long_cuts_at_sentence_ends_within_the_limit() -> None:
    text = " ".join(f"Sentence {i} has 12 complaints." for i in range(2000))
    pieces = list(split_long(text, 1000))
    assert all(len(p) <= 1000 for _, p in pieces)
    assert all(text[off:off + len(p)] == p for off, p in pieces)
    assert all(p.endswith(".") for _, p in pieces)
    assert "".join(p for _, p in pieces).replace(" ", "") == text.replace(" ", "")


def test_split_long_without_any_break_cuts_at_the_limit() -> None:
    pieces = list(split_long("x" * 2500, 1000))
    assert [(off, len(p)) for off, p in pieces] == [(0, 1000), (1000, 1000), (2000, 500)]


def test_a_paragraph_longer_than_spacys_limit_is_read() -> None:
    """One 1.2 MB paragraph: spaCy alone raises E088; sentences keep their offsets."""
    text = "In the year 42 complaints were received and 7 were upheld. " * 20_000
    assert len(text) > 1_000_000
    (sents,) = sentences([text])
    assert len(sents) == 20_000
    assert all(text[s.start:s.start + len(s.text)] == s.text for s in sents[::997])


# ------------------------------------------------------------------ files and pages

def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("12 complaints were received.\n" * 2000)
    with pytest.raises(InputError, match=r"over the 0.01 MB limit \(--max-file-mb\)"):
        load(path, limits=Limits(max_file_bytes=int(0.01 * 2**20)))
    result = CliRunner().invoke(cli, ["extract", str(path), "--max-file-mb", "0.01", "-f", "jsonl"])
    assert result.exit_code == 2 and f"Error: {path}: " in result.output


def _pdf(path: Path, pages: int, lines: int = 1) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for i in range(pages):
        c.drawString(72, 720, f"Page {i + 1}: 12 complaints were received.")
        for k in range(lines):
            c.line(72, 700 - k * 0.01, 500, 700 - k * 0.01)
        c.showPage()
    c.save()
    return path


def test_pdf_over_the_page_limit_is_refused(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "long.pdf", 3)
    assert load(path).pages == 3
    with pytest.raises(InputError, match=r"3 pages, over the limit of 2 \(--max-pages\)"):
        load(path, limits=Limits(max_pages=2))


def test_page_with_too_many_drawn_objects_keeps_its_words(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "paths.pdf", 1, lines=300)
    with pytest.warns(LimitWarning, match=r"page 1: tables skipped: over 100 drawn objects"):
        doc = load(path, limits=Limits(max_page_objects=100))
    assert "12 complaints were received" in " ".join(b.text for b in doc.blocks)


# ------------------------------------------------------------------ the PDF reader's process

from extractor.load import pdf as _pdf_module

REAL_READER = _pdf_module.pdfium_layouts


def _die_on_page(n: int, how: str, path, data, limits, start=0):
    """pdf.pdfium_layouts, but page `n` kills the reader (module level: jobs are pickled)."""
    for layout in REAL_READER(path, data, limits, start):
        if layout[0] == n:  # (number, width, height, words, tables)
            if how == "abort":
                os.abort()  # what PDFium does from C when an allocation fails
            bytearray(4 * 2**30)  # more than the cap: MemoryError in the child
        yield layout


def _always_dies(path, data, limits, start=0):
    os.abort()
    yield


def _stuck(path, data, limits, start=0):
    time.sleep(60)
    yield


@pytest.mark.parametrize("how", ["abort", "memory"])
def test_a_page_that_kills_the_reader_costs_that_page_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           how: str) -> None:
    from functools import partial

    from extractor.load import pdf

    path = _pdf(tmp_path / "three.pdf", 3)
    monkeypatch.setattr(pdf, "pdfium_layouts", partial(_die_on_page, 2, how))
    if how == "abort":
        with pytest.warns(LimitWarning, match=r"page 2 skipped: the reader was killed by SIGABRT"):
            doc = load(path)
        text = " ".join(b.text for b in doc.blocks)
        assert "Page 1:" in text and "Page 3:" in text and "Page 2:" not in text
        assert doc.pages == 3
    else:
        with pytest.raises(InputError, match="MemoryError"):
            load(path, limits=Limits(pdf_memory_mb=256))


def test_the_reader_process_serves_document_after_document(tmp_path: Path) -> None:
    from extractor.load import isolate

    first = load(_pdf(tmp_path / "a.pdf", 2))
    pid = isolate._reader.pid if isolate._reader else None
    second = load(_pdf(tmp_path / "b.pdf", 2))
    assert pid is not None and isolate._reader is not None and isolate._reader.pid == pid
    assert [b.text for b in first.blocks] == [b.text for b in second.blocks]


def test_a_pdf_that_kills_the_reader_on_every_page_is_one_error(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.load import pdf

    monkeypatch.setattr(pdf, "pdfium_layouts", _always_dies)
    with pytest.warns(LimitWarning), pytest.raises(InputError, match=r"the PDF reader died on 3 pages"):
        load(_pdf(tmp_path / "poison.pdf", 5))


def test_pdf_reader_is_stopped_at_the_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A C call that never returns (here: a sleep in the child) is ended by the parent."""
    from extractor.load import pdf

    monkeypatch.setattr(pdf, "pdfium_layouts", _stuck)
    before = set(_children_of(os.getpid()))
    start = time.monotonic()
    with pytest.raises(DocumentTimeout):
        load(_pdf(tmp_path / "slow.pdf", 1), limits=Limits(timeout=1))
    assert time.monotonic() - start < 30
    assert set(_children_of(os.getpid())) <= before


def _children_of(pid: int) -> list[int]:
    """Live (not zombie) child processes of `pid`, from /proc."""
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                out.append(int(d.name))
    return out


def test_the_real_pdfium_abort_reproducer_is_one_error() -> None:
    """../shared/fuzz-found/reproducers/pdfium-oom-abort-100mb-stream.pdf aborted the process
    from inside PDFium (exit 134)."""
    path = Path(__file__).resolve().parents[2] / "shared" / "fuzz-found" / "reproducers" / \
        "pdfium-oom-abort-100mb-stream.pdf"
    if not path.exists():
        pytest.skip("../shared/fuzz-found is not beside the repository")
    result = CliRunner().invoke(cli, ["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 2
    errors = [ln for ln in result.output.splitlines() if ln.startswith("Error:")]
    assert len(errors) == 1 and re.search(r"SIGABRT|SIGSEGV|SIGKILL|reader", errors[0])

"""A page of tiles ("1,204 / complaints received") that also holds a table its file marks as one (a PDF's
grid, a web page's <table>, a Word table) reads that table once, by the table reader: its rows are no tiles
("Upheld | 512 | 61" is upheld 512 at stage 1 and 61 at stage 2, not also a tile "Upheld 512" with no
stage). A text file's spaced "table" may be a row of tiles and stays the dashboard reader's. Found in a
housing association's web page printed by Chromium, written for this project by a helper session that had
not seen the tool (2026-12-06). The web page below, in words of our own and written before the change, did
not show it (a page of three tiles and a table is no dashboard: read right at 7da9fed and after); the
helper's printed page did: at 7da9fed each outcome of its table was read twice, after once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sentence_figures import report_figures

from extractor import extract, load
from extractor.models import Figure

PAGE = """<html><body><h1>Orchard Lea Homes: complaints performance 2031/32</h1>
<div class="tiles">
<div class="card"><span class="big">1,204</span><span>complaints received</span></div>
<div class="card"><span class="big">93%</span><span>answered on time</span></div>
<div class="card"><span class="big">7.8</span><span>average working days to respond</span></div>
</div>
<h2>Outcomes</h2>
<table><tr><th>Outcome</th><th>Stage 1</th><th>Stage 2</th></tr>
<tr><td>Upheld</td><td>512</td><td>61</td></tr>
<tr><td>Partly upheld</td><td>231</td><td>52</td></tr>
<tr><td>Not upheld</td><td>398</td><td>60</td></tr>
</table></body></html>
"""

PRINTED = (Path(__file__).parent / "data" / "fresh_files" / "web-print"
           / "greystone-vale-homes-complaints-performance-2032-33-print.pdf")


def test_a_tables_rows_are_read_once_beside_tiles(tmp_path: Path) -> None:
    figures = report_figures(tmp_path, PAGE, "page.html")
    times = Counter((f.measure, f.value) for f in figures)
    assert [times[k] for k in (("upheld", 512.0), ("partially_upheld", 231.0), ("not_upheld", 398.0))] == [1, 1, 1], times


def test_a_printed_pages_table_is_no_row_of_tiles() -> None:
    figures = [f for f in extract(load(PRINTED)) if isinstance(f, Figure)]
    times = Counter((f.measure, f.value) for f in figures)
    assert [times[k] for k in (("upheld", 512.0), ("partially_upheld", 231.0), ("not_upheld", 398.0))] == [1, 1, 1], times
    assert {(f.measure, f.value): f.stage for f in figures}[("upheld", 512.0)] == "stage1"


ROOT = Path(__file__).resolve().parent.parent


def test_tiles_laid_in_a_word_table_are_still_tiles() -> None:
    """A dashboard laid out in a Word table (each tile a cell) is no data table: the table reader finds
    nothing in it, and its tiles read as they do in the text of the same report (a first version of the
    change above took every marked table from the dashboard reader and lost them)."""
    def keys(path: Path) -> Counter[tuple]:
        return Counter((f.measure, f.value, f.stage, f.period) for f in extract(load(path)) if isinstance(f, Figure))

    text = keys(ROOT / "corpus" / "documents" / "wolverhampton-dashboards-2022-23.txt")
    word = keys(ROOT / "corpus" / "docx" / "wolverhampton-dashboards-2022-23.docx")
    assert sum((text - word).values()) == 0, sorted(text - word)

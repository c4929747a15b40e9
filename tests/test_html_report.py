"""The HTML report, opened in a real browser (headless Chromium): the failing figure is boxed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def dump_dom(page: Path, profile: Path) -> str:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}", "--dump-dom",
         page.as_uri()], capture_output=True, text=True, timeout=120, check=True).stdout


def report_for(tmp_path: Path, source: Path) -> Path:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["check", str(source), "--html", str(out), "--only-problems"])
    assert result.exit_code == 1, result.output
    return out


def test_html_report_escapes_document_text(tmp_path: Path) -> None:
    src = tmp_path / "draft.md"
    src.write_text("# <script>alert(1)</script> Complaints\n\nService\tComplaints\nHousing\t4\nWaste\t5\n"
                   "Total\t10\n", encoding="utf-8")
    html = report_for(tmp_path, src).read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'class="hl fail" data-rule="table_total" data-line="6"' in html


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_failing_figure_is_boxed_on_the_pdf_page_in_chromium(tmp_path: Path) -> None:
    from bs4 import BeautifulSoup

    from extractor import load

    pdf = ROOT / "corpus" / "pdf" / "wrexham-2023-24-complaints-compliments.pdf"
    lines = load(pdf).lines
    wrong_totals = {str(i) for i, text in enumerate(lines, 1) if text in ("Total | 4", "Total | 177")}
    page = report_for(tmp_path, pdf)
    dom = BeautifulSoup(dump_dom(page, tmp_path / "profile"), "html.parser")
    boxes = dom.select("div.page div.hl.fail[data-rule=table_total]")
    # the E&T Total 4 (rows give 569) and the Housing Total 177 (rows give 178) are boxed red
    assert {b["data-line"] for b in boxes} >= wrong_totals - {_education_total(lines)}
    img = boxes[0].find_parent("div", class_="page").find("img")
    assert img["src"].startswith("data:image/png;base64,")
    assert "Total row states 4" in " ".join(b["title"] for b in boxes)


def _education_total(lines: tuple[str, ...]) -> str:
    """Education's own 'Total | 4' is right (one row of 4): not a failing figure."""
    i = next(i for i, t in enumerate(lines, 1) if t.startswith("EDUCATION AND EARLY INTERVENTION"))
    return str(next(j for j, t in enumerate(lines, 1) if j > i and t == "Total | 4"))

"""The HTML check report: a summary on top linking every problem, each problem linking to where
it sits, the rows a problem involves marked, page images loaded lazily."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from click.testing import CliRunner

from extractor.cli import cli

ROOT = Path(__file__).resolve().parent.parent
TABLE_DRAFT = ("# Complaints 2023/24\n\nService\tComplaints\nHousing\t4\nWaste\t5\nTotal\t10\n\n"
               "Later: of 20 complaints, 5 were upheld, 4 partially upheld and 10 not upheld.\n")


def report(tmp_path: Path, *sources: Path) -> BeautifulSoup:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["check", *map(str, sources), "--html", str(out)])
    assert result.exit_code == 1, result.output
    return BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")


def test_summary_links_every_problem_and_each_problem_links_to_its_line(tmp_path: Path) -> None:
    src = tmp_path / "draft.md"
    src.write_text(TABLE_DRAFT, encoding="utf-8")
    dom = report(tmp_path, src)
    nav = dom.select_one("nav.overview")
    links = nav.select("li a")
    problems = dom.select("section.doc li.check")
    assert links and len(links) == len(problems)
    ids = {tag["id"] for tag in dom.select("[id]")}
    for link in links:
        assert link["href"].lstrip("#") in ids
    for li in problems:
        show = li.find("a")
        assert show is not None and show["href"].lstrip("#") in ids
        assert dom.select_one(show["href"]).name == "span"  # the document line


def test_the_rows_a_failing_check_involves_are_marked(tmp_path: Path) -> None:
    src = tmp_path / "draft.md"
    src.write_text(TABLE_DRAFT, encoding="utf-8")
    dom = report(tmp_path, src)
    involved = {int(s["id"].rsplit("-l", 1)[1]) for s in dom.select("span.line.involved")}
    stated = {int(s["id"].rsplit("-l", 1)[1]) for s in dom.select("span.line.fail")}
    # the Total row (line 6) fails; its parts, the Housing and Waste rows (lines 4, 5), are marked
    assert 6 in stated and {4, 5} <= involved


def test_page_images_load_lazily(tmp_path: Path) -> None:
    pdf = ROOT / "corpus" / "pdf" / "wrexham-2023-24-complaints-compliments.pdf"
    dom = report(tmp_path, pdf)
    images = dom.select("div.page img")
    assert images and all(img["loading"] == "lazy" for img in images)
    targets = [a["href"] for a in dom.select("li.check a")]
    assert targets and all(dom.select_one(t) is not None for t in targets)

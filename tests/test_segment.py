"""Section context: what headings, the title and the cover hand down to the blocks below them."""

from __future__ import annotations

from pathlib import Path

from extractor import load
from extractor.segment import contexts, organisation, settles

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "corpus" / "documents"


def context_of(path: Path, starts: str):
    doc = load(path)
    i = next(i for i, b in enumerate(doc.blocks) if b.text.startswith(starts))
    return contexts(doc)[i]


def test_wolverhampton_sections() -> None:
    path = DOCS / "wolverhampton-2022-23-h1-complaints.txt"
    stage_one = context_of(path, "Quarter one - During 1 April 2022 to 30 June 2022 the council received 15")
    assert (stage_one.service, stage_one.stage, stage_one.period) == ("children", "stage1", "2022/23 H1")
    ho = context_of(path, "Quarter one - During 1 April 2022 to 30 June 2022 the council received three enquiries")
    assert (ho.stage, ho.body) == ("ombudsman", "HO")
    public_health = context_of(path, "2.0 Public Health")
    assert public_health.service == "public_health"


def test_document_period_and_organisation_from_the_cover() -> None:
    wrexham = load(DOCS / "wrexham-2023-24-complaints-compliments.txt")
    ctx = contexts(wrexham)
    assert {c.period for c in ctx[:5]} == {"2023/24"}
    assert organisation(wrexham) == "Wrexham County Borough Council"


def test_area_heading_keeps_its_parent_section() -> None:
    ctx = context_of(DOCS / "wrexham-2023-24-complaints-compliments.txt", "Of the 155 formal complaints")
    assert (ctx.area, ctx.stage) == ("Environment & Technical", "stage1")


def test_headings_in_other_words() -> None:
    assert settles("service", "Adult Social Care complaints") == "adults"
    assert settles("service", "Children's, Education, Adults, Public Health Services") is None  # names several
    assert settles("stage", "Complaints escalated to Stage 2") == "stage2"
    assert settles("stage", "Informal complaints (frontline resolution)") == "informal"
    assert settles("procedure", "Complaints under the Children Act 1989 statutory procedure") == "statutory"


def test_quarter_headings_in_a_markdown_report(tmp_path: Path) -> None:
    f = tmp_path / "r.md"
    f.write_text("# Complaints performance 2024/25\n\n## Quarter 2\n\n### Stage 2 complaints\n\nText.\n",
                 encoding="utf-8")
    ctx = contexts(load(f))[-1]
    assert (ctx.period, ctx.period_start, ctx.period_end, ctx.stage) == ("2024/25 Q2", "2024-07-01", "2024-09-30",
                                                                           "stage2")

"""load -> segment -> extract -> check: the steps joined, for the CLI and notebooks alike."""

from __future__ import annotations

from collections.abc import Sequence

from extractor import formal_stage, part_services, report_year, segment, stage_names, topic
from extractor.extract import compared_lines, dashboards, decisions, periods, prose, tables
from extractor.file_lines import in_file_lines, in_text_lines
from extractor.load import with_lines_blank
from extractor.models import Check, Decision, Document, Figure


def extract(doc: Document) -> list[Figure | Decision]:
    """Every figure (prose, tables, dashboards) then every decision of one document, at the file's lines."""
    return in_file_lines(doc, _extract(doc))


def _extract(page: Document) -> list[Figure | Decision]:
    figures: list[Figure] = []
    compared = compared_lines.compared_lines(page)  # "2029/30: 1,150" under a figure: set aside, read after
    doc = with_lines_blank(page, {c.line for c in compared})
    # what this report means by "last year", and the names it gives its stages
    with periods.reading(b.text for b in doc.blocks), stage_names.defined(b.text for b in doc.blocks):
        contexts = segment.contexts(doc)
        figures += prose.extract_figures(doc, contexts)
        figures += tables.extract_figures(doc, contexts)
        figures += dashboards.extract_figures(doc, contexts)
    figures += compared_lines.compared_figures(page, compared, figures)
    figures = topic.on_topic(doc, figures)  # a general report's figures come from its complaint parts
    figures = topic.complaint_casework(doc, figures)  # not code of conduct complaints or members' enquiries
    figures = part_services.of_parts(doc, figures)  # a department's figures are not the whole council's
    figures = formal_stage.one_formal_stage(doc, figures)  # complaints beside concerns, with no stage 2: stage 1
    figures.sort(key=lambda f: (f.line, f.source != "prose"))
    cases = decisions.extract_decisions(doc, contexts)
    found: list[Figure | Decision] = [*not_case_rows(figures, cases), *cases]
    return report_year.in_report_year(doc, found)  # "2023/24" in a report whose year runs August to July


CASE_ROW_RULE = "table-case-outcome"  # a row of a table of single cases, a figure of 1 of its outcome


def not_case_rows(figures: list[Figure], cases: Sequence[Decision]) -> list[Figure]:
    """An ombudsman's case table row read as a decision is not also a count of one complaint of its outcome
    (the case table reader cannot always see the ombudsman in the title over the table; the decision
    reader has)."""
    lines = {d.line for d in cases}
    return [f for f in figures if f.rule != CASE_ROW_RULE or f.line not in lines]


def check(doc: Document, records: Sequence[Figure | Decision] | None = None) -> list[Check]:
    """Cross-check the document's own arithmetic; extracts first when no records are given."""
    from extractor import checks

    found = _extract(doc) if records is None else in_text_lines(doc, records)
    return in_file_lines(doc, checks.run_checks(doc, [r for r in found if isinstance(r, Figure)]))

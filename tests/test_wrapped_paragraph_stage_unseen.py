"""A paragraph wrapped at a fixed width, where a sentence happens to end at a line's end ("... 212 were
not upheld." / "174 (88.3%) were answered within 10 working days ..."), is still one paragraph: its
stage ("stage 1", said in its first sentence) holds for the timeliness figures of its later lines.
Lines that each hold one whole sentence of their own (an excerpt's one-line paragraphs) stay apart.
Written in words of our own before the code (held-out batch 16c: a landlord's numbered paragraphs as
pdftotext leaves them); on the commit before: 0 of 1 passed (the one-line paragraphs passed)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

WRAPPED = """Tenant complaints report 2032/33

5.1 In the year we closed 197 stage 1 complaints from tenants and leaseholders. 61 were upheld
in full and 24 in part, while the remaining complaints, 112 in all, were found not to be upheld.
174 (88.3%) were answered within 10 working days and the average time taken to send an answer
was 6.9 working days, a little quicker than the year before.
"""

ONE_LINE_EACH = """Tenant complaints report 2032/33

We closed 197 stage 1 complaints.
The average time to reply across all complaints was 8.1 working days.
"""


def test_stage_of_a_wrapped_paragraph_holds_for_its_later_lines(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, WRAPPED)}
    assert {("within_target", 174, "stage1"), ("within_target", 88.3, "stage1"),
            ("average_response_days", 6.9, "stage1")} <= got


def test_one_line_paragraphs_keep_their_own_stage(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, ONE_LINE_EACH)}
    assert ("average_response_days", 8.1, None) in got

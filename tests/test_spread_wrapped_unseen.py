"""A wrapped report saved with a blank line after every line (as some Word and PDF exports do): its
lines stop mid-sentence, so a single blank line is only a line break and the paragraph is read whole;
a web page whose one-sentence paragraphs each end a sentence keeps its blank lines. Written in words
of our own with the code; on the commit before: 1 of 2 passed (the counter-example)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

from extractor import load

WRAPPED = """Complaints annual report 2031/32

This report sets out how the council dealt with the complaints it was sent

in the year, what they were about and what the council has changed as a

result. During the year the council received 640 stage 1 complaints. Of these 212

were upheld in full, 97 were upheld in part and the rest were not upheld. The

council also received 58 stage 2 complaints, and it answered 47 of them within

20 working days of the request to escalate, against a local standard that the

council set itself when the policy was last revised by the cabinet member.
"""


def test_wrapped_lines_read_as_one_paragraph(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, WRAPPED)}
    assert {("received", 640, "stage1"), ("upheld", 212, "stage1"), ("partially_upheld", 97, "stage1"),
            ("received", 58, "stage2")} <= got


def test_one_sentence_paragraphs_stay_apart(tmp_path: Path) -> None:
    # counter-example: each line ends its sentence (a news page): three paragraphs, not one
    text = ("Complaints fall again at Northmere council\n\nThe council logged 540 complaints in 2031/32.\n\n"
            "About a third were upheld in full or in part, the report says.\n\n"
            "Most were about bins, followed by parking and planning applications.\n\n"
            "The council answered 82% of its complaints within 15 working days.\n")
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    assert len([b for b in load(path).blocks if b.kind == "paragraph"]) == 4

"""A news story's headline or opening sentence that sums up several cases ("... after watchdog finds
maladministration twice", "... as figures show the landlord lost most of the cases decided last year") is
the story's lead, not a case of its own: the cases are the paragraphs that tell them.

Written before the code, in words of our own: before, the story gave 3 decisions (its headline and its
opening sentence each read as a case, the first case folded into the headline); after, the 2 it tells, on
their own lines. A case whose story tells of something done twice (a drain reported four times, an offer
made twice) stays a case, before and after.
"""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision

STORY = """Landlord told to pay £4,200 after watchdog finds maladministration twice

Elmstead Homes has been criticised by the Housing Ombudsman over repairs and damp, as its annual figures show the landlord lost most of the cases the Ombudsman decided last year.

In the first case, a tenant in Orchard Street waited seven months for a leaking roof to be fixed. The Ombudsman found maladministration and ordered Elmstead Homes to pay £2,700.

In the second, a family in Mill Lane reported black mould for over a year. The Ombudsman found severe maladministration and ordered the landlord to pay £1,500 and to inspect the home within four weeks.
"""


def test_the_story_gives_the_cases_it_tells(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(STORY, encoding="utf-8")
    decisions = [d for d in extract(load(path)) if isinstance(d, Decision)]
    assert [(d.line, d.outcome) for d in decisions] == [(5, "upheld"), (7, "upheld")]


ONE_CASE = """Decisions of the Ombudsman

Mr F said his road drain was reported blocked four times before his garden flooded twice. The Ombudsman found fault causing injustice and the council agreed to pay him £250.

Mrs H said we never offered her a carer's assessment. The Ombudsman found no fault: the offer was made twice and declined.
"""


def test_a_case_that_tells_of_something_done_twice_is_still_a_case(tmp_path: Path) -> None:
    path = tmp_path / "cases.txt"
    path.write_text(ONE_CASE, encoding="utf-8")
    decisions = [d for d in extract(load(path)) if isinstance(d, Decision)]
    assert [(d.line, d.outcome) for d in decisions] == [(3, "upheld"), (5, "not_upheld")]

"""Document identity: the organisation a report is by, from its own title, cover, header,
letterhead or opening, never from a body it merely mentions; unknown when unsure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import identity
from extractor.cli import cli
from extractor.load import load

ROOT = Path(__file__).resolve().parents[1]
ORIGINALS = ROOT.parent / "shared" / "real-originals"

# Written from corpus/SOURCES.md, ../shared/dev-real/manifest.tsv and ../shared/real-originals/SOURCES.tsv.
# None: the document's own identity places (title, cover, running header, letterhead, opening) never
# name its organisation, so the tool must not guess one - the comment says what the text offers instead.
PUBLISHERS: dict[str, str | None] = {
    # seeds (corpus/documents, rendered to pdf/ and docx/)
    "rbkc-2019-20-annual-complaints": None,  # "Kensington and Chelsea Council" only in one sentence, p.9
    "wolverhampton-2022-23-h1-complaints": None,  # names Wolverhampton Homes, a body it reports on
    "wolverhampton-2023-24-h1-progress": None,
    "wolverhampton-dashboards-2022-23": None,
    "wrexham-2023-24-complaints-compliments": "Wrexham County Borough Council",
    # excerpts (dev-real)
    "albyn-2015-q1": None, "anglesey-2024-25": None, "ashfield-2023-24": None, "bexley-childrens-2023-24": None,
    "bristol-2021-22": None, "broxtowe-2025-07": None, "buckinghamshire-asc-2023-24": None,
    "caerphilly-psow-letter": "Caerphilly County Borough Council",
    "camden-lgo-letter-2005-06": "London Borough of Camden",
    "ccha-2024-25": None,  # "ccha" only inside survey rows
    "conwy-2022-23": "Conwy County Borough Council",
    "croydon-ho-2024": "Croydon Council",
    "darlington-lgo-cases": "Darlington Borough Council",
    "denbighshire-2012-13": None,  # "received by Denbighshire": a place, not the council's name
    "east-dunbartonshire-2022-23": None,
    "eastlothian-2019-20-q1": "East Lothian Council",
    "eastsussex-asc-2022-23": None, "fife-2015-16": None,
    "flintshire-2024-h1": "Flintshire County Council",
    "folkestone-hythe-2024-25": None, "gateshead-2024-25": None, "havering-2019-20-q3": None,
    "hillingdon-2019-20": None, "housing21-2023-24-q4": None,
    "islington-haringey-nndr-2019": None,  # an ombudsman press release about two councils
    "kent-lgsco-2024-25": "Kent County Council",
    "lgc-lgo-reports-2000": None,  # a list of reports about three councils
    "lichfield-2022-23": None, "lincolnshire-childrens-2020-21": None, "maidstone-appendix-a": None,
    "mtvh-2021-22": None, "northherts-2023-24": None,
    "pembrokeshire-psow-2022-23": "Pembrokeshire County Council",
    "reading-asc-2022-23": None, "rotherham-2020-21": None,
    "scottish-borders-2013-14": "Scottish Borders Council",
    "settle-2020-21": None, "slough-lgo-decisions": None, "southlanarkshire-2016-19": None,
    "spso-northayrshire-2015-05": None,  # the SPSO's page; the council is a field of each decision
    "tendring-lgsco-2021": None, "testvalley-2020-21": None, "uttlesford-2020-21": None,
    "valeofglamorgan-complaints": "Vale of Glamorgan Council",
    "westlancs-2023-24": None,
    "worcestershire-lgo-2013-14": None,  # a news report on four councils
    "york-lgsco-2023-24": "City of York Council",
    # real originals (../shared/real-originals)
    "bbc-complaints-fortnightly-2018-09-17": "BBC", "bbc-complaints-fortnightly-2019-12-09": "BBC",
    "bbc-complaints-fortnightly-2021-02-15": "BBC", "bbc-complaints-fortnightly-2024-07-29": "BBC",
    "bluepits-complaints-performance-2023-24": None,  # named only in the foreword's signature
    "bluepits-complaints-performance-2024-25-q1": None,
    "habitare-annual-complaints-performance-2024": "Habitare Homes",
    "habitare-ho-code-self-assessment-2025": None,  # the Ombudsman's form
    "habitare-tsm-summary-2025": None,
    "kent-qpr-2024-25-q3-appendix1": "Kent County Council",
    "kent-qpr-2024-25-q3-cover": None,  # "Leader of the Council", never the council's name
}


def corpus_documents() -> list[Path]:
    paths = [p for folder in ("documents", "pdf", "docx", "excerpts") for p in sorted((ROOT / "corpus" / folder).iterdir())
             if p.suffix in (".txt", ".md", ".pdf", ".docx")]
    if ORIGINALS.is_dir():
        paths += [p for p in sorted(ORIGINALS.iterdir()) if p.suffix in (".pdf", ".docx")]
    return paths


def test_every_corpus_document_has_a_pinned_organisation() -> None:
    assert {p.stem for p in corpus_documents()} <= set(PUBLISHERS)


@pytest.mark.parametrize("path", corpus_documents(), ids=lambda p: p.name)
def test_the_organisation_of_every_corpus_document(path: Path) -> None:
    expected = PUBLISHERS[path.stem]
    got = identity.publisher(load(path))
    if expected is None:
        assert got is None
    else:
        assert identity.same_organisation(got, expected), got


@pytest.mark.parametrize(("a", "b", "same"), [
    ("City of York Council", "York Council", True),
    ("Conwy County Council", "Conwy County Borough Council", True),
    ("London Borough of Camden", "Camden Council", True),
    ("Habitare", "Habitare Homes", True),
    ("East Lothian Council", "West Lothian Council", False),
    ("Newtown Homes", "Newtown Housing Association", False),
    (None, "Anytown Council", False),
])
def test_names_of_one_body_are_one_organisation(a: str | None, b: str, same: bool) -> None:
    assert identity.same_organisation(a, b) is same


def doc_from(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "expected"), [
    ("Newtown Borough Council\nComplaints annual report 2023/24\n\nWe received 120 complaints.\n", "Newtown Borough Council"),
    ("Annual report 2023/24\n\nNewtown Borough Council's annual complaints report shows 120 complaints.\n",
     "Newtown Borough Council"),
    ("Council told to apologise\n\n300 complaints were made against Oldshire County Council last year.\n",
     "Oldshire County Council"),
    # a benchmark naming neighbours is not the publisher
    (("Annual complaints report 2023/24\n\nWe received 120 complaints.\n\nBenchmarking\n\n"
     "Newtown Borough Council received 150 and Oldshire County Council received 90.\n"), None),
    # two councils in the opening: unsure
    (("Two councils criticised\n\nThe Ombudsman criticised Newtown Borough Council. Complaints made against "
     "Oldshire County Council rose.\n\nComplaints about Newtown Borough Council fell.\n"), None),
])
def test_publisher_from_the_documents_own_identity(tmp_path: Path, text: str, expected: str | None) -> None:
    assert identity.publisher(load(doc_from(tmp_path, "r.txt", text))) == expected


MENTIONS = """{own}
Annual complaints report 2023/24

In 2023/24 we received {received} stage 1 complaints.

Benchmarking

{other} received {theirs} stage 1 complaints in 2023/24.
"""


def crossdoc_rules(paths: list[Path], *extra: str) -> set[str]:
    result = CliRunner().invoke(cli, ["check", *map(str, paths), "--format", "jsonl", *extra])
    assert result.exit_code in (0, 1), result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    return {r["rule"] for r in rows if r["rule"] in ("cross_document", "restated_period", "period_sum")}


def test_two_reports_that_mention_each_others_council_are_never_compared(tmp_path: Path) -> None:
    a = doc_from(tmp_path, "a.txt", MENTIONS.format(own="Newtown Borough Council", received=120,
                                                    other="Oldshire County Council", theirs=95))
    b = doc_from(tmp_path, "b.txt", MENTIONS.format(own="Oldshire County Council", received=90,
                                                    other="Newtown Borough Council", theirs=110))
    assert crossdoc_rules([a, b]) == set()
    # the same two reports said to be one organisation's are compared
    assert "cross_document" in crossdoc_rules([a, b], "--organisation", "Newtown Borough Council")


@pytest.mark.parametrize("pair", [
    ("east-dunbartonshire-2022-23", "bristol-2021-22"),  # both name no organisation
    ("lichfield-2022-23", "testvalley-2020-21"),
    ("york-lgsco-2023-24", "kent-lgsco-2024-25"),  # two named councils
])
def test_real_excerpts_of_different_organisations_are_not_compared(pair: tuple[str, str]) -> None:
    paths = [ROOT / "corpus" / "excerpts" / f"{slug}.txt" for slug in pair]
    assert crossdoc_rules(paths) == set()

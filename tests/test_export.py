"""Every export has one fixed, typed schema from SPEC, whatever the document holds; spreadsheet
cells never run as formulas; unknown output extensions are refused."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.export import CHECK_SCHEMA, RECORD_SCHEMA, arrow_schema, write_records
from extractor.models import Check, Decision, Figure

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "corpus" / "documents"
EXCERPTS = ROOT / "corpus" / "excerpts"
REPRODUCERS = ROOT.parent / "shared" / "fuzz-found" / "reproducers"

ONLY_FIGURES = [Figure(doc="a.txt", measure="received", value=12, unit="count", line=3, evidence="12 received",
                       stated="12", source="prose", rule="r")]
WITH_DECISION = [
    Figure(doc="b.pdf", measure="upheld", value=4, unit="count", line=9, evidence="4 upheld", stated="four",
           source="table", rule="r", page=2, period="2022/23", period_start="2022-04-01", period_end="2023-03-31",
           stage="stage1"),
    Decision(doc="b.pdf", body="LGSCO", outcome="upheld", line=20, evidence="upheld", rule="d", page=3,
             remedies=("apology", "payment"), payment_gbp=250.0),
]


def run(*args: str, input: str | None = None) -> object:
    return CliRunner().invoke(cli, list(args), input=input)


def test_parquet_of_two_unlike_documents_opens_as_one_dataset(tmp_path: Path) -> None:
    write_records(ONLY_FIGURES, "parquet", path=tmp_path / "a.parquet")
    write_records(WITH_DECISION, "parquet", path=tmp_path / "b.parquet")
    table = pads.dataset([str(tmp_path / "a.parquet"), str(tmp_path / "b.parquet")], format="parquet").to_table()
    assert table.num_rows == 3
    assert table.schema.equals(arrow_schema(RECORD_SCHEMA))
    assert table.schema.field("page").type == pa.int64()
    assert table.schema.field("period_start").type == pa.date32()
    assert table.schema.field("remedies").type == pa.list_(pa.string())
    rows = table.to_pylist()
    assert rows[1]["period_start"] == dt.date(2022, 4, 1)
    assert rows[2]["remedies"] == ["apology", "payment"] and rows[2]["payment_gbp"] == 250.0


def test_cli_parquet_of_two_real_documents_has_one_schema(tmp_path: Path) -> None:
    """A text file (page null, no decisions) and one with ombudsman decisions."""
    outs = []
    for src in (DOCS / "wolverhampton-2022-23-h1-complaints.txt", EXCERPTS / "darlington-lgo-cases.txt"):
        out = tmp_path / f"{src.stem}.parquet"
        assert run("extract", str(src), "-o", str(out)).exit_code == 0
        outs.append(out)
    schemas = [pq.read_schema(p) for p in outs]
    assert schemas[0].equals(schemas[1], check_metadata=False)
    assert pads.dataset([str(p) for p in outs], format="parquet").to_table().num_rows > 0


def test_csv_has_the_fixed_columns_and_documents_its_list_encoding(tmp_path: Path) -> None:
    for records in (ONLY_FIGURES, WITH_DECISION):
        buf = io.StringIO()
        write_records(records, "csv", out=buf)
        rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
        assert list(rows[0]) == list(RECORD_SCHEMA)
    assert json.loads(rows[-1]["remedies"]) == ["apology", "payment"]
    assert rows[0]["period_start"] == "2022-04-01" and rows[0]["page"] == "2" and rows[0]["approximate"] == "false"


def test_empty_check_output_still_has_the_check_columns() -> None:
    buf = io.StringIO()
    write_records([], "csv", out=buf, kind="check")
    assert buf.getvalue().strip().split(",") == list(CHECK_SCHEMA)


def test_json_records_carry_their_kinds_fields_in_schema_order() -> None:
    buf = io.StringIO()
    check = Check(doc="a.txt", rule="outcome_sum", status="fail", message="m", line=3, evidence="e", lines=(3, 4))
    write_records([check], "jsonl", out=buf)
    rec = json.loads(buf.getvalue())
    assert list(rec) == list(CHECK_SCHEMA) and rec["docs"] == ["a.txt"]


HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd"]


@pytest.mark.parametrize("payload", HOSTILE)
def test_csv_and_xlsx_never_hold_a_formula(tmp_path: Path, payload: str) -> None:
    from openpyxl import load_workbook

    fig = [Figure(doc="a.txt", measure="received", value=1, unit="count", line=1, evidence=payload,
                  stated="1", source="prose", rule="r")]
    buf = io.StringIO()
    write_records(fig, "csv", out=buf)
    cell = next(csv.DictReader(io.StringIO(buf.getvalue())))["evidence"]
    assert cell == "'" + payload
    write_records(fig, "xlsx", path=tmp_path / "x.xlsx")
    sheet = load_workbook(tmp_path / "x.xlsx").active
    col = [c.value for c in sheet[1]].index("evidence") + 1
    xcell = sheet.cell(row=2, column=col)
    assert xcell.data_type == "s" and xcell.value == "'" + payload


@pytest.mark.parametrize("text", ["12 complaints\r=1+1", "12 complaints\r\n@SUM(A1)", "\r=1+1"])
def test_a_carriage_return_never_splits_a_csv_row(tmp_path: Path, text: str) -> None:
    """A bare CR was written unquoted (the writer's line end is LF): a spreadsheet or pandas split
    the row there and the text after it opened a row of its own, a formula unescaped."""
    import pandas as pd

    from extractor.export import write_table_csv

    fig = [Figure(doc="a.txt", measure="received", value=1, unit="count", line=1, evidence=text,
                  stated="1", source="prose", rule="r")]
    buf = io.StringIO()
    write_records(fig, "csv", out=buf)
    (tmp_path / "f.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")
    frame = pd.read_csv(tmp_path / "f.csv", keep_default_na=False)
    assert len(frame) == 1 and frame["evidence"][0].replace("'", "").split() == text.split()
    table = io.StringIO()
    write_table_csv(pd.DataFrame([[text, "4"]], columns=["Service", "Complaints"]), table)
    (tmp_path / "t.csv").write_text(table.getvalue(), encoding="utf-8", newline="")
    rows = list(csv.reader((tmp_path / "t.csv").open(encoding="utf-8")))  # universal newlines, as spreadsheets
    assert len(rows) == 2 and rows[1][1] == "4"
    assert not any(cell.startswith(("=", "@")) for row in rows for cell in row)


def test_formula_injection_reproducer_is_escaped_in_csv() -> None:
    src = REPRODUCERS / "csv-formula-injection.txt"
    if not src.exists():
        pytest.skip("../shared/fuzz-found is not here")
    result = run("extract", str(src), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert any(r["evidence"].startswith("'=HYPERLINK") for r in rows)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@")), value


def test_xlsx_output_is_a_real_workbook(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "out.xlsx"
    result = run("extract", str(DOCS / "wolverhampton-2022-23-h1-complaints.txt"), "-o", str(out))
    assert result.exit_code == 0
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]] == list(RECORD_SCHEMA)
    assert sheet.max_row > 10


@pytest.mark.parametrize("name", ["out.xls", "out.tsv", "out"])
def test_an_output_extension_tally_cannot_write_is_an_error(tmp_path: Path, name: str) -> None:
    result = run("extract", str(DOCS / "wolverhampton-2022-23-h1-complaints.txt"), "-o", str(tmp_path / name))
    assert result.exit_code == 2
    assert "Error" in result.output and not (tmp_path / name).exists()


def test_pdf_records_carry_the_box_of_their_number(tmp_path: Path) -> None:
    """Cropping the page to a record's box (pdfplumber's within_bbox) gives back its stated text."""
    import pdfplumber

    pdf = ROOT / "corpus" / "pdf" / "wrexham-2023-24-complaints-compliments.pdf"
    out = tmp_path / "w.jsonl"
    assert run("extract", str(pdf), "-o", str(out)).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    figures = [r for r in rows if r["record"] == "figure"]
    boxed = [r for r in figures if r["x0"] is not None]
    assert len(boxed) >= 0.7 * len(figures)
    with pdfplumber.open(pdf) as doc:
        for r in boxed:
            box = (r["x0"] - 0.5, r["top"] - 0.5, r["x1"] + 0.5, r["bottom"] + 0.5)
            text = doc.pages[r["page"] - 1].within_bbox(box).extract_text()
            assert r["stated"].replace(" ", "").lower() in text.replace(" ", "").replace("\n", "").lower(), r


def test_text_records_have_no_box() -> None:
    result = run("extract", str(DOCS / "wolverhampton-2022-23-h1-complaints.txt"), "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["x0"] is None and r["bottom"] is None for r in rows)

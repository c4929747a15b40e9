"""The CLI surface: version, show, extract/check formats and exit codes, documented commands."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from extractor import __version__
from extractor.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "corpus" / "documents"
WREXHAM = DOCS / "wrexham-2023-24-complaints-compliments.txt"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"tally, version {__version__}"


def test_show_jsonl_gives_blocks_with_lines_and_heading_paths() -> None:
    result = run("show", str(WREXHAM), "--format", "jsonl")
    assert result.exit_code == 0
    blocks = [json.loads(s) for s in result.output.splitlines()]
    housing = next(b for b in blocks if b["kind"] == "table" and b["rows"][0][0] == "HOUSING")
    assert housing["line"] == 190 and housing["page"] is None
    assert housing["rows"][0] == ["HOUSING", "NUMBER OF COMPLAINTS"]
    assert len(housing["rows"]) == 16  # header + 14 teams + Total
    assert housing["rows"][-1] == ["Total", "177"]
    dept = next(b for b in blocks if b["text"] == "Environment & Technical (155)")
    assert dept["kind"] == "heading" and dept["line"] > 60


def test_show_table_format_names_the_document() -> None:
    result = run("show", str(WREXHAM))
    assert result.exit_code == 0
    assert "wrexham-2023-24-complaints-compliments.txt" in result.output


def test_extract_jsonl_records_follow_the_contract() -> None:
    result = run("extract", str(DOCS / "wolverhampton-2022-23-h1-complaints.txt"), "--format", "jsonl")
    assert result.exit_code == 0
    for line in result.output.splitlines():
        rec = json.loads(line)
        assert rec["record"] in ("figure", "decision")
        assert rec["doc"] == "wolverhampton-2022-23-h1-complaints.txt"
        assert {"page", "line", "evidence", "rule"} <= set(rec)


def test_extract_writes_csv_and_parquet_by_extension(tmp_path: Path) -> None:
    for name in ("out.csv", "out.parquet", "out.jsonl"):
        result = run("extract", str(WREXHAM), "-o", str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).exists()


def test_missing_file_is_one_line_and_exit_2_while_others_run(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "nope.pdf"), str(WREXHAM), "--format", "jsonl")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"Error: {tmp_path / 'nope.pdf'}: no such file or directory" in result.output


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"tally {name}" in readme, f"README.md does not document `tally {name}`"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0].strip() for b in readme.split("```sh\n")[1:]]
    test_command = next(b for b in blocks if "pytest" in b)
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines

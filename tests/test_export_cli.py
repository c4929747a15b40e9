"""The conventions of the ecosystem (csvkit, sqlite-utils, datasette): `-` is standard input,
every command that prints records takes -o/--format, -q silences notes, and what cannot be
done is an error (exit 2), never silence. Also: a document's identity is its path relative to
the inputs, so same-named files in two folders are compared."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli

ROOT = Path(__file__).resolve().parents[1]
WOLVES = ROOT / "corpus" / "documents" / "wolverhampton-2022-23-h1-complaints.txt"
REPRODUCERS = ROOT.parent / "shared" / "fuzz-found" / "reproducers"


def run(*args: str, input: bytes | str | None = None) -> object:
    return CliRunner().invoke(cli, list(args), input=input)


def test_dash_reads_standard_input() -> None:
    text = WOLVES.read_bytes()
    from_file = run("extract", str(WOLVES), "--format", "jsonl")
    from_stdin = run("extract", "-", "--format", "jsonl", input=text)
    assert from_stdin.exit_code == 0, from_stdin.output
    values = [(r.get("measure"), r.get("value"), r["line"]) for r in map(json.loads, from_stdin.stdout.splitlines())]
    assert values == [(r.get("measure"), r.get("value"), r["line"]) for r in map(json.loads, from_file.stdout.splitlines())]
    assert json.loads(from_stdin.stdout.splitlines()[0])["doc"] == "stdin"


def test_stdin_format_names_the_type_of_standard_input() -> None:
    html = b"<html><body><h1>Complaints</h1><p>In 2023/24 the council received 412 stage one complaints.</p></body></html>"
    result = run("--stdin-format", "html", "extract", "-", "--format", "jsonl", input=html)
    assert result.exit_code == 0
    rec = json.loads(result.stdout.splitlines()[0])
    assert (rec["measure"], rec["value"], rec["doc"]) == ("received", 412, "stdin.html")


def test_empty_standard_input_is_an_error_line() -> None:
    result = run("extract", "-", input=b"")
    assert result.exit_code == 2 and result.stderr.strip() == "Error: -: empty file"


def test_a_named_file_with_an_unsupported_extension_is_an_error(tmp_path: Path) -> None:
    odd = tmp_path / "report.xls"
    shutil.copy(WOLVES, odd)
    result = run("extract", str(odd), str(WOLVES), "--format", "jsonl")
    assert result.exit_code == 2
    assert f"Error: {odd}: unsupported format '.xls' (by its extension)" in result.stderr
    assert result.stdout.count("\n") > 10  # the other file is still read


def test_eval_of_a_folder_without_gold_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "documents").mkdir()
    shutil.copy(WOLVES, tmp_path / "documents")
    result = run("eval", str(tmp_path))
    assert result.exit_code == 2 and "no gold answer keys" in result.stderr
    assert "F1" not in result.stdout


def test_show_and_eval_write_json_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "blocks.json"
    assert run("show", str(WOLVES), "-o", str(out)).exit_code == 0
    blocks = json.loads(out.read_text(encoding="utf-8"))
    assert blocks[0]["doc"] == WOLVES.name and {"kind", "line", "text"} <= set(blocks[0])
    corpus = tmp_path / "corpus"
    (corpus / "documents").mkdir(parents=True)
    (corpus / "gold").mkdir()
    shutil.copy(WOLVES, corpus / "documents")
    shutil.copy(ROOT / "corpus" / "gold" / f"{WOLVES.stem}.jsonl", corpus / "gold")
    scores = tmp_path / "scores.json"
    result = run("eval", str(corpus), "-o", str(scores))
    assert result.exit_code == 0, result.output
    assert json.loads(scores.read_text(encoding="utf-8"))["summary"]["core"][2] > 0.5


def test_quiet_silences_notes_but_not_errors(tmp_path: Path) -> None:
    html = tmp_path / "r.html"
    result = run("-q", "check", str(WOLVES), "--html", str(html))
    assert html.exists() and "HTML report written" not in result.stderr
    assert "HTML report written" in run("check", str(WOLVES), "--html", str(html)).stderr
    quiet = run("-q", "extract", str(tmp_path / "nope.txt"))
    assert quiet.exit_code == 2 and quiet.stderr.startswith("Error:")
    build = run("dataset", str(WOLVES), "--db", str(tmp_path / "t.duckdb"), "-q")
    assert build.exit_code == 0 and build.stderr == ""


def test_same_named_files_in_two_folders_are_compared(tmp_path: Path) -> None:
    for folder, value in (("a", 100), ("b", 140)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(
            f"Complaints 2023/24\n\nIn 2023/24 Newtown Borough Council received {value} stage one complaints.\n",
            encoding="utf-8")
    result = run("check", str(tmp_path / "a" / "report.txt"), str(tmp_path / "b" / "report.txt"),
                 "--format", "jsonl")
    assert result.exit_code == 1
    across = [c for c in map(json.loads, result.stdout.splitlines()) if c["rule"] == "cross_document"]
    assert len(across) == 1 and across[0]["status"] == "fail" and across[0]["doc"] == "report.txt"
    assert "a/report.txt" in across[0]["message"] and "b/report.txt" in across[0]["message"]


def test_the_same_name_reproducer_is_compared() -> None:
    folder = REPRODUCERS / "same-name"
    if not folder.exists():
        pytest.skip("../shared/fuzz-found is not here")
    result = run("check", str(folder / "a" / "report.txt"), str(folder / "b" / "report.txt"), "--format", "jsonl")
    assert result.exit_code == 1
    assert any(c["status"] == "fail" for c in map(json.loads, result.stdout.splitlines()))


# ------------------------------------------------ the README tells the truth


README = ROOT / "README.md"


def _example_block(text: str) -> tuple[int, int]:
    start = text.index("```text\n", text.index("## Example")) + len("```text\n")
    return start, text.index("```", start)


def _run_example(command: str) -> str:
    """Run one `$ tally ...` line of the README (an optional `| head -N`) from the repo root."""
    import os
    import shlex

    command, _, pipe = command.partition(" | ")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(cli, shlex.split(command)[1:])
    finally:
        os.chdir(cwd)
    lines = result.stdout.splitlines()
    if pipe.startswith("head -"):
        lines = lines[: int(pipe.split("-")[1])]
    return "\n".join(lines)


def test_the_readme_example_output_is_what_the_code_prints() -> None:
    """Set TALLY_REGENERATE_README=1 to rewrite the block after a change of output."""
    import os

    text = README.read_text(encoding="utf-8")
    start, end = _example_block(text)
    commands = [ln[2:] for ln in text[start:end].splitlines() if ln.startswith("$ ")]
    assert commands
    fresh = "\n\n".join(f"$ {c}\n{_run_example(c)}" for c in commands) + "\n"
    if os.environ.get("TALLY_REGENERATE_README"):
        README.write_text(text[:start] + fresh + text[end:], encoding="utf-8")
        return
    assert text[start:end] == fresh


def _commands(group: object, prefix: str = "tally") -> list[tuple[str, object]]:
    import click

    out = [(prefix, group)]
    for name, sub in getattr(group, "commands", {}).items():
        out += _commands(sub, f"{prefix} {name}") if isinstance(sub, click.Group) else [(f"{prefix} {name}", sub)]
    return out


def test_the_readme_lists_every_command_and_option() -> None:
    import click

    text = README.read_text(encoding="utf-8")
    for name, command in _commands(cli):
        shown = "tally dataset [build]" if name == "tally dataset build" else name  # build is the default
        assert f"`{shown}" in text, name
        for param in command.params:  # type: ignore[attr-defined]
            if isinstance(param, click.Option):
                longest = max(param.opts, key=len)
                assert f"`{longest}" in text or f" {longest}" in text or f"/{longest}" in text, f"{name} {longest}"


def test_the_readme_layout_lists_every_module() -> None:
    text = README.read_text(encoding="utf-8")
    layout = text[text.index("extractor/\n", text.index("## How it works")):]
    layout = layout[: layout.index("```")]
    package = ROOT / "extractor"
    for path in sorted(package.iterdir()):
        if path.name.startswith("_") or path.name == "__pycache__":
            continue
        name = f"{path.name}/" if path.is_dir() else path.name
        if path.is_dir() or path.suffix == ".py":
            assert f"  {name}" in layout, f"README layout does not list extractor/{name}"
    for module in sorted((package / "dataset").glob("*.py")):
        assert f"    {module.name} " in layout, f"README layout does not list extractor/dataset/{module.name}"


def test_tables_writes_each_found_table_as_csv(tmp_path: Path) -> None:
    import csv

    src = tmp_path / "draft.md"
    src.write_text("# Complaints\n\n| Service | Complaints |\n| --- | --- |\n| Housing | 4 |\n| =cmd | 5 |\n",
                   encoding="utf-8")
    out = tmp_path / "tables"
    result = run("tables", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.reader((out / "draft_t1.csv").open(encoding="utf-8")))
    assert rows == [["Service", "Complaints"], ["Housing", "4"], ["'=cmd", "5"]]
    printed = run("tables", str(src))
    assert printed.stdout.startswith("# draft.md table 1, page -, line 3\nService,Complaints\n")


def test_tables_of_gives_each_found_table_as_a_dataframe(tmp_path: Path) -> None:
    """Issue 15 item 8, from Python: `extractor.export.tables_of(doc)`, cells as the document has
    them (escaping is for spreadsheets, not for a notebook) and where each table was found."""
    import pandas as pd

    from extractor import load
    from extractor.export import tables_of

    src = tmp_path / "draft.md"
    src.write_text("# Complaints\n\n| Service | Complaints |\n| --- | --- |\n| Housing | 4 |\n| =cmd | 5 |\n\n"
                   "Text between.\n\n| Stage | 2023/24 |\n| --- | --- |\n| Stage 1 | 40 |\n", encoding="utf-8")
    frames = tables_of(load(src))
    assert [type(f) for f in frames] == [pd.DataFrame, pd.DataFrame]
    assert frames[0].to_dict("split") | {"index": None} == {
        "index": None, "columns": ["Service", "Complaints"], "data": [["Housing", "4"], ["=cmd", "5"]]}
    assert [f.attrs for f in frames] == [{"doc": "draft.md", "page": None, "line": 3, "table": 1},
                                         {"doc": "draft.md", "page": None, "line": 10, "table": 2}]
    # a first row holding a number ('2023/24') is never taken for a header: kept as a row, nothing lost
    assert list(frames[1].columns) == ["column_1", "column_2"]
    assert frames[1].values.tolist() == [["Stage", "2023/24"], ["Stage 1", "40"]]


def test_same_named_files_are_headed_by_their_identity(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text("Complaints\n\nThe council received 12 complaints in 2023/24.\n",
                                                      encoding="utf-8")
    result = run("check", str(tmp_path / "a" / "report.txt"), str(tmp_path / "b" / "report.txt"))
    heads = [ln.split(":")[0] for ln in result.stdout.splitlines() if not ln.startswith(" ")]
    assert heads[:2] == ["a/report.txt", "b/report.txt"]


def test_every_package_is_shipped() -> None:
    """A package folder missing from pyproject's list installs in editable mode but not from a
    wheel (CI's `pip install .`): every folder with an __init__.py is listed."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "extractor").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)

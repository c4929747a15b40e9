"""Output for people is safe: document text is never markup (rich) or mathtext (matplotlib), and
control characters reach neither the terminal nor an `Error:` line raw (reproducers from
../shared/fuzz-found/reproducers, plus inputs made here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.report import terminal

REPRODUCERS = Path(__file__).resolve().parents[2] / "shared" / "fuzz-found" / "reproducers"
ESC = "\x1b"


def reproducer(name: str) -> Path:
    path = REPRODUCERS / name
    if not path.exists():
        pytest.skip("../shared/fuzz-found is not here")
    return path


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


def test_safe_shows_every_control_character_escaped() -> None:
    assert terminal.safe("a\x1b[31mb\nc\td\x9b\x07") == "a\\x1b[31mb\\nc\\td\\x9b\\x07"
    assert terminal.safe("plain £ text – ok") == "plain £ text – ok"


@pytest.mark.parametrize("command", ["show", "extract", "check"])
def test_markup_in_a_heading_is_shown_not_parsed(command: str) -> None:
    result = run(command, str(reproducer("rich-markup-crash.txt")))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    if command != "extract":
        assert "[/dim]" in result.output


@pytest.mark.parametrize("command", ["show", "extract", "check"])
def test_terminal_escapes_in_text_never_reach_the_terminal(command: str) -> None:
    result = run(command, str(reproducer("terminal-escape-passthrough.txt")))
    assert result.exit_code in (0, 1), result.output
    assert ESC not in result.output


def test_markup_and_escapes_made_here(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_text("Complaints [bold red]summary[/] \x1b]0;title\x07\n\nThe council received 12 stage one "
                   "complaints [/dim] in 2023/24.\n\n" + "An ordinary paragraph with no figures in it at all.\n\n" * 20,
                   encoding="utf-8")
    for command in ("show", "extract", "check"):
        result = run(command, str(src))
        assert result.exit_code in (0, 1) and ESC not in result.output and "\x07" not in result.output
    assert "[bold red]summary[/]" in run("show", str(src)).output


def test_a_file_name_with_a_newline_cannot_forge_an_error_line(tmp_path: Path) -> None:
    bad = tmp_path / "x\nError: all good.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    result = CliRunner().invoke(cli, ["extract", str(bad), "--format", "jsonl"])
    assert result.exit_code == 2
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert len(lines) == 1 and "\\nError: all good.pdf" in lines[0]


def test_a_dataset_error_line_escapes_control_characters(tmp_path: Path) -> None:
    bad = tmp_path / "y\x1b[2Jz.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    result = CliRunner().invoke(cli, ["dataset", str(bad), "--db", str(tmp_path / "t.duckdb")])
    assert result.exit_code == 2 and ESC not in result.output and "\\x1b[2J" in result.output


def test_the_mathtext_reproducer_charts(tmp_path: Path) -> None:
    src = reproducer("compare-chart-mathtext-crash.md")
    db = tmp_path / "t.duckdb"
    assert run("dataset", str(src), "--db", str(db)).exit_code == 0
    name = r"$\undefinedcommand{x}$ Homes Trust"
    result = run("compare", "--db", str(db), "--measure", "upheld_rate", "--organisation", name,
                 "--chart", str(tmp_path / "c.png"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    assert name in result.output

"""A progress bar on stderr for batches of more than a few files, only when stderr is a terminal
(issue 15 point 6): a person watching sees it, a pipe, a log or `-q` gets only the `Error:` lines."""

from __future__ import annotations

import io
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.cli_batch import documents
from extractor.limits import Limits
from extractor.report.progress import Bar, wanted

ROOT = Path(__file__).resolve().parents[1]
GOOD_TXT = ROOT / "corpus" / "documents" / "wolverhampton-2022-23-h1-complaints.txt"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _folder(tmp_path: Path, good: int, bad: int = 0) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(good):
        (folder / f"good{i}.txt").write_text(f"Complaints {i}\n\nThe council received {10 + i} complaints.\n")
    for i in range(bad):
        (folder / f"bad{i}.txt").write_bytes(b"\x00\x01 not text \x00")
    return folder


def test_a_bar_is_wanted_only_on_a_terminal_for_more_than_a_few_files() -> None:
    assert wanted(4, Terminal())
    assert not wanted(3, Terminal())
    assert not wanted(4, io.StringIO())
    assert not wanted(4, Terminal(), quiet=True)


def test_a_batch_draws_its_bar_on_a_terminal_and_errors_above_it(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path, good=4, bad=1)
    screen = Terminal()
    failed: list[str] = []
    done = list(documents([str(folder)], failed, Limits(), lambda d: None, progress_to=screen))
    assert len(done) == 4 and failed == [str(folder / "bad0.txt")]
    drawn = screen.getvalue()
    assert "documents" in drawn and "/5" in drawn
    errors = [ln for ln in drawn.splitlines() if "Error:" in ln]
    assert len(errors) == 1 and errors[0].endswith(f"Error: {folder / 'bad0.txt'}: binary content in a text file; "
                                                   "is the extension wrong?")
    assert "Error:" not in capsys.readouterr().err  # said once, above the bar


@pytest.mark.parametrize("screen", [io.StringIO(), Terminal()])
def test_no_bar_in_a_pipe_or_for_a_few_files(tmp_path: Path, screen: io.StringIO) -> None:
    folder = _folder(tmp_path, good=4 if not screen.isatty() else 3)
    list(documents([str(folder)], [], Limits(), lambda d: None, progress_to=screen))
    assert screen.getvalue() == ""


def test_a_bar_that_is_not_wanted_does_nothing() -> None:
    bar = Bar(10, io.StringIO())
    bar.advance("a.txt")
    assert not bar.shown and bar.print("Error: x") is False
    bar.close()


def _stderr_on_a_terminal(args: list[str], seconds: float = 120) -> tuple[int, str]:
    """Run `tally ARGS` with stderr on a pseudo-terminal (stdout in a pipe); its exit code and
    everything it wrote to the terminal."""
    main, sub = os.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", *args], cwd=ROOT, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=sub, env=os.environ | {"COLUMNS": "120"})
    os.close(sub)
    out = b""
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(main, 65536)
                except OSError:  # the other end closed
                    break
                if not chunk:
                    break
                out += chunk
            elif proc.poll() is not None:
                break
        return proc.wait(timeout=30), out.decode("utf-8", "replace")
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(main)


@pytest.mark.parametrize("command", [["extract", "-f", "jsonl"], ["check", "-f", "jsonl"], ["dataset"]])
def test_the_commands_show_a_bar_on_a_terminal_and_none_with_q(tmp_path: Path, command: list[str]) -> None:
    folder = _folder(tmp_path, good=4, bad=1)
    extra = ["--db", str(tmp_path / "t.duckdb")] if command == ["dataset"] else []
    code, screen = _stderr_on_a_terminal([*command, str(folder), *extra])
    assert code == 2
    assert "━" in screen and "/5" in screen, screen
    assert f"Error: {folder / 'bad0.txt'}: binary content" in screen
    extra = ["--db", str(tmp_path / "q.duckdb")] if command == ["dataset"] else []
    code, screen = _stderr_on_a_terminal(["-q", *command, str(folder), *extra])
    assert code == 2 and "━" not in screen and "/5" not in screen
    assert f"Error: {folder / 'bad0.txt'}: binary content" in screen

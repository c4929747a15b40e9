"""A night's `tally dataset` run survives what used to end it (issue 16 item 2, issue 18 "Done
when"): the real PDFium poison file costs one error row while every good report is stored and
the cross-document checks are computed, with one worker and with two; and Ctrl-C ends the
build with no pool worker left behind.

The builds run as `tally dataset` in a child process, so a file that kills its reader could only
ever take that process down, never the test run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
POISON = ROOT.parent / "shared" / "fuzz-found" / "reproducers" / "pdfium-oom-abort-100mb-stream.pdf"
GOOD_TXT = ROOT / "corpus" / "excerpts" / "eastlothian-2019-20-q1.txt"


def _contradicting_pair(folder: Path) -> None:
    """Two reports of one council stating its Q1 2023/24 count as 40 and as 45: one cross-document fail."""
    for name, value in (("q1.txt", 40), ("h1.txt", 45)):
        (folder / name).write_text(f"Newtown Borough Council\n\nComplaints in 2023/24\n\nIn Quarter 1 2023/24 the "
                                   f"council received {value} stage 1 complaints.\n", encoding="utf-8")


def _tally(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, stdin=subprocess.DEVNULL, check=False)


@pytest.mark.skipif(not POISON.exists(), reason="../shared/fuzz-found is not beside the repository")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_the_pdfium_poison_file_is_one_error_row_and_cross_checks_still_run(tmp_path: Path,
                                                                           workers: str) -> None:
    """The real file (a 1 GB content stream) aborted the whole process from inside PDFium: with one
    worker no good report was ever stored, with two the cross-document step never ran."""
    folder = tmp_path / "reports"
    folder.mkdir()
    _contradicting_pair(folder)
    for i in range(2):
        (folder / f"good{i}.txt").write_bytes(GOOD_TXT.read_bytes() + f"\nCopy {i}.\n".encode())
    (folder / POISON.name).write_bytes(POISON.read_bytes())
    db = tmp_path / "t.duckdb"
    run = _tally("dataset", str(folder), "--db", str(db), "--workers", workers)
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr[-2000:]
    errors = [ln for ln in run.stderr.splitlines() if ln.startswith("Error:")]
    assert len(errors) == 1 and POISON.name in errors[0], run.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = dict(con.execute("SELECT doc_key, status FROM documents").fetchall())
        across = con.execute("SELECT status, docs FROM checks WHERE rule = 'cross_document'").fetchall()
    finally:
        con.close()
    assert rows == {"reports/q1.txt": "ok", "reports/h1.txt": "ok", "reports/good0.txt": "ok",
                    "reports/good1.txt": "ok", f"reports/{POISON.name}": "error"}
    failed = [sorted(docs) for status, docs in across if status == "fail"]
    assert failed == [["reports/h1.txt", "reports/q1.txt"]], across  # the two copies agree: passes


def _children(pid: int) -> list[int]:
    """Live (not zombie) child processes of `pid`, from /proc."""
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
            out.append(int(d.name))
    return out


def _busy(workers: list[int]) -> bool:
    """Two workers, each past its start-up and a second of CPU into its documents (from /proc)."""
    return len(workers) >= 2 and all(_cpu_seconds(w) >= 1 for w in workers)


def _cpu_seconds(pid: int) -> float:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2:].split()[0] not in ("Z", "X")


def test_ctrl_c_ends_the_build_and_its_pool_workers(tmp_path: Path) -> None:
    """Ctrl-C of `tally dataset --workers 2` (SIGINT to its process group, as a terminal sends it):
    the build stops with exit 130 and its message, no worker prints a traceback of its own, and
    no pool worker is left running."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(60):
        (folder / f"r{i:02d}.txt").write_bytes(GOOD_TXT.read_bytes() + f"\nCopy {i}.\n".encode())
    build = subprocess.Popen([sys.executable, "-m", "extractor.cli", "dataset", str(folder), "--db",
                              str(tmp_path / "t.duckdb"), "--workers", "2"], cwd=ROOT, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while not _busy(workers) and time.monotonic() < deadline and build.poll() is None:
        time.sleep(0.2)
        workers = _children(build.pid)
    assert _busy(workers), "the build never set its workers to work"
    os.killpg(build.pid, signal.SIGINT)  # as a terminal's Ctrl-C: to the build and its workers alike
    try:
        _, stderr = build.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        build.kill()
        raise AssertionError("the build went on after Ctrl-C") from None
    assert build.returncode == 130, stderr
    assert "Interrupted" in stderr and "Traceback" not in stderr
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    assert not [w for w in workers if _alive(w)]

"""Every reproducer in ../shared/fuzz-found/reproducers pins its right behaviour (issue 18, "Done
when"): a bounded run that reads the file, or one clear `Error:` line, and in either case well
under 1 GB of memory. The injection and markup reproducers are pinned where their output is
(tests/test_export.py, test_export_terminal.py), the same-named folders in test_export_cli.py, the
PDFium abort in test_limits.py and test_bad_input.py; the last test here checks none is left out.

The files are read from ../shared, never copied into the repository; without it the tests skip.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPRODUCERS = ROOT.parent / "shared" / "fuzz-found" / "reproducers"
LIMIT = "60"  # seconds per document: the default limit, stated so a change of default cannot hide a hang
GB = 2**20  # ru_maxrss is in KB

# file -> ("read", what every record must show) or ("refused", the problem on its Error: line)
EXPECTED: dict[str, tuple[str, str]] = {
    # thousands of lines on one page: pairing and boxing each record grew with lines x lines
    "dashboards-onepage-4000-lines.pdf": ("read", "received"),
    "dashboards-onepage-8000-lines.pdf": ("read", "received"),
    # a DOCX of 1 MB whose one XML node unpacks to 1 GB
    "docx-bomb-1gb-one-node.docx": ("refused", "over the 200 MB limit (--max-file-mb); a zip bomb?"),
    # HTML nested thousands deep, and capital runs the organisation rule backtracked over
    "hang-html-deep-nesting.html": ("read", ""),
    "hang-organisation-regex.html": ("read", ""),
    "html-nesting-16000.html": ("read", ""),
    "organisation-regex-32kb.txt": ("read", ""),
    # DOCX paragraphs whose prose reading grew with numbers x sentence length
    "hang-prose-quadratic.docx": ("read", ""),
    "hang-prose-quadratic-2.docx": ("read", ""),
    # a page of paths that took PDFium to 3.8 GB: its reader hits the memory cap, one clear error
    "pdf-paths-3.8gb-rss.pdf": ("refused", "no page could be read; page 1: the reader was killed by SIGABRT"),
}
QUIET = {"prose-quadratic-160kb.txt"}  # read, and no figure in it: a wall of prose with no count
PINNED_ELSEWHERE = {"compare-chart-mathtext-crash.md", "csv-formula-injection.txt", "rich-markup-crash.txt",
                    "terminal-escape-passthrough.txt", "same-name", "pdfium-oom-abort-100mb-stream.pdf"}

needs_shared = pytest.mark.skipif(not REPRODUCERS.is_dir(), reason="../shared/fuzz-found is not beside the repo")


def _extract_measured(paths: list[Path]) -> tuple[subprocess.CompletedProcess[str], int]:
    """`tally extract` over the files, and the peak resident memory (KB) of it and its children."""
    code = ("import resource, subprocess, sys\n"
            "run = subprocess.run([sys.executable, '-m', 'extractor.cli', *sys.argv[1:]], stdin=subprocess.DEVNULL)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
            "sys.exit(run.returncode)\n")
    run = subprocess.run([sys.executable, "-c", code, "extract", *map(str, paths), "-f", "jsonl", "--timeout", LIMIT],
                         capture_output=True, text=True, timeout=1800, cwd=ROOT, check=False)
    *lines, peak = run.stderr.rstrip("\n").splitlines()
    return subprocess.CompletedProcess(run.args, run.returncode, run.stdout, "\n".join(lines)), int(peak)


@needs_shared
def test_each_reproducer_is_read_or_refused_in_bounded_time_and_memory() -> None:
    files = [REPRODUCERS / name for name in (*EXPECTED, *sorted(QUIET))]
    run, peak = _extract_measured(files)
    assert "Traceback" not in run.stderr and "timed out" not in run.stderr, run.stderr
    assert run.returncode == 2  # two files are refused; everything else was read
    errors = {ln.split(": ", 2)[1]: ln.split(": ", 2)[2] for ln in run.stderr.splitlines() if ln.startswith("Error:")}
    records: dict[str, list[dict[str, object]]] = {}
    for line in run.stdout.splitlines():
        r = json.loads(line)
        records.setdefault(str(r["doc"]), []).append(r)
    for name, (outcome, detail) in EXPECTED.items():
        path = str(REPRODUCERS / name)
        if outcome == "refused":
            assert detail in errors.get(path, ""), (name, errors.get(path))
            assert name not in records
        else:
            assert path not in errors and records.get(name), name
            assert all(r["measure"] == detail for r in records[name]) or not detail, name
    for name in QUIET:
        assert str(REPRODUCERS / name) not in errors and name not in records
    assert peak < GB, f"peak memory {peak / 1024:.0f} MB"


@needs_shared
def test_every_line_of_a_dashboard_page_of_thousands_of_lines_is_read() -> None:
    """Each line of the page states one figure: all are read, none lost to the time limit."""
    from extractor import load

    path = REPRODUCERS / "dashboards-onepage-4000-lines.pdf"
    run, _ = _extract_measured([path])
    assert run.returncode == 0, run.stderr
    lines = [ln for ln in load(path).lines if "received" in ln]
    assert len(run.stdout.splitlines()) == len(lines) == 4000


@needs_shared
def test_no_reproducer_is_left_without_a_test() -> None:
    tests = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))
    for p in sorted(REPRODUCERS.iterdir()):
        pinned_here = p.name in EXPECTED or p.name in QUIET
        assert pinned_here or (p.name in PINNED_ELSEWHERE and tests.count(f'"{p.name}"') >= 2), p.name

"""Bad input: one clear line naming the file and the problem, exit code 2, never a traceback,
and the good files of a batch are still processed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import load, load_many
from extractor.cli import cli
from extractor.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
GOOD_PDF = ROOT / "corpus" / "pdf" / "wolverhampton-dashboards-2022-23.pdf"
GOOD_TXT = ROOT / "corpus" / "excerpts" / "eastlothian-2019-20-q1.txt"


def encrypted_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt="secret")
    c.drawString(72, 720, "12 complaints were received.")
    c.save()
    return path


def scanned_pdf(path: Path) -> Path:
    """A page with only shapes, as a scan without OCR has only an image."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.rect(72, 500, 300, 200, fill=1)
    c.save()
    return path


def bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "truncated.pdf").write_bytes(GOOD_PDF.read_bytes()[:1500])
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp / "sheet.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    (tmp / "notes.docx").write_bytes(b"this is not a zip package")
    return {
        "empty": (tmp / "empty.txt", "empty file"),
        "truncated": (tmp / "truncated.pdf", "not a readable PDF"),
        "encrypted": (encrypted_pdf(tmp / "locked.pdf"), "encrypted PDF"),
        "scanned": (scanned_pdf(tmp / "scan.pdf"), "no text layer on any page (scanned?)"),
        "binary": (tmp / "binary.txt", "binary content in a text file"),
        "unsupported": (tmp / "sheet.xlsx", "unsupported format '.xlsx'"),
        "not-docx": (tmp / "notes.docx", "not a readable DOCX"),
        "missing": (tmp / "nope.md", "no such file or directory"),
    }


@pytest.mark.parametrize("case", ["empty", "truncated", "encrypted", "scanned", "binary", "unsupported",
                                  "not-docx", "missing"])
def test_library_raises_input_error_naming_file_and_problem(tmp_path: Path, case: str) -> None:
    path, problem = bad_files(tmp_path)[case]
    with pytest.raises(InputError) as info:
        load(path)
    assert info.value.path == str(path)
    assert problem in info.value.problem


@pytest.mark.parametrize("command", ["show", "extract", "check"])
@pytest.mark.parametrize("case", ["empty", "truncated", "encrypted", "scanned", "binary", "unsupported",
                                  "not-docx", "missing"])
def test_cli_one_line_exit_2_no_traceback(tmp_path: Path, command: str, case: str) -> None:
    path, problem = bad_files(tmp_path)[case]
    result = CliRunner().invoke(cli, [command, str(path), "--format", "jsonl"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    errors = [ln for ln in result.output.splitlines() if ln.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {path}: ") and problem in errors[0]
    assert "Traceback" not in result.output


def test_folder_with_one_bad_file_among_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.pdf").write_bytes(GOOD_PDF.read_bytes())
    (folder / "good.txt").write_bytes(GOOD_TXT.read_bytes())
    encrypted_pdf(folder / "locked.pdf")
    batch = load_many([folder])
    assert sorted(Path(d.path).name for d in batch.documents) == ["good.pdf", "good.txt"]
    assert [(Path(p).name, msg) for p, msg in batch.errors] == [
        ("locked.pdf", "encrypted PDF; remove the password and try again")]
    result = CliRunner().invoke(cli, ["show", str(folder), "--format", "jsonl"])
    assert result.exit_code == 2
    shown = {json.loads(ln)["doc"] for ln in result.output.splitlines() if ln.startswith("{")}
    assert shown == {"good.pdf", "good.txt"}
    assert sum(ln.startswith("Error:") for ln in result.output.splitlines()) == 1


# ------------------------------------------------------------------ batch isolation (issue 16)

LONG_NUMBER = "The council received " + "9" * 5000 + " complaints.\n"


def _good_and(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_bytes(GOOD_TXT.read_bytes())
    (folder / name).write_bytes(content)
    return folder


def _records(output: str) -> list[dict]:
    return [json.loads(ln) for ln in output.splitlines() if ln.startswith("{")]


def _good_records(path: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 0
    return _records(result.output)


@pytest.mark.parametrize("command", ["extract", "check"])
def test_a_5000_digit_number_beside_a_good_file(tmp_path: Path, command: str) -> None:
    """Was an OverflowError traceback that lost the good file's records too."""
    folder = _good_and(tmp_path / "reports", "number.txt", LONG_NUMBER.encode())
    result = CliRunner().invoke(cli, [command, str(folder), "-f", "jsonl"])
    assert "Traceback" not in result.output and not isinstance(result.exception, OverflowError)
    assert {r["doc"] for r in _records(result.output)} >= {"good.txt"}


def _raise_for(name: str, exc: BaseException):
    from extractor.pipeline import extract

    def fake(doc):
        if doc.name == name:
            raise exc
        return extract(doc)
    return fake


@pytest.mark.parametrize("command", ["extract", "check"])
@pytest.mark.parametrize("exc", [RuntimeError("boom"), OverflowError("cannot convert float infinity to integer"),
                                 RecursionError("maximum recursion depth exceeded"), MemoryError()])
def test_any_exception_in_one_document_is_one_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         command: str, exc: BaseException) -> None:
    import extractor.pipeline

    folder = _good_and(tmp_path / "reports", "bad.txt", GOOD_TXT.read_bytes())
    monkeypatch.setattr(extractor.pipeline, "extract", _raise_for("bad.txt", exc))
    result = CliRunner().invoke(cli, [command, str(folder), "-f", "jsonl"])
    assert result.exit_code == 2, result.output
    errors = [ln for ln in result.output.splitlines() if ln.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {folder / 'bad.txt'}: ")
    docs = {r["doc"] for r in _records(result.output)}
    assert "good.txt" in docs and "bad.txt" not in docs
    if command == "extract":
        assert _records(result.output) == _good_records(folder / "good.txt")


@pytest.mark.parametrize("command", ["extract", "check", "show"])
def test_a_document_past_the_time_limit_is_one_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          command: str) -> None:
    import time

    import extractor.cli_batch

    real_load = extractor.cli_batch.load

    def slow_load(path, *args, **kwargs):
        if Path(path).name == "slow.txt":
            start = time.monotonic()
            while time.monotonic() - start < 60:
                pass
        return real_load(path, *args, **kwargs)

    folder = _good_and(tmp_path / "reports", "slow.txt", GOOD_TXT.read_bytes())
    monkeypatch.setattr(extractor.cli_batch, "load", slow_load)
    start = time.monotonic()
    result = CliRunner().invoke(cli, [command, str(folder), "-f", "jsonl", "--timeout", "1"])
    assert time.monotonic() - start < 50
    assert result.exit_code == 2
    assert [ln for ln in result.output.splitlines() if ln.startswith("Error:")] == [
        f"Error: {folder / 'slow.txt'}: timed out after 1 s (--timeout)"]
    assert {r["doc"] for r in _records(result.output)} == {"good.txt"}


def test_the_time_limit_covers_placing_each_record_on_its_pdf_page(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`tally extract -f jsonl` places every PDF record's number on its page after extraction; on a
    page of thousands of alike lines that ran for many minutes past --timeout. It is part of the
    document's work now: a document that takes too long there is one `Error:` line."""
    import time

    from extractor import locate

    real = locate.with_boxes

    def slow(doc, rows):
        if Path(doc.path).name == "slow.txt":
            start = time.monotonic()
            while time.monotonic() - start < 60:
                pass
        return real(doc, rows)

    folder = _good_and(tmp_path / "reports", "slow.txt", GOOD_TXT.read_bytes())
    monkeypatch.setattr(locate, "with_boxes", slow)
    result = CliRunner().invoke(cli, ["extract", str(folder), "-f", "jsonl", "--timeout", "1"])
    assert result.exit_code == 2
    assert [ln for ln in result.output.splitlines() if ln.startswith("Error:")] == [
        f"Error: {folder / 'slow.txt'}: timed out after 1 s (--timeout)"]
    assert {r["doc"] for r in _records(result.output)} == {"good.txt"}


def test_a_fifo_is_refused_at_once_and_never_blocks(tmp_path: Path) -> None:
    """A named pipe given as input blocked `tally extract` forever (issue 18 item 5)."""
    import os
    import subprocess
    import sys

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    run = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(fifo), str(GOOD_TXT), "-f", "jsonl"],
                         capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"Error: {fifo}: not a regular file (a pipe or device?); only files are read"]
    assert {r["doc"] for r in _records(run.stdout)} == {GOOD_TXT.name}


def test_content_hash_refuses_a_fifo(tmp_path: Path) -> None:
    import os

    from extractor.dataset.executors import content_hash, process_file

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        content_hash(fifo)
    assert process_file(str(fifo), 10)["error"] == "not a regular file (a pipe or device?); only files are read"


def test_content_hash_refuses_an_oversized_file_before_reading_it(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Hashing is bounded like reading (issue 18 item 5): a file over --max-file-mb is refused
    before a byte of it is hashed, in `content_hash` and in a whole dataset build, run after run."""
    import hashlib
    import types

    from extractor import dataset
    from extractor.dataset import executors
    from extractor.limits import Limits

    hashed: list[str] = []

    class Counting:
        def __init__(self) -> None:
            self.inner = hashlib.sha256()

        def update(self, chunk: bytes) -> None:
            hashed.append(chunk[:20].decode("latin-1"))
            self.inner.update(chunk)

        def hexdigest(self) -> str:
            return self.inner.hexdigest()

    monkeypatch.setattr(executors, "hashlib", types.SimpleNamespace(sha256=Counting))
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_bytes(GOOD_TXT.read_bytes())
    with (folder / "big.txt").open("wb") as fh:  # 2 MB of text, over a 1 MB limit
        fh.write(b"BIG " * (2**19))
    with pytest.raises(InputError, match=r"2 MB, over the 1 MB limit \(--max-file-mb\)"):
        executors.content_hash(folder / "big.txt", 2**20)
    assert hashed == []
    for _ in range(2):
        report = dataset.build(tmp_path / "t.duckdb", [folder], workers=1, limits=Limits(max_file_bytes=2**20))
        assert [(Path(p).name, e) for p, e in report.errors] == [
            ("big.txt", "2 MB, over the 1 MB limit (--max-file-mb)")]
    assert hashed and not any(h.startswith("BIG") for h in hashed)


def test_a_dataset_build_refuses_a_fifo_and_an_oversized_file_and_never_blocks(tmp_path: Path) -> None:
    """`tally dataset` over a FIFO named as input (a folder walk takes regular files only) and a
    file over --max-file-mb: two error rows, the good file stored, and the second run (which
    hashes to find what changed) does not block either."""
    import os
    import subprocess
    import sys

    from extractor import dataset

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_bytes(GOOD_TXT.read_bytes())
    os.mkfifo(folder / "pipe.txt")
    (folder / "big.txt").write_bytes(b"word " * 2**19)
    db = tmp_path / "t.duckdb"
    for _ in range(2):
        run = subprocess.run([sys.executable, "-m", "extractor.cli", "dataset", str(folder), str(folder / "pipe.txt"),
                              "--db", str(db),
                              "--max-file-mb", "1", "--workers", "1"], capture_output=True, text=True,
                             timeout=120, cwd=ROOT, check=False)
        assert run.returncode == 2 and "Traceback" not in run.stderr
        assert sorted(ln for ln in run.stderr.splitlines() if ln.startswith("Error:")) == [
            f"Error: {(folder / 'big.txt').resolve()}: 2.5 MB, over the 1 MB limit (--max-file-mb)",
            f"Error: {(folder / 'pipe.txt').resolve()}: not a regular file (a pipe or device?); only files are read"]
    docs = dataset.read(db)["documents"].set_index("doc_key")
    assert docs.loc["reports/good.txt", "status"] == "ok"
    assert set(docs.loc[["reports/big.txt", "reports/pipe.txt"], "status"]) == {"error"}


def test_no_pool_worker_outlives_a_killed_dataset_build(tmp_path: Path) -> None:
    """kill -9 of `tally dataset` left 2 pool workers running (issue 18 item 6)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(40):
        (folder / f"r{i:02d}.txt").write_bytes(GOOD_TXT.read_bytes() + f"\nCopy {i}.\n".encode())
    build = subprocess.Popen([sys.executable, "-m", "extractor.cli", "dataset", str(folder), "--db",
                              str(tmp_path / "t.duckdb"), "--workers", "2"], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 90
    while len(workers) < 2 and time.monotonic() < deadline and build.poll() is None:
        time.sleep(0.2)
        workers = _live_children(build.pid)
    assert len(workers) >= 2, "the build never started its workers"
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    assert not [w for w in workers if _alive(w)]


def _live_children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit() and _stat(int(d.name))[1:2] == [str(pid)] and _stat(int(d.name))[0] != "Z":
            out.append(int(d.name))
    return out


def _stat(pid: int) -> list[str]:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return text[text.rindex(")") + 2:].split()


def _alive(pid: int) -> bool:
    fields = _stat(pid)
    return bool(fields) and fields[0] not in ("Z", "X")


def _reader_aborts(path, data, limits, start=0):
    import os

    os.abort()
    yield


@pytest.mark.parametrize("workers", [1, 2])
def test_dataset_stores_every_good_file_beside_a_pdf_that_kills_its_reader(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    """One PDF that aborted the process from inside PDFium stored none of the good reports
    (issue 18 item 1); now it is one error row and the others are stored."""
    from extractor import dataset
    from extractor.load import pdf

    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(3):
        (folder / f"good{i}.txt").write_bytes(GOOD_TXT.read_bytes() + f"\nCopy {i}.\n".encode())
    encrypted_pdf(folder / "poison.pdf")  # any PDF: its reader is made to abort
    monkeypatch.setattr(pdf, "pdfium_layouts", _reader_aborts)
    report = dataset.build(tmp_path / "t.duckdb", [folder], workers=workers, timeout=60)
    assert report.processed == 4
    assert [(Path(p).name, msg.split(";")[0]) for p, msg in report.errors] == [
        ("poison.pdf", "the PDF reader died on 3 pages (the reader was killed by SIGABRT (out of memory?))")]
    docs = dataset.read(tmp_path / "t.duckdb")["documents"]
    assert sorted(docs.loc[docs.status == "ok", "path"].map(lambda p: Path(p).name)) == [
        "good0.txt", "good1.txt", "good2.txt"]

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

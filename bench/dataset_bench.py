"""Documents per second of `tally dataset` with 1 and 2 workers on >= 200 files, and peak memory.

    python bench/dataset_bench.py [--copies 8]

The files are the corpus (text, PDF and DOCX renderings) copied `--copies` times into a
temporary folder; text copies have one number changed so no two files are identical.
Each build runs in a child process into a fresh DuckDB file; peak memory is the largest
resident set of that process tree. Timings are for reading, never for tests.
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("documents", "excerpts", "pdf", "docx")


def make_corpus(out: Path, copies: int) -> int:
    n = 0
    for k in range(copies):
        for folder in FOLDERS:
            for src in sorted((ROOT / "corpus" / folder).glob("*")):
                dst = out / f"{src.stem}-copy{k}{src.suffix}"
                if src.suffix in (".txt", ".md"):
                    text = src.read_text(encoding="utf-8")
                    dst.write_text(re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + k), text, count=1),
                                   encoding="utf-8")
                else:
                    shutil.copy(src, dst)
                n += 1
    return n


def timed_build(folder: Path, db: Path, workers: int) -> tuple[float, float]:
    code = ("import sys; from extractor.dataset import build; "
            "r = build(sys.argv[1], [sys.argv[2]], workers=int(sys.argv[3])); "
            "print(r.processed, len(r.errors))")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(db), str(folder), str(workers)], check=True)
    secs = time.perf_counter() - t0
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return secs, peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=8)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        n = make_corpus(folder, args.copies)
        print(f"{n} files in {folder}")
        for workers in (1, 2):
            secs, peak = timed_build(folder, Path(tmp) / f"w{workers}.duckdb", workers)
            print(f"workers={workers}: {n / secs:6.2f} documents/s ({secs:.1f} s), peak RSS {peak:.0f} MB")
        secs, _ = timed_build(folder, Path(tmp) / "w2.duckdb", 2)
        print(f"second run, unchanged files: {secs:.2f} s (skips every document)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

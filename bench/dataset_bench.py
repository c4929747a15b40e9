"""Documents per second of `tally dataset` with 1 and 2 workers on >= 200 files, and peak memory.

    python bench/dataset_bench.py [--copies 8] [--formats txt,md,pdf,docx]

The files are the corpus (documents, excerpts, and the PDF and DOCX renderings in corpus/pdf
and corpus/docx) copied `--copies` times into a temporary folder; text copies have numbers
changed so no two files are identical (the PDF/DOCX copies are byte-identical: each is still
a separate document to read). Each build runs in a child process into a fresh DuckDB file;
peak memory is the largest sum of resident sets over that process and its workers (sampled
every 50 ms with psutil). Timings are for reading, never for tests.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("documents", "excerpts", "pdf", "docx")


def make_corpus(out: Path, copies: int, formats: set[str]) -> Counter[str]:
    """`copies` lightly varied copies of every corpus file whose suffix is in `formats`."""
    made: Counter[str] = Counter()
    for k in range(copies):
        for folder in FOLDERS:
            for src in sorted((ROOT / "corpus" / folder).glob("*")):
                suffix = src.suffix.lstrip(".")
                if suffix not in formats:
                    continue
                dst = out / f"{src.stem}-copy{k}{src.suffix}"
                if suffix in ("txt", "md"):
                    text = src.read_text(encoding="utf-8")
                    dst.write_text(re.sub(r"\b(\d{2,3})\b", lambda m, k=k: str(int(m.group(1)) + k), text, count=3),
                                   encoding="utf-8")
                else:
                    shutil.copy(src, dst)
                made[suffix] += 1
    return made


def tree_rss_mb(proc: object) -> float:
    import psutil

    try:
        procs = [proc, *proc.children(recursive=True)]  # type: ignore[attr-defined]
        return sum(p.memory_info().rss for p in procs if p.is_running()) / 2**20
    except psutil.Error:
        return 0.0


def timed_build(folder: Path, db: Path, workers: int) -> tuple[float, float, str]:
    """Wall time, peak tree memory (MB) and the build's own summary line."""
    import psutil

    code = ("import sys; from extractor.dataset import build; "
            "r = build(sys.argv[1], [sys.argv[2]], workers=int(sys.argv[3])); "
            "print(f'{r.processed} processed, {r.skipped} unchanged, {len(r.errors)} errors, {r.figures} figures')")
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, str(db), str(folder), str(workers)],
                             stdout=subprocess.PIPE, text=True)
    watched = psutil.Process(child.pid)
    peak = 0.0
    while child.poll() is None:
        peak = max(peak, tree_rss_mb(watched))
        time.sleep(0.05)
    secs = time.perf_counter() - t0
    summary = child.stdout.read().strip() if child.stdout else ""
    if child.returncode:
        raise SystemExit(f"build failed with exit code {child.returncode}")
    return secs, peak, summary


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--formats", default="txt,md,pdf,docx", help="Comma-separated suffixes to copy.")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        made = make_corpus(folder, args.copies, set(args.formats.split(",")))
        n = sum(made.values())
        print(f"{n} files ({', '.join(f'{v} {k}' for k, v in sorted(made.items()))})", flush=True)
        for workers in (1, 2):
            secs, peak, summary = timed_build(folder, Path(tmp) / f"w{workers}.duckdb", workers)
            print(f"workers={workers}: {n / secs:6.2f} documents/s ({secs:.1f} s), peak memory {peak:.0f} MB; "
                  f"{summary}", flush=True)
        secs, _, summary = timed_build(folder, Path(tmp) / "w2.duckdb", 2)
        print(f"second run on unchanged files: {secs:.2f} s; {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

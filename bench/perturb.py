"""Invariance bench: how much of the score survives rewriting the visible reports in ways that do not
change what they say ("85%" as "85 per cent", "2022/23" as "2022-23", CRLF line ends, ...).

    .venv/bin/python bench/perturb.py [--only none,nbsp] [--keep DIR] [--jobs 3] [--tally CMD] [--scorer PATH]

CheckList's invariance tests (Ribeiro et al., ACL 2020) on our own documents: each .txt and .md report of
corpus/excerpts and tests/data/held_out_reports is rewritten by each perturbation, read by `tally extract`
and `tally check`, and scored by the reference scorer on exactly the rewritten documents. A perturbation
that costs points names a way of writing the same thing that the reader does not know yet. Every one keeps
each text on its line, because decision and check gold match by line (+-2); rewrites that move lines are
bench/layouts.py's. Nothing here reads the sealed set or the real originals. See docs/perturb.md.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".txt", ".md")  # the formats a string rewrite cannot break (HTML, PDF, DOCX are left out)
MAX_JOBS = 3  # the bench machine has 2 cores; each job runs one tally process at a time

Perturbation = Callable[[str], str]
PERTURBATIONS: dict[str, Perturbation] = {}


def perturbation(f: Perturbation) -> Perturbation:
    """Register f under its own name, in the order of the table."""
    PERTURBATIONS[f.__name__] = f
    return f


def by_line(text: str, f: Perturbation) -> str:
    """Apply f to each line on its own, so that no text can move to another line."""
    return "\n".join(f(line) for line in text.split("\n"))


# A sentence of prose, not a table row or a heading: ten words or more, three lowercase words in a row
# and a sentence end. Only there is a share written in words; "Stage 1   85%   90%" stays as it is.
SENTENCE_WORDS = re.compile(r"\b[a-z]+\s+[a-z]+\s+[a-z]+\b")
SENTENCE_END = re.compile(r"[A-Za-z]\.(?=\s|$)")
PERCENT = re.compile(r"(\d)\s?%")
# a financial or academic year whose two years follow each other ("2022/23"), never a date ("12/05/2023")
YEAR_PAIR = re.compile(r"(?<![\d/])(19|20)(\d\d)([/-])(\d\d)(?![\d/])")
STAGE_NUMBERS = ("one", "two", "three", "four")
STAGE_DIGIT = re.compile(r"\b(stage)([ \t]+)([1-4])\b", re.IGNORECASE)
STAGE_WORD = re.compile(rf"\b(stage)([ \t]+)({'|'.join(STAGE_NUMBERS)})\b", re.IGNORECASE)
QUARTER = re.compile(r"\bQ([1-4])\b")
HEADING = re.compile(r"[^\d.]{1,60}")  # a short line without digits or full stops
# a comma-separated record ("Stage 1 received",142,156): its quotes and commas are syntax, not typography
CSV_RECORD = re.compile(r'[^\d\s],\S|,[",]')


def is_sentence(line: str) -> bool:
    """A prose line: the only place a report writes a share or a percentage sign in words."""
    return len(line.split()) >= 10 and bool(SENTENCE_WORDS.search(line)) and bool(SENTENCE_END.search(line))


def _year_pairs(text: str, long: bool, sep: str | None = None) -> str:
    """Rewrite consecutive-year labels ("2022/23"); other digit pairs ("2023/05", dates) say something else."""

    def one(m: re.Match[str]) -> str:
        century, start, old_sep, end = m.groups()
        if (int(start) + 1) % 100 != int(end):
            return m.group(0)
        return f"{century}{start}{sep or old_sep}{int(century + start) + 1 if long else end}"

    return YEAR_PAIR.sub(one, text)


def _like(word: str, model: str) -> str:
    """word in the case of model ("STAGE" -> "ONE", "Stage" -> "One", "stage" -> "one")."""
    return word.upper() if model.isupper() else word.capitalize() if model[0].isupper() else word.lower()


@perturbation
def none(text: str) -> str:
    """The reports as they are: the baseline every other row is compared with."""
    return text


@perturbation
def percent_words(text: str) -> str:
    """Shares written out in prose, as style guides ask: "85%" -> "85 per cent"."""
    return by_line(text, lambda line: PERCENT.sub(r"\1 per cent", line) if is_sentence(line) else line)


@perturbation
def percent_word(text: str) -> str:
    """The American spelling some writers use: "85%" -> "85 percent" in prose."""
    return by_line(text, lambda line: PERCENT.sub(r"\1 percent", line) if is_sentence(line) else line)


@perturbation
def year_dash(text: str) -> str:
    """A year label with a dash, as many councils write it: "2022/23" -> "2022-23"."""
    return _year_pairs(text, long=False, sep="-")


@perturbation
def year_long(text: str) -> str:
    """A year label with both years in full: "2022/23" -> "2022/2023" ("2022-23" -> "2022-2023")."""
    return _year_pairs(text, long=True)


@perturbation
def no_comma(text: str) -> str:
    """Thousands written without a separator, as in spreadsheet exports: "1,234" -> "1234"."""
    return by_line(text, lambda line: line if CSV_RECORD.search(line) else re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", line))


@perturbation
def nbsp(text: str) -> str:
    """A no-break space (U+00A0) between a number and its word, as Word and web pages insert."""
    return re.sub(r"(?<=\d) (?=[A-Za-z])", "\u00a0", text)


@perturbation
def quarter_words(text: str) -> str:
    """A quarter named in full: "Q1" -> "Quarter 1"."""
    return QUARTER.sub(r"Quarter \1", text)


@perturbation
def qtr_words(text: str) -> str:
    """A quarter abbreviated the other common way: "Q1" -> "Qtr 1"."""
    return QUARTER.sub(r"Qtr \1", text)


@perturbation
def stage_word(text: str) -> str:
    """A complaint stage numbered in words: "Stage 1" -> "Stage One"."""
    return STAGE_DIGIT.sub(lambda m: m[1] + m[2] + _like(STAGE_NUMBERS[int(m[3]) - 1], m[1]), text)


@perturbation
def stage_digit(text: str) -> str:
    """A complaint stage numbered in digits where the report used words: "Stage One" -> "Stage 1"."""
    return STAGE_WORD.sub(lambda m: m[1] + m[2] + str(STAGE_NUMBERS.index(m[3].lower()) + 1), text)


@perturbation
def upper_heads(text: str) -> str:
    """Headings in capitals, as many designed reports set them: short lines without digits or full stops."""
    return by_line(text, lambda line: line.upper() if line.strip() and HEADING.fullmatch(line) else line)


@perturbation
def lower_case(text: str) -> str:
    """Short lines (six words or fewer: headings, labels, table rows) in lower case, as in some web exports."""
    return by_line(text, lambda line: line.lower() if len(line.split()) <= 6 else line)


@perturbation
def tabs_to_spaces(text: str) -> str:
    """A tab-separated table re-saved by an editor that writes each tab as four spaces."""
    return text.replace("\t", "    ")


@perturbation
def en_dash(text: str) -> str:
    """A spaced hyphen set as an en dash by a word processor: " - " -> " – "."""
    return text.replace(" - ", " \u2013 ")


@perturbation
def trailing_space(text: str) -> str:
    """Spaces left at line ends, as PDF and Markdown exports leave them."""
    return by_line(text, lambda line: line + "  " if line.strip() else line)


@perturbation
def crlf(text: str) -> str:
    """Windows line ends (CR LF), as files saved on Windows have."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


@perturbation
def curly(text: str) -> str:
    """Typographic quotes and apostrophes, as Word sets them: ' -> ‘ ’ and " -> “ ”."""

    def one(line: str) -> str:
        if CSV_RECORD.search(line):
            return line
        line = re.sub(r"(^|[\s(\[])'", "\\1\u2018", line).replace("'", "\u2019")
        return re.sub(r'(^|[\s(\[])"', "\\1\u201c", line).replace('"', "\u201d")

    return by_line(text, one)


@perturbation
def straight(text: str) -> str:
    """Plain quotes where the report had typographic ones, as a plain-text export writes them."""
    return text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))


@perturbation
def bullets_dash(text: str) -> str:
    """List items marked with a hyphen instead of a bullet, as Markdown and plain-text exports do."""
    return re.sub(r"(?m)^([ \t]*)[\u2022\u25aa\u25cf][ \t]*", r"\1- ", text)


@dataclass(frozen=True)
class Score:
    """The reference scorer's RESULT line for one set of documents."""

    core_f1: float
    dec_f1: float
    checks_found: int
    checks_gold: int
    false_alarms: int


SETS = {  # name: (reports, gold)
    "ex": (Path("corpus/excerpts"), Path("corpus/gold")),
    "ho": (Path("tests/data/held_out_reports"), Path("tests/data/held_out_reports")),
}
RESULT = re.compile(r"RESULT core_f1=(\S+) full_f1=\S+ dec_f1=(\S+) checks=(\d+)/(\d+) false_alarms=(\d+)")


def perturb_tree(f: Perturbation, src: Path, dst: Path) -> tuple[list[str], int]:
    """Write f's copy of every .txt/.md report of src into dst; return their names and how many changed."""
    dst.mkdir(parents=True, exist_ok=True)
    names, changed = [], 0
    for path in sorted(p for p in src.iterdir() if p.suffix in SUFFIXES):
        text = path.read_text(encoding="utf-8")
        new = f(text)
        if len(new.splitlines()) != len(text.splitlines()):  # the gold's line numbers would no longer hold
            raise ValueError(f"{f.__name__} changed the number of lines of {path.name}")
        (dst / path.name).write_text(new, encoding="utf-8", newline="")
        names.append(path.stem)
        changed += new != text
    return names, changed


def score(scorer: Path, pred: Path, gold: Path, docs: list[str]) -> Score:
    """Score exactly docs; the scorer's --docs matches by prefix, so a name that is the start of another
    document's name would silently score that one too."""
    all_gold = [p.name[: -len(".jsonl")] for p in gold.glob("*.jsonl") if not p.name.endswith(".checks.jsonl")]
    if sorted(d for d in all_gold if d.startswith(tuple(docs))) != sorted(docs):
        raise SystemExit(f"--docs would not select exactly the perturbed documents of {gold}")
    cmd = [sys.executable, str(scorer), str(pred), str(gold), "--docs", ",".join(docs), "--summary"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    m = RESULT.search(out)
    if not m:
        raise SystemExit(f"no RESULT line from {shlex.join(cmd)}:\n{out}")
    return Score(float(m[1]), float(m[2]), int(m[3]), int(m[4]), int(m[5]))


def run_one(name: str, root: Path, work: Path, tally: list[str], scorer: Path) -> dict[str, tuple[Score, int]]:
    """Perturb both sets with one perturbation, read them with tally and score them: {set: (score, changed)}."""
    out = {}
    shutil.rmtree(work / name, ignore_errors=True)
    for key, (reports, gold) in SETS.items():
        docs_dir = work / name / key
        docs, changed = perturb_tree(PERTURBATIONS[name], root / reports, docs_dir)
        pred = work / name / f"{key}.jsonl"
        with pred.open("w", encoding="utf-8") as fh:
            for cmd in ("extract", "check"):
                err = work / name / f"{key}.{cmd}.err"
                with err.open("w", encoding="utf-8") as err_fh:
                    run = [*tally, cmd, str(docs_dir), "--format", "jsonl"]
                    rc = subprocess.run(run, check=False, stdout=fh, stderr=err_fh).returncode
                # exit 1 (a check failed) and 2 (a bad file) are results; a traceback is a broken run
                if rc not in (0, 1, 2) or "Traceback" in err.read_text(encoding="utf-8"):
                    raise SystemExit(f"{name}: tally {cmd} failed (exit {rc}); see {err}")
        out[key] = (score(scorer, pred, root / gold, docs), changed)
    return out


def _delta(value: float, base: float, fmt: str, suffix: str = "") -> str:
    """value, followed by its difference from the baseline when there is one."""
    d = value - base
    return format(value, fmt) + suffix + (f" ({d:+{fmt}})" if round(d, 3) else "")


def table(results: dict[str, dict[str, tuple[Score, int]]]) -> str:
    """A Markdown table, one row per perturbation, each number followed by its change from `none`."""
    head = ["perturbation", "changed ex/ho"]
    for key in SETS:
        head += [f"{key} core F1", f"{key} dec F1", f"{key} checks", f"{key} false alarms"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    base = results.get("none")
    for name, by_set in results.items():
        row = [name, "/".join(str(by_set[k][1]) for k in SETS)]
        for key in SETS:
            s = by_set[key][0]
            b = base[key][0] if base else s
            row += [_delta(s.core_f1, b.core_f1, ".3f"), _delta(s.dec_f1, b.dec_f1, ".3f"),
                    _delta(s.checks_found, b.checks_found, "d", f"/{s.checks_gold}"),
                    _delta(s.false_alarms, b.false_alarms, "d")]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated perturbations (none is always run, as the baseline)")
    ap.add_argument("--keep", type=Path, help="keep the perturbed reports, jsonl and stderr here")
    ap.add_argument("--jobs", type=int, default=MAX_JOBS, choices=range(1, MAX_JOBS + 1))
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose reports are read (default: this one)")
    ap.add_argument("--tally", help="the tally command (default: ROOT/.venv/bin/tally)")
    ap.add_argument("--scorer", type=Path, help="the reference scorer (default: ROOT/../shared/tools/score.py)")
    args = ap.parse_args(argv)
    names = list(PERTURBATIONS) if not args.only else ["none", *(n for n in args.only.split(",") if n != "none")]
    if unknown := [n for n in names if n not in PERTURBATIONS]:
        ap.error(f"unknown perturbation(s) {', '.join(unknown)}; known: {', '.join(PERTURBATIONS)}")
    root = args.root.resolve()
    tally = shlex.split(args.tally) if args.tally else [str(root / ".venv/bin/tally")]
    scorer = args.scorer or root.parent / "shared/tools/score.py"
    with tempfile.TemporaryDirectory(prefix="perturb-") as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:  # each job waits on its own tally processes
            futures = {n: pool.submit(run_one, n, root, work, tally, scorer) for n in names}
            results = {n: f.result() for n, f in futures.items()}
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

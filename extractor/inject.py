"""The injected-error yardstick (issue 17): does `tally check` notice a changed number?

CORPUS/relations/<slug>.jsonl lists every arithmetic relation a document states (`sum`, `share`,
`change`, `rate`: the line and literal text of the stated result and of its parts, and whether it
holds; see corpus/relations/README.md). For every relation that holds, a copy of the document gets
its stated result moved beyond any rounding, and the checks run on that copy alone: the relation is
noticed when a failing or warning check points at one of its lines (+-2), as the reference injector
(../shared/tools/inject.py) counts. Recognition, on the unchanged documents, is the share of
relations some check already points at: what the checks know of, the ceiling of sensitivity.

Everything runs in-process on copies written to a temporary folder; nothing is kept.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex as re

from extractor.models import Check

SLACK = 2
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
Checker = Callable[[Path], Sequence[Check]]


def shifted(stated: str, value: float, kind: str) -> str | None:
    """The stated text with its first number moved so far that no rounding absorbs it: a
    percentage by 7 points, anything else by 10% (at least 3); None for a number word."""
    m = NUMBER.search(stated)
    if not m:
        return None
    text = m.group(0)
    decimals = len(text.split(".")[1]) if "." in text else 0
    if "%" in stated or kind == "share":
        new = value + (7 if value < 90 else -7)
    else:
        new = value + max(3, round(abs(value) * 0.1))
    body = f"{new:,.{decimals}f}" if "," in text else f"{new:.{decimals}f}"
    return stated[:m.start()] + body + stated[m.end():]


def relation_lines(rel: dict[str, Any]) -> set[int]:
    return {rel["line"], *(p["line"] for p in rel.get("parts", []) if isinstance(p.get("line"), int))}


def pointed_lines(checks: Iterable[Check], statuses: tuple[str, ...] = ("fail", "warn")) -> set[int]:
    """Lines (+-2) that a check of these statuses points at."""
    out: set[int] = set()
    for c in checks:
        if c.status in statuses:
            for n in [c.line, *c.lines]:
                if isinstance(n, int):
                    out.update(range(n - SLACK, n + SLACK + 1))
    return out


def mutant_text(text: str, rel: dict[str, Any]) -> str | None:
    """The document with the relation's stated result moved, or None when it cannot be (a number
    word, a result not found once on its line)."""
    lines = text.split("\n")
    k = rel["line"] - 1
    new = shifted(rel["stated"], float(rel["value"]), rel["kind"])
    if new is None or k >= len(lines) or lines[k].count(rel["stated"]) != 1:
        return None
    lines[k] = lines[k].replace(rel["stated"], new)
    return "\n".join(lines)


@dataclass
class Outcome:
    """One relation's fate: recognised on the original; noticed, missed or not measured on its copy."""

    doc: str
    kind: str
    line: int
    holds: bool
    recognised: bool
    result: str  # detected | missed | already failing | not mutable | does not hold
    called_wrong: bool = False  # a failing check at its result line states its value


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def sensitivity(self, by: str) -> dict[str, tuple[int, int]]:
        """{kind or doc: (detected, measured)}."""
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for o in self.outcomes:
            if o.result in ("detected", "missed"):
                out[getattr(o, by)][1] += 1
                out[getattr(o, by)][0] += o.result == "detected"
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}

    def recognition(self) -> tuple[int, int]:
        return sum(o.recognised for o in self.outcomes), len(self.outcomes)

    def new_failures(self) -> int:
        """Relations that hold but that a failing check on the unchanged document calls wrong: a
        failing check at the result's line stating the result's value."""
        return sum(o.called_wrong for o in self.outcomes if o.holds)

    def summary(self) -> dict[str, Any]:
        det = sum(d for d, _ in self.sensitivity("kind").values())
        measured = sum(m for _, m in self.sensitivity("kind").values())
        rec, total = self.recognition()
        return {"recognised": rec, "relations": total, "detected": det, "measured": measured,
                "sensitivity": det / measured if measured else 0.0, "recognition": rec / total if total else 0.0,
                "by_kind": self.sensitivity("kind"), "by_doc": self.sensitivity("doc"),
                "not_measured": dict(Counter(o.result for o in self.outcomes
                                             if o.result not in ("detected", "missed")))}


def _document_for(slug: str, folders: Sequence[Path]) -> Path | None:
    for folder in folders:
        for suffix in (".txt", ".md", ".html"):
            if (p := folder / f"{slug}{suffix}").exists():
                return p
    return None


def measure_document(src: Path, relations: list[dict[str, Any]], checker: Checker, work: Path) -> list[Outcome]:
    """Recognition on the original, then one copy per holding relation."""
    text = src.read_text(encoding="utf-8")
    base = list(checker(src))
    seen = pointed_lines(base, ("pass", "fail", "warn"))
    failing = pointed_lines(base)
    # a failing check that states the value of a relation that does not hold is that relation's, even
    # where a holding relation of the same line states the same value ("33%" three times on a line)
    faults = {(r["line"], float(r["value"])) for r in relations if not r.get("holds")}
    out = []
    for i, rel in enumerate(relations):
        lines = relation_lines(rel)
        key = (rel["line"], float(rel["value"]))
        o = Outcome(src.name, rel["kind"], rel["line"], bool(rel.get("holds")), bool(lines & seen), "",
                    key not in faults and any(c.status == "fail" and (c.line, c.stated) == key for c in base))
        if not o.holds:
            o.result = "does not hold"
        elif lines & failing:
            o.result = "already failing"
        elif (mutated := mutant_text(text, rel)) is None:
            o.result = "not mutable"
        else:
            copy = work / f"{src.stem}.m{i}{src.suffix}"
            copy.write_text(mutated, encoding="utf-8")
            o.result = "detected" if lines & pointed_lines(checker(copy)) else "missed"
        out.append(o)
    return out


def run(relations_dir: Path, document_dirs: Sequence[Path], checker: Checker) -> Report:
    """Every relation file of `relations_dir` against its document in `document_dirs`."""
    report = Report()
    with tempfile.TemporaryDirectory(prefix="tally-inject-") as tmp:
        for rel_file in sorted(relations_dir.glob("*.jsonl")):
            src = _document_for(rel_file.stem, document_dirs)
            relations = [json.loads(x) for x in rel_file.read_text(encoding="utf-8").splitlines() if x.strip()]
            if src is None or not relations:
                continue
            report.outcomes += measure_document(src, relations, checker, Path(tmp))
    return report


def pipeline_checker(pdf_reader: str = "pdfium") -> Checker:
    """`tally check` on one file, in-process."""
    from extractor.load import load
    from extractor.pipeline import check, extract

    def checker(path: Path) -> Sequence[Check]:
        doc = load(path, pdf_reader=pdf_reader)
        return check(doc, extract(doc))

    return checker


def format_report(report: Report) -> str:
    s = report.summary()
    rows = [f"{'kind':<10} detected / measured"]
    rows += [f"{k:<10} {d:>3} / {m:<3} {d / m if m else 0:.2f}" for k, (d, m) in s["by_kind"].items()]
    rows += ["", f"{'document':<48} detected / measured"]
    rows += [f"{k:<48} {d:>3} / {m:<3}" for k, (d, m) in s["by_doc"].items()]
    rows += ["", f"not measured: {s['not_measured']}",
             (f"RESULT recognition={s['recognised']}/{s['relations']}={s['recognition']:.3f} "
             f"sensitivity={s['detected']}/{s['measured']}={s['sensitivity']:.3f} "
             f"new_failures={report.new_failures()}")]
    return "\n".join(rows)

"""Score extraction and checks against corpus/gold, exactly as shared/tools/score.py does.

The matching functions mirror score.py line for line (a test runs both on the same
predictions), so a number printed by `tally eval` means what the reference means.
Renderings (corpus/pdf/NAME.pdf, corpus/docx/NAME.docx) are scored against the
gold of their source; their line numbers are mapped back to the source text first,
because gold lines are lines of the source file.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MEASURES = {
    "received", "upheld", "partially_upheld", "not_upheld", "upheld_or_partially_upheld",
    "withdrawn", "not_investigated", "closed", "resolved", "compliments", "average_response_days",
    "response_target_days", "within_target", "outside_target",
}
CORE = ("measure", "value", "unit", "stage", "period")
FULL = CORE + ("service", "area", "procedure", "body", "dimension", "category")
LOOSE = ("measure", "value")
Row = dict[str, Any]


def norm(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, (int, float)):
        return round(v, 2)
    s = str(v).strip().lower()
    s = s.replace("&", "and").replace("’", "'")
    return " ".join(s.split()) or None


def value(v: Any) -> Any:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return int(f) if f.is_integer() else round(f, 2)


def key(rec: Row, fields: Sequence[str]) -> tuple[Any, ...]:
    return tuple(value(rec.get(f)) if f == "value" else norm(rec.get(f)) for f in fields)


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def match_counter(pred: list[Row], gold: list[Row], fields: Sequence[str]) -> tuple[int, Counter, Counter]:
    cp = Counter(key(r, fields) for r in pred)
    cg = Counter(key(r, fields) for r in gold)
    return sum((cp & cg).values()), cp, cg


def match_by_line(pred: list[Row], gold: list[Row], fields: Sequence[str],
                  slack: int = 2) -> tuple[int, list[Row], list[Row]]:
    """Greedy one-to-one match on fields plus line within slack (as score.py)."""
    used: set[int] = set()
    tp = 0
    missed = []
    for g in gold:
        best = None
        for j, p in enumerate(pred):
            if j in used or key(p, fields) != key(g, fields):
                continue
            gl, pl = g.get("line"), p.get("line")
            if gl is not None and pl is not None and abs(int(gl) - int(pl)) > slack:
                continue
            d = abs(int(gl) - int(pl)) if gl is not None and pl is not None else 0
            if best is None or d < best[0]:
                best = (d, j)
        if best is None:
            missed.append(g)
        else:
            used.add(best[1])
            tp += 1
    extra = [p for j, p in enumerate(pred) if j not in used]
    return tp, missed, extra


def read_jsonl(path: Path) -> list[Row]:
    if not path.exists():
        return []
    return [json.loads(s) for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]


@dataclass
class DocScore:
    """Scores of one document; the fields score.py prints, plus missed/extra when asked."""

    doc: str
    gold_figures: int
    pred_figures: int
    loose: tuple[float, float, float]
    core: tuple[float, float, float]
    full: tuple[float, float, float]
    decisions: tuple[float, float, float]
    checks: dict[str, int]
    counts: Counter = field(default_factory=Counter)
    missed: list[Any] = field(default_factory=list)
    extra: list[Any] = field(default_factory=list)
    checks_missed: list[Any] = field(default_factory=list)
    checks_extra: list[Any] = field(default_factory=list)


def score_document(doc: str, pred: list[Row], gold: list[Row], gold_checks: list[Row]) -> DocScore:
    """Score one document's predicted records against its gold (score.py's per-doc loop)."""
    # rates per 1,000 are left out on both sides, as score.py does, until every gold file records them
    gfig = [g for g in gold if g.get("record", "figure") == "figure" and g.get("measure") in MEASURES
            and g.get("unit") != "per_1000"]
    gdec = [g for g in gold if g.get("record") == "decision"]
    pfig = [p for p in pred if p.get("record", "figure") == "figure" and p.get("measure") in MEASURES
            and p.get("unit") != "per_1000"]
    pdec = [p for p in pred if p.get("record") == "decision"]
    pchk = [p for p in pred if p.get("record") == "check" and p.get("status") == "fail"]
    counts: Counter = Counter(pred=len(pfig), gold=len(gfig))
    scores = {}
    missed: list[Any] = []
    extra: list[Any] = []
    for name, fields in (("loose", LOOSE), ("core", CORE), ("full", FULL)):
        tp, cp, cg = match_counter(pfig, gfig, fields)
        counts[f"{name}_tp"] = tp
        scores[name] = prf(tp, len(pfig), len(gfig))
        if name == "core":
            missed = [k for k, n in (cg - cp).items() for _ in range(n)]
            extra = [k for k, n in (cp - cg).items() for _ in range(n)]
    tp, _, _ = match_by_line(pdec, gdec, ("body", "outcome"))
    counts.update(dec_tp=tp, dec_pred=len(pdec), dec_gold=len(gdec))
    ctp, missed_c, extra_c = match_by_line(pchk, gold_checks, ("rule",))
    hit = sum(1 for g in gold_checks
              if any(abs(int(p.get("line") or -99) - int(g.get("line") or 0)) <= 2 for p in pchk))
    counts.update(chk_hit=hit, chk_gold=len(gold_checks), chk_pred=len(pchk), chk_rule_tp=ctp)
    return DocScore(
        doc, len(gfig), len(pfig), scores["loose"], scores["core"], scores["full"],
        prf(tp, len(pdec), len(gdec)),
        {"gold": len(gold_checks), "found_at_line": hit, "found_with_rule": ctp, "flagged": len(pchk)},
        counts, missed, extra,
        [(g.get("rule"), g.get("line")) for g in missed_c],
        [(p.get("rule"), p.get("line"), p.get("message")) for p in extra_c],
    )


def summarise(scores: Iterable[DocScore]) -> dict[str, Any]:
    """Pooled totals over documents, as score.py's summary."""
    tot: Counter = Counter()
    for s in scores:
        tot.update(s.counts)
    summary: dict[str, Any] = {name: prf(tot[f"{name}_tp"], tot["pred"], tot["gold"])
                               for name in ("loose", "core", "full")}
    summary["decisions"] = prf(tot["dec_tp"], tot["dec_pred"], tot["dec_gold"])
    summary["checks"] = {
        "gold": tot["chk_gold"], "found_at_line": tot["chk_hit"], "found_with_rule": tot["chk_rule_tp"],
        "flagged": tot["chk_pred"], "false_alarms": max(0, tot["chk_pred"] - tot["chk_hit"]),
    }
    summary["figures"] = {"gold": tot["gold"], "pred": tot["pred"]}
    return summary


def stem(name: str) -> str:
    """The gold name of a document: its file name without extension (as score.py)."""
    p = Path(name).name
    return p.rsplit(".", 1)[0] if "." in p else p


def score_predictions(preds: list[Row], gold_dir: Path) -> tuple[list[DocScore], dict[str, Any]]:
    """score.py's main(): predictions of any documents against every gold file."""
    by_doc: dict[str, list[Row]] = defaultdict(list)
    for r in preds:
        by_doc[stem(r.get("doc", ""))].append(r)
    names = sorted(p.name[: -len(".jsonl")] for p in gold_dir.glob("*.jsonl")
                   if not p.name.endswith(".checks.jsonl"))
    rows = [score_document(d, by_doc[d], read_jsonl(gold_dir / f"{d}.jsonl"),
                           read_jsonl(gold_dir / f"{d}.checks.jsonl")) for d in names]
    return rows, summarise(rows)


# ---------------------------------------------------------------- the corpus run

SOURCE_DIRS = ("documents", "excerpts")
# corpus folders that hold no documents: answer keys and the arithmetic each text states
NOT_DOCUMENTS = ("gold", "relations")


@dataclass
class CorpusEval:
    """Per-document scores, and totals per group (text sources, pdf, docx) and overall."""

    docs: list[DocScore]
    groups: dict[str, dict[str, Any]]
    total: dict[str, Any]
    errors: list[tuple[str, str]]


def corpus_files(corpus: Path) -> list[tuple[str, Path, Path | None]]:
    """(group, file, source) for every corpus file that has gold; renderings name their source."""
    gold_dir = corpus / "gold"
    have_gold = {p.name[: -len(".jsonl")] for p in gold_dir.glob("*.jsonl")
                 if not p.name.endswith(".checks.jsonl")}
    sources = {stem(p.name): p for d in SOURCE_DIRS for p in sorted((corpus / d).glob("*")) if p.is_file()}
    out: list[tuple[str, Path, Path | None]] = []
    for group in sorted(p.name for p in corpus.iterdir() if p.is_dir() and p.name not in NOT_DOCUMENTS):
        for f in sorted((corpus / group).rglob("*")):
            if not f.is_file() or stem(f.name) not in have_gold:
                continue
            source = None if group in SOURCE_DIRS else sources.get(stem(f.name))
            out.append(("text" if group in SOURCE_DIRS else group, f, source))
    return out


def _normal(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def align_lines(rows: list[Row], source_lines: Sequence[str], rendering_lines: int = 0) -> list[Row]:
    """Give records of a rendering the line of the source text their evidence came from.

    Gold lines are lines of the source file; a PDF or DOCX rendering has its own
    line numbering, so decisions and checks (matched on line +-2) are mapped back by
    finding the source line that holds the record's evidence.
    """
    normal = [_normal(s) for s in source_lines]
    scale = len(source_lines) / rendering_lines if rendering_lines else 0.0
    out = []
    for r in rows:
        ev = _normal(str(r.get("evidence") or ""))
        # text that occurs more than once ("Total 4") is taken at the place the record sits
        near = (r.get("line") or 0) * scale if scale else None
        line = _find_line(ev, normal, near)
        out.append(r | {"line": line if line is not None else r.get("line")})
    return out


def _find_line(ev: str, normal: Sequence[str], near: float | None = None) -> int | None:
    if not ev:
        return None
    for probe in (ev, ev[:80], ev[:40], ev[-40:]):
        hits = [i for i, s in enumerate(normal) if probe and probe in s]
        if hits:
            best = hits[0] if near is None else min(hits, key=lambda i: abs(i + 1 - near))
            return best + 1
    words = set(ev.split())
    best = max(range(len(normal)), key=lambda i: len(words & set(normal[i].split())), default=None)
    return None if best is None else best + 1


def evaluate_corpus(corpus: Path, predict: Any = None, pdf_reader: str = "pdfium") -> CorpusEval:
    """Extract and check every gold-bearing corpus file, then score each group and in total."""
    from extractor import load
    from extractor.errors import InputError
    from extractor.pipeline import check, extract

    gold_dir = corpus / "gold"
    scores: list[DocScore] = []
    group_scores: dict[str, list[DocScore]] = defaultdict(list)
    errors: list[tuple[str, str]] = []
    for group, path, source in corpus_files(corpus):
        try:
            doc = load(path, pdf_reader)
        except InputError as exc:
            errors.append((exc.path, exc.problem))
            continue
        records = extract(doc)
        rows = [r.to_dict() for r in records] + [c.to_dict() for c in check(doc, records)]
        if source is not None:
            rows = align_lines(rows, load(source).lines, len(doc.lines))
        name = stem(path.name)
        s = score_document(f"{path.parent.name}/{path.name}", rows, read_jsonl(gold_dir / f"{name}.jsonl"),
                           read_jsonl(gold_dir / f"{name}.checks.jsonl"))
        scores.append(s)
        group_scores[group].append(s)
    groups = {g: summarise(v) for g, v in group_scores.items()}
    return CorpusEval(scores, groups, summarise(scores), errors)

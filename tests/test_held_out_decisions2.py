"""Held-out ombudsman decisions, second batch (issue 13): short documents in
tests/data/held_out_decisions2/, written for this test before the code that reads them, in words no
corpus, dev-real or shared document holds (the organisations and references are invented). Each
document has its gold beside it (NAME.jsonl, the decision records of corpus/gold: `line`, `body`,
`outcome`, `finding`, `payment_gbp`, `remedies`, and `evidence`, a piece of the line the case is
anchored on). Figures are not annotated here: only decisions are scored.

The shapes: Housing Ombudsman determinations in board papers, committee reports, newsletters and a
landlord's web page (severe maladministration to outside jurisdiction, several findings in one case,
orders and compensation); case tables as pipes, tabs, runs of spaces, one cell per line and HTML;
numbered case summaries; labelled fields in an unusual order; press stories; minutes; LGSCO, PSOW,
SPSO, NIPSO and PHSO cases about councils, landlords, care providers and NHS bodies; and
counter-examples (summary counts, annual-letter statistics, contact details, upheld rates, the
body's own stage-two outcomes) that must give no decision.

Scoring is the reference scorer's (tests/reference/score.py): decisions match on (body, outcome,
line +- 2), one to one. `python tests/test_held_out_decisions2.py` prints the per-document tally.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import extractor
from extractor.export import to_dicts
from extractor.models import Decision

DATA = Path(__file__).parent / "data" / "held_out_decisions2"
DOCS = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".md", ".html"))
F1_FLOOR = 0.8  # per document: 9/18 documents fully right before the work, 18/18 after
POOLED_FLOOR = 0.95  # pooled decisions F1: 0.784 before the work, 1.000 after

_spec = importlib.util.spec_from_file_location("score", Path(__file__).parent / "reference" / "score.py")
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def gold_of(doc: Path) -> list[dict[str, Any]]:
    raw = doc.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(r) for r in raw if r.strip()]


def predicted(doc: Path) -> list[dict[str, Any]]:
    return to_dicts(r for r in extractor.extract(extractor.load(doc)) if isinstance(r, Decision))


def tally(doc: Path) -> tuple[int, int, int]:
    """(true positives, predicted, gold) as the reference scorer counts them."""
    gold, pred = gold_of(doc), predicted(doc)
    tp, _, _ = score.match_by_line(pred, gold, ("body", "outcome"))
    return tp, len(pred), len(gold)


def f1(tp: int, npred: int, ngold: int) -> float:
    return score.prf(tp, npred, ngold)[2]


@pytest.mark.parametrize("doc", DOCS, ids=[p.stem for p in DOCS])
def test_gold_lines_hold_their_evidence(doc: Path) -> None:
    lines = extractor.load(doc).lines
    for g in gold_of(doc):
        assert g["evidence"] in " ".join(lines[g["line"] - 1].split()), (doc.name, g["line"], g["evidence"])


@pytest.mark.parametrize("doc", [d for d in DOCS if gold_of(d)], ids=[p.stem for p in DOCS if gold_of(p)])
def test_document_decisions_f1(doc: Path) -> None:
    tp, npred, ngold = tally(doc)
    got = [(d["line"], d["body"], d["outcome"], d["rule"]) for d in predicted(doc)]
    assert f1(tp, npred, ngold) >= F1_FLOOR, f"{tp}/{ngold} found, {npred} emitted: {got}"


KNOWN_WRONG: set[str] = set()  # counter-examples still read wrong (13-counter-summary-counts was, before the work)
COUNTERS = [pytest.param(d, marks=pytest.mark.xfail(strict=True)) if d.stem in KNOWN_WRONG else d
            for d in DOCS if not gold_of(d)]


@pytest.mark.parametrize("doc", COUNTERS, ids=[p.stem for p in DOCS if not gold_of(p)])
def test_counter_example_gives_no_decision(doc: Path) -> None:
    assert [(d["line"], d["body"], d["outcome"], d["rule"]) for d in predicted(doc)] == []


def test_pooled_decisions_f1() -> None:
    tp = npred = ngold = 0
    for doc in DOCS:
        a, b, c = tally(doc)
        tp, npred, ngold = tp + a, npred + b, ngold + c
    assert f1(tp, npred, ngold) >= POOLED_FLOOR


def test_batch_size() -> None:
    assert len(DOCS) >= 10
    assert sum(len(gold_of(d)) for d in DOCS) >= 35
    assert sum(not gold_of(d) for d in DOCS) >= 3  # counter-example documents


if __name__ == "__main__":  # the tally recorded in the commit messages
    passed = tp_all = pred_all = gold_all = 0
    for p in DOCS:
        tp, npred, ngold = tally(p)
        ok = tp == npred == ngold
        passed += ok
        tp_all, pred_all, gold_all = tp_all + tp, pred_all + npred, gold_all + ngold
        print(f"{'PASS' if ok else 'FAIL'} {p.name}: found {tp}/{ngold}, emitted {npred}, F1 {f1(tp, npred, ngold):.3f}")
    print(f"documents fully right {passed}/{len(DOCS)}; cases found {tp_all}/{gold_all}; extra {pred_all - tp_all}; "
          f"pooled F1 {f1(tp_all, pred_all, gold_all):.3f}", file=sys.stderr)

"""`tally eval` must give the same numbers as the reference scorer (shared/tools/score.py,
copied verbatim to tests/reference/score.py) on the same predictions."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.evaluate import align_lines, read_jsonl, score_predictions

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold"
SCORE = ROOT / "tests" / "reference" / "score.py"


def perturbed_predictions(seed: int) -> list[dict]:
    """Gold records of every document, some dropped, some with a wrong value or stage, some extra."""
    rng = random.Random(seed)
    preds = []
    for path in sorted(GOLD.glob("*.jsonl")):
        if path.name.endswith(".checks.jsonl"):
            continue
        doc = path.name[: -len(".jsonl")] + ".txt"
        for rec in read_jsonl(path):
            r = dict(rec, doc=doc)
            roll = rng.random()
            if roll < 0.15:
                continue
            if roll < 0.25 and "value" in r:
                r["value"] = (r["value"] or 0) + 1
            elif roll < 0.3:
                r["stage"] = "stage2"
            elif roll < 0.35 and r.get("line") is not None:
                r["line"] = r["line"] + 5
            preds.append(r)
            if roll > 0.95:
                preds.append(dict(r, measure="received", value=999))
        for chk in read_jsonl(GOLD / f"{path.name[: -len('.jsonl')]}.checks.jsonl"):
            if rng.random() < 0.7:
                preds.append(dict(chk, doc=doc, record="check", status="fail",
                                  line=(chk.get("line") or 0) + rng.choice([0, 1, 3])))
    return preds


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_eval_agrees_with_reference_scorer(tmp_path: Path, seed: int) -> None:
    preds = perturbed_predictions(seed)
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("\n".join(json.dumps(p) for p in preds) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORE), str(pred_file), str(GOLD), "--json"],
                         capture_output=True, text=True, check=True)
    reference = json.loads(out.stdout)
    docs, summary = score_predictions(preds, GOLD)
    assert json.loads(json.dumps(summary)) == reference["summary"]
    ours = {d.doc: (list(d.core), list(d.full), list(d.decisions), d.checks) for d in docs}
    theirs = {d["doc"]: (d["core"], d["full"], d["decisions"], d["checks"]) for d in reference["docs"]}
    assert ours == theirs
    # the perturbation really perturbs: the scores are not trivially perfect
    assert 0.5 < summary["core"][2] < 0.99


def test_align_lines_maps_rendering_records_to_source_lines() -> None:
    source = ["Heading", "", "Quarter one - 17 informal complaints were received during 1 April 2022",
              "", "Other text about stage two"]
    rows = [{"line": 40, "evidence": "17 informal complaints were received during 1 April 2022"},
            {"line": 41, "evidence": "about  stage TWO"}]
    assert [r["line"] for r in align_lines(rows, source)] == [3, 5]


def test_tally_eval_json_runs_on_the_corpus() -> None:
    result = CliRunner().invoke(cli, ["eval", str(ROOT / "corpus"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    docs = {d["doc"] for d in data["docs"]}
    assert "documents/wrexham-2023-24-complaints-compliments.txt" in docs
    assert "excerpts/york-lgsco-2023-24.txt" in docs
    # gold totals are fixed by the corpus: 17 gold-bearing text documents
    text_gold = sum(d["gold_figures"] for d in data["docs"] if d["doc"].startswith(("documents/", "excerpts/")))
    assert text_gold == data["groups"]["text"]["figures"]["gold"] > 900

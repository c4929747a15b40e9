"""Readings made by a sentence's shape (patterns/structure.toml): each example is read by
that very rule, no counter-example is, and no record of the corpus names a rule missing from
patterns/ (the guide: every record's rule is reviewed data)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

ROOT = Path(__file__).resolve().parents[1]
RULES = tomllib.loads((ROOT / "patterns" / "structure.toml").read_text(encoding="utf-8"))["rule"]
CASES = [(r["id"], t, True) for r in RULES for t in r["examples"]] + \
        [(r["id"], t, False) for r in RULES for t in r["counter_examples"]]


def _rules_read(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "r.md"
    path.write_text("# Complaints report 2030/31\n\n" + text + "\n", encoding="utf-8")
    return {f.rule for f in extract(load(path)) if isinstance(f, Figure)}


@pytest.mark.parametrize(("rule", "text", "read"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_each_structural_rule_reads_its_examples_only(tmp_path: Path, rule: str, text: str, read: bool) -> None:
    assert (rule in _rules_read(tmp_path, text)) == read


def _pattern_ids() -> set[str]:
    ids: set[str] = set()
    for f in (ROOT / "patterns").glob("*.toml"):
        for value in tomllib.loads(f.read_text(encoding="utf-8")).values():
            if isinstance(value, list):
                ids |= {r["id"] for r in value if isinstance(r, dict) and "id" in r}
    for f in (ROOT / "patterns").glob("*.jsonl"):
        ids |= {json.loads(s)["id"] for s in f.read_text(encoding="utf-8").splitlines() if s.strip()}
    return ids


def test_every_rule_the_corpus_emits_is_in_patterns() -> None:
    known = _pattern_ids()
    used = {r.rule for folder in ("documents", "excerpts") for p in sorted((ROOT / "corpus" / folder).glob("*"))
            for r in extract(load(p))}
    assert used <= known, sorted(used - known)

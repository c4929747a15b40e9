"""Counts of tests/relation_matrix.py per relation kind: intact reports that raise nothing, and broken
copies whose moved result a failing or warning check points at (+-2 lines).

    usage: .venv/bin/python bench/relation_matrix.py [-v]     (-v lists every case that misses)
"""

from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from relation_matrix import Relation, relations
from review_report import check_review, points_at


def outcome(rel: Relation, work: Path) -> tuple[bool, bool | None]:
    """(intact raises nothing, broken noticed or None for a counter-case)."""
    clean = not [c for c in check_review(work, rel.text(), rel.title) if c.status != "pass"]
    if rel.kind == "none":
        return clean, None
    got = check_review(work, rel.text(broken=True), rel.title)
    return clean, bool([c for c in got if c.status != "pass" and points_at(c, rel.line())])


def main(verbose: bool) -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    with tempfile.TemporaryDirectory() as tmp:
        for rel in relations():
            clean, noticed = outcome(rel, Path(tmp))
            row = counts[rel.kind]
            row[0] += clean
            row[1] += bool(noticed)
            row[2] += 1
            if verbose and (not clean or noticed is False):
                print(f"  {rel.id}: {'' if clean else 'FALSE ALARM '}{'' if noticed is not False else 'MISSED'}")
    print(f"{'kind':<8} intact-clean  broken-noticed")
    for kind, (clean, noticed, n) in counts.items():
        print(f"{kind:<8} {clean:>5} / {n:<4} {noticed if kind != 'none' else '-':>5} / {n if kind != 'none' else '-'}")
    tc, tn, t = (sum(r[i] for r in counts.values()) for i in range(3))
    held = t - counts["none"][2]
    print(f"RESULT intact_clean={tc}/{t} noticed={tn}/{held}")


if __name__ == "__main__":
    main("-v" in sys.argv[1:])

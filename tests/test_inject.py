"""The injected-error yardstick (extractor/inject.py, `tally eval --inject`) on small documents
written here: a moved result is noticed only when a failing or warning check points at it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import inject
from extractor.cli import cli
from extractor.models import Check

TABLE = """Complaints by quarter

| Service | Q1 | Q2 |
| --- | --- | --- |
| Housing | 40 | 35 |
| Waste | 30 | 21 |
| Total | 70 | 56 |

Of the 70 complaints in Q1, 14 were upheld (20%).



Of the 56 complaints in Q2, 10 were upheld (25%).
"""
RELATIONS = [
    {"kind": "sum", "line": 7, "stated": "| 70 |", "value": 70, "holds": True,
     "parts": [{"line": 5, "stated": "40", "value": 40}, {"line": 6, "stated": "30", "value": 30}]},
    {"kind": "share", "line": 9, "stated": "20%", "value": 20, "holds": True,
     "parts": [{"line": 9, "stated": "14", "value": 14}, {"line": 9, "stated": "70", "value": 70}]},
    {"kind": "share", "line": 13, "stated": "25%", "value": 25, "holds": False,
     "parts": [{"line": 13, "stated": "10", "value": 10}, {"line": 13, "stated": "56", "value": 56}]},
]


def corpus(tmp_path: Path, text: str = TABLE, relations: list[dict] | None = None) -> Path:
    (tmp_path / "excerpts").mkdir()
    (tmp_path / "relations").mkdir()
    (tmp_path / "excerpts" / "anytown.txt").write_text(text, encoding="utf-8")
    rows = RELATIONS if relations is None else relations
    (tmp_path / "relations" / "anytown.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("stated", "value", "kind", "expected"), [
    ("20%", 20, "share", "27%"),
    ("95.5%", 95.5, "share", "88.5%"),
    ("| 70 |", 70, "sum", "| 77 |"),
    ("1,480", 1480, "sum", "1,628"),
    ("4", 4, "change", "7"),
    ("three", 3, "sum", None),
])
def test_a_result_is_moved_beyond_any_rounding(stated: str, value: float, kind: str, expected: str | None) -> None:
    assert inject.shifted(stated, value, kind) == expected


def test_the_moved_copy_changes_only_the_result(tmp_path: Path) -> None:
    text = inject.mutant_text(TABLE, RELATIONS[0])
    assert text is not None and text.split("\n")[6] == "| Total | 77 | 56 |"
    assert [a for a, b in zip(TABLE.split("\n"), text.split("\n"), strict=True) if a != b] == ["| Total | 70 | 56 |"]


def silent(_: Path) -> Sequence[Check]:
    return []


def pointing(status: str, line: int) -> inject.Checker:
    def checker(path: Path) -> Sequence[Check]:
        moved = "77" in path.read_text(encoding="utf-8")
        return [Check(path.name, "table_total", status if moved else "pass", "", line, "")]
    return checker


def test_a_checker_that_says_nothing_notices_nothing(tmp_path: Path) -> None:
    report = inject.run(corpus(tmp_path) / "relations", [tmp_path / "excerpts"], silent)
    s = report.summary()
    assert (s["detected"], s["measured"], s["recognised"]) == (0, 2, 0)
    assert s["not_measured"] == {"does not hold": 1}


@pytest.mark.parametrize(("status", "line", "noticed"), [
    ("fail", 7, 1), ("warn", 5, 1), ("fail", 12, 0), ("pass", 7, 0)])
def test_noticed_only_when_a_failing_or_warning_check_points_at_the_relation(
        tmp_path: Path, status: str, line: int, noticed: int) -> None:
    report = inject.run(corpus(tmp_path) / "relations", [tmp_path / "excerpts"], pointing(status, line))
    assert report.sensitivity("kind")["sum"] == (noticed, 1)


def test_the_pipeline_notices_a_moved_column_total_and_share(tmp_path: Path) -> None:
    report = inject.run(corpus(tmp_path) / "relations", [tmp_path / "excerpts"], inject.pipeline_checker())
    assert report.sensitivity("kind") == {"share": (1, 1), "sum": (1, 1)}
    # the Q2 share that does not hold is recognised (it fails) but not moved
    assert report.recognition() == (3, 3) and report.summary()["not_measured"] == {"does not hold": 1}


def test_tally_eval_inject_prints_sensitivity_and_recognition(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(corpus(tmp_path)), "--inject", "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["measured"], summary["detected"], summary["recognised"], summary["relations"]) == (2, 2, 3, 3)
    table = CliRunner().invoke(cli, ["eval", str(tmp_path), "--inject"])
    assert "RESULT recognition=3/3" in table.output and "sensitivity=2/2" in table.output


def test_a_holding_relation_a_check_calls_wrong_is_a_new_failure(tmp_path: Path) -> None:
    def wrong(path: Path) -> Sequence[Check]:
        return [Check(path.name, "table_total", "fail", "", 7, "", stated=70, expected=71)]

    report = inject.run(corpus(tmp_path) / "relations", [tmp_path / "excerpts"], wrong)
    assert report.new_failures() == 1  # the Q1 total; the share of line 9 is near it but not called wrong
    assert inject.run(tmp_path / "relations", [tmp_path / "excerpts"], silent).new_failures() == 0


def test_a_failure_of_a_relation_that_does_not_hold_is_not_a_new_failure_of_its_twin(tmp_path: Path) -> None:
    """Three changes of one line state 25%; the last does not hold (5 to 4 is 20%). A check failing
    a 25% of that line is right, and is not counted against the two that hold."""
    text = "Shares\n\nHousing fell from 40 to 30, 25%; Waste from 8 to 6, 25%; Parks from 5 to 4, 25%.\n"
    rels = [{"kind": "change", "line": 3, "stated": stated, "value": 25, "holds": holds,
             "parts": [{"line": 3, "stated": a, "value": float(a)}, {"line": 3, "stated": b, "value": float(b)}]}
            for stated, a, b, holds in (("30, 25%", "40", "30", True), ("6, 25%", "8", "6", True),
                                        ("4, 25%", "5", "4", False))]

    def failing(path: Path) -> Sequence[Check]:
        return [Check(path.name, "stated_change", "fail", "", 3, "", stated=25, expected=20)]

    relations = corpus(tmp_path, text, rels) / "relations"
    assert inject.run(relations, [tmp_path / "excerpts"], failing).new_failures() == 0
    # without the relation that does not hold, the same failure calls the two that hold wrong
    (relations / "anytown.jsonl").write_text("\n".join(json.dumps(r) for r in rels[:2]), encoding="utf-8")
    assert inject.run(relations, [tmp_path / "excerpts"], failing).new_failures() == 2

"""A column of other bodies' figures set beside a body's own (a sector, national or peer-group average,
similar landlords', a benchmark) holds no figure of the body, and the columns beside it are still read, in a
table set out by runs of spaces as much as in one with bars. Own words, written on 2026-12-07 before the
change: 3 of 7 passed on c68a75e (the two that keep a column of the body's own averages, and one that asks for
no peer figure where nothing at all was read); 7 of 7 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

SPACED_FINDINGS = """Housing Ombudsman findings 2030/31

  Finding                      Number       Sector average
  Severe maladministration     2            0.6
  Maladministration            11           9.8
  Service failure              5            4.1
  No maladministration         6            4.7
"""

BARRED_STAGES = """# Complaints annual report 2030/31

## Complaints received

| Stage | Received | National average |
|---|---|---|
| Stage 1 | 410 | 388 |
| Stage 2 | 52 | 61 |
"""

SPACED_PEERS = """Complaints performance 2030/31

  Stage            Complaints received     Peer group average
  Stage one        733                     702
  Stage two        96                      110
"""

SPACED_SIMILAR = """Annual complaints review 2031/32

Our results against landlords of a similar size

  Measure                                  Our result      Similar landlords (median)
  Stage 1 complaints responded to in time  91%             84%
  Stage 2 complaints responded to in time  88%             79%
"""

OWN_AVERAGE = """Complaints performance 2030/31

  Stage          Received     Average working days to respond
  Stage 1        410          8.4
  Stage 2        52           17.9
"""


def _values(keys: set) -> set[float]:
    return {k[1] for k in keys}


def test_spaced_findings_read_beside_a_sector_average(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, SPACED_FINDINGS, "ho-findings.txt")
    assert ("upheld", 11.0, "count", "ombudsman", "2030/31") in keys
    assert ("not_upheld", 6.0, "count", "ombudsman", "2030/31") in keys
    assert not _values(keys) & {0.6, 9.8, 4.1, 4.7}


def test_national_average_column_is_no_count(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, BARRED_STAGES, "annual.md")
    assert ("received", 410.0, "count", "stage1", "2030/31") in keys
    assert not _values(keys) & {388.0, 61.0}


def test_spaced_stages_read_beside_a_peer_group_average(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, SPACED_PEERS, "peers.txt")
    assert ("received", 733.0, "count", "stage1", "2030/31") in keys
    assert ("received", 96.0, "count", "stage2", "2030/31") in keys


def test_peer_group_average_gives_no_figure(tmp_path: Path) -> None:
    assert not _values(core_keys(tmp_path, SPACED_PEERS, "peers.txt")) & {702.0, 110.0}


def test_similar_landlords_median_gives_no_figure(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, SPACED_SIMILAR, "similar.txt")
    assert ("within_target", 91.0, "percent", "stage1", "2031/32") in keys
    assert not _values(keys) & {84.0, 79.0}


def test_own_average_column_is_still_read(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, OWN_AVERAGE, "own.txt")
    assert ("average_response_days", 8.4, "working_days", "stage1", "2030/31") in keys
    assert ("received", 52.0, "count", "stage2", "2030/31") in keys


def test_own_average_column_gives_no_stray_counts(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, OWN_AVERAGE, "own.txt")
    assert not {k for k in keys if k[1] in (8.4, 17.9) and k[0] != "average_response_days"}

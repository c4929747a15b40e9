"""Indicator tables whose first column holds the scheme's codes ("CH01 (1)", "TP09", "KPI 4") and
the second the words of the measure: the words are the row's label, the code names nothing; a
row of another subject in the same table (decent homes, gas safety, satisfaction) is no complaint
figure. Own words and a layout of our own, written before the code."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

TSM = """# Tenant satisfaction measures 2030/31

Our management information and survey results for the year are below.

| Code | Measure | 2030/31 | 2029/30 |
| --- | --- | --- | --- |
| CH01 (1) | Stage one complaints received per 1,000 homes | 41.2 | 38.5 |
| CH01 (2) | Stage two complaints received per 1,000 homes | 6.3 | 5.9 |
| CH02 (1) | Stage one complaints answered within the Complaint Handling Code timescales | 88.1% | 91.0% |
| CH02 (2) | Stage two complaints answered within the Complaint Handling Code timescales | 79% | 84% |
| RP01 | Homes that do not meet the Decent Homes Standard | 0.4% | 0.9% |
| BS01 | Homes with every gas safety check carried out | 99.8% | 100% |
| TP09 | Respondents satisfied with the way we handle complaints | 31.5% | 29.0% |
"""

KPIS = """Quarterly performance indicators, quarter 2 2030/31

KPI 4    Average working days to answer a stage 1 complaint    7.9
KPI 5    Stage 1 complaints answered within 10 working days    83%
KPI 6    Tenancy visits completed on schedule    92%
"""


def _read(tmp_path: Path, name: str, text: str) -> set[tuple[str, float, str, str | None, str | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(f.measure, f.value, f.unit, f.stage, f.period) for f in extract(load(path)) if isinstance(f, Figure)}


def test_a_code_column_gives_way_to_the_words_of_the_measure(tmp_path: Path) -> None:
    read = _read(tmp_path, "tsm.md", TSM)
    assert {("received", 41.2, "per_1000", "stage1", "2030/31"), ("received", 6.3, "per_1000", "stage2", "2030/31"),
            ("within_target", 88.1, "percent", "stage1", "2030/31"),
            ("within_target", 84.0, "percent", "stage2", "2029/30")} <= read


def test_rows_of_other_subjects_in_an_indicator_table_are_no_figures(tmp_path: Path) -> None:
    values = {v for _, v, _, _, _ in _read(tmp_path, "tsm.md", TSM)}
    assert not values & {0.4, 0.9, 99.8, 100.0, 31.5, 29.0}


def test_coded_rows_of_a_text_list(tmp_path: Path) -> None:
    read = _read(tmp_path, "kpis.txt", KPIS)
    assert ("average_response_days", 7.9, "working_days", "stage1", "2030/31 Q2") in read
    assert ("within_target", 83.0, "percent", "stage1", "2030/31 Q2") in read
    assert not {v for _, v, _, _, _ in read} & {92.0, 4.0, 5.0, 6.0}

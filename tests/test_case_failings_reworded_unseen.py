"""A case whose description tells its failing in other words ("was found to fall short of the standard", "it
will apologise for this fault") is upheld; "The advice given about ..." in a description is no 'advice given'
outcome (the LGO's old outcome of that name stands alone).

Written in words of our own after a re-worded dev-real case list lost two of its six cases this way; written after
the change and checked to fail on 91c4548 (the session's base).
"""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes

CASES = """Local Government and Social Care Ombudsman decisions about Rowanby Council

Decision date: 04/05/2031
Service area: Housing
Summary: The advice given about temporary accommodation was found to fall short of the standard expected.

Decision date: 19/08/2031
Service area: Education
Summary: The council took eleven months to finish a care plan; it will apologise for this fault and review its procedures.
"""


def test_failings_in_other_words_are_upheld(tmp_path: Path) -> None:
    assert [o for _, o, _ in case_outcomes(tmp_path, CASES)] == ["upheld", "upheld"]

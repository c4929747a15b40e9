"""report-tally: complaint-handling figures from council and landlord reports.

The library API a notebook user calls directly; the `tally` CLI is a thin shell over it:

    >>> import extractor
    >>> doc = extractor.load("corpus/documents/wolverhampton-2022-23-h1-complaints.txt")
    >>> records = extractor.extract(doc)           # figures then decisions
    >>> checks = extractor.check(doc, records)     # the report's own arithmetic
    >>> frame = extractor.to_frame(records)        # pandas, SPEC columns
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from extractor.errors import InputError, TallyError
from extractor.export import to_frame
from extractor.load import load, load_many
from extractor.models import Block, Check, Decision, Document, Figure
from extractor.pipeline import check, extract

try:
    __version__ = version("report-tally")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"

__all__ = [
    "Block",
    "Check",
    "Decision",
    "Document",
    "Figure",
    "InputError",
    "TallyError",
    "__version__",
    "check",
    "extract",
    "load",
    "load_many",
    "to_frame",
]

"""A reading of a number, with where its sentence sits, becomes a Figure record."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from extractor import nlp
from extractor.extract.numbers import Number
from extractor.extract.periods import Period
from extractor.extract.prose.rules import NO_STAGE, Reading
from extractor.extract.prose.service_nouns import named_service
from extractor.models import Block, Document, Figure
from extractor.segment import Context, settles


@dataclass(frozen=True)
class Where:
    """Where a sentence sits and what it inherits: its block, line, context and lead period."""

    doc: Document
    block: Block
    sent: nlp.Sentence
    line: int
    ctx: Context
    lead: Period | None
    carried_stage: str | None = None
    last_period: Period | None = None
    block_stage: str | None = None
    voice: bool = False  # the document is an ombudsman's own (patterns/prose_voice.toml)
    earlier: Earlier = field(default_factory=lambda: Earlier())  # the paragraph's figures before this sentence
    last_compared: Period | None = None  # the period the sentence before named as compared with
    stage_so_far: str | None = None  # the paragraph's stage as said by the end of this sentence


class Earlier:
    """The figures of a paragraph before the sentence being read, with what a sentence asks of them
    (the last one, the ombudsman bodies named, the last count of a value, the measures said of a
    value) kept up to date as they come: a walk over them all per sentence is quadratic."""

    __slots__ = ("bodies", "counts", "last", "said", "size", "stages")

    def __init__(self, figures: Iterable[Figure] = ()) -> None:
        self.last: Figure | None = None
        self.bodies: set[str] = set()
        self.counts: dict[float, Figure] = {}
        self.said: set[tuple[str, float]] = set()
        self.stages: set[str | None] = set()  # of its counts
        self.size = 0
        self.extend(figures)

    def extend(self, figures: Iterable[Figure]) -> None:
        for f in figures:
            self.last = f
            self.size += 1
            if f.stage == "ombudsman" and f.body:
                self.bodies.add(f.body)
            if f.unit == "count":
                self.counts[f.value] = f
                self.stages.add(f.stage)
            self.said.add((f.measure, f.value))

    def __len__(self) -> int:
        return self.size


class Received:
    """The document's received counts so far (no breakdown, no area) by value: a paragraph that
    restates a total ("Out of the 15 complaints ...") looks up that total's stage here."""

    def __init__(self) -> None:
        # the stages of the counts of one value and service, and of one value, service and period
        self.any_period: dict[tuple[float, str | None], set[str | None]] = {}
        self.in_period: dict[tuple[float, str | None, str | None], set[str | None]] = {}
        self.size = 0  # counts kept so far: a paragraph's stage read before a count came is read again after

    def extend(self, figures: Iterable[Figure]) -> None:
        for f in figures:
            if f.measure == "received" and f.unit == "count" and f.dimension is None and f.area is None:
                self.size += 1
                self.any_period.setdefault((f.value, f.service), set()).add(f.stage)
                self.in_period.setdefault((f.value, f.service, f.period), set()).add(f.stage)

    def stages(self, value: float, service: str | None, period: Period | None) -> set[str | None]:
        """The stages of the received counts of this value and service (in this period, if given)."""
        if math.isnan(value):
            return set()
        found = self.any_period.get((value, service)) if period is None else \
            self.in_period.get((value, service, period.label))
        return set(found or ())


def emit(w: Where, num: Number, reading: Reading, unit: str, period: Period | None, stage: str | None,
          body: str | None, clause: str) -> Figure:
    # "Housing Services complaints": the count's own noun names its service and, unless it only restates
    # the service of the section or report, its area as written
    named = named_service(clause)
    area = reading.area or (named[1] if named and named[0] != w.ctx.service else None)
    # an ombudsman's count follows no procedure of the body's own unless its clause names one
    procedure = settles("procedure", clause) or (None if stage == "ombudsman" else w.ctx.procedure)
    return Figure(
        doc=w.doc.name, measure=reading.measure, value=num.value, unit="percent" if num.unit == "percent" else unit,
        line=w.line, evidence=" ".join(w.sent.text.split()), stated=num.stated, source="prose", rule=reading.rule,
        page=w.block.page, stage=stage, body=body if stage == "ombudsman" else None,
        period=period.label if period else None,
        period_start=period.start.isoformat() if period and period.start else None,
        period_end=period.end.isoformat() if period and period.end else None,
        service=named[0] if named else w.ctx.service,
        area=area, procedure=procedure,
        dimension=reading.dimension, category=reading.category, organisation=w.ctx.organisation,
        approximate=num.approximate)


def reading_of(f: Figure) -> Reading:
    unit = "count" if f.unit == "percent" else f.unit
    return Reading(f.measure, unit, f.rule, f.stage or NO_STAGE, f.dimension, f.category, f.area)

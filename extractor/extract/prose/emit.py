"""A reading of a number, with where its sentence sits, becomes a Figure record."""

from __future__ import annotations

from dataclasses import dataclass

from extractor import nlp
from extractor.extract.numbers import Number
from extractor.extract.periods import Period
from extractor.extract.prose.rules import NO_STAGE, Reading
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
    earlier: tuple[Figure, ...] = ()  # the paragraph's figures before this sentence


def emit(w: Where, num: Number, reading: Reading, unit: str, period: Period | None, stage: str | None,
          body: str | None, clause: str) -> Figure:
    return Figure(
        doc=w.doc.name, measure=reading.measure, value=num.value, unit="percent" if num.unit == "percent" else unit,
        line=w.line, evidence=" ".join(w.sent.text.split()), stated=num.stated, source="prose", rule=reading.rule,
        page=w.block.page, stage=stage, body=body if stage == "ombudsman" else None,
        period=period.label if period else None,
        period_start=period.start.isoformat() if period and period.start else None,
        period_end=period.end.isoformat() if period and period.end else None,
        service=w.ctx.service, area=reading.area, procedure=settles("procedure", clause) or w.ctx.procedure,
        dimension=reading.dimension, category=reading.category, organisation=w.ctx.organisation,
        approximate=num.approximate)


def reading_of(f: Figure) -> Reading:
    unit = "count" if f.unit == "percent" else f.unit
    return Reading(f.measure, unit, f.rule, f.stage or NO_STAGE, f.dimension, f.category, f.area)

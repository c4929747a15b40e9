"""Figures from sentences: every count, percentage and number of days a report states,
with its measure, period, stage, procedure and breakdown.

Each number of a sentence is read from the words around it (patterns/prose.toml): the
text before it back to the previous number, the text after it up to the next. Its period
comes from its own clause ("compared to 13 during 1 April 2021 to 30 June 2021"), else the
sentence, else the block's lead ("Quarter one - ..."), else the section (segment.Context).
Tables and dashboard tiles are read elsewhere; their lines are left alone here.

One noun per module, in the order a block is read:
rules (patterns/prose.toml -> a Reading), clauses (clause, aside and paragraph spans),
idioms (number words that count nothing), readers (one number's Reading from its words),
dating (its period), stages (its stage), ombudsman (its body), emit (-> Figure),
sentences (one sentence's figures), blocks (the walk over a document's prose blocks).
"""

from extractor.extract.prose.blocks import extract_figures
from extractor.extract.prose.clauses import hard_breaks, paragraph_text
from extractor.extract.prose.dating import block_lead, period_for
from extractor.extract.prose.emit import Where
from extractor.extract.prose.ombudsman import dominant_body, ombudsman_voice, sole_body, voice_body
from extractor.extract.prose.readers import read_number
from extractor.extract.prose.rules import Reading, classify
from extractor.extract.prose.sentences import figures_of_sentence
from extractor.extract.prose.stages import block_stage

__all__ = [
    "Reading", "Where", "block_lead", "block_stage", "classify", "dominant_body", "extract_figures",
    "figures_of_sentence", "hard_breaks", "ombudsman_voice", "paragraph_text", "period_for", "read_number",
    "sole_body", "voice_body",
]

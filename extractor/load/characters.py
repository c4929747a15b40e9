"""Characters a PDF's or a web page's text writes in place of plain ones: bullets of a symbol font, marks of a
trend after a value, spaces of other widths, thousands set apart by a thin space. Every reader sees the
plain character; lengths hold where a line's offsets matter."""

from __future__ import annotations

import regex as re

# bullets a PDF's Symbol or Wingdings font leaves in copied text (private-use code points) and other glyphs
# set at the start of list items: one bullet, so every reader knows them (same length: offsets hold)
BULLET_GLYPHS = str.maketrans(dict.fromkeys("\uf0b7\uf0a7\uf0a8\uf0d8\uf076\uf0fc\uf0e0\u27a2\u25ba\u25a0\u25a1\u2713\u2714", "•"))


# a trend or status mark after a line's last value ("Complaints 221 ▼", "79% ↑"): no word of the label
# and no value; blanked (same length: offsets hold). A mark before a number ("▲ 5%") signs a change and stays
TRAILING_MARK = re.compile(r"(?<=\S)[ \t]*[\u2190-\u21ff\u25a0-\u25ff\u2b00-\u2b2f]+(?=[ \t]*$)", re.MULTILINE)


# spaces a web page or a PDF writes as other characters (no-break, figure, thin, narrow no-break, en and em
# spaces): plain spaces to every reader, as a run of spaces between a label and its value (same length)
OTHER_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "))

# "1 204" with a no-break or thin space between its groups of three: one number, its thousands set apart
# as typesetters do (a plain space could part two numbers, "in Q1 204 ..."; these spaces do not)
SPACED_THOUSANDS = re.compile(r"(?<![\w.,\u00a0\u2009\u202f])(?<!\b(?i:stage|level|tier|step|quarter|phase|page|table|figure|no\.?)\s)"
                              r"\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})++(?!\d|[\u00a0\u2009\u202f]\d)")
THOUSANDS_COMMA = str.maketrans(dict.fromkeys("\u00a0\u2009\u202f", ","))
GLYPHS_AND_SPACES = {**BULLET_GLYPHS, **OTHER_SPACES}  # keys apart, no value a key: one pass is the two in turn


# a footnote's mark glued to a value ("Total complaints received 512*", "Stage 2 47†", "88%¹"): no part of the value
# and no word of the row; blanked (same length). Markdown's "**512**" keeps its pairs of stars
FOOTNOTE_MARK = re.compile(r"(?<=\d%?)(?:(?<!\*)\*(?!\*)|[†‡]|[\u00b9\u00b2\u00b3\u2074-\u2079]{1,2})(?=[ \t]|$)", re.MULTILINE)


def plain_characters(text: str) -> str:
    """The text with its bullets, trend marks, footnote marks, spaces and spaced thousands made plain."""
    if "*" in text:
        text = FOOTNOTE_MARK.sub(lambda m: " " * len(m.group(0)), text)
    if text.isascii():  # every glyph, space and mark these read but a footnote's star is beyond ASCII
        return text
    text = FOOTNOTE_MARK.sub(lambda m: " " * len(m.group(0)), text)
    text = SPACED_THOUSANDS.sub(lambda m: m.group(0).translate(THOUSANDS_COMMA), text)
    return TRAILING_MARK.sub(lambda m: " " * len(m.group(0)), text.translate(GLYPHS_AND_SPACES))

"""`stated_change` and `percentage` of key-figure tiles' notes (extract/tile_notes.py): "Complaints received" /
"960" / "up 8% on last year (889)" states the change and both its values; "Answered in time" / "816" / "85% of
complaints received" states a share of the figure another tile labels so. The note names every number it
relates, so a mismatch fails; a share whose base no tile labels is not judged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from extractor.check_rules.from_to_sizes import _judge
from extractor.check_rules.shares import judge_rounded
from extractor.extract.label_values import no_figure
from extractor.extract.numbers import parse_number
from extractor.extract.tile_notes import CHANGE_NOTE, SHARE_NOTE, UP, normalised
from extractor.load.line_shapes import NUMBER_ONLY
from extractor.models import Check, Document

CheckMaker = Callable[..., Check]
NOTE_REACH = 2  # lines from a tile's label to its value, and from its value to its note


@dataclass(frozen=True)
class Tile:
    label: str
    value: float
    line: int  # the value's line
    note: str | None
    note_line: int | None


def _next_text(lines: Sequence[str], k: int, step: int) -> int | None:
    """The index of the nearest line with text from k on (step -1: back), within NOTE_REACH lines."""
    for j in range(1, NOTE_REACH + 1):
        at = k + step * j
        if not 0 <= at < len(lines):
            return None
        if lines[at].strip():
            return at
    return None


def tiles(doc: Document) -> list[Tile]:
    """Each label over a value alone on its line, with the note under the value if it has one."""
    out = []
    lines = doc.lines
    for k, text in enumerate(lines):
        if not NUMBER_ONLY.match(text.strip()) or (above := _next_text(lines, k, -1)) is None:
            continue
        label = lines[above].strip()
        number = parse_number(text.strip())
        if number is None or not no_figure(label) or NUMBER_ONLY.match(label):
            continue
        below = _next_text(lines, k, 1)
        note = lines[below].strip() if below is not None else None
        out.append(Tile(label, number.value, k + 1, note, below + 1 if below is not None else None))
    return out


def tile_checks(doc: Document, make: CheckMaker) -> Iterator[Check]:
    found = tiles(doc)
    by_label = {normalised(t.label): t for t in found}
    for t in found:
        if t.note is None or t.note_line is None:
            continue
        if (m := CHANGE_NOTE.match(t.note)) is not None and m.group("when").strip():
            prior = parse_number(m.group("prior"))
            if prior is None or prior.value == t.value:
                continue
            size, unit = m.group("size"), m.group("unit") or ""
            ok, got = _judge(prior.value, t.value, size, unit, t.note.rstrip(") ").endswith("%"))
            rose = t.value > prior.value
            ok = ok and (m.group("dir").lower() in UP) == rose
            shown = f"{got:.1f}%" if "%" in unit or "cent" in unit else f"{got:g}"
            msg = (f"{prior.value:g} (earlier) to {t.value:g} is a {'rise' if rose else 'fall'} of {shown}; the tile's "
                   f"note says '{t.note}'")
            yield make(doc, "stated_change", "pass" if ok else "fail", msg, t.note_line, t.note, float(size.replace(",", "")),
                       round(got, 2), [t.line, t.note_line], None)
        elif (m := SHARE_NOTE.match(t.note)) is not None and (base := by_label.get(normalised(m.group("base")))) is not None \
                and base is not t and base.value >= t.value > 0:
            share = m.group("share")
            expected = 100 * t.value / base.value
            status = judge_rounded(float(share), f"{share}%", expected)
            msg = f"{t.value:g} {t.label} of {base.value:g} {base.label} is {expected:.1f}%" + (
                ", as stated" if status == "pass" else f", not the stated {share}%")
            yield make(doc, "percentage", "pass" if status == "pass" else "fail", msg, t.note_line, t.note, float(share),
                       round(expected, 2), [t.line, base.line, t.note_line], None)

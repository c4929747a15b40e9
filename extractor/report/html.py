"""One self-contained HTML file a complaints officer can open and act on.

A summary at the top counts each document's checks and links to every failing check and
warning; each check links to where it sits. PDFs are shown as page images (pypdfium2, loaded
lazily) with the numbers each check involves boxed: red for fail, amber for warn, green for
pass, the message beside them. Other formats are shown as their text with the stated number
highlighted and the other rows a check involves (its parts) marked. Every piece of document
text is escaped (jinja2 autoescape); images are inlined as data URIs so the file travels alone.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex as re
from jinja2 import Environment

from extractor.models import BBox, Block, Check, Document, Word

SCALE = 1.5  # page image pixels per PDF point
STATUS_ORDER = {"fail": 0, "warn": 1, "pass": 2}


@dataclass(frozen=True)
class Box:
    """A highlight on a page image, in pixels."""

    left: float
    top: float
    width: float
    height: float
    status: str
    rule: str
    line: int
    message: str


@dataclass(frozen=True)
class PageView:
    number: int
    image: str
    width: float
    height: float
    boxes: tuple[Box, ...]


@dataclass(frozen=True)
class TextLine:
    number: int
    html_parts: tuple[tuple[str, str | None], ...]  # (text, status or None)
    status: str | None
    rule: str | None
    message: str | None
    involved: str | None = None  # the worst status of a problem whose parts sit on this line


TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>tally check report</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em} h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
.summary span{margin-right:1em;font-weight:600}
.fail{--c:#d62728}.warn{--c:#e69500}.pass{--c:#2ca02c}
li.check{margin:.2em 0} li.check b{color:var(--c)}
.page{position:relative;margin:1em 0;border:1px solid #bbb;display:inline-block}
.page img{display:block}
.hl{position:absolute;border:2px solid var(--c);background:color-mix(in srgb,var(--c) 15%,transparent)}
.note{position:absolute;left:100%;margin-left:6px;white-space:nowrap;font-size:12px;color:var(--c);background:#fff}
pre.text{white-space:pre-wrap;font-size:13px;line-height:1.4}
.ln{color:#999;display:inline-block;width:4em}
.line.fail,.line.warn,.line.pass{background:color-mix(in srgb,var(--c) 10%,transparent)}
mark.hl{position:static;border:0;background:color-mix(in srgb,var(--c) 35%,transparent);padding:0 2px}
.msg{color:var(--c);font-size:12px;margin-left:1em}
.line.involved{outline:1px dashed var(--c);outline-offset:-1px}
nav.overview{border:1px solid #ccc;padding:.5em 1em;margin-bottom:1.5em;background:#fafafa}
nav.overview ol{margin:.3em 0 .6em 1.2em;padding:0} nav.overview li b{color:var(--c)}
:target{scroll-margin-top:4em} .line:target,li.check:target{background:#ffffbf}
</style></head><body>
<h1>tally check report</h1>
<nav class="overview" aria-label="Summary">
{% for d in docs %}<div class="overview-doc"><a href="#{{ d.id }}">{{ d.name }}</a>:
<span class="fail">{{ d.counts.fail }} failed</span>, <span class="warn">{{ d.counts.warn }} warnings</span>,
<span class="pass">{{ d.counts.pass }} passed</span>
{% if d.problems %}<ol>{% for c, cid, target in d.problems %}<li class="{{ c.status }}"><b>{{ c.status|upper }}</b>
<a href="#{{ cid }}">{% if c.page %}page {{ c.page }}, {% endif %}line {{ c.line }}: {{ c.rule }}</a></li>{% endfor %}</ol>{% endif %}
</div>{% endfor %}
</nav>
{% for d in docs %}
<section class="doc" id="{{ d.id }}" data-doc="{{ d.name }}">
<h2>{{ d.name }}</h2>
<p class="summary"><span class="fail">{{ d.counts.fail }} failed</span><span class="warn">{{ d.counts.warn }} warnings</span>
<span class="pass">{{ d.counts.pass }} passed</span></p>
<ul>{% for c, cid, target in d.problems %}
<li class="check {{ c.status }}" id="{{ cid }}"><b>{{ c.status|upper }}</b> {% if c.page %}page {{ c.page }}, {% endif %}line {{ c.line }}:
{{ c.rule }} &mdash; {{ c.message }}{% if target %} <a href="#{{ target }}">show</a>{% endif %}</li>{% endfor %}</ul>
{% for p in d.pages %}
<div class="page" id="{{ d.id }}-p{{ p.number }}" data-page="{{ p.number }}" style="width:{{ p.width }}px;height:{{ p.height }}px">
<img alt="page {{ p.number }}" src="{{ p.image }}" width="{{ p.width }}" height="{{ p.height }}" loading="lazy" decoding="async">
{% for b in p.boxes %}<div class="hl {{ b.status }}" data-rule="{{ b.rule }}" data-line="{{ b.line }}" data-status="{{ b.status }}"
 title="{{ b.message }}" style="left:{{ b.left }}px;top:{{ b.top }}px;width:{{ b.width }}px;height:{{ b.height }}px">
{% if b.status != 'pass' %}<span class="note">{{ b.rule }}: {{ b.message }}</span>{% endif %}</div>{% endfor %}
</div>
{% endfor %}
{% if d.text %}<pre class="text">{% for t in d.text %}<span class="line {{ t.status or t.involved or '' }}{% if t.involved and not t.status %} involved{% endif %}" id="{{ d.id }}-l{{ t.number }}"><span class="ln">{{ t.number }}</span>{% for part, st in t.html_parts %}{% if st %}<mark class="hl {{ st }}" data-rule="{{ t.rule }}" data-line="{{ t.number }}" data-status="{{ st }}" title="{{ t.message }}">{{ part }}</mark>{% else %}{{ part }}{% endif %}{% endfor %}{% if t.status and t.status != 'pass' %}<span class="msg">{{ t.rule }}: {{ t.message }}</span>{% endif %}</span>
{% endfor %}</pre>{% endif %}
</section>
{% endfor %}
</body></html>
"""


def _norm(s: str) -> str:
    return s.strip(".,;:()[]").lower()


def _stated_text(c: Check) -> str | None:
    if c.stated is None:
        return None
    return f"{c.stated:g}"  # as the report writes it: "4", "15.42"


def _block_at(doc: Document, line: int) -> Block | None:
    for b in doc.blocks:
        if line in b.row_lines or b.line <= line <= (b.end_line or b.line):
            return b
    return None


def _words_for(doc: Document, c: Check) -> tuple[int, list[Word]] | None:
    """The words of the stated figure on its page: on the line's baseline where it can be told."""
    if c.line is None or (block := _block_at(doc, c.line)) is None or block.page is None:
        return None
    text = doc.lines[c.line - 1] if c.line - 1 < len(doc.lines) else ""
    target = _stated_text(c)
    first = _norm(text.split("|")[0].split()[0]) if text.split() else ""
    anchors = [w for w in block.words if _norm(w.text) == first] or list(block.words[:1])
    for a in anchors:
        same_line = [w for w in block.words if abs(w.bbox.top - a.bbox.top) < 3]
        hit = [w for w in same_line if target and _norm(w.text).rstrip("%") == target]
        if hit:
            return block.page, hit[:1]
    if anchors:
        a = anchors[0]
        return block.page, [w for w in block.words if abs(w.bbox.top - a.bbox.top) < 3]
    return None


def _union(words: Sequence[Word]) -> BBox:
    return BBox(min(w.bbox.x0 for w in words), min(w.bbox.top for w in words),
                max(w.bbox.x1 for w in words), max(w.bbox.bottom for w in words))


def pdf_pages(doc: Document, checks: Sequence[Check]) -> list[PageView]:
    """Page images with boxes; only pages that hold a checked figure are drawn."""
    import pypdfium2 as pdfium

    boxes: dict[int, list[Box]] = {}
    for c in sorted(checks, key=lambda c: STATUS_ORDER[c.status], reverse=True):
        found = _words_for(doc, c)
        if not found or not found[1]:
            continue
        page, words = found
        bb = _union(words)
        boxes.setdefault(page, []).append(Box(bb.x0 * SCALE - 2, bb.top * SCALE - 2, (bb.x1 - bb.x0) * SCALE + 4,
                                              (bb.bottom - bb.top) * SCALE + 4, c.status, c.rule, c.line or 0,
                                              c.message))
    pdf = pdfium.PdfDocument(doc.path)
    views = []
    for number in sorted(boxes):
        page = pdf[number - 1]  # drawn unturned: the loader places words in the page's own space
        image = page.render(scale=SCALE, rotation=(360 - page.get_rotation()) % 360).to_pil()
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
        views.append(PageView(number, uri, image.width, image.height, tuple(boxes[number])))
    pdf.close()
    return views


def _involved(checks: Sequence[Check]) -> dict[int, str]:
    """line -> the worst status of a failing or warning check whose parts sit on it."""
    out: dict[int, str] = {}
    for c in checks:
        if c.status == "pass":
            continue
        for ln in c.lines:
            if ln not in out or STATUS_ORDER[c.status] < STATUS_ORDER[out[ln]]:
                out[ln] = c.status
    return out


def text_lines(doc: Document, checks: Sequence[Check]) -> list[TextLine]:
    """The document's text with each checked line marked by its worst status, and the lines
    a problem's parts sit on marked as involved."""
    by_line: dict[int, Check] = {}
    for c in checks:
        if c.line is not None and (c.line not in by_line or
                                   STATUS_ORDER[c.status] < STATUS_ORDER[by_line[c.line].status]):
            by_line[c.line] = c
    involved = _involved(checks)
    out = []
    for k, text in enumerate(doc.lines, 1):
        i = doc.file_line(k)  # the checks name the file's lines
        c = by_line.get(i)
        if c is None:
            out.append(TextLine(i, ((text, None),), None, None, None, involved.get(i)))
            continue
        target = _stated_text(c)
        m = re.search(rf"(?<![\d.]){re.escape(target)}(?![\d])", text) if target else None
        parts = ((text[: m.start()], None), (m.group(0), c.status), (text[m.end():], None)) if m else ((text, c.status),)
        out.append(TextLine(i, parts, c.status, c.rule, c.message, involved.get(i)))
    return out


def _problems(doc_id: str, checks: Sequence[Check], pages: Sequence[PageView],
              text: bool) -> list[tuple[Check, str, str | None]]:
    """Failing checks and warnings with their anchor and the anchor of where they sit."""
    drawn = {p.number for p in pages}
    out = []
    for n, c in enumerate(c for c in checks if c.status != "pass"):
        if text and c.line:
            target: str | None = f"{doc_id}-l{c.line}"
        else:
            target = f"{doc_id}-p{c.page}" if c.page in drawn else None
        out.append((c, f"{doc_id}-c{n}", target))
    return out


def write_html(results: Sequence[tuple[Document, Sequence[Check]]], path: str | Path) -> None:
    env = Environment(autoescape=True)
    docs = []
    for i, (doc, checks) in enumerate(results):
        counts = {s: sum(1 for c in checks if c.status == s) for s in ("fail", "warn", "pass")}
        ordered = sorted(checks, key=lambda c: (STATUS_ORDER[c.status], c.line or 0))
        is_pdf = doc.format == "pdf"
        pages = pdf_pages(doc, checks) if is_pdf else []
        docs.append({"id": f"d{i}", "name": doc.name, "counts": counts, "checks": ordered, "pages": pages,
                     "problems": _problems(f"d{i}", ordered, pages, not is_pdf),
                     "text": [] if is_pdf else text_lines(doc, checks)})
    Path(path).write_text(env.from_string(TEMPLATE).render(docs=docs), encoding="utf-8")

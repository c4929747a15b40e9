"""Records, checks, blocks and scores as rich tables for a person at a terminal.

Document text is data, never markup: every cell goes to rich as a `Text` (so `[/dim]` in a
heading is shown, not parsed) after `safe()` has shown control characters escaped (so an ESC
sequence in a report cannot drive the terminal)."""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from extractor.models import Block, Check, Decision, Document, Figure

console = Console(highlight=False, emoji=False, width=None if sys.stdout.isatty() else 200)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def safe(s: object) -> str:
    """Text with every control character shown escaped ("\\x1b", "\\n"): fit for a terminal line."""
    return CONTROL.sub(lambda m: repr(m.group())[1:-1] if m.group() in "\n\r\t" else f"\\x{ord(m.group()):02x}"
                       if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}", str(s))


def _clip(s: str, n: int = 90) -> Text:
    s = safe(" ".join(s.split()))
    return Text(s if len(s) <= n else s[: n - 1] + "…")


def _t(s: object) -> Text:
    """A cell of document text, shown as it is."""
    return Text(safe(s))


def _m(s: object) -> str:
    """Document text inside a markup string: escaped for rich and for the terminal."""
    return escape(safe(s))


def print_blocks(doc: Document, blocks: Sequence[Block]) -> None:
    table = Table(title=_t(f"{doc.name} ({doc.format}, {doc.pages or '-'} pages, {len(blocks)} blocks)"),
                  show_lines=False)
    for col in ("kind", "page", "line", "headings", "text"):
        table.add_column(col, overflow="fold" if col == "text" else "ellipsis")
    for b in blocks:
        text = b.text if b.kind != "table" else f"[{len(b.rows)} rows] " + " / ".join(" | ".join(r) for r in b.rows[:3])
        table.add_row(b.kind, str(b.page or ""), str(b.line), _clip(" > ".join(b.heading_path), 40), _clip(text, 120))
    console.print(table)


def print_records(records: Sequence[Figure | Decision | Check]) -> None:
    figures = [r for r in records if isinstance(r, Figure)]
    decisions = [r for r in records if isinstance(r, Decision)]
    if figures:
        t = Table(title=f"{len(figures)} figures")
        for col in ("doc", "page", "line", "measure", "value", "unit", "stage", "period", "service", "area",
                    "stated", "evidence"):
            t.add_column(col)
        for f in figures:
            t.add_row(_t(f.doc), str(f.page or ""), str(f.line), f.measure, f"{f.value:g}", f.unit, f.stage or "",
                      f.period or "", f.service or "", _t(f.area or ""), _t(f.stated), _clip(f.evidence, 60))
        console.print(t)
    if decisions:
        t = Table(title=f"{len(decisions)} ombudsman decisions")
        for col in ("doc", "page", "line", "body", "kind", "outcome", "finding", "£", "area", "subject"):
            t.add_column(col)
        for d in decisions:
            t.add_row(_t(d.doc), str(d.page or ""), str(d.line), d.body, d.kind or "", d.outcome, _t(d.finding or ""),
                      "" if d.payment_gbp is None else f"{d.payment_gbp:g}", _t(d.area or ""), _clip(d.subject or "", 50))
        console.print(t)
    if not figures and not decisions:
        console.print("no figures or decisions found")


STATUS_STYLE = {"fail": "bold red", "warn": "yellow", "pass": "green"}


def print_checks(results: Sequence[tuple[Document, Sequence[Check]]], only_problems: bool = False,
                 names: Sequence[str] | None = None) -> None:
    """A reviewer's note per document: failures and warnings in full under the page and section
    they sit in (stated against expected, the lines involved), the passes counted by rule on one
    line (they are what was verified)."""
    for n, (doc, checks) in enumerate(results):
        counts = Counter(c.status for c in checks)
        name = names[n] if names and n < len(names) else doc.name
        console.print(f"[bold]{_m(name)}[/bold]: {counts['fail']} failed, {counts['warn']} warnings, "
                      f"{counts['pass']} passed")
        section_of = _sections(doc)
        shown: tuple[int | None, str] | None = None
        for c in sorted((c for c in checks if c.status != "pass"), key=lambda c: (c.page or 0, c.line or 0)):
            where = (c.page, section_of(c.line or 0))
            if where != shown:
                page = f"page {c.page} - " if c.page else ""
                console.print(f"  [dim]{page}{_m(_clip(where[1] or '(before the first heading)', 70))}[/dim]")
                shown = where
            console.print(f"    [{STATUS_STYLE[c.status]}]{c.status.upper():<4}[/] line {c.line} "
                          f"{c.rule}: {_m(c.message)}{_stated_expected(c)}{_other_lines(c)}", overflow="fold")
        passed = Counter(c.rule for c in checks if c.status == "pass")
        if passed and not only_problems:
            console.print("  [green]verified[/green]: " + ", ".join(f"{n} {rule}" for rule, n in sorted(passed.items())))


def _sections(doc: Document) -> Callable[[int], str]:
    """line -> the heading of the section it sits in (the last heading at or before the line)."""
    headings = [(b.line, b.text) for b in doc.blocks if b.kind == "heading" and not b.furniture]

    def section(line: int) -> str:
        found = [text for at, text in headings if at <= line]
        return found[-1] if found else ""
    return section


def _stated_expected(c: Check) -> str:
    if c.stated is None or c.expected is None:
        return ""
    return f" [dim](stated {c.stated:g}, expected {c.expected:g})[/dim]"


def _other_lines(c: Check) -> str:
    others = [ln for ln in c.lines if ln != c.line]
    if not others:
        return ""
    shown = ", ".join(str(ln) for ln in others[:8]) + (", ..." if len(others) > 8 else "")
    return f" [dim]- see also line{'s' if len(others) > 1 else ''} {shown}[/dim]"


def _prf(t: Sequence[float]) -> str:
    return "P {:.3f} R {:.3f} F1 {:.3f}".format(*t)


def print_eval(result: Any, verbose: bool = False) -> None:
    for s in result.docs:
        c = s.checks
        console.print(f"{_m(s.doc):<56} gold {s.gold_figures:>4} pred {s.pred_figures:>4}  core {_prf(s.core)}  "
                      f"full F1 {s.full[2]:.3f}  dec F1 {s.decisions[2]:.2f}  "
                      f"checks {c['found_at_line']}/{c['gold']} flagged {c['flagged']}")
        if verbose:
            for name in ("missed", "extra", "checks_missed", "checks_extra"):
                rows = getattr(s, name)
                if rows:
                    console.print(Text(safe(f"   {name}: {rows[:60]}")))
    console.print("-" * 100)
    for group, summary in sorted(result.groups.items()):
        _print_summary(group, summary)
    _print_summary("all", result.total)
    t = result.total
    c = t["checks"]
    console.print(f"RESULT core_f1={t['core'][2]:.3f} full_f1={t['full'][2]:.3f} dec_f1={t['decisions'][2]:.3f} "
                  f"checks={c['found_at_line']}/{c['gold']} false_alarms={c['false_alarms']}")


def _print_summary(name: str, summary: dict[str, Any]) -> None:
    c = summary["checks"]
    console.print(f"[bold]{name:<6}[/bold] core {_prf(summary['core'])} | full F1 {summary['full'][2]:.3f} | "
                  f"decisions F1 {summary['decisions'][2]:.3f} | checks found {c['found_at_line']}/{c['gold']}, "
                  f"false alarms {c['false_alarms']}")


def print_frame(frame: Any, title: str) -> None:
    table = Table(title=_t(title))
    for col in frame.columns:
        table.add_column(_t(col), overflow="fold")
    for row in frame.itertuples(index=False):
        table.add_row(*[_t("" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:g}"
                           if isinstance(v, float) else v) for v in row])
    console.print(table)

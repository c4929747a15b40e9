"""A cheap test before a costly regex: the words a pattern cannot match without.

Most rules fail on most texts, and a regex engine spends its time finding that out (a bounded
lazy scan tried against every alternative). `required(pattern)` reads the pattern's syntax tree
and returns literal strings of which any match must contain at least one; a text holding none
of them cannot match, so the regex is not run. The gate only ever skips certain failures: a
pattern it cannot read (syntax of the `regex` module that Python's parser lacks) gets no gate.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as sre
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import ahocorasick
import regex

MAX_NEEDS = 3  # the most telling sets of a pattern: a text that holds them mostly holds the rest
MIN_LITERAL = 2  # a shorter literal rules out too little to pay for the test
# syntax the `regex` module reads differently from Python's parser: no gate
FOREIGN = re.compile(r"\[:|\\[pPNXmMGK]|\(\?[|rfVw]|\{(?!\d|,\d)")
# characters whose lower case is not their match under the `regex` module's IGNORECASE
# (long s matches "s", dotted and dotless i): a text holding one is never gated
ODD_CASE = frozenset("\u017f\u0130\u0131")

Need = frozenset[str] | None  # one of these strings must occur; None: nothing is known


@lru_cache(maxsize=4096)
def required(pattern: str, verbose: bool = True) -> frozenset[str] | None:
    """Lower-case strings of which every match of `pattern` contains at least one, or None."""
    if FOREIGN.search(pattern):
        return None
    try:
        tree = sre.parse(pattern, re.VERBOSE if verbose else 0)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None
    need = _sequence(list(tree))
    if need is None or min(len(s) for s in need) < MIN_LITERAL:
        return None
    return _reduced(need)


def _reduced(need: frozenset[str]) -> frozenset[str]:
    """A word that holds another of the set adds no test ("march" holds "mar"): fewer tests per text."""
    return frozenset(s for s in need if not any(o != s and o in s for o in need))


Needs = tuple[frozenset[str], ...]  # a text must hold a string of each set; () when nothing is known


@lru_cache(maxsize=4096)
def required_all(pattern: str, verbose: bool = True) -> Needs:
    """Every set of strings, one per part of the pattern's top-level sequence that needs words, of
    which each match holds at least one, the most telling first. A rule whose best word is common
    ("complaint", "service") is often ruled out by a second ("uphold", "fault")."""
    if FOREIGN.search(pattern):
        return ()
    try:
        tree = sre.parse(pattern, re.VERBOSE if verbose else 0)
    except (re.error, OverflowError, RecursionError, ValueError):
        return ()
    found = {_reduced(o) for o in _options(list(tree)) if min(len(s) for s in o) >= MIN_LITERAL}
    return tuple(sorted(found, key=lambda o: (-min(map(len, o)), len(o), sorted(o))))[:MAX_NEEDS]


def admits_all(needs: Needs, lower: str) -> bool:
    """May a text whose lower case is `lower` match? (`needs` from `required_all`)"""
    for need in needs:
        for s in need:
            if s in lower:
                break
        else:
            return False
    return True


def admits(need: frozenset[str] | None, lower: str) -> bool:
    """May a text whose lower case is `lower` match? (`need` from `required`)."""
    if need is None:
        return True
    for s in need:  # a plain loop: any() over a generator costs more than the tests themselves
        if s in lower:
            return True
    return False


def lower_for_gate(text: str) -> str | None:
    """The text's lower case for `admits`, or None when its case cannot be trusted (then no gate)."""
    for ch in ODD_CASE:  # three substring tests: far cheaper than a set of the text's characters
        if ch in text:
            return None
    return text.lower()


def _best(options: Iterable[frozenset[str]]) -> Need:
    """The most telling requirement: the one whose shortest string is longest."""
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _sequence(items: list[tuple[object, object]]) -> Need:
    """A sequence needs every item: runs of literal characters, and what each item needs."""
    return _best(_options(items))


def _options(items: list[tuple[object, object]]) -> list[frozenset[str]]:
    """What each part of a sequence needs: each is required on its own."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is C.LITERAL and isinstance(arg, int) and arg < 128 and chr(arg).isalnum():
            run.append(chr(arg).lower())
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        need = _item(op, arg)
        if need is not None:
            options.append(need)
    if run:
        options.append(frozenset(["".join(run)]))
    return options


def _item(op: object, arg: object) -> Need:
    if op is C.SUBPATTERN:
        return _sequence(list(arg[-1]))  # (group, add_flags, del_flags, pattern)
    if op is C.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op is C.BRANCH:
        alternatives = [_sequence(list(alt)) for alt in arg[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = arg
        return _sequence(list(body)) if low >= 1 else None
    return None  # classes, categories, anchors, lookarounds, back references: nothing known


def may_match(rx: Any, lower: str | None) -> bool:
    """May compiled pattern `rx` match a text whose `lower_for_gate` is `lower`? For call sites
    that hold a compiled regex rather than its rule text."""
    if lower is None:
        return True
    hit = _COMPILED.get(id(rx))  # by identity: hashing a pattern hashes its whole source each time
    if hit is None or hit[0] is not rx:
        if len(_COMPILED) > 4096:
            _COMPILED.clear()
        hit = _COMPILED[id(rx)] = (rx, compiled_needs(rx))
    return admits_all(hit[1], lower)


def compiled_need(rx: Any) -> Need:
    """`required` of a compiled pattern."""
    return required(rx.pattern, bool(rx.flags & re.VERBOSE))


def compiled_needs(rx: Any) -> Needs:
    """`required_all` of a compiled pattern."""
    return required_all(rx.pattern, bool(rx.flags & re.VERBOSE))


_COMPILED: dict[int, tuple[Any, Needs]] = {}  # the rule files' patterns, kept for the process


# ---------------------------------------------------------------- many rules at once

ALL = -1  # a mask with every bit set: every rule admitted


class WordIndex:
    """`admits_all` for every rule of a list at once. A sentence is asked about by dozens of rules
    and a test per rule and string cost more than the searches they saved; one Aho-Corasick pass
    (pyahocorasick) finds every rule word the text holds, overlapping ones included, and each
    rule is then one mask test: `mask(low) & full[i] == full[i]` iff `admits_all(needs[i], low)`."""

    __slots__ = ("_automaton", "full")

    def __init__(self, needs: Sequence[Needs]) -> None:
        bits: dict[str, int] = {}  # word -> the (rule, set) pairs it satisfies, one bit each
        full: list[int] = []
        k = 0
        for rule_needs in needs:
            rule_bits = 0
            for need in rule_needs:
                for s in need:
                    bits[s] = bits.get(s, 0) | 1 << k
                rule_bits |= 1 << k
                k += 1
            full.append(rule_bits)
        self.full = tuple(full)  # a rule that needs nothing has 0: always admitted
        self._automaton = None
        if bits:
            self._automaton = ahocorasick.Automaton()
            for s, b in bits.items():
                self._automaton.add_word(s, b)
            self._automaton.make_automaton()

    def mask(self, lower: str | None) -> int:
        """The bits of every (rule, set) pair a text whose `lower_for_gate` is `lower` satisfies."""
        if lower is None:
            return ALL
        found = 0
        if self._automaton is not None:
            for _, b in self._automaton.iter(lower):
                found |= b
        return found


def compiled_index(patterns: Sequence[Any]) -> WordIndex:
    """A WordIndex of compiled patterns, by their `required_all` (None for a rule that is not gated)."""
    return WordIndex([compiled_needs(rx) if rx is not None else () for rx in patterns])


# ---------------------------------------------------------------- digits

ANY_DIGIT = regex.compile(r"\d")  # the rules' engine's \d: any Unicode decimal digit


def has_digit(text: str) -> bool:
    return ANY_DIGIT.search(text) is not None


@lru_cache(maxsize=1024)
def needs_digit(rx: Any) -> bool:
    """Does every match of compiled pattern `rx` hold a digit? ("2023/24", "Q[1-4]", "\\d+ days")
    A text without one cannot match: the test for rules that name no word at all."""
    if FOREIGN.search(rx.pattern):
        return False
    try:
        tree = sre.parse(rx.pattern, re.VERBOSE if rx.flags & re.VERBOSE else 0)
    except (re.error, OverflowError, RecursionError, ValueError):
        return False
    return _digit_sequence(list(tree))


def _digit_sequence(items: list[tuple[object, object]]) -> bool:
    return any(_digit_item(op, arg) for op, arg in items)


def _digit_item(op: object, arg: object) -> bool:
    if op is C.LITERAL:
        return isinstance(arg, int) and chr(arg).isdecimal()
    if op is C.IN:
        return bool(arg) and all(_digit_member(o, a) for o, a in arg)  # a negated class has NEGATE first
    if op is C.SUBPATTERN:
        return _digit_sequence(list(arg[-1]))
    if op is C.ATOMIC_GROUP:
        return _digit_sequence(list(arg))
    if op is C.BRANCH:
        return all(_digit_sequence(list(alt)) for alt in arg[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = arg
        return low >= 1 and _digit_sequence(list(body))
    return False  # anchors, lookarounds, back references, any character: nothing known


def _digit_member(op: object, arg: object) -> bool:
    if op is C.LITERAL:
        return chr(arg).isdecimal()
    if op is C.RANGE:
        return ord("0") <= arg[0] <= arg[1] <= ord("9")
    return op is C.CATEGORY and arg is C.CATEGORY_DIGIT

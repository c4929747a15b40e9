"""patterns/ -> validated rules. Rules are reviewed data, not code.

Every rule file is TOML with `[[rule]]` tables (or spaCy-style JSONL, one pattern per
line). Each rule has an `id` (it becomes the `rule` field of what it produces),
`examples` it must match and `counter_examples` it must not; tests run them all.
Shared regex parts live in patterns/parts.toml as `[parts] NAME = '''regex'''` and are
written `{NAME}` inside a rule's regex. Every problem in every file is collected and
reported at once, so a reviewer fixes a pattern file in one pass.
"""

from __future__ import annotations

import json
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import regex as re

from extractor.errors import PatternError

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"
_PART = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def patterns_dir() -> Path:
    """patterns/ beside the package (source tree) or inside it (installed wheel)."""
    installed = Path(__file__).resolve().parent / "patterns"
    return installed if installed.is_dir() else PATTERNS_DIR


@cache
def parts() -> dict[str, str]:
    """Named regex parts from parts.toml, themselves allowed to use earlier parts."""
    path = patterns_dir() / "parts.toml"
    if not path.exists():
        return {}
    raw = tomllib.loads(path.read_text(encoding="utf-8")).get("parts", {})
    out: dict[str, str] = {}
    for name, rx in raw.items():
        out[name] = expand(rx, out)
    return out


def expand(rx: str, known: dict[str, str] | None = None) -> str:
    """Replace {NAME} with its part, wrapped in a non-capturing group."""
    table = parts() if known is None else known

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in table:
            return m.group(0)
        return f"(?:{table[name]})"

    return _PART.sub(sub, rx)


@cache  # rules are compiled where they are used; expanding parts again each time costs more than the search
def compile_regex(rx: str) -> re.Pattern[str]:
    return re.compile(expand(rx), re.IGNORECASE | re.VERBOSE)


@cache
def load_rules(name: str, required: tuple[str, ...] = ("id",)) -> tuple[dict[str, Any], ...]:
    """Rules of patterns/NAME.toml (or .jsonl), validated; raises PatternError listing every problem."""
    base = patterns_dir()
    toml_path, jsonl_path = base / f"{name}.toml", base / f"{name}.jsonl"
    problems: list[str] = []
    if toml_path.exists():
        path = toml_path
        try:
            rules = tomllib.loads(toml_path.read_text(encoding="utf-8")).get("rule", [])
        except tomllib.TOMLDecodeError as exc:
            raise PatternError(f"{toml_path}: {exc}") from None
    elif jsonl_path.exists():
        path = jsonl_path
        rules = []
        for i, line in enumerate(jsonl_path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rules.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    problems.append(f"{jsonl_path}:{i}: {exc}")
    else:
        raise PatternError(f"no pattern file {name}.toml or {name}.jsonl in {base}")
    seen: set[str] = set()
    for i, rule in enumerate(rules, 1):
        where = f"{path.name} rule {i} ({rule.get('id', '?')})"
        for field in required:
            if field not in rule:
                problems.append(f"{where}: missing {field!r}")
        rid = rule.get("id")
        if rid in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(rid)
        if "regex" in rule:
            try:
                compile_regex(rule["regex"])
            except re.error as exc:
                problems.append(f"{where}: bad regex: {exc}")
    if problems:
        raise PatternError("; ".join(problems))
    return tuple(rules)


def all_rule_files() -> list[str]:
    """Names of every rule file (without extension), for tests that run every example."""
    base = patterns_dir()
    return sorted({p.stem for p in base.glob("*.toml") if p.stem != "parts"}
                  | {p.stem for p in base.glob("*.jsonl")})


def rule_regex(rule: dict[str, Any]) -> re.Pattern[str]:
    """A rule's regex, case-insensitive unless the rule says `case_sensitive = true`."""
    if rule.get("case_sensitive"):
        return re.compile(expand(rule["regex"]), re.VERBOSE)
    return compile_regex(rule["regex"])

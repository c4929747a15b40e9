#!/usr/bin/env bash
# Score tally on real reports with the reference scorer (pooled numbers):
#   dev-real first-sight excerpts (the 35 added in 2026-12), all 47 excerpts, the real originals
#   (--by-page), the held-out reports of tests/data/held_out_reports, and the sealed set. Needs ../shared beside the checkout (CI has it).
#   usage: bench/real_score.sh [TALLY]      (default .venv/bin/tally)
set -uo pipefail
cd "$(dirname "$0")/.."
TALLY=${1:-.venv/bin/tally}
SHARED=${SHARED:-../shared}
SCORE="python3 $SHARED/tools/score.py"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for cmd in extract check; do "$TALLY" $cmd corpus/excerpts --format jsonl 2>/dev/null; done > "$tmp/ex.jsonl"
first=$(tail -n +13 "$SHARED/dev-real/manifest.tsv" | cut -f1 | paste -sd, -)
echo "== dev-real first-sight (35)"; $SCORE "$tmp/ex.jsonl" corpus/gold --docs "$first" --summary
all=$(ls corpus/excerpts | sed 's/\.txt$//' | paste -sd, -)
echo "== corpus/excerpts (47)"; $SCORE "$tmp/ex.jsonl" corpus/gold --docs "$all" --summary
for cmd in extract check; do "$TALLY" $cmd "$SHARED/real-originals" --format jsonl 2>/dev/null; done > "$tmp/ro.jsonl"
echo "== real originals (--by-page)"; $SCORE "$tmp/ro.jsonl" "$SHARED/real-originals/gold" --by-page --summary
"$TALLY" extract tests/data/held_out_reports --format jsonl 2>/dev/null > "$tmp/ho.jsonl"
# tests/data/held_out_reports: 202 short reports and excerpts written here in words of our own (councils, NHS, housing,
# universities, fire, ombudsman letters, Scottish and NI indicators; text, Markdown, HTML) with
# core-field gold, written before the code that reads them. A thermometer: a mechanism that fails there
# gets its own test in new words (tests/test_held_out_*.py); never tune a rule to a sentence there.
echo "== held-out reports (written here, before the code that reads them)"; $SCORE "$tmp/ho.jsonl" tests/data/held_out_reports --summary
if [ "${NO_SEALED:-}" = "" ]; then echo "== sealed"; python3 "$SHARED/tools/sealed-score" "$TALLY"; fi

#!/usr/bin/env bash
# Score tally on real reports with the reference scorer (pooled numbers):
#   dev-real first-sight excerpts (the 35 added in 2026-12), all 47 excerpts, the real originals
#   (--by-page), and the sealed set. Needs ../shared beside the checkout (CI has it).
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
if [ "${NO_SEALED:-}" = "" ]; then echo "== sealed"; python3 "$SHARED/tools/sealed-score" "$TALLY"; fi

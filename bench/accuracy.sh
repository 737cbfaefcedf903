#!/bin/sh
# Accuracy of `wicrun extract` (a measurement, not a test):
#   bench/accuracy.sh
# scores the annotated sets in tests/annotated/ (dev, tune, heldout) and, when
# ../shared/seeds is present, the five real seed pages against
# tests/annotated/seeds_gold.jsonl.  Needs a built tree (tools/build.sh).
set -eu
cd "$(dirname "$0")/.."
wicrun=build/wicrun
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in dev tune heldout; do
  [ -f "tests/annotated/$set/gold.jsonl" ] || continue
  echo "== tests/annotated/$set"
  "$wicrun" extract "tests/annotated/$set" > "$tmp/$set.jsonl"
  python3 tests/annotated/score.py "tests/annotated/$set/gold.jsonl" \
    "$tmp/$set.jsonl" --validate "tests/annotated/$set" | head -3
done
if [ -d ../shared/seeds ]; then
  echo "== ../shared/seeds (real pages)"
  "$wicrun" extract ../shared/seeds/*.txt > "$tmp/seeds.jsonl"
  python3 tests/annotated/score.py tests/annotated/seeds_gold.jsonl \
    "$tmp/seeds.jsonl" --validate ../shared/seeds | head -3
fi

#!/bin/sh
# Benchmarks (not tests): they measure and print, they do not pass or fail.
#
#   bench/run.sh [SIZES...]      default sizes: 10 100 (MB); add 1000 for 1 GB
#
# Needs a built tree (tools/build.sh).  Prints, for `wicrun extract` over
# the reference corpus (../shared/corpora/sotu, when present), over the
# annotated news articles copied to 10 MB, and over generated corpora of
# each size: MB/s of article text on one thread and on
# every core, and peak resident memory (best of 3 runs for inputs under
# 200 MB; the first line is the fixed start-up cost, an empty file); then
# the cost of the sandbox's
# limits on a CPU-bound Lua loop.  Generated corpora are cached in
# bench/data/ (not committed).
set -eu
cd "$(dirname "$0")/.."
wicrun=build/wicrun
[ -x "$wicrun" ] || { echo "bench: build first (tools/build.sh)" >&2; exit 1; }
sizes=${*:-"10 100"}
cores=$(nproc)

# measure LABEL DIR THREADS: the best of `runs` extract runs (3 for inputs
# under 200 MB, else 1): MB/s, and peak RSS of that run
measure() {
  label=$1 dir=$2 threads=$3
  bytes=$(du -sbL "$dir" | cut -f1)
  runs=1
  [ "$bytes" -lt 200000000 ] && runs=3
  # one untimed run first: it reads the files (so that no timed run
  # measures the disk) and counts the figures through a pipe
  "$wicrun" extract --threads "$threads" --format jsonl "$dir" |
    wc -l > bench/data/figures.txt
  best=""
  i=0
  while [ $i -lt $runs ]; do
    # the JSON goes to /dev/null: a file would measure the disk, and a
    # pipe reader would take a core away from the extractor's threads
    /usr/bin/time -f "%e %M" -o bench/data/time.txt \
      "$wicrun" extract --threads "$threads" --format jsonl "$dir" > /dev/null
    read -r s k < bench/data/time.txt
    if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$s peak_kb=$k
    fi
    i=$((i + 1))
  done
  seconds=$best
  figures=$(cat bench/data/figures.txt)
  awk -v l="$label" -v b="$bytes" -v s="$seconds" -v k="$peak_kb" \
      -v t="$threads" -v f="$figures" 'BEGIN {
    printf "%-22s %2d thread(s) %8.1f MB %7.2f s %8.1f MB/s %8.1f MB peak %9d figures\n",
      l, t, b / 1e6, s, (s > 0 ? b / 1e6 / s : 0), k / 1024, f }'
}

mkdir -p bench/data
echo "wicrun extract (jsonl into /dev/null), $(nproc) cores; best of 3 runs under 200 MB"
: > bench/data/empty.txt
measure "start-up (empty file)" bench/data/empty.txt 1
if [ -d ../shared/corpora/sotu ]; then
  measure "sotu (10.7 MB real)" ../shared/corpora/sotu 1
  measure "sotu (10.7 MB real)" ../shared/corpora/sotu "$cores"
fi
# Real-style news: the annotated articles (tests/annotated/tune and dev,
# written for this project in many outlets' styles) copied until they make
# about 10 MB.  Their articles are short (2.7 KB on average) and dense in
# figures, so this line also shows the cost per article.
news=bench/data/news-10
if [ ! -d "$news" ]; then
  mkdir -p "$news"
  copy=0
  while [ "$(du -sb "$news" | cut -f1)" -lt 10000000 ]; do
    copy=$((copy + 1))
    mkdir "$news/$copy"
    cp tests/annotated/tune/*.txt tests/annotated/dev/*.txt "$news/$copy/"
  done
fi
measure "annotated news (x$(ls "$news" | wc -l))" "$news" 1
measure "annotated news (x$(ls "$news" | wc -l))" "$news" "$cores"
for size in $sizes; do
  dir=bench/data/gen-$size
  if [ ! -d "$dir" ]; then
    python3 bench/gen_corpus.py "$size" "$dir" >/dev/null
  fi
  measure "generated $size MB" "$dir" 1
  measure "generated $size MB" "$dir" "$cores"
done
rm -f bench/data/figures.txt bench/data/time.txt

echo
echo "Lua loop of 50M iterations: plain lua5.4, wicrun run, wicrun pack (sandbox + limits)"
loop='local x = 0 for i = 1, 50000000 do x = x + i % 7 end print(x)'
mkdir -p bench/data/looppack/scripts
printf 'name = "loop"\nversion = "1"\n' > bench/data/looppack/pack.lua
mkdir -p bench/data/looppack/articles
echo "A line." > bench/data/looppack/articles/a.txt
echo "$loop" > bench/data/looppack/scripts/main.lua
echo "$loop" > bench/data/loop.lua
"$wicrun" pack build bench/data/looppack -o bench/data/loop.zip 2>/dev/null
for run in "lua5.4 bench/data/loop.lua" "$wicrun run bench/data/loop.lua" \
           "$wicrun bench/data/loop.zip --out bench/data/loopout"; do
  if command -v "${run%% *}" >/dev/null 2>&1 || [ -x "${run%% *}" ]; then
    /usr/bin/time -f "%e" -o bench/data/time.txt $run >/dev/null
    printf "%-45s %s s\n" "$run" "$(cat bench/data/time.txt)"
  fi
done
rm -f bench/data/time.txt

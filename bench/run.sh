#!/usr/bin/env bash
# Speed and memory of `lagebild analyze` (segmentation only, and all stages) and `lagebild ingest` on
# the two news corpora in ../shared/data/news/ (~132 MB of JSON, ~125 M characters of text),
# with 1 and 2 analysis threads. Prints a Markdown table for bench/RESULTS.md.
#
#   bash bench/run.sh                  # builds build-bench/ (Release) if needed
#   LAGEBILD=build/lagebild bash bench/run.sh
#   THREADS="1 2 4" bash bench/run.sh
#   INGEST_RUNS=5 bash bench/run.sh   # ingest runs per thread count (median shown; default 3)
#
# MB/s counts the UTF-8 bytes of article text (after normalisation) per second of the run, as
# lagebild measures it (from the first read to the last output/commit, startup excluded).
# Peak memory is /usr/bin/time's maximum resident set size of the whole process. "MB per
# CPU-second" divides by user + system time of all threads: the figure to compare when the
# machine is shared and wall-clock rates are depressed by other work.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_DIR:-../shared}
corpora=("$shared/data/news/adl-german-news/adl-german-news.jsonl"
         "$shared/data/news/renewrs-german-news/renewrs-german-news.part00.jsonl.gz")
for c in "${corpora[@]}"; do
  [ -f "$c" ] || { echo "missing corpus: $c" >&2; exit 77; }
done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt install time)" >&2; exit 1; }

if [ -z "${LAGEBILD:-}" ]; then
  cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DLAGEBILD_BUILD_TESTS=OFF \
    > /dev/null
  cmake --build build-bench --parallel "${JOBS:-2}" --target lagebild_cli > /dev/null
  LAGEBILD=build-bench/lagebild
fi
threads_list=${THREADS:-"1 2"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs one command under /usr/bin/time; prints "summary-line|max-rss-kB".
measure() {
  /usr/bin/time -v "$@" > /dev/null 2> "$work/err" || {
    echo "failed: $*" >&2
    cat "$work/err" >&2
    exit 1
  }
  local summary rss cpu
  summary=$(grep -E '^(analyzed|ingested)' "$work/err" | tail -1)
  rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/err")
  cpu=$(awk -F: '/(User|System) time \(seconds\)/ {s += $2} END {print s}' "$work/err")
  echo "$summary|$cpu|$rss"
}

# Pulls "N articles", "X MB", "T tokens" and "S s" out of a summary line.
row() {
  local name=$1 threads=$2 line=$3
  local summary=${line%%|*} rest=${line#*|}
  local cpu=${rest%|*} rss=${rest##*|}
  local articles mb tokens seconds
  articles=$(grep -oE '([0-9,]+) (articles \(|read)' <<< "$summary" | head -1 | grep -oE '^[0-9,]+' | tr -d ,)
  mb=$(grep -oE '[0-9.]+ MB of text' <<< "$summary" | grep -oE '^[0-9.]+')
  tokens=$(grep -oE '[0-9,]+ tokens' <<< "$summary" | grep -oE '^[0-9,]+' | tr -d ,)
  seconds=$(grep -oE 'in [0-9.]+ s' <<< "$summary" | grep -oE '[0-9.]+')
  awk -v n="$name" -v t="$threads" -v a="$articles" -v m="$mb" -v k="$tokens" -v s="$seconds" \
      -v c="$cpu" -v r="$rss" 'BEGIN {
    printf "| %s | %d | %d | %.1f | %.1f | %.2f | %.1f | %.1f | %.0f | %.2f | %.0f |\n",
      n, t, a, m, s, m / s, m / s / t, m / c, a / s, k / s / 1e6, r / 1024
  }'
}

echo "lagebild bench: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), binary $LAGEBILD"
echo
echo "| run | threads | articles | text MB | seconds | MB/s | MB/s per thread | MB per CPU-second | articles/s | M tokens/s | peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for t in $threads_list; do
  row "analyze (segmentation)" "$t" "$(measure "$LAGEBILD" analyze --stages segment --threads "$t" "${corpora[@]}")"
done
# The whole pipeline (segmentation, entities, time, dating, quantities, attribution, events; issue
# 5 asks for >= 2 MB/s per thread) on both corpora. ALL_STAGES_CORPORA=adl limits it to the first.
all_corpora=("${corpora[@]}")
[ "${ALL_STAGES_CORPORA:-both}" = adl ] && all_corpora=("${corpora[0]}")
for t in $threads_list; do
  row "analyze (all stages)" "$t" "$(measure "$LAGEBILD" analyze --stages all --threads "$t" "${all_corpora[@]}")"
done
# Ingest is short (~6 s) and on a shared 2-core machine one run can be 10-15% off the next, so
# each thread count runs INGEST_RUNS times (default 3) into a new store; the table shows the run
# with the median time, and the line under it every run's articles/s.
ingest_runs=${INGEST_RUNS:-3}
ingest_notes=()
for t in $threads_list; do
  lines=()
  for ((r = 0; r < ingest_runs; ++r)); do
    rm -f "$work"/store.db*
    lines+=("$(measure "$LAGEBILD" ingest --stages segment --threads "$t" --db "$work/store.db" "${corpora[@]}")")
  done
  # Sort the runs by their time ("in S s" of the summary) and take the middle one.
  median=$(for l in "${lines[@]}"; do
    printf '%s\t%s\n' "$(grep -oE 'in [0-9.]+ s' <<< "$l" | grep -oE '[0-9.]+')" "$l"
  done | sort -g | sed -n "$(( (ingest_runs + 1) / 2 ))p" | cut -f2-)
  row "ingest (new store), median of $ingest_runs" "$t" "$median"
  rates=$(for l in "${lines[@]}"; do grep -oE '[0-9]+ articles/s' <<< "$l" | grep -oE '^[0-9]+'; done |
    paste -sd' ')
  ingest_notes+=("ingest with $t thread(s), articles/s of each run: $rates")
done
echo
for n in "${ingest_notes[@]}"; do echo "$n"; done

#!/bin/bash
# Tagging speed of the NER tagger (not a test): tags GermEval 2014 dev (41,653 tokens) N times
# and prints tokens per CPU second of the tagging thread, as measured by `eval ner`.
# Usage: bench/ner_bench.sh [BINARY] [MODEL] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/build/lagebild}
model=${2:-$here/data/models/ner-de.model}
rounds=${3:-5}
dev=$here/../shared/data/germeval2014/dev.tsv
for i in $(seq "$rounds"); do
  "$bin" eval ner --model "$model" "$dev" | awk '/^tagging speed/ { print $3 }'
done | sort -n | awk '{ v[NR] = $1 } END { printf "tokens per CPU second: median %d (min %d, max %d, %d runs)\n", v[int((NR + 1) / 2)], v[1], v[NR], NR }'

#!/usr/bin/env bash
# CI floor for the temporal tagger on the WikiWarsDE dev half (narrative mode): fails when lenient
# extent F1 < 0.90 or value accuracy < 0.82 (issue 4). HeidelTime on the same half: 0.937 / 0.855.
# Skipped (77) when the corpus is not present.
set -euo pipefail
data="${SHARED_DIR:-$(dirname "$0")/../../../shared}/data/wikiwars_de"
if [[ ! -d "$data/keyinline" ]]; then
  echo "WikiWarsDE not found at $data: skipped"
  exit 77
fi
"$LAGEBILD" eval timex --dir "$data" --mode narrative \
  --min-lenient-f1 0.90 --min-value-accuracy 0.82

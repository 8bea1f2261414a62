#!/bin/bash
# CI floor for the NER tagger: overall F1 on GermEval 2014 dev (outer layer, all twelve types,
# conlleval metric) must reach 0.78 (issue 3). Never lower this floor.
# Env (set by CTest): LAGEBILD = the binary, SHARED_DIR = ../shared. Exit 77 = skipped.
set -euo pipefail
source "$(dirname "$0")/../check_floor.sh"
DEV="${SHARED_DIR:-}/data/germeval2014/dev.tsv"
if [[ -z "${SHARED_DIR:-}" || ! -f "$DEV" ]]; then
  echo "SKIP: $DEV not found"
  exit 77
fi
out=$("$LAGEBILD" eval ner "$DEV")
echo "$out"
f1=$(awk '$1 == "overall" { print $7 }' <<<"$out")
failed=0
check_floor "overall F1" "$f1" 0.78 || failed=1
floor_status $failed

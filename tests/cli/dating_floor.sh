#!/bin/bash
# CI floor of document dating on the held-out ukraine-dev half of adl-german-news (issue 4):
# year >= 0.75, exact month >= 0.30 and within one month >= 0.45 as the issue asks (never lowered).
# The committed model reaches year 0.772, month 0.386, within one month 0.597 (N 412); the
# regression guards sit just below those figures, so that a worse model fails even while it still
# meets the issue's floors. Skipped (77) without the corpus.
set -euo pipefail
source "$(dirname "$0")/../check_floor.sh"
corpus="${SHARED_DIR:-$SOURCE_DIR/../shared}/data/news/adl-german-news/adl-german-news.jsonl"
model="$SOURCE_DIR/data/models/dating-vocabulary.model"
if [[ ! -f "$corpus" || ! -f "$model" ]]; then
  echo "skipped: needs $corpus and $model"
  exit 77
fi
out=$("$LAGEBILD" eval dating "$corpus" --select ukraine-dev --model "$model" --threads 2)
echo "$out"
value() { awk -v k="$1" '$1 == k { print $2 }' <<<"$out"; }
n=$(value N)
failed=0
[[ "$n" -ge 300 ]] || { echo "FAIL: only $n dev articles"; failed=1; }
check_floor year "$(value year)" 0.75 || failed=1
check_floor month "$(value month)" 0.30 || failed=1
check_floor within_one_month "$(value within_one_month)" 0.45 || failed=1
check_floor "year (regression guard)" "$(value year)" 0.765 || failed=1
check_floor "month (regression guard)" "$(value month)" 0.38 || failed=1
check_floor "within_one_month (regression guard)" "$(value within_one_month)" 0.59 || failed=1
floor_status $failed

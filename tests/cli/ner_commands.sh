#!/bin/bash
# tag-ner and eval ner on the fixture model: tag-ner prints every input line unchanged with the
# predicted label appended; eval ner reports all twelve types; a missing model is an error that
# names the file; train ner with --type-weights gives another model that still learns the data.
set -euo pipefail
FIX="$SOURCE_DIR/tests/fixtures/ner"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#\tsource\t[2024-01-01]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tbesuchte\tO\tO\n4\tParis\tB-LOC\tO\n5\t.\tO\tO\n\n' >"$tmp/in.tsv"
"$LAGEBILD" tag-ner --model "$FIX/ner-fixture.model" "$tmp/in.tsv" >"$tmp/out.tsv"
expected=$(printf '#\tsource\t[2024-01-01]\n1\tAngela\tB-PER\tO\tB-PER\n2\tMerkel\tI-PER\tO\tI-PER\n3\tbesuchte\tO\tO\tO\n4\tParis\tB-LOC\tO\tB-LOC\n5\t.\tO\tO\tO\n')
if [[ "$(cat "$tmp/out.tsv")" != "$expected" ]]; then
  echo "FAIL: tag-ner output differs"; diff <(echo "$expected") "$tmp/out.tsv"; exit 1
fi
"$LAGEBILD" eval ner --model "$FIX/ner-fixture.model" "$FIX/train.txt" >"$tmp/eval.txt"
grep -q '^overall .* F1 1.0000' "$tmp/eval.txt" || { cat "$tmp/eval.txt"; echo "FAIL: eval"; exit 1; }
[[ $(grep -cE '^(PER|LOC|ORG|OTH)(deriv|part)? ' "$tmp/eval.txt") -eq 12 ]] || { echo "FAIL: types"; exit 1; }
"$LAGEBILD" eval ner --json --model "$FIX/ner-fixture.model" "$FIX/train.txt" | grep -q '"LOCderiv"'
if "$LAGEBILD" eval ner --model "$tmp/missing.model" "$FIX/train.txt" 2>"$tmp/err.txt"; then
  echo "FAIL: missing model accepted"; exit 1
fi
grep -q "missing.model" "$tmp/err.txt" && grep -q "lagebild train ner" "$tmp/err.txt"
train=(train ner --train "$FIX/train.txt" --clusters "$FIX/clusters.tsv" --gazetteer "$FIX/gazetteer.tsv"
  --no-label-stats --epochs 10 --name fixture/train.txt --quiet)
"$LAGEBILD" "${train[@]}" --type-weights --out "$tmp/typed.model"
"$LAGEBILD" "${train[@]}" --out "$tmp/plain.model"
cmp -s "$tmp/plain.model" "$FIX/ner-fixture.model" || { echo "FAIL: CLI training differs from the fixture"; exit 1; }
if cmp -s "$tmp/typed.model" "$tmp/plain.model"; then echo "FAIL: --type-weights changed nothing"; exit 1; fi
"$LAGEBILD" eval ner --model "$tmp/typed.model" "$FIX/train.txt" | grep -q '^overall .* F1 1.0000' ||
  { echo "FAIL: the type-weight model does not learn the fixture"; exit 1; }
echo PASS

#!/usr/bin/env bash
# `lagebild analyze` is deterministic: the same bytes for 1 and 2 threads, articles in input
# order; stdin (plain and gzip) gives the same articles as the file.
set -uo pipefail
: "${LAGEBILD:?set LAGEBILD to the lagebild binary}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 3,000 generated articles of varied length (our own text), as JSON Lines and as text files.
awk 'BEGIN {
  for (i = 1; i <= 3000; i++) {
    text = "Meldung " i " aus Bremen."
    for (k = 0; k < (i * 7) % 30; k++)
      text = text " Der Senat beriet am " (1 + k % 28) ". Mai über " (i * k) " neue Wohnungen."
    printf "{\"id\": \"m%d\", \"date\": \"2021-05-%02d\", \"text\": \"%s\"}\n", i, 1 + i % 28, text
  }
}' > "$tmp/feed.jsonl"
mkdir "$tmp/texte"
for i in $(seq 1 40); do
  printf ' date 2020-%02d Nachricht %d\n\nDer Stadtrat tagte. Es ging um %d Bäume.\n' \
    $((1 + i % 12)) "$i" "$i" > "$tmp/texte/n$i.txt"
done

"$LAGEBILD" analyze --quiet --tokens --threads 1 "$tmp/feed.jsonl" "$tmp/texte" > "$tmp/one" \
  || fail "threads 1: exit $?"
"$LAGEBILD" analyze --quiet --tokens --threads 2 "$tmp/feed.jsonl" "$tmp/texte" > "$tmp/two" \
  || fail "threads 2: exit $?"
"$LAGEBILD" analyze --quiet --tokens --threads 7 "$tmp/feed.jsonl" "$tmp/texte" > "$tmp/seven" \
  || fail "threads 7: exit $?"
[ "$(wc -l < "$tmp/one")" -eq 3040 ] || fail "expected 3040 articles"
cmp -s "$tmp/one" "$tmp/two" || fail "threads 1 and 2 differ"
cmp -s "$tmp/one" "$tmp/seven" || fail "threads 1 and 7 differ"
# Input order: m1..m3000, then the text files in byte order (n1, n10, n11, ...).
head -1 "$tmp/one" | grep -q '^{"id":"m1",' || fail "first article is not m1"
sed -n 3000p "$tmp/one" | grep -q '^{"id":"m3000",' || fail "article 3000 is not m3000"
sed -n 3001p "$tmp/one" | grep -q '^{"id":"n1",' || fail "article 3001 is not n1"
sed -n 3002p "$tmp/one" | grep -q '^{"id":"n10",' || fail "article 3002 is not n10"

# stdin, plain and gzip: the same articles.
"$LAGEBILD" analyze --quiet --tokens - < "$tmp/feed.jsonl" > "$tmp/stdin" || fail "stdin: exit $?"
head -3000 "$tmp/one" | cmp -s - "$tmp/stdin" || fail "stdin output differs"
gzip -c "$tmp/feed.jsonl" > "$tmp/feed.jsonl.gz"
gzip -c "$tmp/feed.jsonl" | "$LAGEBILD" analyze --quiet --tokens - > "$tmp/stdin.gz.out" \
  || fail "gzip stdin: exit $?"
cmp -s "$tmp/stdin" "$tmp/stdin.gz.out" || fail "gzip on stdin differs"
"$LAGEBILD" analyze --quiet --tokens "$tmp/feed.jsonl.gz" > "$tmp/gz" || fail ".gz: exit $?"
cmp -s "$tmp/stdin" "$tmp/gz" || fail ".jsonl.gz differs"
# A text article on stdin.
printf ' date 2019-04 Eine Meldung von der Standardeingabe.' \
  | "$LAGEBILD" analyze --quiet - | grep -q '"id":"stdin".*"value":"2019-04","origin":"given"' \
  || fail "text on stdin"
echo "ok"

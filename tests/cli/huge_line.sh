#!/usr/bin/env bash
# A single 200 MB JSON line is read and analysed in linear time with memory bounded by a small
# multiple of the line, and the line after it still comes out. Segmentation only: this tests the
# reader and the stream, not the cost of the later stages on one giant article.
set -uo pipefail
# shellcheck source=../huge_line_input.sh
source "$(dirname "$0")/../huge_line_input.sh"
write_huge_line "$tmp/gross.jsonl" \
  'Der Verkehrsausschuss beriet am Montag lange über die neue Umgehungsstraße. '

/usr/bin/time -v "$LAGEBILD" analyze --quiet --stages segment --threads 2 "$tmp/gross.jsonl" \
  > "$tmp/out" 2> "$tmp/err" || fail "exit code $?"
[ "$(wc -l < "$tmp/out")" -eq 2 ] || fail "expected 2 articles"
tail -1 "$tmp/out" | grep -q '^{"id":"danach"' || fail "the line after the big one is missing"
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$tmp/err")
seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/err")
echo "200 MB line: max RSS ${rss_kb} kB, wall ${seconds}"
# The line, the decoded text and its JSON output each need ~200 MB; the token and sentence
# layers add ~12 bytes per token. 2.5 GB is far below "the file several times over" growth.
[ "$rss_kb" -lt 2500000 ] || fail "max RSS ${rss_kb} kB exceeds 2.5 GB"
echo "ok"

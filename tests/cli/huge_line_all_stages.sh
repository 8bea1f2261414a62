#!/usr/bin/env bash
# Issue 5, speed: "peak memory under 1 GB with two threads whatever the input size" with all
# stages. A single 200 MB JSON line (one article, one paragraph) is analysed in windows
# (Pipeline::analyze_windows) with its output spilled to temporary files; the line after it still
# comes out, spans point at their text, and the peak resident memory stays under 1 GB.
# Takes a few minutes of CPU (~200 MB through every stage).
set -uo pipefail
# shellcheck source=../huge_line_input.sh
source "$(dirname "$0")/../huge_line_input.sh"
write_huge_line "$tmp/gross.jsonl" \
  'Der Verkehrsausschuss beriet am Montag in Berlin lange über die neue Umgehungsstraße. '

TMPDIR="$tmp" /usr/bin/time -v "$LAGEBILD" analyze --quiet --stages all --threads 2 \
  "$tmp/gross.jsonl" > "$tmp/out" 2> "$tmp/err" || fail "exit code $?"
rm -f "$tmp/gross.jsonl"
[ "$(wc -l < "$tmp/out")" -eq 2 ] || fail "expected 2 articles"
tail -1 "$tmp/out" | grep -q '^{"id":"danach"' || fail "the line after the big one is missing"
# The last time expression of the big article points at "Montag" in the text (offsets across
# windows are shifted right).
head -1 "$tmp/out" | python3 -c '
import json, sys
d = json.loads(sys.stdin.readline())
t = d["text"]
assert len(d["sentences"]) > 2000000, len(d["sentences"])
assert len(d["timexes"]) > 2000000, len(d["timexes"])
for layer in ("timexes", "entities"):
    for s in d[layer][-3:]:
        assert t[s["start"]:s["end"]] == s["text"], s
' || fail "the big article's layers are wrong"
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$tmp/err")
seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/err")
echo "200 MB line, all stages: max RSS ${rss_kb} kB, wall ${seconds}"
[ "$rss_kb" -lt 1000000 ] || fail "max RSS ${rss_kb} kB exceeds 1 GB"
echo "ok"

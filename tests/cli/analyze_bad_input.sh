#!/usr/bin/env bash
# `lagebild analyze` on bad input: every problem is named (FILE or FILE:LINE), good articles
# still come out, exit code 1 when something was rejected, 2 on a usage error, 0 when all is fine.
set -uo pipefail
: "${LAGEBILD:?set LAGEBILD to the lagebild binary}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; echo "--- stderr:" >&2; cat "$tmp/err" >&2; exit 1; }

in="$tmp/eingang"
mkdir "$in"
printf 'Ein guter Artikel über den Hafen.' > "$in/gut.txt"
printf 'Gr\xfc\xdfe aus M\xfcnchen.' > "$in/latin1.txt"           # Latin-1, not UTF-8
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$in/bild.txt"             # binary
: > "$in/leer.txt"                                                  # empty
printf '{"id":"z1","text":"Eins."}\n{"id":"z2","text":\n{"id":"z3","text":"Drei."}\n' \
  > "$in/zeilen.jsonl"                                              # line 2 is malformed
printf 'keine Meldung' > "$in/notiz.md"                             # not an article file

"$LAGEBILD" analyze --quiet "$in" "$tmp/fehlt.txt" > "$tmp/out" 2> "$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "exit code $rc, expected 1"
[ "$(wc -l < "$tmp/out")" -eq 4 ] || fail "expected 4 articles, got $(wc -l < "$tmp/out")"
grep -q '"id":"z3"' "$tmp/out" || fail "the line after the malformed one was lost"
grep -q $'\xef\xbf\xbd' "$tmp/out" || fail "no U+FFFD in the repaired article"
for expected in \
  "ERROR $in/bild.txt: binary file" \
  "ERROR $in/zeilen.jsonl:2: malformed JSON" \
  "WARNING $in/latin1.txt: invalid UTF-8 at byte offset 2" \
  "WARNING $in/leer.txt: empty file" \
  "WARNING $in/notiz.md: skipped" \
  "ERROR $tmp/fehlt.txt: no such file" \
  "lagebild: 3 inputs rejected:"; do
  grep -qF "$expected" "$tmp/err" || fail "stderr lacks: $expected"
done

# Only good input: exit 0, and a summary unless --quiet.
"$LAGEBILD" analyze "$in/gut.txt" > "$tmp/out" 2> "$tmp/err" || fail "good input: exit $?"
grep -q "analyzed 1 articles" "$tmp/err" || fail "no summary"

# Usage errors: exit 2.
"$LAGEBILD" analyze > /dev/null 2>&1
[ $? -eq 2 ] || fail "no paths: expected exit 2"
"$LAGEBILD" analyze --threads 0 "$in/gut.txt" > /dev/null 2>&1
[ $? -eq 2 ] || fail "--threads 0: expected exit 2"
"$LAGEBILD" analyze --no-such-flag "$in/gut.txt" > /dev/null 2>&1
[ $? -eq 2 ] || fail "unknown flag: expected exit 2"
echo "ok"

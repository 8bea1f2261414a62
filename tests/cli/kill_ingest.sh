#!/usr/bin/env bash
# kill -9 during `lagebild ingest`, for real, at several moments: the store stays a valid SQLite
# file, and running the same ingest again completes it with every article exactly once.
set -uo pipefail
: "${LAGEBILD:?set LAGEBILD to the lagebild binary}"
tmp=$(mktemp -d)
trap '[ -n "${pid:-}" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

n=4000
awk -v n="$n" 'BEGIN {
  srand(7)
  for (i = 1; i <= n; i++) {
    text = "Meldung " i " aus Leipzig."
    for (k = 0; k < 3 + (i * 13) % 25; k++)
      text = text " Die Verkehrsbetriebe meldeten am " (1 + k % 28) ". Juni " (i + k) " Fahrgäste mehr als im Vorjahr."
    printf "{\"id\": \"art-%05d\", \"source\": \"Probe\", \"date\": \"2022-06-%02d\", \"title\": \"Meldung %d\", \"text\": \"%s\"}\n", i, 1 + i % 28, i, text
  }
}' > "$tmp/feed.jsonl"
db="$tmp/store.db"

# Integrity through whichever SQLite client is installed.
integrity() {
  if command -v sqlite3 > /dev/null; then
    sqlite3 "$db" 'PRAGMA integrity_check;'
  elif command -v python3 > /dev/null; then
    python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "$db"
  else
    echo ok
  fi
}
documents() {
  if command -v sqlite3 > /dev/null; then
    sqlite3 "$db" 'SELECT COUNT(*) FROM documents;'
  else
    "$LAGEBILD" stats --db "$db" --json | grep -o '"documents": *[0-9]*' | head -1 | grep -o '[0-9]*$'
  fi
}

kills=0
for delay in 0.05 0.2 0.4 0.7 1.0; do
  "$LAGEBILD" ingest --quiet --threads 2 --batch 64 --db "$db" "$tmp/feed.jsonl" \
    > /dev/null 2> "$tmp/err" &
  pid=$!
  # Wait until it has begun writing, then a little (a different moment each round) more.
  for _ in $(seq 1 200); do
    [ -s "$db-wal" ] && break
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.01
  done
  sleep "$delay"
  if kill -9 "$pid" 2> /dev/null; then
    kills=$((kills + 1))
  fi
  wait "$pid" 2> /dev/null
  pid=
  [ "$(integrity)" = "ok" ] || fail "integrity check failed after kill at +${delay}s"
  count=$(documents) || fail "stats failed after kill at +${delay}s"
  echo "killed at +${delay}s: ${count} documents stored"
  [ "$count" -le "$n" ] || fail "more documents than articles: $count"
done
[ "$kills" -ge 1 ] || fail "ingest always finished before it could be killed"

# Completing the run: every article exactly once.
"$LAGEBILD" ingest --threads 2 --db "$db" "$tmp/feed.jsonl" > /dev/null 2> "$tmp/err" \
  || fail "re-run failed: $(cat "$tmp/err")"
[ "$(integrity)" = "ok" ] || fail "integrity check failed after the re-run"
[ "$(documents)" -eq "$n" ] || fail "expected $n documents, got $(documents)"
if command -v sqlite3 > /dev/null; then
  [ "$(sqlite3 "$db" 'SELECT COUNT(DISTINCT id) FROM documents;')" -eq "$n" ] \
    || fail "duplicate ids"
fi
# The full-text index holds every article once too (the re-run prepares index terms only for
# the articles the killed runs did not store, and the writer indexes exactly those).
hits=$("$LAGEBILD" search --db "$db" --json --limit 100000 Verkehrsbetriebe | grep -c '"id"')
[ "$hits" -eq "$n" ] || fail "full-text index: expected $n hits, got $hits"
# And once more: nothing changes.
"$LAGEBILD" ingest --threads 2 --db "$db" "$tmp/feed.jsonl" > /dev/null 2> "$tmp/err" \
  || fail "second re-run failed"
grep -q "0 inserted, 0 replaced, 4,000 unchanged" "$tmp/err" || fail "re-run changed the store: $(cat "$tmp/err")"
echo "ok ($kills kills)"

#!/usr/bin/env bash
# The query commands on ../shared/seeds (skipped when absent): Selenskyj is one entity across
# the articles, the contested figures about North Korean soldiers are found with their sources,
# and the search acceptance of issue 2 still holds on a store the ingest command wrote.
set -uo pipefail
: "${LAGEBILD:?set LAGEBILD to the lagebild binary}"
seeds="${SHARED_DIR:-}/seeds"
[ -d "$seeds" ] || { echo "SKIPPED: no $seeds"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
db="$tmp/seeds.db"
field() { sed -n "s/.*\"$1\":\(\"[^\"]*\"\|[-0-9.e+]*\|null\).*/\1/p" | tr -d '"'; }

"$LAGEBILD" ingest --quiet --db "$db" "$seeds" 2> "$tmp/err" || fail "ingest: $(cat "$tmp/err")"

# One id for Selenskyj, mentioned in several articles.
"$LAGEBILD" entities --db "$db" --json --type PER > "$tmp/persons"
zelensky=$(grep -i 'selenskyj' "$tmp/persons" | head -1)
[ -n "$zelensky" ] || fail "no Selenskyj among the persons: $(head -5 "$tmp/persons")"
[ "$(grep -ci 'selenskyj' "$tmp/persons")" -eq 1 ] || fail "Selenskyj has several ids: $(grep -i selenskyj "$tmp/persons")"
[ "$(field articles <<< "$zelensky")" -ge 3 ] || fail "Selenskyj in too few articles: $zelensky"
id=$(field id <<< "$zelensky")

# The 10,000 (US side) and 11,000 (Selenskyj) North Korean soldiers.
"$LAGEBILD" claims --db "$db" --json --about nordkoreanische Soldaten > "$tmp/claims"
grep '"value":10000[,}]' "$tmp/claims" | grep -q '"id":"001' || fail "no 10,000: $(cat "$tmp/claims")"
grep '"value":11000[,}]' "$tmp/claims" | grep -q "\"source\":\"$id\"" || fail "11,000 not Selenskyj's: $(cat "$tmp/claims")"
grep -q '"value":50000[,}]' "$tmp/claims" && fail "the 50,000 Russian soldiers are not North Korean"

# Timeline of Selenskyj's statements, and the GeoJSON of the events.
"$LAGEBILD" timeline --db "$db" --json --entity "$id" > "$tmp/timeline"
[ "$(field id < "$tmp/timeline" | sort -u | wc -l)" -ge 2 ] || fail "Selenskyj's timeline spans fewer than 2 articles"
"$LAGEBILD" events --db "$db" --format geojson > "$tmp/geojson" 2> /dev/null || fail "geojson"
grep -q '"type": *"FeatureCollection"' "$tmp/geojson" || fail "no FeatureCollection"

# Search on the ingested store (issue 2's acceptance).
ids() { "$LAGEBILD" search --db "$db" --json "$1" | field id | cut -c1-3 | sort | tr '\n' ' '; }
[ "$(ids Drohne)" = "001 004 " ] || fail "Drohne finds: $(ids Drohne)"
[ "$(ids Abwehr)" = "000 001 002 " ] || fail "Abwehr finds: $(ids Abwehr)"
echo ok

#!/usr/bin/env bash
# The store's query commands end to end on a store ingested from the project's own examples/
# (all analysis stages): entities, show, timeline, events (table, jsonl, csv, geojson), claims;
# their filters, their JSON Lines, and their usage errors. Assertions check properties that hold
# whatever the taggers' exact output (order, filters, formats), plus a few facts the example
# articles state plainly.
set -uo pipefail
: "${LAGEBILD:?set LAGEBILD to the lagebild binary}"
: "${SOURCE_DIR:?set SOURCE_DIR to the repository}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
db="$tmp/examples.db"

"$LAGEBILD" ingest --quiet --db "$db" "$SOURCE_DIR/examples" 2> "$tmp/err" || fail "ingest: $(cat "$tmp/err")"
articles=$("$LAGEBILD" stats --db "$db" --json | grep -o '"documents": *[0-9]*' | head -1 | grep -o '[0-9]*$')
[ "$articles" -ge 10 ] || fail "expected the example articles, got $articles"
"$LAGEBILD" ingest --db "$db" "$SOURCE_DIR/examples" > /dev/null 2> "$tmp/err"
grep -q "0 inserted, 0 replaced, $articles unchanged" "$tmp/err" || fail "re-ingest changed the store: $(cat "$tmp/err")"

# Field of a JSON Lines record, for flat string/number fields (no jq needed).
field() { sed -n "s/.*\"$1\":\(\"[^\"]*\"\|[-0-9.e+]*\|null\|true\|false\).*/\1/p" | tr -d '"'; }

# --- entities: most mentioned first, counts consistent, filters work.
"$LAGEBILD" entities --db "$db" --json > "$tmp/entities" || fail "entities"
[ "$(wc -l < "$tmp/entities")" -ge 10 ] || fail "too few entities: $(wc -l < "$tmp/entities")"
field mentions < "$tmp/entities" > "$tmp/m"
sort -rn "$tmp/m" | cmp -s - "$tmp/m" || fail "entities not ordered by mentions"
while IFS= read -r line; do
  m=$(field mentions <<< "$line"); a=$(field articles <<< "$line")
  [ "$a" -ge 1 ] && [ "$a" -le "$m" ] && [ "$a" -le "$articles" ] || fail "bad counts: $line"
done < "$tmp/entities"
# The examples are about the war in Ukraine: Ukraine and Russia are among the top five.
head -5 "$tmp/entities" | grep -q '"id":"cty:UKR"' || fail "cty:UKR not in the top five"
head -5 "$tmp/entities" | grep -q '"id":"cty:RUS"' || fail "cty:RUS not in the top five"
"$LAGEBILD" entities --db "$db" --json --type PER > "$tmp/persons"
[ -s "$tmp/persons" ] || fail "no persons"
grep -v '"type":"PER"' "$tmp/persons" && fail "--type PER let other types through"
grep -q '"id":"per:dmytro_kuleba"' "$tmp/persons" || fail "Kuleba (examples/text/01) not listed"
[ "$("$LAGEBILD" entities --db "$db" --json --limit 3 | wc -l)" -eq 3 ] || fail "--limit 3"
"$LAGEBILD" entities --db "$db" > "$tmp/table"
head -1 "$tmp/table" | grep -q '^mentions  articles  type  id' || fail "table header"

# --- show: entities marked in the text, layers listed.
"$LAGEBILD" show --db "$db" 01_telefonat_aussenminister > "$tmp/show" || fail "show"
grep -q '\[Dmytro Kuleba|PER per:dmytro_kuleba\]' "$tmp/show" || fail "show does not mark Kuleba: $(head -12 "$tmp/show")"
grep -q '|LOCderiv cty:UKR\]' "$tmp/show" || fail "show does not mark the derived adjective"
grep -q '^time expressions (' "$tmp/show" || fail "show lists no time expressions"
grep -q '^roles (' "$tmp/show" || fail "show lists no roles"
"$LAGEBILD" show --db "$db" --json 01_telefonat_aussenminister > "$tmp/show.json"
grep -q '"entities":\[{' "$tmp/show.json" || fail "show --json has no entities"
"$LAGEBILD" show --db "$db" no-such-article > /dev/null 2>&1 && fail "show of an unknown id succeeded"

# --- timeline: in date order; --from/--to by overlap; --entity keeps its sentences.
"$LAGEBILD" timeline --db "$db" --json > "$tmp/timeline" || fail "timeline"
[ "$(wc -l < "$tmp/timeline")" -ge 5 ] || fail "too few dated statements"
field first < "$tmp/timeline" > "$tmp/f"
sort "$tmp/f" | cmp -s - "$tmp/f" || fail "timeline not in date order"
"$LAGEBILD" timeline --db "$db" --json --from 2024-03 --to 2024-03 > "$tmp/march"
[ -s "$tmp/march" ] || fail "nothing in 2024-03 (examples/text/01 is dated 2024-03)"
while IFS= read -r line; do
  f=$(field first <<< "$line"); l=$(field last <<< "$line")
  [[ "$f" < "2024-04-01" && ! "$l" < "2024-03-01" ]] || fail "outside 2024-03: $line"
done < "$tmp/march"
"$LAGEBILD" timeline --db "$db" --json --entity cty:UKR > "$tmp/ukraine"
[ -s "$tmp/ukraine" ] || fail "no dated statement mentions cty:UKR"
[ "$(wc -l < "$tmp/ukraine")" -le "$(wc -l < "$tmp/timeline")" ] || fail "--entity added statements"
[ -z "$("$LAGEBILD" timeline --db "$db" --json --entity per:nobody_at_all)" ] || fail "unknown entity found statements"
"$LAGEBILD" timeline --db "$db" --from 2024-13 > /dev/null 2>&1; [ $? -eq 2 ] || fail "bad --from is no usage error"

# --- events: jsonl, csv (RFC 4180), geojson.
"$LAGEBILD" events --db "$db" --format jsonl > "$tmp/events" || fail "events"
n=$(wc -l < "$tmp/events")
[ "$n" -ge 3 ] || fail "too few events: $n"
"$LAGEBILD" events --db "$db" --format jsonl --type assault > "$tmp/assaults"
[ -s "$tmp/assaults" ] || fail "no ASSAULT events"
grep -v '"type":"ASSAULT"' "$tmp/assaults" && fail "--type let other types through"
"$LAGEBILD" events --db "$db" --format jsonl --actor cty:RUS > "$tmp/russia"
while IFS= read -r line; do
  grep -qE '"(source|target)":"cty:RUS"' <<< "$line" || fail "--actor cty:RUS kept: $line"
done < "$tmp/russia"
"$LAGEBILD" events --db "$db" --format csv > "$tmp/csv"
head -1 "$tmp/csv" | grep -q $'^date,type,mode,source,.*,text\r$' || fail "csv header: $(head -1 "$tmp/csv")"
[ "$(grep -c $'\r$' "$tmp/csv")" -ge $((n + 1)) ] || fail "csv records must end with CRLF"
"$LAGEBILD" events --db "$db" --format geojson > "$tmp/geojson" 2> "$tmp/err" || fail "geojson"
if command -v python3 > /dev/null; then
  python3 - "$tmp/geojson" <<'PY' || fail "geojson structure"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["type"] == "FeatureCollection", doc["type"]
assert doc["features"], "no features"
for f in doc["features"]:
    assert f["type"] == "Feature"
    assert f["geometry"]["type"] == "Point"
    lon, lat = f["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90, (lon, lat)
    assert f["properties"]["place"], f
PY
fi
"$LAGEBILD" events --db "$db" --format xml > /dev/null 2>&1; [ $? -eq 2 ] || fail "bad --format is no usage error"

# --- claims: figures about drones, inflections matched, in date order.
"$LAGEBILD" claims --db "$db" --json --about Drohne > "$tmp/claims" || fail "claims"
[ -s "$tmp/claims" ] || fail "no figures about drones"
grep -q '"counted":"Drohnen"' "$tmp/claims" || fail "\"Drohne\" does not find \"Drohnen\""
field date < "$tmp/claims" | grep -v null > "$tmp/d"
sort "$tmp/d" | cmp -s - "$tmp/d" || fail "claims not in date order"
[ -z "$("$LAGEBILD" claims --db "$db" --json --about Quantencomputer)" ] || fail "claims for an absent word"
"$LAGEBILD" claims --db "$db" > /dev/null 2>&1; [ $? -eq 2 ] || fail "claims without --about is no usage error"
echo ok

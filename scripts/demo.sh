#!/usr/bin/env bash
# The main job on the bundled example corpus: install what is missing, build, ingest examples/
# into an embedded SQLite store and print a short report with how to search it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
db=build/examples.db
rm -f "$db" "$db-wal" "$db-shm"
./build/lagebild ingest --db "$db" examples/
echo
./build/lagebild stats --db "$db"
echo
echo "Search it, for example:"
echo "  ./build/lagebild search --db $db Drohne"
echo "  ./build/lagebild show --db $db <id>"

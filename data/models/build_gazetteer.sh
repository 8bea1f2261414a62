#!/bin/bash
# Builds data/models/ner-gazetteer-de.tsv, the NER tagger's name list (NAME<TAB>KIND), from the
# knowledge base in data/kb/. The snapshot is committed so that `lagebild train ner` reproduces
# the model even after the knowledge base grows. Columns are found by their header names.
# Usage (from the repository root): data/models/build_gazetteer.sh > data/models/ner-gazetteer-de.tsv
set -euo pipefail
kb=${1:-data/kb}
# column FILE HEADER: prints that column of a TSV with a header line (nothing if either is missing).
column() {
  [[ -f "$1" ]] || return 0
  awk -F'\t' -v h="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == h) c = i; next }
                        c && $c != "" { print $c }' "$1"
}
{
  column "$kb/persons.tsv" name | sed 's/$/\tPER/'
  awk -F'\t' 'NR > 1 && $1 ~ /^per:/ { print $2 "\tPER" }
              NR > 1 && $1 ~ /^org:/ { print $2 "\tORG" }' "$kb/name_variants.tsv" 2>/dev/null || true
  column "$kb/countries.tsv" name | sed 's/$/\tLOC/'
  column "$kb/places.tsv" name | sed 's/$/\tLOC/'
  column "$kb/place_variants.tsv" variant | sed 's/$/\tLOC/'
  column "$kb/regions.tsv" name | sed 's/$/\tLOC/'
  column "$kb/organisations.tsv" name | sed 's/$/\tORG/'
  # Country adjectives in their inflected forms ("ukrainisch" -> ukrainische, ukrainischen, ...).
  awk -F'\t' 'NR > 1 && $3 == "adjective" {
                n = split("/e/en/em/er/es", ends, "/")
                for (i = 1; i <= n; i++) {
                  w = $1 ends[i]; print w "\tLOCderiv"
                  print toupper(substr(w, 1, 1)) substr(w, 2) "\tLOCderiv"
                } }' "$kb/country_adjectives.tsv" 2>/dev/null || true
} | LC_ALL=C sort -u | awk -F'\t' 'NF == 2 && $1 !~ /^[[:space:]]*$/'

# Sourced by tests/cli/huge_line*.sh. Checks what they need (LAGEBILD, /usr/bin/time; exit 77
# skips), makes $tmp (removed on exit) and fail(), which prints the run's stderr.
# write_huge_line FILE SENTENCE writes FILE as one JSON line of 200 MB (the article "riesig":
# SENTENCE repeated as one paragraph, our own text, no newline inside the line) followed by the
# small article "danach", which must still come out after it.
write_huge_line() {
  local file=$1 sentence=$2 size=$((200 * 1000 * 1000))
  {
    printf '{"id": "riesig", "text": "'
    yes "$sentence" | tr -d '\n' | head -c "$size"
    printf '"}\n{"id": "danach", "text": "Die Zeile danach."}\n'
  } > "$file"
}

: "${LAGEBILD:?set LAGEBILD to the lagebild binary}"
[ -x /usr/bin/time ] || { echo "skipped: /usr/bin/time (package time) is missing"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; cat "$tmp/err" >&2; exit 1; }

# Sourced by tests/cli/huge_line*.sh. write_huge_line FILE SENTENCE writes FILE as one JSON line
# of 200 MB (the article "riesig": SENTENCE repeated as one paragraph, our own text, no newline
# inside the line) followed by the small article "danach", which must still come out after it.
write_huge_line() {
  local file=$1 sentence=$2 size=$((200 * 1000 * 1000))
  {
    printf '{"id": "riesig", "text": "'
    yes "$sentence" | tr -d '\n' | head -c "$size"
    printf '"}\n{"id": "danach", "text": "Die Zeile danach."}\n'
  } > "$file"
}

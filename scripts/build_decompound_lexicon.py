#!/usr/bin/env python3
"""Builds data/de/decompound_lexicon.tsv.gz, the word list the German decompounder splits with.

Counts every word (letters only, lower-cased) over the news corpora in ../shared/data/news/ and
keeps the noun-like ones: words written with a capital letter in most of their occurrences that
are not at the start of a sentence. German compounds are built from nouns (Luft+abwehr+kräfte,
Drohne+n+angriff), so nouns are the parts worth knowing; leaving out function words keeps
"aus", "mit" and "unter" from ever becoming compound parts.

Output: gzip'd TSV, `word<TAB>count<TAB>capitalised_percent`, most frequent first, after `#` header
lines naming the source and licence. Only statistics leave the corpora, never text.

Usage (from the repository root):
    python3 scripts/build_decompound_lexicon.py [--shared ../shared] [--min-count 3]
"""
import argparse
import collections
import gzip
import json
import os
import re

WORD = re.compile(r"[^\W\d_]+")  # letters only: hyphens, digits and apostrophes split words
SENTENCE_START = set('.!?:;"„“»«\'(\n')


def texts(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            for field in ("title", "text"):
                if record.get(field):
                    yield record[field]


def count(paths):
    total = collections.Counter()
    capitalised = collections.Counter()
    inside = collections.Counter()  # occurrences not at the start of a sentence
    for path in paths:
        for text in texts(path):
            for m in WORD.finditer(text):
                word = m.group(0)
                lower = word.lower()
                total[lower] += 1
                i = m.start() - 1
                while i >= 0 and text[i] == " ":
                    i -= 1
                if i < 0 or text[i] in SENTENCE_START:
                    continue
                inside[lower] += 1
                if word[0].isupper():
                    capitalised[lower] += 1
    return total, capitalised, inside


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-length", type=int, default=3)
    parser.add_argument("--min-capitalised", type=int, default=50, help="percent")
    parser.add_argument("--output", default=os.path.join(here, "..", "data", "de",
                                                         "decompound_lexicon.tsv.gz"))
    args = parser.parse_args()
    news = os.path.join(args.shared, "data", "news")
    paths = [os.path.join(news, "adl-german-news", "adl-german-news.jsonl"),
             os.path.join(news, "renewrs-german-news", "renewrs-german-news.part00.jsonl.gz")]
    total, capitalised, inside = count(paths)
    rows = []
    for word, n in total.items():
        if n < args.min_count or len(word) < args.min_length or inside[word] == 0:
            continue
        percent = round(100 * capitalised[word] / inside[word])
        if percent >= args.min_capitalised:
            rows.append((word, n, percent))
    rows.sort(key=lambda r: (-r[1], r[0]))
    # mtime=0: the same corpora give a byte-identical file.
    with open(args.output, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        header = (
            "# lagebild decompounding lexicon: noun-like German words with corpus frequencies.\n"
            "# source: word counts over ../shared/data/news (adl-german-news.jsonl, 6,803 articles;\n"
            "#   renewrs-german-news.part00.jsonl.gz, 7,041 articles). Article texts are the\n"
            "#   publishers' copyright; this file holds only derived statistics (no text).\n"
            "# built by: python3 scripts/build_decompound_lexicon.py "
            f"--min-count {args.min_count} --min-length {args.min_length} "
            f"--min-capitalised {args.min_capitalised}\n"
            "# columns: word (lower case) <TAB> count <TAB> percent of mid-sentence occurrences "
            "written with a capital letter\n")
        gz.write(header.encode("utf-8"))
        for word, n, percent in rows:
            gz.write(f"{word}\t{n}\t{percent}\n".encode("utf-8"))
    print(f"{len(rows)} words written to {args.output}")


if __name__ == "__main__":
    main()

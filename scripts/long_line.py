#!/usr/bin/env python3
"""Writes the long-input benchmark pair: the same text as one line and as one sentence a line.

    scripts/long_line.py OUT_DIR [SIZE_MB]        (default 1 MB)

The text is Reuters news: the sentences of ../shared/data/conll2003 (train, then dev and test;
at least four words each, in corpus order, so few repeat) with sentence-final punctuation
removed, as in transcripts or text scraped without it, so nergraph's sentence splitter cannot
cut the one-line file and the NER stage must window it. OUT_DIR/one-line/text.txt
holds it all on one line; OUT_DIR/sentences/text.txt holds the same words, a line per original
sentence. scripts/bench_long.sh times `nergraph run` on both.
"""
import os
import re
import sys


def main():
    out = sys.argv[1]
    size = int(float(sys.argv[2] if len(sys.argv) > 2 else 1) * 1024 * 1024)
    conll = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "conll2003")
    chosen, written = [], 0
    for split in ("train.txt", "dev.txt", "test.txt"):
        words = []
        for line in open(os.path.join(conll, split), encoding="utf-8"):
            columns = line.split()
            if columns and columns[0] != "-DOCSTART-":
                words.append(columns[0])
                continue
            if len(words) >= 4 and written < size:
                plain = re.sub(r"\s*[.!?]+$", "", " ".join(words))
                chosen.append(plain)
                written += len(plain.encode("utf-8")) + 1
            words = []
    if written < size:
        sys.exit(f"long_line.py: CoNLL-2003 holds only {written} bytes of sentences, fewer than {size}")
    for folder, joiner in (("one-line", " "), ("sentences", "\n")):
        os.makedirs(os.path.join(out, folder), exist_ok=True)
        with open(os.path.join(out, folder, "text.txt"), "w", encoding="utf-8") as handle:
            handle.write(joiner.join(chosen) + "\n")
    print(f"{len(chosen)} sentences, {written / 1048576:.2f} MB in {out}/one-line and {out}/sentences", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the long-input benchmark pair: the same text as one line and as one sentence a line.

    scripts/long_line.py OUT_DIR [SIZE_MB] [SEED]        (default 1 MB)

The text is the sample articles' sentences (shuffled, numbers varied) with sentence-final
punctuation removed, as in transcripts or text scraped without it, so nergraph's sentence
splitter cannot cut the one-line file and the NER stage must window it. OUT_DIR/one-line/text.txt
holds it all on one line; OUT_DIR/sentences/text.txt holds the same words, a line per original
sentence. scripts/bench_long.sh times `nergraph run` on both.
"""
import os
import random
import re
import sys


def main():
    out = sys.argv[1]
    size = int(float(sys.argv[2] if len(sys.argv) > 2 else 1) * 1024 * 1024)
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    seeds = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds")
    sentences = []
    for name in sorted(os.listdir(seeds)):
        if name.endswith(".txt"):
            text = open(os.path.join(seeds, name), encoding="utf-8").read()
            for line in text.splitlines():
                sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", line) if len(s.split()) >= 4]
    chosen, written = [], 0
    while written < size:
        rng.shuffle(sentences)
        for sentence in sentences:
            plain = re.sub(r"[.!?]+([\"”’)]*)$", r"\1", sentence)
            plain = re.sub(r"\d+", lambda m: str(rng.randint(1, 999)), plain)
            chosen.append(plain)
            written += len(plain.encode("utf-8")) + 1
            if written >= size:
                break
    for folder, joiner in (("one-line", " "), ("sentences", "\n")):
        os.makedirs(os.path.join(out, folder), exist_ok=True)
        with open(os.path.join(out, folder, "text.txt"), "w", encoding="utf-8") as handle:
            handle.write(joiner.join(chosen) + "\n")
    print(f"{len(chosen)} sentences, {written / 1048576:.2f} MB in {out}/one-line and {out}/sentences", file=sys.stderr)


if __name__ == "__main__":
    main()

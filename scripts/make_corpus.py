#!/usr/bin/env python3
"""Writes a large folder of article-like text for benchmarks: perturbed copies of the sample
articles (paragraphs shuffled, some words dropped or duplicated, numbers changed), about 5 KB a
file, 200 files a subfolder, deterministic for a given seed.

Usage: make_corpus.py OUT_DIR SIZE_MB [SEED]
"""
import os
import random
import re
import sys


def main():
    out, size_mb = sys.argv[1], float(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    seeds_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds")
    paragraphs = []
    for name in sorted(os.listdir(seeds_dir)):
        if name.endswith(".txt"):
            text = open(os.path.join(seeds_dir, name), encoding="utf-8").read()
            paragraphs += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]
    target = int(size_mb * 1024 * 1024)
    written, index = 0, 0
    while written < target:
        rng.shuffle(paragraphs)
        chosen = paragraphs[: rng.randint(8, 20)]
        body = []
        for paragraph in chosen:
            words = paragraph.split(" ")
            if len(words) > 8 and rng.random() < 0.5:
                del words[rng.randrange(len(words))]
            if rng.random() < 0.3:
                i = rng.randrange(len(words))
                words.insert(i, words[i])
            body.append(re.sub(r"\d+", lambda m: str(rng.randint(1, 999)), " ".join(words)))
        text = "\n\n".join(body) + "\n"
        folder = os.path.join(out, f"part{index // 200:04d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"article{index:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        written += len(text.encode("utf-8"))
        index += 1
    print(f"{index} files, {written / 1048576:.1f} MB in {out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes a synthetic shard work folder, as `nergraph plan` + `nergraph analyse` would leave it
for SIZE_GB of news input, so `nergraph link WORK --out OUT` can be measured at scales no
session can run NER on (docs: README, "Running on a cluster").

    scripts/synth_shards.py WORK SIZE_GB [SHARDS] [SEED]

Each synthetic article stands for 5 KB of input: 30 sentences, 18 of them with mentions (the
others are dropped by the analyse half, as real ones are). Names follow Zipf laws over pools
that grow with the corpus (people 20 per 1,000 articles, organizations 5, places 2, plus 150
countries), and each article names its people in full once, then by surname, as news does.
Deterministic for a given seed. Needs the `blake3` package (installed into .deps/pytools when
missing) to seal the shards as nergraph does.
"""
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".deps", "pytools"))
try:
    import blake3
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--target", os.path.join(HERE, "..", ".deps", "pytools"), "blake3"], check=True)
    import importlib

    importlib.invalidate_caches()
    import blake3

ARTICLE_BYTES = 5 * 1024
SYLLABLES = ["ka", "lo", "mi", "ran", "te", "vo", "sel", "dor", "an", "be", "cri", "fu", "ga", "hol", "jen", "kes", "lin", "mar", "nor", "pet", "quin", "ros", "sta", "tor", "ul", "ven", "wel", "yar", "zim"]
FIRST = ["James", "Mary", "John", "Linda", "Ahmed", "Olga", "Wei", "Fatima", "Carlos", "Anna", "Kenji", "Amara", "Ivan", "Sofia", "Raj", "Lena", "Omar", "Chloe", "Pedro", "Nadia"]
COUNTRIES = ["France", "Germany", "China", "Russia", "Brazil", "India", "Japan", "Kenya", "Mexico", "Turkey", "Canada", "Egypt", "Italy", "Spain", "Poland", "Iran", "Chile", "Peru", "Ghana", "Nepal"]
ORG_WORDS = ["Bank", "Council", "Party", "Group", "Institute", "Ministry", "Union", "Agency", "Foundation", "Corporation"]
VERBS = ["said", "met", "warned", "announced", "criticised", "praised", "visited", "rejected"]


def word(rng, parts):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def zipf_pick(rng, pool):
    # Zipf-like: index ~ pool_size ** u, so a few names dominate and most are rare.
    n = len(pool)
    return pool[min(n - 1, int(n ** rng.random()) - 1)]


def main():
    work, size_gb = sys.argv[1], float(sys.argv[2])
    shards = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    articles = max(1, int(size_gb * 1024 ** 3 / ARTICLE_BYTES))
    people = [(rng.choice(FIRST), word(rng, rng.randint(2, 3))) for _ in range(max(100, articles // 50))]
    orgs = [f"{word(rng, 2)} {rng.choice(ORG_WORDS)}" for _ in range(max(50, articles // 200))]
    places = [word(rng, 2) for _ in range(max(20, articles // 500))]
    os.makedirs(os.path.join(work, "shards"), exist_ok=True)
    identity = "synthetic-0000000000000000"
    documents = [{"path": f"synthetic/{i:08d}.txt", "bytes": ARTICLE_BYTES, "shard": i % shards} for i in range(articles)]
    plan = {
        "version": 1,
        "input": "synthetic",
        "input_dir": "/synthetic",
        "shards": shards,
        "model": {"dir": "/synthetic/model", "name": "synthetic", "identity": identity},
        "max_file_bytes": 16 * 1024 * 1024,
        "documents": documents,
        "skipped": [],
    }
    compact = json.dumps(plan, separators=(",", ":"), ensure_ascii=False).encode()
    digest = blake3.blake3(compact).hexdigest()[:16]
    with open(os.path.join(work, "plan.json"), "w") as f:
        json.dump(plan, f, indent=2)
    files = []
    for k in range(shards):
        os.makedirs(os.path.join(work, "shards", str(k)), exist_ok=True)
        files.append(open(os.path.join(work, "shards", str(k), "analysed.jsonl"), "w"))
    counts = [0] * shards
    for slot in range(articles):
        path = documents[slot]["path"]
        cast = [zipf_pick(rng, people) for _ in range(3)]
        named = set()
        sentences, mentions = [], []
        offset = 0
        for index in range(30):
            if index % 5 in (1, 3):  # sentences without mentions are not kept
                offset += 120
                continue
            first, last = rng.choice(cast)
            person = last if (first, last) in named else f"{first} {last}"
            named.add((first, last))
            org = zipf_pick(rng, orgs)
            place = rng.choice(COUNTRIES) if rng.random() < 0.6 else zipf_pick(rng, places)
            text = f"{person} {rng.choice(VERBS)} officials of the {org} in {place} on {rng.choice(['Monday', 'Friday'])}, {rng.randint(1, 99)} people attended."
            start = offset
            spans = []
            at = 0
            for surface, label in ((person, "PER"), (org, "ORG"), (place, "LOC")):
                at = text.index(surface, at)
                spans.append((at, surface, label))
                at += len(surface)
            for at, surface, label in spans:
                mentions.append({"document": path, "sentence": index, "start": start + at, "end": start + at + len(surface), "text": surface, "label": label, "score": 0.97})
            sentences.append({"index": index, "start": start, "end": start + len(text), "text": text})
            offset += len(text) + 1
        line = {"slot": slot, "document": {"path": path, "sentences": sentences, "mentions": mentions}}
        shard = slot % shards
        files[shard].write(json.dumps(line, separators=(",", ":")) + "\n")
        counts[shard] += 1
    for k, f in enumerate(files):
        f.close()
        report = {"shard": k, "model_identity": identity, "plan_digest": digest, "documents": counts[k], "sentences": counts[k] * 30, "cached": 0, "skipped": [], "warnings": []}
        with open(os.path.join(work, "shards", str(k), "complete.json"), "w") as out:
            json.dump(report, out, indent=2)
    print(f"synth_shards: {articles} articles ({size_gb} GB of input) in {shards} shards, {len(people)} people, {len(orgs)} organizations -> {work}", file=sys.stderr)


if __name__ == "__main__":
    main()

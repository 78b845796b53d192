#!/usr/bin/env python3
"""Trains nergraph's relation pair classifier (src/relations/learned.rs) from candidate pairs.

    python3 scripts/train_relations.py PAIRS.jsonl GOLD.json OUT_DIR [--train 0-399]

PAIRS.jsonl is what `nergraph run DOCS --out OUT --relation-model none --write-relation-pairs`
writes (OUT/relation-pairs.jsonl): every (person, organization/country) and (organization,
country) pair of mentions sharing a sentence, with its features and whether a pattern family
already related it. GOLD.json is a relation gold in Re-DocRED's format
(../shared/data/redocred/gold.json). A pair is labelled true when its two mentions overlap
mentions of two gold entities the gold relates by that kind (country tails compared as
countries, as score.py does).

The model is L2-regularised logistic regression over the pairs of the --train documents,
trained by AdaGrad for a fixed number of epochs in a seeded order (reproducible, seconds on one
core). The threshold per kind is the lowest probability at which the model's own pairs (those
no pattern gave) keep precision >= --precision, measured out of fold (--folds folds of the
--train documents). Documents outside --train are only reported. Standard library only.
"""
import argparse
import json
import math
import os
import random
import struct
import sys
from collections import defaultdict

KINDS = ["affiliated_with", "based_in"]


def parse_range(text):
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def gold_index(gold):
    """Per document key: mention list [(start, end, entity)], entity -> country key, relations."""
    docs = {}
    for key, doc in gold["documents"].items():
        mentions = [(m["start"], m["end"], e["id"]) for e in doc["entities"] for m in e["mentions"]]
        country = {e["id"]: e.get("country_key") for e in doc["entities"]}
        relations = set()
        for r in doc["relations"]:
            if r["kind"] in KINDS:
                tail = ("country", country[r["tail"]]) if country.get(r["tail"]) else ("entity", r["tail"])
                relations.add((r["kind"], r["head"], tail))
        docs[key] = (mentions, country, relations, doc["index"])
    return docs


def entity_at(mentions, span):
    best, best_overlap = None, 0
    for start, end, entity in mentions:
        overlap = min(end, span[1]) - max(start, span[0])
        if overlap > best_overlap:
            best, best_overlap = entity, overlap
    return best


def label(pair, docs):
    key = pair["document"].rsplit("/", 1)[-1].removesuffix(".txt")
    if key not in docs:
        return None, None
    mentions, country, relations, index = docs[key]
    head, tail = entity_at(mentions, pair["head"]), entity_at(mentions, pair["tail"])
    if head is None or tail is None:
        # The scorer leaves an edge whose end is no gold mention out of precision: so does this.
        return index, None
    tail_key = ("country", country[tail]) if country.get(tail) else ("entity", tail)
    return index, (pair["kind"], head, tail_key) in relations


def train(examples, epochs, l2, rate, seed):
    """AdaGrad logistic regression over sparse binary features; returns {feature: weight}."""
    weights, squares = defaultdict(float), defaultdict(float)
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            features, truth = examples[i]
            z = sum(weights[f] for f in features)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - (1.0 if truth else 0.0)
            for f in features:
                grad = g + l2 * weights[f]
                squares[f] += grad * grad
                weights[f] -= rate * grad / (math.sqrt(squares[f]) + 1e-8)
    return weights


def score(weights, features):
    z = sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def evaluate(rows, weights, thresholds):
    """Per kind: (pattern true, pattern all, model true, model all, gold-labelled pairs)."""
    out = {}
    for kind in KINDS:
        mine = [r for r in rows if r["kind"] == kind]
        pattern = [r for r in mine if r["by_pattern"]]
        model = [r for r in mine if not r["by_pattern"] and score(weights, r["features"]) >= thresholds[kind]]
        out[kind] = (sum(r["truth"] for r in pattern), len(pattern), sum(r["truth"] for r in model), len(model), sum(r["truth"] for r in mine))
    return out


def choose_threshold(scored, precision, least=20):
    """The lowest probability whose pairs at or above it hold `precision` (counted from the
    `least`-th pair on, so a lucky first few do not set it); 1.01 (never) when none does."""
    scored = sorted(scored, reverse=True)
    best, true = 1.01, 0
    for total, (p, truth) in enumerate(scored, 1):
        true += truth
        if total >= least and true / total >= precision and truth:
            best = p
    return best


def fit(rows, args):
    counts = defaultdict(int)
    for r in rows:
        for f in r["features"]:
            counts[f] += 1
    kept = {f for f, c in counts.items() if c >= args.min_count}
    examples = [([f for f in r["features"] if f in kept], r["truth"]) for r in rows]
    weights = train(examples, args.epochs, args.l2, args.rate, args.seed)
    return {f: w for f, w in weights.items() if f in kept and w != 0.0}, len(counts)


def write_safetensors(path, name, values):
    # The format is a little-endian u64 header length, a JSON header, then the raw bytes; written
    # by hand so this script needs nothing beyond the standard library.
    data = struct.pack(f"<{len(values)}f", *values)
    header = json.dumps({name: {"dtype": "F32", "shape": [len(values)], "data_offsets": [0, len(data)]}}).encode()
    header += b" " * ((8 - len(header) % 8) % 8)
    with open(path + ".tmp", "wb") as f:
        f.write(struct.pack("<Q", len(header)) + header + data)
    os.replace(path + ".tmp", path)


def write_json(path, value):
    with open(path + ".tmp", "w") as f:
        json.dump(value, f, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(path + ".tmp", path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs")
    parser.add_argument("gold")
    parser.add_argument("out")
    parser.add_argument("--train", default="0-399", help="documents to train on (the rest are only reported)")
    parser.add_argument("--folds", type=int, default=5, help="folds of --train documents for choosing the thresholds")
    parser.add_argument("--precision", type=float, default=0.85, help="out-of-fold precision of the model's pairs at the thresholds")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-count", type=int, default=2, help="features seen in fewer training pairs are dropped")
    args = parser.parse_args()

    docs = gold_index(json.load(open(args.gold)))
    rows = []
    for line in open(args.pairs):
        pair = json.loads(line)
        index, truth = label(pair, docs)
        if truth is not None:
            pair["index"], pair["truth"] = index, truth
            rows.append(pair)
    train_docs = set(parse_range(args.train))
    training = [r for r in rows if r["index"] in train_docs]
    rest = [r for r in rows if r["index"] not in train_docs]
    # Thresholds from out-of-fold probabilities: each fold of documents scored by a model
    # trained on the others, so the threshold sees pairs the way unseen text will look.
    out_of_fold = {kind: [] for kind in KINDS}
    for fold in range(args.folds):
        inside = [r for r in training if r["index"] % args.folds != fold]
        outside = [r for r in training if r["index"] % args.folds == fold and not r["by_pattern"]]
        weights, _ = fit(inside, args)
        for r in outside:
            out_of_fold[r["kind"]].append((score(weights, r["features"]), r["truth"]))
    thresholds = {kind: choose_threshold(out_of_fold[kind], args.precision) for kind in KINDS}
    weights, feature_count = fit(training, args)

    def report(name, part):
        for kind, (pt, pa, mt, ma, gold) in evaluate(part, weights, thresholds).items():
            both_t, both_a = pt + mt, pa + ma
            print(
                f"{name:6} {kind:16} pairs true {gold:4}; patterns {pt}/{pa}; model adds {mt}/{ma}; "
                f"together precision {both_t / max(both_a, 1):.3f} recall {both_t / max(gold, 1):.3f}",
                file=sys.stderr,
            )

    print(f"pairs: train {len(training)}, other {len(rest)}; features kept {len(weights)} of {feature_count}", file=sys.stderr)
    print(f"thresholds (out-of-fold precision of the model's pairs >= {args.precision}): {thresholds}", file=sys.stderr)
    for kind in KINDS:
        scored = out_of_fold[kind]
        taken = [t for p, t in scored if p >= thresholds[kind]]
        print(f"  {kind}: out of fold, the model adds {sum(taken)}/{len(taken)} of {sum(t for _, t in scored)} true pairs the patterns missed", file=sys.stderr)
    report("train", training)
    if rest:
        report("other", rest)

    os.makedirs(args.out, exist_ok=True)
    vocab = {f: i for i, f in enumerate(sorted(weights))}
    write_safetensors(os.path.join(args.out, "model.safetensors"), "weight", [weights[f] for f in sorted(weights)])
    write_json(os.path.join(args.out, "vocab.json"), vocab)
    write_json(
        os.path.join(args.out, "config.json"),
        {
            "model_type": "nergraph-relation-pairs",
            "features": "lexical-v1",
            "thresholds": {k: round(v, 6) for k, v in thresholds.items()},
            "training": {
                "pairs": os.path.basename(args.pairs),
                "gold": args.gold,
                "train_documents": args.train,
                "threshold_folds": args.folds,
                "threshold_precision": args.precision,
                "epochs": args.epochs,
                "l2": args.l2,
                "rate": args.rate,
                "seed": args.seed,
                "min_count": args.min_count,
            },
        },
    )


if __name__ == "__main__":
    main()

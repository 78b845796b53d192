#!/usr/bin/env python3
"""Measures issue 11's idea of a pair classifier over the NER encoder's token vectors.

    scripts/measure_vector_pairs.sh        (installs what this needs, then runs it)
    python3 scripts/vector_pairs.py PAIRS.jsonl GOLD.json [--docs 0-399] [--layers 6] [--c 0.01]

PAIRS.jsonl is `nergraph run ../shared/data/redocred/docs --relation-model none
--write-relation-pairs` output; pairs are labelled as scripts/relation_inputs.py labels them.
A numpy forward pass of the default NER model (models/minilm-l6-wordcase-ner, word-case token
types as nergraph feeds them) over each pair's line gives every subword a vector per layer; a
mention's vector is the mean of its subwords'. Features: head, tail, their product, the mean of
the subwords between, the distance, the order and the kind. A logistic regression is scored
5-fold out of fold by document (document number mod 5) over the --docs documents; printed is
the precision at the top k of the pairs no pattern related, per kind: what the model would add
to the patterns, as the fine-tuned relation model (models/relations-minilm) was judged.
Documents 400-499 are never read here.
"""
import argparse
import json
import math
import os
import sys

import numpy as np
from safetensors.numpy import load_file
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tokenizers import Tokenizer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import relation_inputs  # noqa: E402

HIDDEN, HEADS, LAYERS = 384, 12, 6


def erf(x):
    """Abramowitz and Stegun 7.1.26 (error under 1.5e-7): numpy has no erf."""
    sign, x = np.sign(x), np.abs(x)
    t = 1 / (1 + 0.3275911 * x)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
    return sign * (1 - poly * np.exp(-x * x))


def layer_norm(x, gain, bias, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gain + bias


def word_case(word):
    """nergraph's WordCase (src/ner/tokenizer.rs): 0 no letters, 1 lower, 2 Capitalised, 3 ALL CAPS."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return 0
    if not letters[0].isupper():
        return 1
    return 3 if len(letters) > 1 and all(c.isupper() for c in letters[1:]) else 2


class Encoder:
    def __init__(self, model_dir):
        self.w = {k: v.astype(np.float32) for k, v in load_file(os.path.join(model_dir, "model.safetensors")).items()}
        self.tokenizer = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()

    def __call__(self, text):
        """Every layer's subword vectors of `text`, and the subwords' character offsets."""
        w = self.w
        enc = self.tokenizer.encode(text)
        spans = {}
        for (start, end), word in zip(enc.offsets, enc.word_ids):
            if word is not None:
                a, b = spans.get(word, (start, end))
                spans[word] = (min(a, start), max(b, end))
        types = np.array([0 if word is None else word_case(text[slice(*spans[word])]) for word in enc.word_ids])
        n = len(enc.ids)
        x = w["bert.embeddings.word_embeddings.weight"][enc.ids] + w["bert.embeddings.position_embeddings.weight"][:n]
        x = layer_norm(x + w["bert.embeddings.token_type_embeddings.weight"][types], w["bert.embeddings.LayerNorm.weight"], w["bert.embeddings.LayerNorm.bias"])
        layers, d = [x], HIDDEN // HEADS
        for l in range(LAYERS):
            p = f"bert.encoder.layer.{l}."
            q, k, v = (
                (x @ w[p + f"attention.self.{m}.weight"].T + w[p + f"attention.self.{m}.bias"]).reshape(n, HEADS, d).transpose(1, 0, 2)
                for m in ("query", "key", "value")
            )
            a = q @ k.transpose(0, 2, 1) / math.sqrt(d)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(1, 0, 2).reshape(n, HIDDEN) @ w[p + "attention.output.dense.weight"].T + w[p + "attention.output.dense.bias"]
            x = layer_norm(c + x, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            i = x @ w[p + "intermediate.dense.weight"].T + w[p + "intermediate.dense.bias"]
            i = 0.5 * i * (1 + erf(i / math.sqrt(2)))
            o = i @ w[p + "output.dense.weight"].T + w[p + "output.dense.bias"]
            x = layer_norm(o + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
            layers.append(x)
        return layers, enc.offsets


def features(pairs, gold, docs_dir, wanted, encoder, layers):
    docs = relation_inputs.gold_index(gold)
    cache, rows = {}, []
    for pair in pairs:
        index, truth = relation_inputs.label(pair, docs)
        if truth is None or index not in wanted:
            continue
        raw = open(os.path.join(docs_dir, pair["document"]), "rb").read()
        # (The line that holds the head: a Re-DocRED line is a sentence or more of nergraph's.)
        start = raw.rfind(b"\n", 0, pair["head"][0]) + 1
        end = raw.find(b"\n", pair["head"][0])
        key = (pair["document"], start)
        if key not in cache:
            line = raw[start : end if end >= 0 else len(raw)]
            cache[key] = (line, *encoder(line.decode("utf-8")))
        line, vectors, offsets = cache[key]
        chars = lambda byte: len(line[: byte - start].decode("utf-8", "ignore"))  # noqa: E731
        subwords = lambda span: [i for i, (s, e) in enumerate(offsets) if e > s and s >= chars(span[0]) and e <= chars(span[1])]  # noqa: E731
        head, tail = subwords(pair["head"]), subwords(pair["tail"])
        if not head or not tail:
            continue
        lo, hi = (max(head) + 1, min(tail)) if head[0] < tail[0] else (max(tail) + 1, min(head))
        parts = []
        for layer in layers:
            x = vectors[layer]
            h, t = x[head].mean(0), x[tail].mean(0)
            parts += [h, t, h * t, x[lo:hi].mean(0) if hi > lo else np.zeros(HIDDEN)]
        parts.append(np.array([math.log1p(max(0, hi - lo)), float(head[0] < tail[0]), float(pair["kind"] == "based_in")]))
        rows.append((index, pair["kind"], bool(pair["by_pattern"]), bool(truth), np.concatenate(parts)))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs")
    parser.add_argument("gold")
    parser.add_argument("--docs", default="0-399")
    parser.add_argument("--docs-dir", default=None, help="default: docs/ beside GOLD.json")
    parser.add_argument("--model", default="models/minilm-l6-wordcase-ner")
    parser.add_argument("--layers", default="6", help="encoder layers whose vectors are used, e.g. 3,6 (0 = embeddings)")
    parser.add_argument("--c", type=float, default=0.01, help="inverse regularisation strength")
    args = parser.parse_args()
    wanted = set(relation_inputs.parse_range(args.docs))
    docs_dir = args.docs_dir or os.path.join(os.path.dirname(args.gold), "docs")
    pairs = [json.loads(line) for line in open(args.pairs)]
    rows = features(pairs, json.load(open(args.gold)), docs_dir, wanted, Encoder(args.model), [int(l) for l in args.layers.split(",")])
    doc = np.array([r[0] for r in rows])
    kind = np.array([r[1] for r in rows])
    by_pattern = np.array([r[2] for r in rows])
    y = np.array([r[3] for r in rows])
    x = np.stack([r[4] for r in rows])
    print(f"{len(y)} labelled pairs ({y.sum()} related); the patterns related {by_pattern.sum()} at precision {y[by_pattern].mean():.3f}")
    out_of_fold = np.zeros(len(y))
    for fold in range(5):
        train, test = doc % 5 != fold, doc % 5 == fold
        model = make_pipeline(StandardScaler(), LogisticRegression(C=args.c, max_iter=3000))
        model.fit(x[train], y[train])
        out_of_fold[test] = model.predict_proba(x[test])[:, 1]
    print(f"layers {args.layers}, C {args.c}: precision at the top k of the pairs no pattern related (out of fold)")
    for k in ("affiliated_with", "based_in"):
        idx = np.where((kind == k) & ~by_pattern)[0]
        order = idx[np.argsort(-out_of_fold[idx])]
        tops = " ".join(f"{n}: {y[order[:n]].mean():.2f}" for n in (10, 20, 30, 50, 75, 100))
        print(f"  {k}: {len(idx)} pairs, {y[idx].sum()} related; {tops}")


if __name__ == "__main__":
    main()

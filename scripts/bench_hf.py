#!/usr/bin/env python3
"""The Hugging Face transformers baseline on the same data, model and threads as nergraph.

Measures (1) a hand-written loop: sentences sorted by length, batches of 32, no_grad, argmax of
the first subword of each word; and (2) the `token-classification` pipeline with
aggregation_strategy="first" and batch_size=32. Prints one JSON object per mode with subword
tokens (special tokens included, padding not), sentences, seconds and rates.

Needs torch and transformers importable (e.g. the full torch 2.4.x wheel and transformers 4.46
in a venv or on PYTHONPATH); not part of CI.

Usage: bench_hf.py CONLL_FILE [MODEL_DIR] [THREADS]
"""
import json
import sys
import time

import torch
from transformers import AutoModelForTokenClassification, AutoTokenizer, pipeline


def sentences(path):
    out, words = [], []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if words:
                out.append(words)
                words = []
            continue
        words.append(cols[0])
    if words:
        out.append(words)
    return out


def report(mode, n_sentences, tokens, seconds):
    print(json.dumps({
        "tool": "transformers", "mode": mode, "sentences": n_sentences, "subword_tokens": tokens,
        "seconds": round(seconds, 3), "sentences_per_second": round(n_sentences / seconds, 1),
        "tokens_per_second": round(tokens / seconds, 1), "torch": torch.__version__,
        "threads": torch.get_num_threads(),
    }), flush=True)


def main():
    path = sys.argv[1]
    model_dir = sys.argv[2] if len(sys.argv) > 2 else "models/conll03-minilm-l6-uncased"
    torch.set_num_threads(int(sys.argv[3]) if len(sys.argv) > 3 else 2)
    data = sentences(path)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForTokenClassification.from_pretrained(model_dir).eval()

    # (1) the hand-written loop
    order = sorted(range(len(data)), key=lambda i: len(tokenizer(data[i], is_split_into_words=True)["input_ids"]))
    tokens = 0
    start = time.perf_counter()
    with torch.no_grad():
        for b in range(0, len(order), 32):
            batch = [data[i] for i in order[b:b + 32]]
            enc = tokenizer(batch, is_split_into_words=True, padding=True, return_tensors="pt")
            tokens += int(enc["attention_mask"].sum())
            labels = model(**enc).logits.argmax(-1)
            for row in range(len(batch)):
                seen = set()
                for pos, word in enumerate(enc.word_ids(row)):
                    if word is not None and word not in seen:
                        seen.add(word)
                        _ = int(labels[row, pos])
    report("loop", len(data), tokens, time.perf_counter() - start)

    # (2) the pipeline
    ner = pipeline("token-classification", model=model, tokenizer=tokenizer, aggregation_strategy="first", device=-1)
    texts = [" ".join(words) for words in data]
    start = time.perf_counter()
    _ = ner(texts, batch_size=32)
    report("pipeline", len(data), tokens, time.perf_counter() - start)


if __name__ == "__main__":
    main()

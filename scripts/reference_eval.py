#!/usr/bin/env python3
"""Reference NER figures with Hugging Face transformers, for comparison with `nergraph eval`.

Labels each word of a CoNLL file by its first subword (each sentence one sequence, words given
pre-split), and scores with conlleval rules. Needs torch and transformers importable, e.g.
    pip install --target /tmp/hf transformers==4.46.3 numpy   # torch: .deps/python from setup.sh
    PYTHONPATH=.deps/python:/tmp/hf python3 scripts/reference_eval.py dev.txt 500

Usage: reference_eval.py CONLL_FILE [MAX_SENTENCES] [MODEL_DIR]

`read_conll` and `score` are also the CoNLL reader and scorer of scripts/bench_ort.py (torch is
imported only by `main`).
"""
import sys


def read_conll(path, limit=0):
    sentences, words, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        words.append(cols[0])
        tags.append(cols[-1])
    if words:
        sentences.append((words, tags))
    return sentences[:limit] if limit else sentences


def chunks(tags):
    """conlleval chunks as (start, end, type)."""
    found, start, kind, prev = [], None, None, ("O", "")
    for i, tag in enumerate(tags + ["O"]):
        pos, typ = (tag[0], tag[2:]) if tag != "O" else ("O", "")
        end = prev[0] != "O" and (pos in ("O", "B") or typ != prev[1])
        if start is not None and end:
            found.append((start, i, kind))
            start = None
        if pos != "O" and (start is None):
            start, kind = i, typ
        prev = (pos, typ)
    return found


def score(gold, predicted):
    """conlleval's overall (precision, recall, f1, gold chunks, predicted chunks, correct) over
    sentences of gold and predicted tags."""
    gold_n = pred_n = correct = 0
    for gold_tags, predicted_tags in zip(gold, predicted):
        g, p = set(chunks(gold_tags)), set(chunks(predicted_tags))
        gold_n, pred_n, correct = gold_n + len(g), pred_n + len(p), correct + len(g & p)
    precision, recall = correct / max(pred_n, 1), correct / max(gold_n, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-12)
    return precision, recall, f1, gold_n, pred_n, correct


def main():
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    path = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    model_dir = sys.argv[3] if len(sys.argv) > 3 else "models/conll03-minilm-l6-uncased"
    torch.set_num_threads(2)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForTokenClassification.from_pretrained(model_dir).eval()
    id2label = model.config.id2label
    sentences = read_conll(path, limit)
    predicted = []
    for words, _ in sentences:
        enc = tokenizer(words, is_split_into_words=True, return_tensors="pt")
        with torch.no_grad():
            ids = model(**enc).logits[0].argmax(-1).tolist()
        pred, seen = ["O"] * len(words), set()
        for pos, w in enumerate(enc.word_ids()):
            if w is not None and w not in seen:
                seen.add(w)
                pred[w] = id2label[ids[pos]]
        predicted.append(pred)
    precision, recall, f1, gold_n, pred_n, correct = score([gold for _, gold in sentences], predicted)
    print(f"f1 {f1:.4f} precision {precision:.4f} recall {recall:.4f} gold {gold_n} predicted {pred_n} correct {correct}")


if __name__ == "__main__":
    main()

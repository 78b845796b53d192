#!/usr/bin/env python3
"""Labels nergraph's candidate relation pairs from a gold file and writes them as marked inputs
for `nergraph train-relations`.

    python3 scripts/relation_inputs.py PAIRS.jsonl GOLD.json OUT.jsonl [--docs 0-399]

PAIRS.jsonl is what `nergraph run DOCS --out OUT --write-relation-pairs` writes
(OUT/relation-pairs.jsonl): every (person, organization/country) and (organization, country)
pair of mentions sharing a sentence, with the marked sentence a relation model reads for its
head. GOLD.json is a relation gold in Re-DocRED's format (../shared/data/redocred/gold.json).
A pair is labelled true when its two mentions overlap mentions of two gold entities that the
gold relates by that kind (country tails compared as countries, as score.py compares them); a
pair with an end on no gold mention is left out, as score.py leaves such edges out of
precision. OUT.jsonl gets one line per (sentence, head) input of the --docs documents:
{"document", "kind", "text", "tails": [[marker byte offset, label, found by a pattern], ...]}.
Standard library only.
"""
import argparse
import json
import os
import sys

KINDS = ["affiliated_with", "based_in"]


def parse_range(text):
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def gold_index(gold):
    """Per document key: gold mentions [(start, end, entity)], entity -> country key, relations."""
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
    """The gold entity whose mention overlaps `span` most, or None."""
    best, best_overlap = None, 0
    for start, end, entity in mentions:
        overlap = min(end, span[1]) - max(start, span[0])
        if overlap > best_overlap:
            best, best_overlap = entity, overlap
    return best


def label(pair, docs):
    """(document index, truth) of a pair; truth None when an end is on no gold mention."""
    key = pair["document"].rsplit("/", 1)[-1].removesuffix(".txt")
    if key not in docs:
        return None, None
    mentions, country, relations, index = docs[key]
    head, tail = entity_at(mentions, pair["head"]), entity_at(mentions, pair["tail"])
    if head is None or tail is None:
        return index, None
    tail_key = ("country", country[tail]) if country.get(tail) else ("entity", tail)
    return index, (pair["kind"], head, tail_key) in relations


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs")
    parser.add_argument("gold")
    parser.add_argument("out")
    parser.add_argument("--docs", default="0-399", help="documents whose pairs are written (FIRST-LAST)")
    args = parser.parse_args()

    docs = gold_index(json.load(open(args.gold)))
    wanted = set(parse_range(args.docs))
    inputs, counts = {}, {kind: [0, 0, 0] for kind in KINDS}
    for line in open(args.pairs):
        pair = json.loads(line)
        index, truth = label(pair, docs)
        if index not in wanted or truth is None:
            continue
        counts[pair["kind"]][0] += 1
        counts[pair["kind"]][1] += truth
        counts[pair["kind"]][2] += truth and pair["by_pattern"]
        entry = inputs.setdefault((index, pair["input"]), {"document": index, "kind": pair["kind"], "text": pair["input"], "tails": []})
        entry["tails"].append([pair["tail_marker"], truth, pair["by_pattern"]])
    with open(args.out + ".tmp", "w") as f:
        for key in sorted(inputs):
            f.write(json.dumps(inputs[key], ensure_ascii=False) + "\n")
    os.replace(args.out + ".tmp", args.out)
    for kind, (pairs, true, by_pattern) in counts.items():
        print(f"{kind}: {pairs} pairs, {true} related ({by_pattern} of them found by the patterns)", file=sys.stderr)
    print(f"{len(inputs)} inputs -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Mention replacement for NER training (scripts/train_ner.sh): writes a copy of Re-DocRED
documents FIRST-LAST in which every PER and ORG entity's mentions are replaced by the name of
another entity of the same type from another document of the range. One replacement per entity,
kept across its mentions (a one-word mention of a person named in full elsewhere gets the
replacement's last word), so that the type must be read from the context ("the lead singer of
X", "X was born in"), not remembered from the name: the model trained on Re-DocRED alone types
the names it was trained on far better than new ones (ORG F1 0.79 on its training documents,
0.58 on documents 350-399).

    python3 scripts/augment_redocred.py REDOCRED_DIR OUT_DIR FIRST-LAST [--seed N]

OUT_DIR gets docs/NNNN.txt and a gold.json in the layout `nergraph train` reads
(OUT_DIR:FIRST-LAST): documents keep their index and sentence count. LOC entities (places,
countries, demonyms) are kept (with --places, only countries and demonyms), and so is a one-word organization used as a modifier or a party's
word ("Republican", "Labour"); the pool holds Title Case names only (no "Glam metal" after
"an American"). This is variant B of docs/ner-training.md round 6; variant A replaced every
PER and ORG entity from a pool of every name. Deterministic for a seed. Standard library only.
"""
import argparse
import json
import os
import random


FUNCTION_WORDS = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "von", "van", "der", "di", "da", "y", "&", "-", "in", "on", "at"}


def title_case(name):
    """Every word capitalised (or a function word, a number): no "Glam metal"."""
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in FUNCTION_WORDS for w in name.split())


def one_word_modifier(name):
    """A one-word ORG name used as a modifier or a party's word ("Republican", "Labour")."""
    return len(name.split()) == 1 and (name.endswith(("an", "ist", "ic", "ish", "ese")) or name.isupper())


def longest(entity):
    return max((m["text"] for m in entity["mentions"]), key=len)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("range")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--places", action="store_true", help="replace places too (not countries nor demonyms)")
    args = parser.parse_args()
    first, _, last = args.range.partition("-")
    chosen = range(int(first), int(last or first) + 1)
    gold = json.load(open(os.path.join(args.source, "gold.json"), encoding="utf-8"))
    documents = {key: doc for key, doc in gold["documents"].items() if doc["index"] in chosen}
    rng = random.Random(args.seed)

    pools = {"PER": [], "ORG": [], **({"LOC": []} if args.places else {})}
    # A place is replaced only when it is no country (nor a country's demonym).
    replaced = lambda entity: entity["type"] in pools and not (entity["type"] == "LOC" and entity.get("country"))
    for key in sorted(documents):
        for entity in documents[key]["entities"]:
            if replaced(entity):
                name = longest(entity)
                if "\n" not in name and len(name) < 60 and title_case(name):
                    pools[entity["type"]].append((key, name))

    os.makedirs(os.path.join(args.out, "docs"), exist_ok=True)
    written = {}
    for key in sorted(documents):
        doc = documents[key]
        text = open(os.path.join(args.source, doc["file"]), "rb").read()
        replacement = {}
        for i, entity in enumerate(doc["entities"]):
            if replaced(entity) and not one_word_modifier(longest(entity)):
                while True:
                    source_key, name = rng.choice(pools[entity["type"]])
                    if source_key != key:
                        break
                replacement[i] = name
        # Mentions in text order; one that overlaps an earlier one is left as it is.
        mentions = sorted((m["start"], m["end"], i, m["sentence"]) for i, e in enumerate(doc["entities"]) for m in e["mentions"])
        new, position, last_end = bytearray(), 0, -1
        new_mentions = {i: [] for i in range(len(doc["entities"]))}
        for start, end, i, sentence in mentions:
            if start < last_end:
                continue
            last_end = end
            new += text[position:start]
            new_start = len(new)
            if i in replacement:
                name = replacement[i]
                old, full = text[start:end].decode("utf-8"), longest(doc["entities"][i])
                if doc["entities"][i]["type"] == "PER" and old != full and len(old.split()) == 1 and len(full.split()) > 1:
                    name = name.split()[-1]
                new += name.encode("utf-8")
            else:
                new += text[start:end]
            new_mentions[i].append({"start": new_start, "end": len(new), "sentence": sentence})
            position = end
        new += text[position:]
        # One sentence a line, as in the source.
        lines = bytes(new).split(b"\n")
        if new.endswith(b"\n"):
            lines = lines[:-1]
        sentences, offset = [], 0
        for line in lines:
            sentences.append([offset, offset + len(line)])
            offset += len(line) + 1
        if len(sentences) != len(doc["sentences"]):
            raise SystemExit(f"document {key}: a replacement changed the sentence count")
        entities = [{"id": e["id"], "type": e["type"], "mentions": new_mentions[i]} for i, e in enumerate(doc["entities"])]
        file = f"docs/{key}.txt"
        with open(os.path.join(args.out, file), "wb") as handle:
            handle.write(bytes(new))
        written[key] = {"index": doc["index"], "file": file, "sentences": sentences, "entities": entities}
    with open(os.path.join(args.out, "gold.json"), "w", encoding="utf-8") as handle:
        json.dump({"name": f"Re-DocRED {args.range}, names replaced (seed {args.seed})", "documents": written}, handle)
    print(f"{len(written)} documents, {sum(len(p) for p in pools.values())} names in the pools -> {args.out}")


if __name__ == "__main__":
    main()

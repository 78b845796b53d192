#!/usr/bin/env python3
"""Writes a synthetic node-link graph.json of corpus size, shaped like nergraph's on a year of
news, for testing and demonstrating the viewer at scale (`nergraph view OUT --out page.html`):

    scripts/synth_graph.py OUT.json [ENTITIES] [LINKS] [SEED]     (defaults 5000, 20000, 1)

Entities: 55% people, 25% organizations, 15% places, the rest countries; mention counts follow
a Zipf law, so a few hubs dominate. People carry a surname-only and an initial alias,
organizations an acronym. About 10% of the links are typed (affiliated_with with a role,
based_in), the rest co_mentioned with Zipf weights, preferring well-mentioned entities, as news
does. Every link carries 1-3 evidence sentences. Deterministic for a given seed.
"""
import json
import random
import sys

SYLLABLES = ["ka", "lo", "mi", "ran", "te", "vo", "sel", "dor", "an", "be", "cri", "fu", "ga", "hol", "jen", "kes", "lin", "mar", "nor", "pet", "quin", "ros", "sta", "tor", "ul", "ven", "wel", "yar", "zim"]
FIRST = ["James", "Mary", "John", "Linda", "Ahmed", "Olga", "Wei", "Fatima", "Carlos", "Anna", "Kenji", "Amara", "Ivan", "Sofia", "Raj", "Lena", "Omar", "Chloe", "Pedro", "Nadia", "Yusuf", "Ingrid", "Tomas", "Mei"]
COUNTRIES = ["France", "Germany", "China", "Russia", "Brazil", "India", "Japan", "Kenya", "Mexico", "Turkey", "Canada", "Egypt", "Italy", "Spain", "Poland", "Iran", "Chile", "Peru", "Ghana", "Nepal", "Norway", "Sweden", "Greece", "Israel", "Nigeria", "Vietnam", "Argentina", "Australia", "Ukraine", "Portugal"]
ORG_WORDS = ["Bank", "Council", "Party", "Group", "Institute", "Ministry", "Union", "Agency", "Foundation", "Corporation", "Holdings", "University"]
ROLES = ["president", "chief executive", "minister", "spokesman", "chairman", "member", "director", "founder", "coach", "ambassador"]


def word(rng, parts):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def slug(text):
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def main():
    out = sys.argv[1]
    entities = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    links = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    documents = max(10, entities // 4)
    doc_names = [f"news/{i:05d}.txt" for i in range(documents)]
    nodes, seen = [], set()

    def add(kind, label, aliases):
        key = f"{kind.lower()}:{slug(label)}"
        if key in seen:
            return
        seen.add(key)
        rank = len(nodes) + 1
        mentions = max(1, int(4000 / rank ** 0.9 * rng.uniform(0.6, 1.4)))
        docs = sorted(rng.sample(doc_names, min(documents, max(1, mentions // 3))))
        counts = [max(1, mentions // (i + 2)) for i in range(len(aliases))]
        counts[0] = mentions - sum(counts[1:]) if mentions > sum(counts[1:]) else 1
        alias_list = sorted(({"text": a, "count": c} for a, c in zip(aliases, counts)), key=lambda a: (-a["count"], a["text"]))
        nodes.append({"id": key, "label": label, "type": kind, "aliases": alias_list, "mentions": sum(counts), "document_count": len(docs), "documents": docs})

    countries = COUNTRIES[: max(5, entities // 20)]
    while len(nodes) < entities:
        roll = rng.random()
        if roll < 0.55:
            first, last = rng.choice(FIRST), word(rng, rng.randint(2, 3))
            add("PERSON", f"{first} {last}", [f"{first} {last}", last, f"{first[0]}. {last}"])
        elif roll < 0.80:
            name = f"{word(rng, 2)} {word(rng, 2)} {rng.choice(ORG_WORDS)}"
            add("ORGANIZATION", name, [name, "".join(w[0] for w in name.split())])
        elif roll < 0.95 or not countries:
            name = word(rng, rng.randint(2, 3))
            add("LOCATION", name, [name])
        else:
            name = countries.pop(0)
            add("COUNTRY", name, [name])
    weights = [n["mentions"] for n in nodes]
    by_type = {}
    for index, node in enumerate(nodes):
        by_type.setdefault(node["type"], []).append(index)

    pools = {}

    def pick(kinds):
        key = tuple(kinds)
        if key not in pools:
            pool = [i for kind in kinds for i in by_type.get(kind, [])]
            cumulative, total = [], 0.0
            for i in pool:
                total += weights[i] ** 0.7
                cumulative.append(total)
            pools[key] = (pool, cumulative)
        pool, cumulative = pools[key]
        return rng.choices(pool, cum_weights=cumulative)[0]

    def evidence(sentence):
        count = rng.randint(1, 3)
        result = []
        for _ in range(count):
            document = rng.choice(doc_names)
            start = rng.randint(0, 4000)
            result.append({"document": document, "sentence": rng.randint(0, 40), "start": start, "end": start + len(sentence), "text": sentence})
        return sorted(result, key=lambda e: (e["document"], e["sentence"]))

    edges = {}
    typed = links // 10
    while len(edges) < links:
        if len(edges) < typed:
            if rng.random() < 0.7:
                source, target = pick(["PERSON"]), pick(["ORGANIZATION", "COUNTRY"])
                role = rng.choice(ROLES)
                key = ("affiliated_with", role)
                sentence = f"{nodes[source]['label']}, the {role} of {nodes[target]['label']}, spoke on Monday."
            else:
                source, target = pick(["ORGANIZATION"]), pick(["COUNTRY", "LOCATION"])
                role, key = None, ("based_in", None)
                sentence = f"{nodes[source]['label']}, based in {nodes[target]['label']}, reported results."
            relation = key[0]
        else:
            source, target = sorted((pick(list(by_type)), pick(list(by_type))))
            relation, role = "co_mentioned", None
            sentence = f"{nodes[source]['label']} and {nodes[target]['label']} were named in the same report."
        if source == target or (source, target, relation, role) in edges:
            continue
        weight = max(1, int(30 / rng.randint(1, 30) ** 1.2)) if relation == "co_mentioned" else rng.randint(1, 4)
        edges[(source, target, relation, role)] = {
            "source": nodes[source]["id"],
            "target": nodes[target]["id"],
            "key": relation if role is None else f"{relation}/{role}",
            "relation": relation,
            **({"role": role} if role else {}),
            "weight": weight,
            "confidence": 0.3 if relation == "co_mentioned" else 0.8,
            "evidence": evidence(sentence)[:weight],
        }
    nodes.sort(key=lambda n: n["id"])
    link_list = sorted(edges.values(), key=lambda l: (l["source"], l["target"], l["key"]))
    graph = {
        "directed": True,
        "multigraph": True,
        "graph": {"generator": "synth_graph.py", "version": "0", "model": "synthetic", "input": f"synthetic corpus ({len(nodes)} entities)", "documents": documents, "mentions": sum(weights), "nodes": len(nodes), "links": len(link_list)},
        "nodes": nodes,
        "links": link_list,
    }
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(graph, handle)
    print(f"{out}: {len(nodes)} entities, {len(link_list)} links, {documents} documents", file=sys.stderr)


if __name__ == "__main__":
    main()

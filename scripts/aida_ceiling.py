#!/usr/bin/env python3
"""How far cross-document B-cubed precision on AIDA CoNLL-YAGO can rise without telling apart
mentions of one spelling: precision ceilings for a nergraph output, from the gold's own titles.

usage: scripts/aida_ceiling.py SPLIT OUT_DIR [--top N] [--data DIR]

OUT_DIR is a `nergraph run ../shared/data/aida-conll/docs/SPLIT --out OUT_DIR` folder. Mentions
are matched to the gold and team titles folded to countries exactly as the data's `score.py
--fold-teams` does (its functions are imported, not copied). Printed, cross-document B-cubed P / R
/ F1 of:

- nergraph: the output as it is (what `score.py --fold-teams` prints);
- every cross-spelling error undone: each of nergraph's entities split by spelling (case and
  spacing folded), and the spellings whose most frequent gold title is the same joined again.
  Every wrong join of two spellings is gone, every right one kept; what is left is one spelling,
  inside one entity, that the gold gives more than one title. No linker that reads one spelling
  the same way within an entity's cluster can be more precise;
- one spelling split per document as the gold has it: the same, with each spelling also split by
  document. What a linker could reach only by choosing, article by article, the title the gold
  gives the same words;
- the exact-string partition: every spelling its own entity, nothing else joined (the data's
  exact-string baseline).

With --top N, the N largest losses left at the first ceiling (a spelling, its entity, and the gold
titles it carries).
"""
import argparse
import collections
import importlib.util
import json
import os
import sys


def load_scorer(data):
    path = os.path.join(data, 'score.py')
    if not os.path.exists(path):
        sys.exit(f'aida_ceiling: {path} not found (pass --data, the aida-conll folder)')
    spec = importlib.util.spec_from_file_location('aida_score', path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def matched_mentions(scorer, gold, split, out_dir):
    """Gold mentions the output matched, as score.py matches them, with both ids and the spelling."""
    system = scorer.load_system(out_dir)
    items = []
    for doc, gold_doc in gold['documents'].items():
        if gold_doc['split'] != split or doc not in system:
            continue
        mentions = system[doc]
        for gi, si in scorer.match(gold_doc['mentions'], mentions).items():
            g, s = gold_doc['mentions'][gi], mentions[si]
            items.append({
                'doc': doc,
                'gold': scorer.TEAM_RE.sub(r'\1', g['entity']),
                'sys': s.get('entity') or f'(unlinked {doc}:{s["start"]})',
                'spelling': ' '.join(s['text'].lower().split()),
            })
    return items


def most_common_gold(items, group):
    """For each group of mentions, the gold title most of them carry."""
    titles = collections.defaultdict(collections.Counter)
    for x in items:
        titles[group(x)][x['gold']] += 1
    return {k: c.most_common(1)[0][0] for k, c in titles.items()}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('split', choices=['train', 'testa', 'testb'])
    ap.add_argument('out_dir')
    ap.add_argument('--top', type=int, default=0)
    ap.add_argument('--data', default=os.path.join(here, '..', '..', 'shared', 'data', 'aida-conll'))
    a = ap.parse_args()
    scorer = load_scorer(a.data)
    with open(os.path.join(a.data, 'gold.json'), encoding='utf-8') as f:
        gold = json.load(f)
    items = matched_mentions(scorer, gold, a.split, a.out_dir)
    if not items:
        sys.exit(f'aida_ceiling: no {a.split} mention of {a.out_dir}/mentions.jsonl matches the gold')

    by_spelling = most_common_gold(items, lambda x: (x['sys'], x['spelling']))
    by_document = most_common_gold(items, lambda x: (x['sys'], x['spelling'], x['doc']))
    rows = [
        ('nergraph', lambda x: x['sys']),
        ('every cross-spelling error undone', lambda x: (x['sys'], by_spelling[(x['sys'], x['spelling'])])),
        ('one spelling split per document as the gold has it', lambda x: (x['sys'], by_document[(x['sys'], x['spelling'], x['doc'])])),
        ('exact-string partition', lambda x: x['spelling']),
    ]
    print(f'AIDA {a.split}, {len(items)} matched mentions, cross-document B-cubed (gold team titles folded)')
    for name, key in rows:
        b = scorer.bcubed(items, key, lambda x: x['gold'])
        print(f"  {name:<52} P {b['p']:.4f}  R {b['r']:.4f}  F1 {b['f1']:.4f}")

    if a.top:
        groups = collections.defaultdict(list)
        for x in items:
            groups[(x['sys'], by_spelling[(x['sys'], x['spelling'])])].append(x)
        losses = []
        for (entity, _), xs in groups.items():
            titles = collections.Counter(x['gold'] for x in xs)
            loss = sum(n * (1 - n / len(xs)) for n in titles.values())
            if loss > 0:
                spellings = collections.Counter(x['spelling'] for x in xs)
                losses.append((loss, entity, spellings.most_common(2), titles.most_common(3)))
        losses.sort(key=lambda r: -r[0])
        total = sum(r[0] for r in losses)
        print(f'\nLeft at the first ceiling: {total:.1f} mention units of precision ({total / len(items):.4f}); largest:')
        for loss, entity, spellings, titles in losses[:a.top]:
            print(f'  {loss:6.1f}  {entity}  spellings {spellings}  gold titles {titles}')


if __name__ == '__main__':
    main()

#!/usr/bin/env bash
# Trains nergraph's relation pair classifier (models/relations-lexical) on this CPU:
#
#   scripts/train_relations.sh [OUT_DIR] [extra train_relations.py options]
#
# 1. `nergraph run` over Re-DocRED (../shared/data/redocred/docs) with the default NER model,
#    patterns only, writing every candidate pair with its features (relation-pairs.jsonl);
# 2. scripts/train_relations.py labels the pairs of documents 0-399 from gold.json and trains
#    logistic regression on them; thresholds from 5-fold out-of-fold precision >= 0.8.
# Documents 400-499 and CoNLL04 are never trained on: they are the held-out measures (README,
# "Relations"). Reproducible; about a minute (most of it NER).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-models/relations-lexical}
shift || true
scripts/setup.sh
cargo build --release --quiet
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
target/release/nergraph run ../shared/data/redocred/docs --out "$WORK/run" --relation-model none --write-relation-pairs --quiet
python3 scripts/train_relations.py "$WORK/run/relation-pairs.jsonl" ../shared/data/redocred/gold.json "$OUT" \
    --train 0-399 --epochs 5 --l2 3e-3 --min-count 8 --precision 0.8 "$@"

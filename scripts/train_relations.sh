#!/usr/bin/env bash
# Trains nergraph's relation model (models/relations-minilm) on this CPU:
#
#   scripts/train_relations.sh [OUT_DIR] [extra nergraph train-relations options]
#
# 1. `nergraph run` over Re-DocRED (../shared/data/redocred/docs) with the default NER model,
#    patterns only, writing every candidate pair with its marked sentence (relation-pairs.jsonl);
# 2. scripts/relation_inputs.py labels the pairs of documents 0-399 from gold.json;
# 3. `nergraph train-relations` fine-tunes the CoNLL-2003 MiniLM checkpoint on them: thresholds
#    from 5-fold out-of-fold probabilities (the model's own pairs at precision >= 0.6), then one model on all 0-399.
# Documents 400-499 and CoNLL04 are never trained on: they are the held-out measures (README,
# "Relations"). Reproducible for a seed; about 25 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-models/relations-minilm}
shift || true
scripts/setup.sh
cargo build --release --quiet
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DATA=../shared/data
target/release/nergraph run "$DATA/redocred/docs" --out "$WORK/run" --relation-model none --write-relation-pairs --quiet
python3 scripts/relation_inputs.py "$WORK/run/relation-pairs.jsonl" "$DATA/redocred/gold.json" "$WORK/inputs.jsonl" --docs 0-399
target/release/nergraph train-relations --from models/conll03-minilm-l6-uncased --train "$WORK/inputs.jsonl" --out "$OUT" \
    --epochs 4 --learning-rate 1e-4 --folds 5 --precision 0.6 --seed 1 "$@"

#!/usr/bin/env bash
# The NER accuracy figures of the README, for one model: CoNLL-2003 test and the held-out
# Re-DocRED documents 400-499 (PER / ORG / LOC; MISC is not in that gold).
#
#   scripts/eval_ner.sh [MODEL_DIR] [extra nergraph eval options, e.g. --decode per-word]
#
# Defaults to the default model. Neither set is read by training (scripts/train_ner.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL=${1:-models/minilm-l6-wordcase-ner}
shift || true
scripts/setup.sh
cargo build --release --quiet
DATA=../shared/data
echo "== $MODEL: CoNLL-2003 test"
target/release/nergraph eval "$DATA/conll2003/test.txt" --model "$MODEL" "$@"
echo "== $MODEL: Re-DocRED 400-499"
target/release/nergraph eval "$DATA/redocred" --docs 400-499 --model "$MODEL" "$@"

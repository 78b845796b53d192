#!/usr/bin/env bash
# Trains nergraph's case-aware NER model (models/minilm-l6-wordcase-ner) from the CoNLL-2003
# checkpoint in ../shared/models, on this CPU, with `nergraph train` (libtorch through tch):
#
#   scripts/train_ner.sh [OUT_DIR] [extra nergraph train options]
#
# Data: CoNLL-2003 train and dev plus Re-DocRED documents 0-349 (PER/ORG/LOC gold; the loss is
# masked where the source model says MISC and the gold says O or LOC, since that gold has no
# MISC). Dev, for choosing the epoch: Re-DocRED 350-399. Re-DocRED 400-499 and CoNLL-2003 test are never
# read here: they are the held-out measures (scripts/eval_ner.sh). Word capitalisation is fed
# as token types (--word-case). Reproducible for a seed; about 35 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-models/minilm-l6-wordcase-ner}
shift || true
scripts/setup.sh
cargo build --release --quiet
DATA=../shared/data
target/release/nergraph train \
    --from models/conll03-minilm-l6-uncased --out "$OUT" \
    --train "$DATA/conll2003/train.txt" --train "$DATA/conll2003/dev.txt" --train "$DATA/redocred:0-349" \
    --dev "$DATA/redocred:350-399" \
    --word-case --epochs 3 --learning-rate 5e-5 --seed 1 "$@"

#!/usr/bin/env bash
# Measures a pair classifier over the NER encoder's token vectors (issue 11's idea), out of fold
# on Re-DocRED 0-399 (scripts/vector_pairs.py says what it does). Not part of the pipeline: the
# figures are in docs/relations.md (round 28). Installs numpy, safetensors, tokenizers and
# scikit-learn from PyPI into .deps/vector-pairs. About two minutes on 2 cores.
#
#   scripts/measure_vector_pairs.sh [extra vector_pairs.py options, e.g. --layers 3,6 --c 0.001]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release --quiet
DEPS="$PWD/.deps/vector-pairs"
if [ ! -f "$DEPS/.installed" ]; then
    python3 -m pip install --quiet --disable-pip-version-check --target "$DEPS" \
        "numpy>=2,<3" "safetensors>=0.4" "tokenizers>=0.20" "scikit-learn>=1.5" && touch "$DEPS/.installed"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DATA=../shared/data
target/release/nergraph run "$DATA/redocred/docs" --out "$WORK/run" --relation-model none --write-relation-pairs --quiet
PYTHONPATH="$DEPS" python3 scripts/vector_pairs.py "$WORK/run/relation-pairs.jsonl" "$DATA/redocred/gold.json" --docs 0-399 "$@"

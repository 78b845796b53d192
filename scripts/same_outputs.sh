#!/usr/bin/env bash
# Checks that a change kept the outputs: runs a reference nergraph binary and this checkout's on
# the sample articles and on a generated multi-megabyte folder, and compares all six output
# files byte for byte. Exit 0 when every file is identical.
#
#   scripts/same_outputs.sh REFERENCE_BINARY [SIZE_MB]
#
# Build the reference first, e.g. from the commit before the change:
#   git worktree add /tmp/ref HEAD~1 && (cd /tmp/ref && ln -s "$PWD/../main/.deps" .deps && cargo build --release)
set -euo pipefail
cd "$(dirname "$0")/.."
reference=${1:?usage: scripts/same_outputs.sh REFERENCE_BINARY [SIZE_MB]}
size_mb=${2:-3}
scripts/setup.sh >/dev/null
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/make_corpus.py "$work/corpus" "$size_mb" 7 >/dev/null
status=0
for input in seeds "$work/corpus"; do
    name=$(basename "$input")
    "$reference" run "$input" --out "$work/ref-$name" --quiet --no-cache
    target/release/nergraph run "$input" --out "$work/new-$name" --quiet --no-cache
    for file in mentions.jsonl entities.json links.jsonl graph.json graph.graphml graph.html; do
        if cmp -s "$work/ref-$name/$file" "$work/new-$name/$file"; then
            echo "same  $name/$file"
        else
            echo "DIFF  $name/$file"
            status=1
        fi
    done
done
exit $status
